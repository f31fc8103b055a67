/** Statistics, log parsing and formatting for the benchmark report. */

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(values: readonly number[]): Summary | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, n: xs.length };
}

export interface Phases {
  /** Process start until the content checker integration reported (site only). */
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

// eslint-disable-next-line no-control-regex
const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

function duration(text: string): number | null {
  const m = /(\d+(?:[.,]\d+)?)\s*(ms|s|sec|seconds?)\b/i.exec(text);
  if (!m) return null;
  const v = Number(m[1]!.replace(',', '.'));
  return m[2]!.toLowerCase() === 'ms' ? v : v * 1000;
}

/** Phase boundaries from the arrival times of Astro's log lines. */
export function parsePhases(lines: readonly { t: number; text: string }[], wallMs: number): Phases {
  const L = lines.map((l) => ({ t: l.t, text: strip(l.text) }));
  const first = (re: RegExp, from = 0) => L.find((l) => l.t >= from && re.test(l.text));
  const check = first(/berkas konten diperiksa/);
  const syncStart = first(/\[content\] Syncing content/);
  const syncEnd = first(/\[content\] Synced content/);
  const bundleStart = first(/Building static entrypoints/);
  const renderStart = first(/generating static routes/);
  const viteDone = L.filter((l) => /\[vite\].*built in/.test(l.text) && (!renderStart || l.t <= renderStart.t)).pop();
  const renderEnd = renderStart ? first(/^\s*(?:\d\d:\d\d:\d\d\s+)?✓ Completed in/, renderStart.t) : undefined;
  const complete = first(/\[build\] Complete!/);
  const built = L.find((l) => /page\(s\) built in/.test(l.text));
  // The site's search integration logs "Pagefind: N halaman diindeks dalam X ms"; Starlight logs
  // "Finished building search index in Xs". Otherwise: the first Pagefind line with "in/dalam <duration>".
  const pf =
    L.find((l) => /Pagefind: \d+ halaman diindeks dalam \d/.test(l.text)) ??
    L.find((l) => /pagefind|search index|indeks pencarian/i.test(l.text) && /\b(?:in|dalam|took|selama)\s+\d/.test(l.text));
  const pfDuration = (text: string) => duration(text.split(/\b(?:in|dalam|took|selama)\s+(?=\d)/).slice(1).join(' '));
  const diff = (a?: { t: number }, b?: { t: number }) => (a && b ? b.t - a.t : null);
  return {
    checkerMs: check ? Number(/dalam (\d+) ms/.exec(check.text)?.[1] ?? Number.NaN) : null,
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
    pagefindMs: pf ? pfDuration(pf.text) : null,
    pagefindLine: pf ? pf.text.trim() : null,
  };
}

// ——— formatting ———

export const s1 = (ms: number | null | undefined) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
export const mib = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${Math.round(b / 1048576).toLocaleString('en-US')} MiB`);
export const kb = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${(b / 1000).toFixed(1)} KB`);
export const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? a / b : null);
export const x = (r: number | null | undefined) => (r === null || r === undefined ? '–' : `${r.toFixed(2)}×`);

export function range(sm: Summary | null, f: (v: number) => string): string {
  if (!sm) return 'n/a';
  return sm.n > 1 ? `${f(sm.median)} [${f(sm.min)}–${f(sm.max)}]` : f(sm.median);
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows
    .map((r, ri) => {
      const line = r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join('  ').trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}
