/**
 * One size of the benchmark: generate the entries, time `npm run check`, then build the site cold,
 * rebuild it after one entry changed, and build the bare baseline cold, alternating run by run so
 * drift on a shared machine affects both alike (the paired ratio cancels it). Each build is one
 * measured process tree (proc.ts) whose log gives its phases (phases.ts); the first good build of
 * each project is analysed (measure.ts).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Options } from '../bench.ts';
import { generate, PROJECT_ROOT } from '../generate.ts';
import { analyse, type Output } from './measure.ts';
import { parsePhases, phaseAt, PHASE_KEYS, type PhaseKey, type Phases } from './phases.ts';
import { buangCacheOs, runMeasured, waitForIdle, type RunResult } from './proc.ts';
import { clearCaches, COMPILE_CACHE, type Project } from './projects.ts';
import { mib, s1, summarize, type Summary } from './report.ts';

export const NODE = join(PROJECT_ROOT, 'node_modules/.bin/node');

/** A measured build: the process figures of RunResult (without its raw lines) plus what the log tells. */
export interface BuildRun extends Omit<RunResult, 'lines' | 'peakRssSumAt'> {
  ok: boolean;
  /** The build phase during which the summed RSS peaked. */
  peakPhase: string | null;
  /** Milliseconds spent waiting for other processes to calm down, and the machine's busy cores when the run started. */
  idleWaitMs: number;
  busyAtStart: number;
  phases: Phases;
  errorTail?: string;
}

export const progress = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

const idle = async (opts: Options) => (opts.waitIdle > 0 ? await waitForIdle(opts.waitIdle * 1000) : { waitedMs: 0, busy: NaN });

async function build(p: Project, env: NodeJS.ProcessEnv, cold: boolean, log: string, opts: Options): Promise<BuildRun> {
  if (cold) clearCaches(p.root);
  // Flush what earlier runs wrote and deleted (hundreds of MB for the site, tens for the baseline),
  // so the disk does not write it back during the next timed build; and, where allowed, drop the
  // page cache those runs left, which slows each next build a little more (METHOD.osCache).
  if (cold && opts.dropOsCache) buangCacheOs();
  else execFileSync('sync');
  const waited = await idle(opts);
  const r = await runMeasured(NODE, ['node_modules/.bin/astro', 'build', '--config', p.config], {
    cwd: p.root,
    env: { ...process.env, ...env, NODE_COMPILE_CACHE: join(p.root, COMPILE_CACHE), FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    ...(opts.verbose ? { onLine: (l: string) => process.stderr.write(`    ${l}\n`) } : {}),
  });
  appendFileSync(log, `\n===== ${p.label} ${cold ? 'cold' : 'rebuild'} build, exit ${r.code}, ${Math.round(r.wallMs)} ms =====\n${r.lines.map((l) => `[${(l.t / 1000).toFixed(2)}] ${l.text}`).join('\n')}\n`);
  const { lines, peakRssSumAt, ...measured } = r;
  const phases = parsePhases(lines, r.wallMs);
  const ok = r.code === 0;
  return {
    ...measured,
    ok,
    peakPhase: phaseAt(phases, peakRssSumAt),
    idleWaitMs: waited.waitedMs,
    busyAtStart: waited.busy,
    phases,
    ...(ok ? {} : { errorTail: `${r.signal ? `killed by ${r.signal}${r.signal === 'SIGKILL' ? ' (out of memory?)' : ''}\n` : ''}${lines.slice(-40).map((l) => l.text).join('\n')}` }),
  };
}

/** Medians [min–max] over the successful runs. */
function summarizeRuns(runs: readonly BuildRun[]) {
  const ok = runs.filter((r) => r.ok);
  const pick = (f: (r: BuildRun) => number | null) => summarize(ok.map(f).filter((v): v is number => v !== null));
  const names = [...new Set(ok.flatMap((r) => Object.keys(r.peakByName)))];
  return {
    runs: ok.length,
    failed: runs.length - ok.length,
    wallMs: pick((r) => r.wallMs),
    peakRss: pick((r) => r.peakRss),
    peakRssSum: pick((r) => r.peakRssSum),
    groupCpuMs: pick((r) => r.groupCpuMs),
    otherCpuCores: pick((r) => r.otherCpuCores),
    pagefindMs: pick((r) => r.phases.pagefindMs),
    phases: Object.fromEntries(PHASE_KEYS.map((k) => [k, pick((r) => r.phases[k])])) as Record<PhaseKey, Summary | null>,
    pages: ok[0]?.phases.pages ?? null,
    peakPhases: [...new Set(ok.map((r) => r.peakPhase).filter((p): p is string => !!p))],
    peakRssName: ok.find((r) => r.peakRss === Math.max(...ok.map((o) => o.peakRss)))?.peakRssName ?? null,
    /** Median peak per process name over the runs (node: the Astro build; pagefind_extended: the indexer), above 64 MiB. */
    peakByName: Object.fromEntries(names.map((n) => [n, summarize(ok.map((r) => r.peakByName[n] ?? 0))?.median ?? 0] as const).filter(([, v]) => v > 64 * 1048576)),
  };
}
export type BuildSummary = ReturnType<typeof summarizeRuns>;
/** One size's figures, as the JSON report holds them. */
export type SizeResult = Awaited<ReturnType<typeof runSize>>;

/**
 * What a reader types: two themes' words, a phrase, and one generated practice's name (the entry
 * the rebuild edits), so a query that matches a title is measured too.
 */
function searchQueries(practiceFile: string): string[] {
  const title = /^judul:\s*(.+)$/m.exec(readFileSync(practiceFile, 'utf8'))?.[1]?.trim().replace(/^['"]|['"]$/g, '');
  return ['stunting', 'posyandu', 'jemput bola', ...(title ? [title] : [])];
}

const line = (r: BuildRun, extra: string) => (r.ok ? `${s1(r.wallMs)}${extra}` : `FAILED (exit ${r.code})`);

export async function runSize(n: number, opts: Options, site: Project, baseline: Project | null, log: string, tmpRoots: string[]) {
  const runs = opts.runs ?? (n <= 1000 ? 3 : 1);
  const warmup = opts.warmup ?? (n <= 1000 ? 1 : 0);
  progress(`N=${n}: generating content (seed ${opts.seed})`);
  const gen = generate({ entries: n, seed: opts.seed, words: opts.words });
  tmpRoots.push(gen.dir);
  progress(`N=${n}: ${gen.praktik.length} praktik + ${gen.model.length} model in ${gen.dir} (mean ${gen.words.mean} words, ${(gen.bytes / 1048576).toFixed(1)} MiB, ${gen.ms} ms)`);
  const env = { CONTENT_DIR: gen.dir, BENCH_PRAKTIK_DIR: join(gen.dir, 'praktik'), ...(opts.experimental ? { BENCH_EXPERIMENTAL: JSON.stringify(opts.experimental) } : {}) };

  // npm run check, as the developer runs it: a fresh Node process over the generated tree, in the
  // snapshot, so the checker and the build judge the same source.
  const checks: RunResult[] = [];
  let checkTail: string | undefined;
  for (let i = 0; i < runs; i++) {
    await idle(opts);
    const r = await runMeasured(NODE, ['scripts/check.ts'], { cwd: site.root, env: { ...process.env, CONTENT_DIR: gen.dir, NO_COLOR: '1' } });
    if (r.code !== 0) checkTail = r.lines.slice(-15).map((l) => l.text).join('\n');
    checks.push(r);
    progress(`N=${n}: check ${i + 1}/${runs}: ${s1(r.wallMs)} (exit ${r.code})`);
  }
  // The checker's own time, from its last line: "… (1234 ms)".
  const inProcess = (r: RunResult) => Number(/\((\d+) ms\)/.exec(r.lines.map((l) => l.text).filter(Boolean).pop() ?? '')?.[1] ?? NaN);

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
    progress(`N=${n}: site cold ${i + 1}/${runs}: ${line(r, `, peak ${mib(r.peakRss)} (${r.peakRssName}), other processes ${r.otherCpuCores.toFixed(2)} cores`)}`);
    if (r.ok && !siteOutput) siteOutput = await analyse(join(site.root, 'dist'), searchQueries(changed));
    if (r.ok && opts.rebuild) {
      const original = readFileSync(changed, 'utf8');
      writeFileSync(changed, `${original.trimEnd()}\n\nKalimat ini ditambahkan untuk mengukur bangun ulang setelah satu entri berubah.\n`);
      try {
        const rb = await build(site, env, false, log, opts);
        rebuildRuns.push(rb);
        progress(`N=${n}: site content-only rebuild ${i + 1}/${runs}: ${line(rb, '')}`);
      } finally {
        writeFileSync(changed, original);
      }
    }
    if (baseline) {
      const b = await build(baseline, env, true, log, opts);
      baseRuns.push(b);
      progress(`N=${n}: baseline cold ${i + 1}/${runs}: ${line(b, `, peak ${mib(b.peakRss)}, other processes ${b.otherCpuCores.toFixed(2)} cores`)}`);
      if (b.ok && !baselineOutput) baselineOutput = await analyse(join(baseline.root, 'dist'), null);
    }
  }
  const { praktik, model, penulis, ...genRest } = gen;
  const over = (f: (r: RunResult) => number) => summarize(checks.map(f));
  return {
    entries: n, runs, warmup,
    generated: { ...genRest, praktik: praktik.length, model: model.length, penulis: penulis.length },
    check: {
      wallMs: over((r) => r.wallMs), inProcessMs: over(inProcess), cpuMs: over((r) => r.groupCpuMs), peakRss: over((r) => r.peakRss),
      ok: checkTail === undefined, ...(checkTail ? { errorTail: checkTail } : {}),
    },
    site: { ...summarizeRuns(siteRuns), runsDetail: siteRuns },
    rebuild: opts.rebuild ? { ...summarizeRuns(rebuildRuns), runsDetail: rebuildRuns, changed: changed.slice(gen.dir.length + 1) } : null,
    baseline: baseline ? { ...summarizeRuns(baseRuns), runsDetail: baseRuns } : null,
    pairedBuildRatio: summarize(siteRuns.map((s, i) => (s.ok && baseRuns[i]?.ok ? s.wallMs / baseRuns[i]!.wallMs : NaN))),
    siteOutput,
    baselineOutput,
  };
}
