/**
 * Performance benchmark: `npm run bench -- --entries 1000` (or 100, 3000, 5000, or a list: 1000,5000).
 *
 *   node scripts/bench.ts --entries 1000 [--runs 3] [--warmup 1] [--skip-baseline] [--no-rebuild]
 *        [--seed S] [--out bench-out/report.json] [--experimental '{"collectionStorage":"chunked"}'] [--keep]
 *        [--wait-idle 20] [--words 2500] [--keep-os-cache] [--verbose]
 *
 * Before each timed build the harness runs `sync`, so the writes and deletions of earlier runs are
 * not flushed to disk during the next one (they grew the site's render phase run after run), and,
 * when it may (root), drops the kernel's page cache before each cold build (--keep-os-cache keeps it).
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
 * Each concern has its module in scripts/bench/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { argumen } from './argumen.ts';
import { PROJECT_ROOT } from './generate.ts';
import { NODE, progress, runSize, type SizeResult } from './bench/builds.ts';
import { bolehBuangCacheOs, sistemBerkas, uraiSistemBerkas } from './bench/proc.ts';
import { makeBaseline, removeProject, snapshotSite } from './bench/projects.ts';
import { printSize } from './bench/report.ts';
import { evaluate } from './bench/targets.ts';

export type Options = ReturnType<typeof options>;

function options() {
  const usage = readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?|^ \* ?/gm, '');
  const text = { type: 'string' } as const;
  const flag = { type: 'boolean', default: false } as const;
  const { values: v } = argumen(
    {
      options: {
        entries: { ...text, default: '1000' }, runs: text, warmup: text, 'skip-baseline': flag, 'no-rebuild': flag, seed: { ...text, default: 'pustaka' },
        out: { ...text, default: 'bench-out/report.json' }, experimental: text, keep: flag, verbose: flag, 'keep-os-cache': flag, 'wait-idle': { ...text, default: '20' }, words: { ...text, default: '2500' },
      },
    },
    usage,
  );
  const entries = v.entries.split(',').map((s) => Number(s.trim()));
  if (entries.some((n) => !Number.isInteger(n) || n < 2)) throw new Error('--entries takes integers ≥ 2, e.g. 1000 or 1000,5000');
  return {
    entries,
    runs: v.runs ? Number(v.runs) : undefined,
    warmup: v.warmup ? Number(v.warmup) : undefined,
    skipBaseline: v['skip-baseline'],
    rebuild: !v['no-rebuild'],
    seed: v.seed,
    out: resolve(PROJECT_ROOT, v.out),
    experimental: v.experimental ? (JSON.parse(v.experimental) as Record<string, unknown>) : undefined,
    keep: v.keep,
    verbose: v.verbose,
    /** Drop the kernel's page cache before each cold build, when this process may (root on Linux). */
    dropOsCache: !v['keep-os-cache'] && bolehBuangCacheOs(),
    waitIdle: Number(v['wait-idle']),
    /** Mean body words per generated practice. */
    words: Number(v.words),
  };
}

function machine() {
  const orNull = <T>(f: () => T) => {
    try {
      return f();
    } catch {
      return null;
    }
  };
  const run = (cmd: string, args: string[] = []) => orNull(() => execFileSync(cmd, args, { encoding: 'utf8' }).trim());
  const pkg = (name: string) =>
    orNull(() => (JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version);
  return {
    nproc: Number(run('nproc') ?? cpus().length),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemMiB: Math.round(totalmem() / 1048576),
    freeMemMiBAtStart: Math.round(freemem() / 1048576),
    kernel: release(),
    /** Where the benchmark's projects are built (the OS temp folder). */
    filesystem: uraiSistemBerkas(sistemBerkas(tmpdir())),
    loadavgAtStart: loadavg().map((v) => Number(v.toFixed(2))),
    nodeForBuilds: run(NODE, ['--version']),
    nodeRunningBench: process.version,
    versions: Object.fromEntries(['astro', '@astrojs/mdx', '@astrojs/markdown-satteri', 'satteri', 'vite', 'pagefind', 'zod'].map((n) => [n, pkg(n)])),
  };
}

const OS_CACHE_DROPPED =
  'before each cold build (after sync): echo 3 > /proc/sys/vm/drop_caches. On the 2-core VM of the README the page cache the earlier builds leave makes each consecutive cold build slower (site 22.7, 25.5, 28.1 s with the same input; 23.1, 22.8 s with the cache dropped), and the site, which writes far more files than the baseline, more so';
const OS_CACHE_KEPT = 'the kernel page cache is kept between builds (--keep-os-cache, or not permitted): consecutive builds may drift';
const METHOD = {
  cold: 'before each cold build: rm -rf dist .astro node_modules/.astro node_modules/.vite in the benchmark project, then node_modules/.bin/node node_modules/.bin/astro build',
  isolation: 'the site is built from a snapshot copy of src/, public/, astro.config.mjs, tsconfig.json, package.json in a temp folder whose node_modules holds symlinks to the project packages; the developer tree, its dist/ and caches are never touched',
  memory: 'peak RSS = VmHWM of the largest single process in the build process group, sampled from /proc every 50 ms; tree = peak of summed VmRSS',
  otherCpu: 'machine busy time from /proc/stat minus the build tree and the benchmark itself, in cores (0.5 = half a core busy elsewhere on average)',
  gzip: 'zlib level 6 per file (files already compressed, such as woff2 and images, as they are), as the budgets gate weighs them; KB in targets = 1,000 bytes; MiB = 1,048,576 bytes',
  requests: 'static analysis by the budgets gate (scripts/verify/budgets.ts FirstLoad): the HTML, <link rel=stylesheet|modulepreload|preload|icon>, <script src>, static JS imports, CSS @import and @font-face fonts, eager images; fetch()/import() at run time are not followed but the files that contain them are listed',
  pairing: 'site and baseline builds alternate (site, rebuild, baseline per run), so the paired ratio cancels drift',
};

async function main() {
  const opts = options();
  if (process.platform !== 'linux') throw new Error('the benchmark reads /proc and runs on Linux only');
  if (!existsSync(NODE)) throw new Error(`${NODE} is missing: run npm ci (the pinned Node 22 comes from the "node" devDependency)`);
  const started = new Date();
  const m = machine();
  mkdirSync(dirname(opts.out), { recursive: true });
  const log = `${opts.out.replace(/\.json$/, '')}.log`;
  writeFileSync(log, `bench started ${started.toISOString()}\n`);
  progress(`machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.totalMemMiB} MiB RAM, ${m.filesystem}, load ${m.loadavgAtStart.join(' ')}; builds on Node ${m.nodeForBuilds}, astro ${m.versions.astro}`);
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
  const loadavgAtEnd = loadavg().map((v) => Number(v.toFixed(2)));
  const report = {
    tool: 'scripts/bench.ts',
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationS: Math.round((finished.getTime() - started.getTime()) / 1000),
    machine: { ...m, loadavgAtEnd },
    options: { ...opts, out: undefined },
    method: { ...METHOD, osCache: opts.dropOsCache ? OS_CACHE_DROPPED : OS_CACHE_KEPT, ...(opts.experimental ? { experimental: `astro experimental flags added through a wrapper config to both builds: ${JSON.stringify(opts.experimental)}` } : {}) },
    site: { snapshot: site.root, files: site.files, newestSourceMtime: site.newestMtime, kept: opts.keep },
    sizes,
    targets,
    log,
  };
  writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);

  const v = m.versions;
  console.log(`# Benchmark — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`machine: ${m.nproc} CPUs (${m.cpuModel}), ${(m.totalMemMiB / 1024).toFixed(1)} GiB RAM, kernel ${m.kernel}, builds on ${m.filesystem}; load average at start ${m.loadavgAtStart.join(' ')}, at end ${loadavgAtEnd.join(' ')}`);
  console.log(`builds: Node ${m.nodeForBuilds}, astro ${v.astro}, @astrojs/mdx ${v['@astrojs/mdx']}, satteri ${v.satteri}, vite ${v.vite}, pagefind ${v.pagefind}${opts.experimental ? `; experimental ${JSON.stringify(opts.experimental)}` : ''}`);
  for (const s of sizes) printSize(s);
  console.log('\n## Targets\n');
  for (const t of targets) console.log(`${t.status === 'met' ? '✓ met   ' : t.status === 'missed' ? '✗ MISSED' : '· report'}  ${t.target}: ${t.value}\n           ${t.detail}`);
  const busy = sizes.flatMap((s) => [...s.site.runsDetail, ...(s.baseline?.runsDetail ?? [])]).filter((r) => r.otherCpuCores > 0.15);
  console.log(`\n${busy.length ? `Note: in ${busy.length} build(s) other processes used more than 0.15 of a core on average (max ${Math.max(...busy.map((r) => r.otherCpuCores)).toFixed(2)}); those timings are less reliable.` : 'No other process used more than 0.15 of a core on average during any build.'}`);
  console.log(`report: ${opts.out}\nbuild logs: ${log}`);
}

await main();
