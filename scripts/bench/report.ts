/** Statistics and the printed report of the benchmark: one table per size (the JSON has it all). */
import type { BuildSummary, SizeResult } from './builds.ts';
import type { PageWeight } from './measure.ts';

export type Summary = NonNullable<ReturnType<typeof summarize>>;

/** Median, min and max of the finite values: all the statistics there are (why not hyperfine's: proc.ts). */
export function summarize(values: readonly number[]) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, n: xs.length };
}

export const s1 = (ms: number | null | undefined) => (ms === null || ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`);
export const mib = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${Math.round(b / 1048576).toLocaleString('en-US')} MiB`);
export const kb = (b: number | null | undefined) => (b === null || b === undefined ? 'n/a' : `${(b / 1000).toFixed(1)} KB`);
export const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? a / b : null);
export const x = (r: number | null | undefined) => (r === null || r === undefined ? '–' : `${r.toFixed(2)}×`);

const range = (sm: Summary | null | undefined, f: (v: number) => string) =>
  (!sm ? 'n/a' : sm.n > 1 ? `${f(sm.median)} [${f(sm.min)}–${f(sm.max)}]` : f(sm.median));

/** "node 958 MiB, pagefind_extended 880 MiB" */
export const byProcess = (b: BuildSummary) => Object.entries(b.peakByName).map(([name, bytes]) => `${name} ${mib(bytes)}`).join(', ');

function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows
    .map((r, ri) => {
      const line = r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - [...c].length)).join('  ').trimEnd();
      return ri === 0 ? `${line}\n${widths.map((w) => '─'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** The build phases in the table, with the baseline's and their ratio (the checker is the site's alone). */
const PHASE_ROWS = [
  ['start-up+config', 'startupMs'],
  ['content check (worker thread, alongside start-up and sync)', 'checkerMs'],
  ['content sync', 'contentSyncMs'],
  ['types+build info', 'prepareMs'],
  ['bundle (vite)', 'bundleMs'],
  ['render pages', 'renderMs'],
  ['post-build hooks', 'postBuildMs'],
] as const;

export function printSize(s: SizeResult) {
  const { site, baseline: b, siteOutput: o, baselineOutput: bo } = s;
  const rows: string[][] = [['metric', 'site: median [min–max]', 'bare baseline', 'site/baseline']];
  const row = (label: string, value: string, base = '–', r = '–') => rows.push([label, value, base, r]);
  /** A build figure of the site beside the baseline's, and their ratio. */
  const both = (label: string, f: (x: BuildSummary) => Summary | null | undefined, fmt: (v: number) => string, suffix = '') =>
    row(label, range(f(site), fmt) + suffix, range(b && f(b), fmt), x(ratio(f(site)?.median, b && f(b)?.median)));
  const per = (sm: Summary | null | undefined, n: number) => (sm ? { median: sm.median / n, min: sm.min / n, max: sm.max / n, n: sm.n } : null);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const paired = s.pairedBuildRatio;
  row('npm run check (wall)', range(s.check.wallMs, s1) + (s.check.ok ? '' : ' (ERRORS)'));
  row('  inside the checker', range(s.check.inProcessMs, s1));
  row('  CPU time (user+sys)', range(s.check.cpuMs, s1));
  both('build wall, cold', (r) => r.wallMs, s1);
  if (paired && paired.n > 1) rows[rows.length - 1]![3] += ` (paired ${x(paired.median)} [${x(paired.min)}–${x(paired.max)}])`;
  both('ms per entry', (r) => per(r.wallMs, s.entries), ms);
  row('HTML pages built', String(site.pages ?? 'n/a'), String(b?.pages ?? 'n/a'));
  both('ms per HTML page', (r) => per(r.wallMs, r.pages ?? 1), ms);
  both('peak RSS, largest process', (r) => r.peakRss, mib, ` (${site.peakRssName ?? '?'})`);
  row('  by process', byProcess(site), b ? byProcess(b) : '–');
  both('peak RSS, process tree', (r) => r.peakRssSum, mib);
  row('  tree peak reached during', site.peakPhases.join(', ') || 'n/a', b?.peakPhases.join(', ') || 'n/a');
  both('CPU time (user+sys)', (r) => r.groupCpuMs, s1);
  row('other processes (cores)', range(site.otherCpuCores, (v) => v.toFixed(2)), range(b?.otherCpuCores, (v) => v.toFixed(2)));
  for (const [label, key] of PHASE_ROWS) {
    if (key === 'checkerMs') row(`  ${label}`, range(site.phases[key], s1));
    else both(`  phase: ${label}`, (r) => r.phases[key], s1);
  }
  row('Pagefind (from build log)', site.pagefindMs ? range(site.pagefindMs, s1) : 'n/a (no line in the build log)');
  if (s.rebuild) row('content-only rebuild', range(s.rebuild.wallMs, s1), '–', `${x(ratio(s.rebuild.wallMs?.median, site.wallMs?.median))} of cold`);
  const files = (d: { bytes: number; files: number } | null | undefined) => (d ? `${mib(d.bytes)} (${d.files.toLocaleString('en-US')} files)` : 'n/a');
  row('dist size', files(o?.dist), files(bo?.dist), x(ratio(o?.dist.bytes, bo?.dist.bytes)));
  row('dist/pagefind', files(o?.pagefindDir));
  const pw = (label: string, p: PageWeight | null | undefined, bp?: PageWeight | null) =>
    row(label, p ? `${kb(p.raw)} raw, ${kb(p.gzip)} gz; ${p.requestCount} req, ${kb(p.transferGzip)} gz total` : 'n/a', bp ? `${kb(bp.raw)} raw, ${kb(bp.gzip)} gz; ${bp.requestCount} req` : '–', bp && p ? x(ratio(p.gzip, bp.gzip)) : '–');
  pw('page: home', o?.pages.home);
  pw('page: catalogue /praktik/', o?.pages.catalogue);
  for (const f of o?.pages.catalogue?.possibleFetches ?? []) row(`  may fetch ${f.url}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gz (not counted)`);
  const e = o?.pages.entry;
  pw('page: entry (median)', e?.median, bo?.pages.entry.median);
  const c = e?.median?.composition;
  if (c) row('  entry HTML composition', `head ${kb(c.head)} (JSON-LD ${kb(c.jsonLd)}, script ${kb(c.inlineScript)}), header ${kb(c.header)}, main ${kb(c.main)} (text ${kb(c.mainText)}), footer ${kb(c.footer)}`);
  if (e?.count) row('  entry pages: range', `${kb(e.rawMin)}–${kb(e.rawMax)} raw, ${kb(e.gzipMin)}–${kb(e.gzipMax)} gz`);
  pw('page: model (median)', o?.pages.model.median);
  pw('page: search /cari/', o?.pages.search);
  const sq = o?.search;
  if (!sq || 'error' in sq) row('search first query', sq ? `not measured: ${sq.error}` : 'n/a');
  else for (const q of sq) row(`search “${q.query}”, ${q.screen}`, `${kb(q.idle.bytes)} gz, ${q.idle.requests} req (results shown at ${kb(q.shown.bytes)}; ${q.results} found)`);
  console.log(`\n## N = ${s.entries.toLocaleString('en-US')} entries · ${s.generated.model} models · mean ${s.generated.words.mean} words · runs ${s.runs}${s.warmup ? ` (+${s.warmup} warm-up)` : ''}\n`);
  console.log(table(rows));
  for (const [name, builds] of [['Site', site], ['Baseline', b]] as const) {
    const failed = builds?.runsDetail.find((r) => !r.ok);
    if (failed) console.log(`\n${name} build failed (exit ${failed.code}). Last lines:\n${failed.errorTail}`);
  }
}
