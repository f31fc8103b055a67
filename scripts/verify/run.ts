/**
 * Post-build gates on a built site, one module per job (like withastro/docs' scripts/lib/linkcheck):
 *
 *   node scripts/verify/run.ts [--dist dist] [--base /model-inovasi/] [--hanya tautan,html]
 *                              [--bandingkan <folder build kedua>]
 *
 * Prints what is wrong and where (page, file:line:col in the build, and the content file that
 * produced it), writes the full list to .cache/verifikasi/laporan.txt, and exits 1 on any error.
 */
import { edisiBernama } from '../../src/data/edisi.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkBudgets } from './budgets.ts';
import { checkCounts, contentEntries, detectExpected } from './counts.ts';
import { checkCsp } from './csp.ts';
import { compareBuilds } from './determinism.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { errors, groupFindings, type Gate, type GateResult } from './problem.ts';
import { Site, normaliseBase } from './site.ts';

export const GATES: readonly Gate[] = ['csp', 'tautan', 'html', 'anggaran', 'hitungan', 'determinisme'];

export interface RunOptions {
  dist: string;
  base?: string | undefined;
  root?: string;
  contentDir?: string;
  only?: readonly Gate[] | undefined;
  /** A second build of the same commit, for the determinism gate. */
  compareWith?: string | undefined;
  /** Lines printed per gate before the rest goes only to the report file. */
  maxLines?: number;
  log?: (line: string) => void;
}

export async function runGates(opts: RunOptions): Promise<{ results: GateResult[]; ok: boolean }> {
  const log = opts.log ?? console.log;
  const root = opts.root ?? process.cwd();
  const contentDir = opts.contentDir ?? process.env.CONTENT_DIR ?? 'content';
  const site = new Site({ dir: opts.dist, base: opts.base, root, contentDir });
  const want = (g: Gate) => (opts.only ? opts.only.includes(g) : g !== 'determinisme' || opts.compareWith !== undefined);
  const results: GateResult[] = [];
  const report: string[] = [];

  if (opts.base && site.builtBase && normaliseBase(opts.base) !== site.builtBase) {
    results.push({
      gate: 'tautan',
      findings: [{ gate: 'tautan', level: 'error', page: site.urlOf('index.html'), file: 'index.html', message: `build di ${opts.dist} dibuat untuk base ${site.builtBase}, bukan ${normaliseBase(opts.base)}: bangun ulang dengan BASE_PATH=${normaliseBase(opts.base)}` }],
      summary: [],
    });
  }

  const run = async (gate: Gate, fn: () => GateResult | Promise<GateResult>) => {
    if (!want(gate)) return;
    const t0 = performance.now();
    const result = await fn();
    const ms = Math.round(performance.now() - t0);
    results.push(result);
    const errs = errors(result.findings).length;
    const warns = result.findings.length - errs;
    const head = `${errs ? '✗' : '✓'} ${gate}: ${errs} galat${warns ? `, ${warns} peringatan` : ''} (${(ms / 1000).toFixed(1)} s)`;
    const lines = groupFindings(result.findings);
    log(`\n${head}`);
    for (const s of result.summary) log(`  ${s}`);
    const max = opts.maxLines ?? 40;
    for (const l of lines.slice(0, max)) log(l);
    if (lines.length > max) log(`  … ${lines.length - max} temuan lain; daftar lengkap di .cache/verifikasi/laporan.txt`);
    report.push(head, ...result.summary.map((s) => `  ${s}`), ...lines, '');
  };

  await run('csp', () => checkCsp(site));
  await run('tautan', () => checkLinks(site));
  await run('html', () => checkHtml(site));
  await run('anggaran', () => checkBudgets(site));
  await run('hitungan', async () => checkCounts(site, { entries: await contentEntries(root, contentDir), expected: detectExpected(root), previewDrafts: process.env.PREVIEW_DRAFTS === '1', tampil: edisiBernama(process.env.EDISI).tampil }));
  if (opts.compareWith) await run('determinisme', () => compareBuilds(opts.dist, opts.compareWith!));

  const reportFile = resolve(root, '.cache/verifikasi/laporan.txt');
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${report.join('\n')}\n`);
  const total = results.reduce((n, r) => n + errors(r.findings).length, 0);
  log(total ? `\n✗ Pemeriksaan pasca-build: ${total} galat di ${results.filter((r) => errors(r.findings).length).map((r) => r.gate).join(', ')}.` : `\n✓ Pemeriksaan pasca-build lolos (${results.map((r) => r.gate).join(', ')}).`);
  return { results, ok: total === 0 };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      base: { type: 'string' },
      hanya: { type: 'string' },
      bandingkan: { type: 'string' },
    },
  });
  const only = values.hanya?.split(',').map((s) => s.trim()) as Gate[] | undefined;
  const unknown = only?.filter((g) => !GATES.includes(g));
  if (unknown?.length) {
    console.error(`Gerbang tidak dikenal: ${unknown.join(', ')}. Pilihan: ${GATES.join(', ')}`);
    process.exit(2);
  }
  const { ok } = await runGates({ dist: values.dist, base: values.base ?? process.env.BASE_PATH, only, compareWith: values.bandingkan });
  process.exit(ok ? 0 : 1);
}
