/**
 * The phases of one `astro build`, from the arrival times of its log lines: start-up, content sync
 * (with the site's content check beside it), bundling, rendering, post-build hooks (Pagefind).
 * Only a run that watches the build's output line by line can tell them apart (see proc.ts).
 */
import { stripVTControlCharacters } from 'node:util';

export interface Phases {
  /** The content check's own time: it runs on a worker thread while Astro starts and syncs. */
  checkerMs: number | null;
  /** Process start until content sync began: Node start, config load, integrations' setup (incl. the checker). */
  startupMs: number | null;
  contentSyncMs: number | null;
  /** Type generation and build-info collection between sync and bundling. */
  prepareMs: number | null;
  /** Vite/Rolldown bundle of server and client entrypoints (MDX compiled to JS here). */
  bundleMs: number | null;
  bundleStartMs: number | null;
  renderStartMs: number | null;
  /** "generating static routes": rendering every page to HTML. */
  renderMs: number | null;
  /** After rendering until "Complete!": astro:build:done hooks (sitemap, search index). */
  postBuildMs: number | null;
  /** After "Complete!" until the process exited. */
  exitMs: number | null;
  /** Pages Astro says it built, and its own "built in" time. */
  pages: number | null;
  astroReportedMs: number | null;
  /** Duration of the search indexing step, if a log line reports one. */
  pagefindMs: number | null;
  pagefindLine: string | null;
}

/** The phases whose durations are summarised over runs, in build order. */
export const PHASE_KEYS = ['startupMs', 'checkerMs', 'contentSyncMs', 'prepareMs', 'bundleMs', 'renderMs', 'postBuildMs', 'exitMs'] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

function duration(text: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*(ms|s|sec|seconds?)\b/i.exec(text);
  if (!m) return null;
  const v = Number(m[1]!.replace(',', '.'));
  return m[2]!.toLowerCase() === 'ms' ? v : v * 1000;
}

/** Phase boundaries from the arrival times of Astro's log lines. */
export function parsePhases(lines: readonly { t: number; text: string }[], wallMs: number): Phases {
  const L = lines.map((l) => ({ t: l.t, text: stripVTControlCharacters(l.text) }));
  const first = (re: RegExp, from = 0) => L.find((l) => l.t >= from && re.test(l.text));
  // Two lines of the site's own: the content check's (src/konten/pemeriksaan.ts) and the search index's (src/integrations/search.ts).
  const check = first(/berkas konten diperiksa/);
  const pf = first(/Pagefind: \d+ halaman diindeks dalam \d/);
  const dalamMs = (l: { text: string } | undefined) => (l ? Number(/dalam (\d+) ms/.exec(l.text)?.[1] ?? Number.NaN) : null);
  const syncStart = first(/\[content\] Syncing content/);
  const syncEnd = first(/\[content\] Synced content/);
  const bundleStart = first(/Building static entrypoints/);
  const renderStart = first(/generating static routes/);
  const viteDone = L.filter((l) => /\[vite\].*built in/.test(l.text) && (!renderStart || l.t <= renderStart.t)).pop();
  const renderEnd = renderStart ? first(/^\s*(?:\d\d:\d\d:\d\d\s+)?✓ Completed in/, renderStart.t) : undefined;
  const complete = first(/\[build\] Complete!/);
  const built = L.find((l) => /page\(s\) built in/.test(l.text));
  const diff = (a?: { t: number }, b?: { t: number }) => (a && b ? b.t - a.t : null);
  return {
    checkerMs: dalamMs(check),
    startupMs: syncStart?.t ?? null,
    contentSyncMs: diff(syncStart, syncEnd),
    prepareMs: diff(syncEnd, bundleStart),
    bundleMs: diff(bundleStart, viteDone),
    bundleStartMs: bundleStart?.t ?? null,
    renderStartMs: renderStart?.t ?? null,
    renderMs: diff(renderStart, renderEnd),
    postBuildMs: diff(renderEnd, complete),
    exitMs: complete ? wallMs - complete.t : null,
    pages: built ? Number(/(\d+) page\(s\)/.exec(built.text)?.[1]) : null,
    astroReportedMs: built ? duration(built.text.split('built in')[1] ?? '') : null,
    pagefindMs: dalamMs(pf),
    pagefindLine: pf ? pf.text.trim() : null,
  };
}

/** Name of the build phase that contains time `t` (ms since the process started). */
export function phaseAt(p: Phases, t: number): string {
  const sum = (a: number | null, b: number | null) => (a !== null && b !== null ? a + b : null);
  const ends: [string, number | null][] = [
    ['start-up', p.startupMs],
    ['content sync', sum(p.startupMs, p.contentSyncMs)],
    ['bundle', sum(p.bundleStartMs, p.bundleMs)],
    ['between bundle and render', p.renderStartMs],
    ['render', sum(p.renderStartMs, p.renderMs)],
  ];
  for (const [name, end] of ends) if (end !== null && t <= end) return name;
  return 'post-build';
}
