/**
 * Performance benchmark: `npm run bench -- --entries 1000` (or 100, 3000, 5000, or a list: 1000,5000).
 *
 *   node scripts/bench.ts --entries 1000 [--runs 3] [--warmup 1] [--skip-baseline] [--no-rebuild]
 *        [--seed S] [--out bench-out/report.json] [--experimental '{"collectionStorage":"chunked"}'] [--keep]
 *        [--wait-idle 20] [--words 2500] [--verbose]
 *
 * Before each timed build the harness runs `sync`, so the writes and deletions of earlier runs are
 * not flushed to disk during the next one (they grew the site's render phase run after run).
 * Defaults: 3 counted runs and 1 warm-up for N ≤ 1000, 1 run and no warm-up above. --wait-idle
 * waits up to that many seconds before each timed run for other processes to use < 0.3 cores
 * (0 turns it off). --keep keeps the temporary projects and content.
 * --experimental applies Astro experimental flags to both builds through a wrapper config in the
 * temporary copies; the project's own files are never edited.
 *
 * For each size it generates the content once (scripts/generate.ts), then:
 * - times `npm run check` (node scripts/check.ts with CONTENT_DIR) over the runs;
 * - builds the real site cold (dist, .astro, node_modules/.astro, node_modules/.vite and the
 *   project's own Node compile cache deleted first)
 *   in a snapshot copy of the project, measuring wall time, peak RSS and CPU from /proc, the build's
 *   phases from its log, Pagefind's time if the log reports it, output and page weights;
 * - rebuilds after changing one entry, caches kept (a content-only rebuild);
 * - builds the bare baseline (plain Astro 7 + MDX, one template) cold over the same entries,
 *   alternating with the site's runs so drift on a shared machine affects both alike.
 * It prints a table with medians [min–max], ratios to the baseline and the issue's targets, and
 * writes a JSON report. Nothing is asserted: the report says which target is met or missed and why.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, PROJECT_ROOT, type GenerateResult } from './generate.ts';
import { clearSizeCache, dirSize, distribution, entryPages, largestFiles, pageWeight, walk, type Distribution, type PageWeight } from './bench/measure.ts';
import { measureFirstQueries, type QueryLoad } from './bench/search.ts';
import { runMeasured, waitForIdle, type RunResult } from './bench/proc.ts';
import { clearCaches, COMPILE_CACHE, makeBaseline, removeProject, snapshotSite, type Project } from './bench/projects.ts';
import { kb, mib, parsePhases, range, ratio, s1, summarize, table, x, type Phases, type Summary } from './bench/report.ts';

const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

// ——— options ———

interface Options {
  entries: number[];
  runs: number | undefined;
  warmup: number | undefined;
  skipBaseline: boolean;
  rebuild: boolean;
  seed: string;
  out: string;
  experimental: Record<string, unknown> | undefined;
  keep: boolean;
  verbose: boolean;
  /** Wait up to this many seconds for the machine to go quiet before each timed run. */
  waitIdle: number;
  /** Mean body words per generated practice. */
  words: number;
}

function parseArgs(argv: readonly string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    if (i !== -1) return argv[i + 1];
    return argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  };
  const has = (name: string) => argv.includes(`--${name}`);
  if (has('help') || has('h')) {
    console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, ''));
    process.exit(0);
  }
  const entries = (get('entries') ?? '1000').split(',').map((s) => Number(s.trim()));
  if (entries.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--entries takes integers ≥ 2, e.g. 1000 or 1000,5000');
  const exp = get('experimental');
  return {
    entries,
    runs: get('runs') ? Number(get('runs')) : undefined,
    warmup: get('warmup') ? Number(get('warmup')) : undefined,
    skipBaseline: has('skip-baseline'),
    rebuild: !has('no-rebuild'),
    seed: get('seed') ?? 'pustaka',
    out: resolve(PROJECT_ROOT, get('out') ?? 'bench-out/report.json'),
    experimental: exp ? (JSON.parse(exp) as Record<string, unknown>) : undefined,
    keep: has('keep'),
    verbose: has('verbose'),
    waitIdle: Number(get('wait-idle') ?? '20'),
    words: Number(get('words') ?? '2500'),
  };
}

// ——— machine ———

function machine() {
  const pinned = (() => {
    try {
      return execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  })();
  const pkg = (name: string) => {
    try {
      return (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return null;
    }
  };
  const nproc = (() => {
    try {
      return Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
    } catch {
      return cpus().length;
    }
  })();
  return {
    nproc,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemMiB: Math.round(totalmem() / 1048576),
    freeMemMiBAtStart: Math.round(freemem() / 1048576),
    kernel: release(),
    loadavgAtStart: loadavg().map((v) => Number(v.toFixed(2))),
    nodeForBuilds: pinned,
    nodeRunningBench: process.version,
    versions: { astro: pkg('astro'), '@astrojs/mdx': pkg('@astrojs/mdx'), '@astrojs/markdown-satteri': pkg('@astrojs/markdown-satteri'), satteri: pkg('satteri'), vite: pkg('vite'), pagefind: pkg('pagefind'), zod: pkg('zod') },
  };
}

// ——— one build ———

/** A measured build: the process figures of RunResult (without its raw lines) plus what the log tells. */
interface BuildRun extends Omit<RunResult, 'lines' | 'peakRssSumAt'> {
  ok: boolean;
  /** The build phase during which the summed RSS peaked. */
  peakPhase: string | null;
  /** Seconds spent waiting for other processes to calm down, and the machine's busy cores when the run started. */
  idleWaitMs: number;
  busyAtStart: number;
  phases: Phases;
  errorTail?: string;
}

/** Name of the build phase that contains time `t` (ms since the process started). */
function phaseAt(p: Phases, t: number): string | null {
  const ends: [string, number | null][] = [
    ['start-up', p.startupMs],
    ['content sync', p.startupMs !== null && p.contentSyncMs !== null ? p.startupMs + p.contentSyncMs : null],
    ['bundle', p.bundleStartMs !== null && p.bundleMs !== null ? p.bundleStartMs + p.bundleMs : null],
    ['between bundle and render', p.renderStartMs],
    ['render', p.renderStartMs !== null && p.renderMs !== null ? p.renderStartMs + p.renderMs : null],
  ];
  for (const [name, end] of ends) if (end !== null && t <= end) return name;
  return 'post-build';
}

function toRun(r: RunResult, idle: { waitedMs: number; busy: number }): BuildRun {
  const ok = r.code === 0;
  const { lines: _lines, peakRssSumAt: _at, ...measured } = r;
  const run: BuildRun = {
    ...measured,
    ok,
    peakPhase: null,
    idleWaitMs: idle.waitedMs,
    busyAtStart: idle.busy,
    phases: parsePhases(r.lines, r.wallMs),
  };
  run.peakPhase = phaseAt(run.phases, r.peakRssSumAt);
  if (!ok) run.errorTail = `${r.signal ? `killed by ${r.signal}${r.signal === 'SIGKILL' ? ' (out of memory?)' : ''}\n` : ''}${r.lines.slice(-40).map((l) => l.text).join('\n')}`;
  return run;
}

async function build(p: Project, env: NodeJS.ProcessEnv, cold: boolean, log: string, opts: Options): Promise<BuildRun> {
  if (cold) clearCaches(p.root);
  // Flush what earlier runs wrote and deleted (hundreds of MB for the site, tens for the baseline),
  // so the disk does not write it back during the next timed build.
  execFileSync('sync');
  const idle = opts.waitIdle > 0 ? await waitForIdle(opts.waitIdle * 1000) : { waitedMs: 0, busy: NaN };
  const verbose = opts.verbose;
  const r = await runMeasured(NODE, ['node_modules/.bin/astro', 'build', '--config', p.config], {
    cwd: p.root,
    env: { ...process.env, ...env, NODE_COMPILE_CACHE: join(p.root, COMPILE_CACHE), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    ...(verbose ? { onLine: (l: string) => process.stderr.write(`    ${l}\n`) } : {}),
  });
  appendFileSync(log, `\n===== ${p.label} ${cold ? 'cold' : 'rebuild'} build, exit ${r.code}, ${Math.round(r.wallMs)} ms =====\n${r.lines.map((l) => `[${(l.t / 1000).toFixed(2)}] ${l.text}`).join('\n')}\n`);
  return toRun(r, idle);
}

function summarizeRuns(runs: readonly BuildRun[]) {
  const ok = runs.filter((r) => r.ok);
  const pick = (f: (r: BuildRun) => number | null) => summarize(ok.map(f).filter((v): v is number => v !== null));
  return {
    runs: ok.length,
    failed: runs.length - ok.length,
    wallMs: pick((r) => r.wallMs),
    peakRss: pick((r) => r.peakRss),
    peakRssSum: pick((r) => r.peakRssSum),
    groupCpuMs: pick((r) => r.groupCpuMs),
    otherCpuCores: pick((r) => r.otherCpuCores),
    pagefindMs: pick((r) => r.phases.pagefindMs),
    phases: {
      startupMs: pick((r) => r.phases.startupMs),
      checkerMs: pick((r) => r.phases.checkerMs),
      contentSyncMs: pick((r) => r.phases.contentSyncMs),
      prepareMs: pick((r) => r.phases.prepareMs),
      bundleMs: pick((r) => r.phases.bundleMs),
      renderMs: pick((r) => r.phases.renderMs),
      postBuildMs: pick((r) => r.phases.postBuildMs),
      exitMs: pick((r) => r.phases.exitMs),
    },
    pages: ok[0]?.phases.pages ?? null,
    peakPhases: [...new Set(ok.map((r) => r.peakPhase).filter(Boolean))] as string[],
    peakRssName: ok.find((r) => r.peakRss === Math.max(...ok.map((o) => o.peakRss)))?.peakRssName ?? null,
    /** Median peak per process name over the runs (node: the Astro build; pagefind_extended: the indexer). */
    peakByName: Object.fromEntries(
      [...new Set(ok.flatMap((r) => Object.keys(r.peakByName)))].map((name) => [name, summarize(ok.map((r) => r.peakByName[name] ?? 0))?.median ?? 0] as const).filter(([, v]) => v > 64 * 1048576),
    ),
  };
}
type BuildSummary = ReturnType<typeof summarizeRuns>;

/** "node 958 MiB, pagefind_extended 880 MiB" */
const byProcess = (b: BuildSummary) => Object.entries(b.peakByName).map(([name, bytes]) => `${name} ${mib(bytes)}`).join(', ');

// ——— output analysis ———

interface Output {
  dist: { bytes: number; files: number; htmlPages: number };
  pagefindDir: { bytes: number; files: number } | null;
  pages: {
    home: PageWeight | null;
    catalogue: PageWeight | null;
    entry: Distribution;
    model: Distribution;
    search: PageWeight | null;
  };
  /** First queries on the search page, in Chromium; or why they could not be measured. */
  search: QueryLoad[] | { error: string } | null;
  largest: { path: string; bytes: number }[];
}

/**
 * What a reader types: two themes' words, a phrase, and one generated practice's name (the entry
 * the rebuild edits), so a query that matches a title is measured too.
 */
function searchQueries(practiceFile: string): string[] {
  const title = /^judul:\s*(.+)$/m.exec(readFileSync(practiceFile, 'utf8'))?.[1]?.trim().replace(/^['"]|['"]$/g, '');
  return ['stunting', 'posyandu', 'jemput bola', ...(title ? [title] : [])];
}

async function analyse(outDir: string, queries: readonly string[] | null): Promise<Output> {
  const withSite = queries !== null;
  clearSizeCache();
  const files = walk(outDir);
  const { bytes } = dirSize(outDir);
  const pf = existsSync(join(outDir, 'pagefind')) ? dirSize(join(outDir, 'pagefind')) : null;
  return {
    dist: { bytes, files: files.length, htmlPages: files.filter((f) => f.endsWith('.html')).length },
    pagefindDir: pf,
    pages: {
      home: withSite ? pageWeight(outDir, 'index.html') : null,
      catalogue: withSite ? pageWeight(outDir, 'praktik/index.html') : null,
      entry: distribution(outDir, entryPages(outDir, 'praktik')),
      model: withSite ? distribution(outDir, entryPages(outDir, 'model')) : distribution(outDir, []),
      search: withSite ? pageWeight(outDir, 'cari/index.html') : null,
    },
    search: queries ? await measureFirstQueries(outDir, queries).catch((e: Error) => ({ error: e.message.split('\n')[0]! })) : null,
    largest: largestFiles(outDir),
  };
}

// ——— one size ———

interface SizeResult {
  entries: number;
  runs: number;
  warmup: number;
  generated: Omit<GenerateResult, 'praktik' | 'model' | 'penulis'> & { praktik: number; model: number; penulis: number };
  check: { wallMs: Summary | null; inProcessMs: Summary | null; cpuMs: Summary | null; peakRss: Summary | null; ok: boolean; errorTail?: string };
  site: BuildSummary & { runsDetail: BuildRun[] };
  rebuild: (BuildSummary & { runsDetail: BuildRun[]; changed: string }) | null;
  baseline: (BuildSummary & { runsDetail: BuildRun[] }) | null;
  pairedBuildRatio: Summary | null;
  siteOutput: Output | null;
  baselineOutput: Output | null;
}

const progress = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function runSize(n: number, opts: Options, site: Project, baseline: Project | null, log: string, tmpRoots: string[]): Promise<SizeResult> {
  const runs = opts.runs ?? (n <= 1000 ? 3 : 1);
  const warmup = opts.warmup ?? (n <= 1000 ? 1 : 0);
  progress(`N=${n}: generating content (seed ${opts.seed})`);
  const gen = generate({ entries: n, seed: opts.seed, words: opts.words });
  tmpRoots.push(gen.dir);
  progress(`N=${n}: ${gen.praktik.length} praktik + ${gen.model.length} model in ${gen.dir} (mean ${gen.words.mean} words, ${(gen.bytes / 1048576).toFixed(1)} MiB, ${gen.ms} ms)`);
  const env = {
    CONTENT_DIR: gen.dir,
    BENCH_PRAKTIK_DIR: join(gen.dir, 'praktik'),
    ...(opts.experimental ? { BENCH_EXPERIMENTAL: JSON.stringify(opts.experimental) } : {}),
  };

  // npm run check, as the developer runs it: a fresh Node process over the generated tree.
  const checkRuns: { wall: number; inProc: number | null; cpu: number; rss: number }[] = [];
  let checkOk = true;
  let checkTail: string | undefined;
  for (let i = 0; i < runs; i++) {
    // Run in the snapshot, so the checker and the build judge the same source.
    if (opts.waitIdle > 0) await waitForIdle(opts.waitIdle * 1000);
    const r = await runMeasured(NODE, ['scripts/check.ts'], { cwd: site.root, env: { ...process.env, CONTENT_DIR: gen.dir, NO_COLOR: '1' } });
    const last = r.lines.map((l) => l.text).filter(Boolean).pop() ?? '';
    if (r.code !== 0) {
      checkOk = false;
      checkTail = r.lines.slice(-15).map((l) => l.text).join('\n');
    }
    const ms = /\((\d+) ms\)/.exec(last);
    checkRuns.push({ wall: r.wallMs, inProc: ms ? Number(ms[1]) : null, cpu: r.groupCpuMs, rss: r.peakRss });
    progress(`N=${n}: check ${i + 1}/${runs}: ${s1(r.wallMs)} (exit ${r.code})`);
  }

  for (let i = 0; i < warmup; i++) {
    progress(`N=${n}: warm-up builds (not counted)`);
    await build(site, env, true, log, opts);
    if (baseline) await build(baseline, env, true, log, opts);
  }

  const siteRuns: BuildRun[] = [];
  const rebuildRuns: BuildRun[] = [];
  const baseRuns: BuildRun[] = [];
  let siteOutput: Output | null = null;
  let baselineOutput: Output | null = null;
  const changed = join(gen.dir, 'praktik', `${gen.praktik[Math.floor(gen.praktik.length / 2)]}.mdx`);
  for (let i = 0; i < runs; i++) {
    const r = await build(site, env, true, log, opts);
    siteRuns.push(r);
    progress(`N=${n}: site cold ${i + 1}/${runs}: ${r.ok ? `${s1(r.wallMs)}, peak ${mib(r.peakRss)} (${r.peakRssName}), other processes ${r.otherCpuCores.toFixed(2)} cores` : `FAILED (exit ${r.code}); see ${log}`}`);
    if (r.ok && !siteOutput) siteOutput = await analyse(join(site.root, 'dist'), searchQueries(changed));
    if (r.ok && opts.rebuild) {
      const original = readFileSync(changed, 'utf8');
      writeFileSync(changed, `${original.trimEnd()}\n\nKalimat ini ditambahkan untuk mengukur bangun ulang setelah satu entri berubah.\n`);
      try {
        const rb = await build(site, env, false, log, opts);
        rebuildRuns.push(rb);
        progress(`N=${n}: site content-only rebuild ${i + 1}/${runs}: ${rb.ok ? s1(rb.wallMs) : `FAILED (exit ${rb.code})`}`);
      } finally {
        writeFileSync(changed, original);
      }
    }
    if (baseline) {
      const b = await build(baseline, env, true, log, opts);
      baseRuns.push(b);
      progress(`N=${n}: baseline cold ${i + 1}/${runs}: ${b.ok ? `${s1(b.wallMs)}, peak ${mib(b.peakRss)}, other processes ${b.otherCpuCores.toFixed(2)} cores` : `FAILED (exit ${b.code}); see ${log}`}`);
      if (b.ok && !baselineOutput) baselineOutput = await analyse(join(baseline.root, 'dist'), null);
    }
  }
  const paired = siteRuns.map((s, i) => (s.ok && baseRuns[i]?.ok ? s.wallMs / baseRuns[i]!.wallMs : NaN));
  const { praktik, model, penulis, ...genRest } = gen;
  return {
    entries: n,
    runs,
    warmup,
    generated: { ...genRest, praktik: praktik.length, model: model.length, penulis: penulis.length },
    check: {
      wallMs: summarize(checkRuns.map((c) => c.wall)),
      inProcessMs: summarize(checkRuns.map((c) => c.inProc ?? NaN)),
      cpuMs: summarize(checkRuns.map((c) => c.cpu)),
      peakRss: summarize(checkRuns.map((c) => c.rss)),
      ok: checkOk,
      ...(checkTail ? { errorTail: checkTail } : {}),
    },
    site: { ...summarizeRuns(siteRuns), runsDetail: siteRuns },
    rebuild: opts.rebuild ? { ...summarizeRuns(rebuildRuns), runsDetail: rebuildRuns, changed: changed.slice(gen.dir.length + 1) } : null,
    baseline: baseline ? { ...summarizeRuns(baseRuns), runsDetail: baseRuns } : null,
    pairedBuildRatio: summarize(paired),
    siteOutput,
    baselineOutput,
  };
}

// ——— targets ———

type Status = 'met' | 'missed' | 'n/a';
interface Target {
  id: string;
  target: string;
  status: Status;
  value: string;
  detail: string;
}

const KB = 1000; // targets read "KB" as 1,000 bytes: the stricter reading
const GB = 1e9;

function busyNote(s: BuildSummary | null | undefined): string {
  const other = s?.otherCpuCores?.max ?? 0;
  return other > 0.15 ? ` Other processes used up to ${other.toFixed(2)} of a core during these runs, so times may be inflated.` : '';
}

function phaseGap(site: BuildSummary, base: BuildSummary): string {
  const rows: [string, number | undefined, number | undefined][] = [
    ['start-up (config, routes)', site.phases.startupMs?.median, base.phases.startupMs?.median],
    ['content sync', site.phases.contentSyncMs?.median, base.phases.contentSyncMs?.median],
    ['types/build info', site.phases.prepareMs?.median, base.phases.prepareMs?.median],
    ['bundling (MDX → JS)', site.phases.bundleMs?.median, base.phases.bundleMs?.median],
    ['rendering pages', site.phases.renderMs?.median, base.phases.renderMs?.median],
    ['post-build hooks (sitemap, search)', site.phases.postBuildMs?.median, base.phases.postBuildMs?.median],
  ];
  const diffs = rows
    .filter(([, a, b]) => a !== undefined && b !== undefined)
    .map(([name, a, b]) => ({ name, d: a! - b! }))
    .sort((p, q) => q.d - p.d);
  return diffs.filter((d) => d.d > 200).slice(0, 3).map((d) => `${d.name} +${s1(d.d)}`).join(', ');
}

function evaluate(sizes: readonly SizeResult[]): Target[] {
  const at = (n: number) => sizes.find((s) => s.entries === n);
  const out: Target[] = [];
  const s1000 = at(1000);
  const s5000 = at(5000);

  // 1. Build time vs bare baseline at 1,000.
  {
    const s = s1000;
    if (!s) out.push({ id: 'build-vs-baseline', target: 'cold build ≤ 1.3× bare baseline at 1,000 entries', status: 'n/a', value: '–', detail: 'run with --entries 1000' });
    else if (!s.baseline || !s.baseline.wallMs || !s.site.wallMs) {
      out.push({ id: 'build-vs-baseline', target: 'cold build ≤ 1.3× bare baseline at 1,000 entries', status: 'n/a', value: '–', detail: !s.site.wallMs ? 'the site build failed' : 'baseline skipped or failed' });
    } else {
      const r = s.pairedBuildRatio?.median ?? ratio(s.site.wallMs.median, s.baseline.wallMs.median)!;
      const pagesSite = s.site.pages ?? 0;
      const pagesBase = s.baseline.pages ?? 0;
      const perPage = ratio(s.site.wallMs.median / Math.max(1, pagesSite), s.baseline.wallMs.median / Math.max(1, pagesBase));
      const met = r <= 1.3;
      const pf = s.site.pagefindMs?.median;
      const withoutSearch = pf ? ratio(s.site.wallMs.median - pf, s.baseline.wallMs.median) : null;
      out.push({
        id: 'build-vs-baseline',
        target: 'cold build ≤ 1.3× bare baseline at 1,000 entries',
        status: met ? 'met' : 'missed',
        value: `${r.toFixed(2)}× (${s1(s.site.wallMs.median)} vs ${s1(s.baseline.wallMs.median)}; CPU time ${x(ratio(s.site.groupCpuMs?.median, s.baseline.groupCpuMs?.median))})`,
        detail:
          `${met ? 'Within' : 'Over'} the limit by ${Math.abs((r / 1.3 - 1) * 100).toFixed(0)}%. The site renders ${pagesSite} HTML pages (every entry in id and en, plus models, guides, catalogue, themes, provinces), the baseline ${pagesBase}; per page the site costs ${x(perPage)} the baseline.` +
          (withoutSearch ? ` Without the search-index step (${s1(pf)}, which the baseline does not have) the ratio would be ${x(withoutSearch)}.` : '') +
          (met ? '' : ` Largest differences by phase: ${phaseGap(s.site, s.baseline) || 'none above 0.2 s'}.`) +
          busyNote(s.site),
      });
    }
  }
  // 2. Linearity 1,000 → 5,000.
  {
    const t = 'ms per entry at 5,000 ≤ 1.1× ms per entry at 1,000';
    if (!s1000?.site.wallMs || !s5000?.site.wallMs) out.push({ id: 'linearity', target: t, status: 'n/a', value: '–', detail: 'needs both sizes in one run: --entries 1000,5000' });
    else {
      const a = s1000.site.wallMs.median / 1000;
      const b = s5000.site.wallMs.median / 5000;
      const r = b / a;
      const baseR = s1000.baseline?.wallMs && s5000.baseline?.wallMs ? s5000.baseline.wallMs.median / 5000 / (s1000.baseline.wallMs.median / 1000) : null;
      const cpuR = s1000.site.groupCpuMs && s5000.site.groupCpuMs ? s5000.site.groupCpuMs.median / 5000 / (s1000.site.groupCpuMs.median / 1000) : null;
      const busyDiff = Math.abs((s1000.site.otherCpuCores?.median ?? 0) - (s5000.site.otherCpuCores?.median ?? 0));
      out.push({
        id: 'linearity',
        target: t,
        status: r <= 1.1 ? 'met' : 'missed',
        value: `${b.toFixed(1)} vs ${a.toFixed(1)} ms/entry = ${r.toFixed(2)}×`,
        detail:
          `Fixed start-up cost amortises as N grows, which favours this ratio.${baseR ? ` The bare baseline's own ratio is ${baseR.toFixed(2)}×.` : ''}` +
          (cpuR ? ` By CPU time (less sensitive to other processes) the ratio is ${cpuR.toFixed(2)}×${cpuR > 1.1 ? ', over the limit' : ''}.` : '') +
          (busyDiff > 0.2 ? ` Other processes took ${s1000.site.otherCpuCores?.median.toFixed(2)} cores during the 1,000 build and ${s5000.site.otherCpuCores?.median.toFixed(2)} during the 5,000 build, so the wall-time ratio is distorted; trust the CPU-time ratio.` : '') +
          (r > 1.1 ? ` Phase medians at 5,000: ${phaseList(s5000.site)}.` : ''),
      });
    }
  }
  // 3. Peak memory at 5,000.
  {
    const t = 'peak memory (largest process RSS) ≤ 2.5 GB at 5,000 entries';
    if (!s5000?.site.peakRss) out.push({ id: 'memory', target: t, status: 'n/a', value: '–', detail: 'run with --entries 5000' });
    else {
      const v = s5000.site.peakRss.median;
      out.push({
        id: 'memory',
        target: t,
        status: v <= 2.5 * GB ? 'met' : 'missed',
        value: `${(v / GB).toFixed(2)} GB (${mib(v)}, ${s5000.site.peakRssName})`,
        detail: `By process: ${byProcess(s5000.site)}. Whole process tree at its peak: ${mib(s5000.site.peakRssSum?.median)}, reached during ${s5000.site.peakPhases.join('/') || '?'}.${s5000.baseline?.peakRss ? ` Bare baseline (plain Astro + MDX, same entries): ${mib(s5000.baseline.peakRss.median)}, during ${s5000.baseline.peakPhases.join('/') || '?'}${s5000.baseline.peakRss.median > 2.5 * GB ? ': plain Astro alone is over the limit, so the site cannot meet it without changing how the entries are built' : ''}.` : ''}`,
      });
    }
  }
  // 4. Content-only rebuild (report only).
  for (const s of sizes) {
    if (!s.rebuild?.wallMs || !s.site.wallMs) continue;
    out.push({
      id: `rebuild-${s.entries}`,
      target: `content-only rebuild after changing one entry (report), N=${s.entries}`,
      status: 'n/a',
      value: `${s1(s.rebuild.wallMs.median)} (${x(ratio(s.rebuild.wallMs.median, s.site.wallMs.median))} of a cold build)`,
      detail: `Caches kept. Phases: ${phaseList(s.rebuild)}.`,
    });
  }
  // 5. npm run check at 1,000.
  {
    const t = '`npm run check` ≤ 5 s at 1,000 entries';
    if (!s1000?.check.wallMs) out.push({ id: 'check', target: t, status: 'n/a', value: '–', detail: 'run with --entries 1000' });
    else {
      const v = s1000.check.wallMs.median;
      out.push({
        id: 'check',
        target: t,
        status: s1000.check.ok && v <= 5000 ? 'met' : 'missed',
        value: `${s1(v)} wall (${s1(s1000.check.inProcessMs?.median)} inside the checker)`,
        detail:
          (s1000.check.ok ? `Wall time of a fresh Node process, module loading included; it used ${s1(s1000.check.cpuMs?.median)} of CPU, which is roughly what the wall time would be on an idle machine (the checker is single-threaded).` : 'The checker reported errors on the generated content (see errorTail in the JSON).') +
          busyNote(s1000.site),
      });
    }
  }
  // 6. Entry page weight and requests (any size; the largest is reported).
  for (const s of sizes) {
    const e = s.siteOutput?.pages.entry.median;
    if (!e) {
      out.push({ id: `entry-weight-${s.entries}`, target: `entry page ≤ 15 KB gzip and ≤ 4 requests, first load without search (N=${s.entries})`, status: 'n/a', value: '–', detail: 'no site output (build failed)' });
      continue;
    }
    const met = e.transferGzip <= 15 * KB && e.requestCount <= 4;
    const why: string[] = [];
    if (e.transferGzip > 15 * KB) why.push(`transfer ${kb(e.transferGzip)}: HTML ${kb(e.gzip)} gzip (${kb(e.raw)} raw), ${e.requests.filter((r) => r.kind !== 'html').map((r) => `${r.url} ${kb(r.gzip)}`).join(', ') || 'no sub-resources'}`);
    if (e.requestCount > 4) why.push(`${e.requestCount} requests: ${e.requests.map((r) => r.kind).join(', ')}`);
    const c = e.composition;
    const bare = s.baselineOutput?.pages.entry.median;
    if (!met) {
      why.push(
        `HTML composition (raw): head ${kb(c.head)} (JSON-LD ${kb(c.jsonLd)}, inline script ${kb(c.inlineScript)}), header ${kb(c.header)}, main ${kb(c.main)} of which text ${kb(c.mainText)}, footer ${kb(c.footer)}` +
          (bare ? `; the bare baseline renders the same entry in ${kb(bare.raw)} raw / ${kb(bare.gzip)} gzip, so the body text alone takes ${Math.round((bare.gzip / (15 * KB)) * 100)}% of the 15 KB budget` : ''),
      );
    }
    out.push({
      id: `entry-weight-${s.entries}`,
      target: `entry page ≤ 15 KB gzip and ≤ 4 requests, first load without search (N=${s.entries})`,
      status: met ? 'met' : 'missed',
      value: `${kb(e.transferGzip)} in ${e.requestCount} requests (median page ${e.path})`,
      detail: (met ? `HTML ${kb(e.gzip)} gzip; requests: ${e.requests.map((r) => `${r.kind} ${kb(r.gzip)}`).join(', ')}.` : `${why.join('; ')}.`) + (e.dynamicLoaders.length ? ` Scripts that may load more at run time (fetch/import): ${e.dynamicLoaders.join(', ')}.` : ''),
    });
  }
  // 7. Search first query at 1,000, measured in Chromium.
  {
    const t = 'search: first query ≤ 150 KB at 1,000 entries';
    const m = s1000?.siteOutput?.search;
    if (!s1000) out.push({ id: 'search', target: t, status: 'n/a', value: '–', detail: 'run with --entries 1000' });
    else if (!m || 'error' in m) out.push({ id: 'search', target: t, status: 'n/a', value: 'not measured', detail: m ? `Chromium measurement failed: ${m.error}` : 'the site build failed' });
    else {
      const worstOf = (loads: QueryLoad[]) => loads.reduce((a, b) => (b.idle.bytes > a.idle.bytes ? b : a));
      const worst = worstOf(m);
      const screens = (['phone', 'desktop'] as const).filter((sc) => m.some((q) => q.screen === sc));
      const part = (q: QueryLoad, k: string) => (q.byKind[k] ? `${k} ${kb(q.byKind[k]!.bytes)}${q.byKind[k]!.requests > 1 ? ` in ${q.byKind[k]!.requests}` : ''}` : null);
      const perScreen = screens.map((sc) => {
        const loads = m.filter((q) => q.screen === sc);
        const w = worstOf(loads);
        return (
          `${sc}: at most ${kb(w.idle.bytes)} (“${w.query}”), median ${kb(summarize(loads.map((q) => q.idle.bytes))?.median ?? 0)}; results on screen after ${kb(Math.min(...loads.map((q) => q.shown.bytes)))}–${kb(Math.max(...loads.map((q) => q.shown.bytes)))}; ` +
          `worst by kind: ${['page', 'runtime', 'wasm', 'metadata', 'index', 'fragment', 'filter'].map((k) => part(w, k)).filter(Boolean).join(', ')}`
        );
      });
      out.push({
        id: 'search',
        target: t,
        status: worst.idle.bytes <= 150 * KB ? 'met' : 'missed',
        value: screens.map((sc) => `${sc} ≤ ${kb(worstOf(m.filter((q) => q.screen === sc)).idle.bytes)}`).join(', ') + ` over ${m.length / screens.length} queries`,
        detail:
          `Measured in Chromium on an empty cache, /cari/?q=… until the network is idle. ${perScreen.join('. ')}. ` +
          'The page shows 3 results first, so 3 fragments load, each holding its page\'s whole text, from which Pagefind cuts the excerpt. The desktop shows the filters open and loads their counts after the results; a phone folds them and loads the counts when they are opened.',
      });
    }
  }
  return out;
}

function phaseList(s: BuildSummary): string {
  const p = s.phases;
  return [
    ['start-up', p.startupMs],
    ['content sync', p.contentSyncMs],
    ['bundle', p.bundleMs],
    ['render', p.renderMs],
    ['post-build', p.postBuildMs],
  ]
    .map(([k, v]) => `${k as string} ${s1((v as Summary | null)?.median)}`)
    .join(', ');
}

// ——— printing ———

function printSize(s: SizeResult) {
  const b = s.baseline;
  const site = s.site;
  const per = (sm: Summary | null, n: number) => (sm ? { median: sm.median / n, min: sm.min / n, max: sm.max / n, n: sm.n } : null);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const rows: string[][] = [['metric', 'site: median [min–max]', 'bare baseline', 'site/baseline']];
  rows.push(['npm run check (wall)', range(s.check.wallMs, s1) + (s.check.ok ? '' : ' (ERRORS)'), '–', '–']);
  rows.push(['  inside the checker', range(s.check.inProcessMs, s1), '–', '–']);
  rows.push(['  CPU time (user+sys)', range(s.check.cpuMs, s1), '–', '–']);
  rows.push(['build wall, cold', range(site.wallMs, s1), range(b?.wallMs ?? null, s1), `${x(ratio(site.wallMs?.median, b?.wallMs?.median))}${s.pairedBuildRatio && s.pairedBuildRatio.n > 1 ? ` (paired ${x(s.pairedBuildRatio.median)} [${x(s.pairedBuildRatio.min)}–${x(s.pairedBuildRatio.max)}])` : ''}`]);
  rows.push(['ms per entry', range(per(site.wallMs, s.entries), ms), range(per(b?.wallMs ?? null, s.entries), ms), x(ratio(site.wallMs?.median, b?.wallMs?.median))]);
  rows.push(['HTML pages built', String(site.pages ?? 'n/a'), String(b?.pages ?? 'n/a'), '–']);
  rows.push(['ms per HTML page', range(per(site.wallMs, site.pages ?? 1), ms), range(per(b?.wallMs ?? null, b?.pages ?? 1), ms), x(ratio((site.wallMs?.median ?? 0) / (site.pages ?? 1), (b?.wallMs?.median ?? 0) / (b?.pages ?? 1)))]);
  rows.push(['peak RSS, largest process', `${range(site.peakRss, mib)} (${site.peakRssName ?? '?'})`, range(b?.peakRss ?? null, mib), x(ratio(site.peakRss?.median, b?.peakRss?.median))]);
  rows.push(['  by process', byProcess(site), b ? byProcess(b) : '–', '–']);
  rows.push(['peak RSS, process tree', range(site.peakRssSum, mib), range(b?.peakRssSum ?? null, mib), x(ratio(site.peakRssSum?.median, b?.peakRssSum?.median))]);
  rows.push(['  tree peak reached during', site.peakPhases.join(', ') || 'n/a', b?.peakPhases.join(', ') || 'n/a', '–']);
  rows.push(['CPU time (user+sys)', range(site.groupCpuMs, s1), range(b?.groupCpuMs ?? null, s1), x(ratio(site.groupCpuMs?.median, b?.groupCpuMs?.median))]);
  rows.push(['other processes (cores)', range(site.otherCpuCores, (v) => v.toFixed(2)), range(b?.otherCpuCores ?? null, (v) => v.toFixed(2)), '–']);
  rows.push(['  phase: start-up+config', range(site.phases.startupMs, s1), range(b?.phases.startupMs ?? null, s1), x(ratio(site.phases.startupMs?.median, b?.phases.startupMs?.median))]);
  rows.push(['  content check (worker thread, alongside start-up and sync)', range(site.phases.checkerMs, s1), '–', '–']);
  rows.push(['  phase: content sync', range(site.phases.contentSyncMs, s1), range(b?.phases.contentSyncMs ?? null, s1), x(ratio(site.phases.contentSyncMs?.median, b?.phases.contentSyncMs?.median))]);
  rows.push(['  phase: types+build info', range(site.phases.prepareMs, s1), range(b?.phases.prepareMs ?? null, s1), x(ratio(site.phases.prepareMs?.median, b?.phases.prepareMs?.median))]);
  rows.push(['  phase: bundle (vite)', range(site.phases.bundleMs, s1), range(b?.phases.bundleMs ?? null, s1), x(ratio(site.phases.bundleMs?.median, b?.phases.bundleMs?.median))]);
  rows.push(['  phase: render pages', range(site.phases.renderMs, s1), range(b?.phases.renderMs ?? null, s1), x(ratio(site.phases.renderMs?.median, b?.phases.renderMs?.median))]);
  rows.push(['  phase: post-build hooks', range(site.phases.postBuildMs, s1), range(b?.phases.postBuildMs ?? null, s1), '–']);
  rows.push(['Pagefind (from build log)', site.pagefindMs ? range(site.pagefindMs, s1) : 'n/a (no line in the build log)', '–', '–']);
  if (s.rebuild) rows.push(['content-only rebuild', range(s.rebuild.wallMs, s1), '–', `${x(ratio(s.rebuild.wallMs?.median, site.wallMs?.median))} of cold`]);
  const o = s.siteOutput;
  const bo = s.baselineOutput;
  rows.push(['dist size', o ? `${mib(o.dist.bytes)} (${o.dist.files.toLocaleString('en-US')} files)` : 'n/a', bo ? `${mib(bo.dist.bytes)} (${bo.dist.files} files)` : 'n/a', x(ratio(o?.dist.bytes, bo?.dist.bytes))]);
  rows.push(['dist/pagefind', o?.pagefindDir ? `${mib(o.pagefindDir.bytes)} (${o.pagefindDir.files} files)` : 'n/a', '–', '–']);
  const pw = (label: string, p: PageWeight | null | undefined, bp?: PageWeight | null) =>
    rows.push([
      label,
      p ? `${kb(p.raw)} raw, ${kb(p.gzip)} gz; ${p.requestCount} req, ${kb(p.transferGzip)} gz total` : 'n/a',
      bp ? `${kb(bp.raw)} raw, ${kb(bp.gzip)} gz; ${bp.requestCount} req` : '–',
      bp && p ? x(ratio(p.gzip, bp.gzip)) : '–',
    ]);
  pw('page: home', o?.pages.home);
  pw('page: catalogue /praktik/', o?.pages.catalogue);
  for (const f of o?.pages.catalogue?.possibleFetches ?? []) rows.push([`  may fetch ${f.url}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gz (not counted)`, '–', '–']);
  pw('page: entry (median)', o?.pages.entry.median, bo?.pages.entry.median);
  const c = o?.pages.entry.median?.composition;
  if (c) rows.push(['  entry HTML composition', `head ${kb(c.head)} (JSON-LD ${kb(c.jsonLd)}, script ${kb(c.inlineScript)}), header ${kb(c.header)}, main ${kb(c.main)} (text ${kb(c.mainText)}), footer ${kb(c.footer)}`, '–', '–']);
  if (o?.pages.entry.count) rows.push(['  entry pages: range', `${kb(o.pages.entry.rawMin)}–${kb(o.pages.entry.rawMax)} raw, ${kb(o.pages.entry.gzipMin)}–${kb(o.pages.entry.gzipMax)} gz`, '–', '–']);
  pw('page: model (median)', o?.pages.model.median);
  pw('page: search /cari/', o?.pages.search);
  const sq = o?.search;
  if (!sq || 'error' in sq) rows.push(['search first query', sq ? `not measured: ${sq.error}` : 'n/a', '–', '–']);
  else for (const q of sq) rows.push([`search “${q.query}”, ${q.screen}`, `${kb(q.idle.bytes)} gz, ${q.idle.requests} req (results shown at ${kb(q.shown.bytes)}; ${q.results} found)`, '–', '–']);
  console.log(`\n## N = ${s.entries.toLocaleString('en-US')} entries · ${s.generated.model} models · mean ${s.generated.words.mean} words · runs ${s.runs}${s.warmup ? ` (+${s.warmup} warm-up)` : ''}\n`);
  console.log(table(rows));
  const failed = s.site.runsDetail.find((r) => !r.ok);
  if (failed) console.log(`\nSite build failed (exit ${failed.code}). Last lines:\n${failed.errorTail}`);
  const bf = s.baseline?.runsDetail.find((r) => !r.ok);
  if (bf) console.log(`\nBaseline build failed (exit ${bf.code}). Last lines:\n${bf.errorTail}`);
}

// ——— main ———

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (process.platform !== 'linux') throw new Error('the benchmark reads /proc and runs on Linux only');
  if (!existsSync(NODE)) throw new Error(`${NODE} is missing: run npm ci (the pinned Node 22 comes from the "node" devDependency)`);
  const started = new Date();
  const m = machine();
  mkdirSync(dirname(opts.out), { recursive: true });
  const log = opts.out.replace(/\.json$/, '') + '.log';
  writeFileSync(log, `bench started ${started.toISOString()}\n`);
  progress(`machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.totalMemMiB} MiB RAM, load ${m.loadavgAtStart.join(' ')}; builds on Node ${m.nodeForBuilds}, astro ${m.versions.astro}`);
  const site = snapshotSite(PROJECT_ROOT);
  const baseline = opts.skipBaseline ? null : makeBaseline(PROJECT_ROOT);
  progress(`site snapshot: ${site.root} (${site.files} files, newest ${site.newestMtime}); baseline: ${baseline?.root ?? 'skipped'}`);
  const tmpRoots: string[] = [];
  const sizes: SizeResult[] = [];
  try {
    for (const n of opts.entries) sizes.push(await runSize(n, opts, site, baseline, log, tmpRoots));
  } finally {
    if (!opts.keep) {
      removeProject(site.root);
      if (baseline) removeProject(baseline.root);
      for (const d of tmpRoots) rmSync(d, { recursive: true, force: true });
    }
  }
  const targets = evaluate(sizes);
  const finished = new Date();
  const report = {
    tool: 'scripts/bench.ts',
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationS: Math.round((finished.getTime() - started.getTime()) / 1000),
    machine: { ...m, loadavgAtEnd: loadavg().map((v) => Number(v.toFixed(2))) },
    options: { ...opts, out: undefined },
    method: {
      cold: 'before each cold build: rm -rf dist .astro node_modules/.astro node_modules/.vite in the benchmark project, then node_modules/.bin/node node_modules/.bin/astro build',
      isolation: 'the site is built from a snapshot copy of src/, public/, astro.config.mjs, tsconfig.json, package.json in a temp folder whose node_modules holds symlinks to the project packages; the developer tree, its dist/ and caches are never touched',
      memory: 'peak RSS = VmHWM of the largest single process in the build process group, sampled from /proc every 50 ms; tree = peak of summed VmRSS',
      otherCpu: 'machine busy time from /proc/stat minus the build tree and the benchmark itself, in cores (0.5 = half a core busy elsewhere on average)',
      gzip: 'zlib level 6 per file; KB in targets = 1,000 bytes; MiB = 1,048,576 bytes',
      requests: 'static analysis: the HTML, <link rel=stylesheet|modulepreload|preload|icon|manifest>, <script src>, static JS imports, CSS @import and font url()s; fetch()/import() at run time are not followed but the files that contain them are listed',
      pairing: 'site and baseline builds alternate (site, rebuild, baseline per run), so the paired ratio cancels drift',
      ...(opts.experimental ? { experimental: `astro experimental flags added through a wrapper config to both builds: ${JSON.stringify(opts.experimental)}` } : {}),
    },
    site: { snapshot: site.root, files: site.files, newestSourceMtime: site.newestMtime, kept: opts.keep },
    sizes,
    targets,
    log,
  };
  writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);

  console.log(`# Benchmark — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`machine: ${m.nproc} CPUs (${m.cpuModel}), ${(m.totalMemMiB / 1024).toFixed(1)} GiB RAM, kernel ${m.kernel}; load average at start ${m.loadavgAtStart.join(' ')}, at end ${report.machine.loadavgAtEnd.join(' ')}`);
  console.log(`builds: Node ${m.nodeForBuilds}, astro ${m.versions.astro}, @astrojs/mdx ${m.versions['@astrojs/mdx']}, satteri ${m.versions.satteri}, vite ${m.versions.vite}, pagefind ${m.versions.pagefind}${opts.experimental ? `; experimental ${JSON.stringify(opts.experimental)}` : ''}`);
  for (const s of sizes) printSize(s);
  console.log('\n## Targets\n');
  for (const t of targets) console.log(`${t.status === 'met' ? '✓ met   ' : t.status === 'missed' ? '✗ MISSED' : '· report'}  ${t.target}: ${t.value}\n           ${t.detail}`);
  const busy = sizes.flatMap((s) => [...s.site.runsDetail, ...(s.baseline?.runsDetail ?? [])]).filter((r) => r.otherCpuCores > 0.15);
  console.log(`\n${busy.length ? `Note: in ${busy.length} build(s) other processes used more than 0.15 of a core on average (max ${Math.max(...busy.map((r) => r.otherCpuCores)).toFixed(2)}); those timings are less reliable.` : 'No other process used more than 0.15 of a core on average during any build.'}`);
  console.log(`report: ${opts.out}\nbuild logs: ${log}`);
}

await main();
