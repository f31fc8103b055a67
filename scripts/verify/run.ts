/**
 * Post-build gates on a built site, one module per job (like withastro/docs' scripts/lib/linkcheck).
 * Prints what is wrong and where (page, file:line:col in the build, and the content file that
 * produced it), writes the full list to .cache/verifikasi/laporan.txt, and exits 1 on any error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ConfigData } from 'html-validate';
import { CONTENT_DIR, EDISI_AKTIF, PREVIEW_DRAFTS } from '../../src/lib/env.ts';
import { argumen } from '../argumen.ts';
import { checkBudgets, type Budgets } from './budgets.ts';
import { checkCounts, contentEntries, detectExpected } from './counts.ts';
import { checkCsp } from './csp.ts';
import { compareBuilds } from './determinism.ts';
import { checkHtml } from './html.ts';
import { checkLinks } from './links.ts';
import { errors, groupFindings, konfigGate, type Gate, type GateResult } from './problem.ts';
import { Site } from './site.ts';
import { normaliseBase } from '../../src/integrations/alamat-situs.ts';

const GATES: readonly Gate[] = ['csp', 'tautan', 'html', 'anggaran', 'hitungan', 'determinisme'];
/** Lines printed per gate before the rest goes only to the report file. */
const MAX_LINES = 40;

export interface RunOptions {
  dist: string;
  base?: string | undefined;
  root?: string;
  contentDir?: string;
  only?: readonly Gate[] | undefined;
  /** A second build of the same commit, for the determinism gate. */
  compareWith?: string | undefined;
  log?: (line: string) => void;
}

export async function runGates(opts: RunOptions): Promise<{ results: GateResult[]; ok: boolean }> {
  const log = opts.log ?? console.log;
  const root = opts.root ?? process.cwd();
  const contentDir = opts.contentDir ?? CONTENT_DIR;
  const site = new Site({ dir: opts.dist, base: opts.base, root, contentDir });
  const want = (g: Gate) => (opts.only ? opts.only.includes(g) : g !== 'determinisme' || opts.compareWith !== undefined);
  const results: GateResult[] = [];
  const report: string[] = [];

  const base = opts.base && normaliseBase(opts.base);
  if (base && site.builtBase && base !== site.builtBase) {
    const message = `build di ${opts.dist} dibuat untuk base ${site.builtBase}, bukan ${base}: bangun ulang dengan BASE_PATH=${base}`;
    results.push({ gate: 'tautan', findings: [{ gate: 'tautan', level: 'error', page: site.urlOf('index.html'), file: 'index.html', message }], summary: [] });
  }

  const run = async (gate: Gate, fn: () => GateResult | Promise<GateResult>) => {
    if (!want(gate)) return;
    const t0 = performance.now();
    const result = await fn();
    const seconds = (performance.now() - t0) / 1000;
    results.push(result);
    const errs = errors(result.findings).length;
    const warns = result.findings.length - errs;
    const head = `${errs ? '✗' : '✓'} ${gate}: ${errs} galat${warns ? `, ${warns} peringatan` : ''} (${seconds.toFixed(1)} s)`;
    const lines = groupFindings(result.findings);
    const summary = result.summary.map((s) => `  ${s}`);
    for (const l of [`\n${head}`, ...summary, ...lines.slice(0, MAX_LINES)]) log(l);
    if (lines.length > MAX_LINES) log(`  … ${lines.length - MAX_LINES} temuan lain; daftar lengkap di .cache/verifikasi/laporan.txt`);
    report.push(head, ...summary, ...lines, '');
  };

  await run('csp', () => checkCsp(site));
  await run('tautan', () => checkLinks(site));
  await run('html', () => {
    const k = konfigGate<ConfigData>('html', root, '.htmlvalidate.json');
    return 'gagal' in k ? k.gagal : checkHtml(site, k.data);
  });
  await run('anggaran', () => {
    const k = konfigGate<Budgets>('anggaran', root, 'budgets.json');
    return 'gagal' in k ? k.gagal : checkBudgets(site, k.data);
  });
  await run('hitungan', async () => checkCounts(site, { entries: await contentEntries(root, contentDir), expected: detectExpected(root), previewDrafts: PREVIEW_DRAFTS, tampil: EDISI_AKTIF.tampil }));
  if (opts.compareWith) await run('determinisme', () => compareBuilds(opts.dist, opts.compareWith!));

  const reportFile = resolve(root, '.cache/verifikasi/laporan.txt');
  mkdirSync(dirname(reportFile), { recursive: true });
  writeFileSync(reportFile, `${report.join('\n')}\n`);
  const failed = results.filter((r) => errors(r.findings).length);
  const total = failed.reduce((n, r) => n + errors(r.findings).length, 0);
  log(total ? `\n✗ Pemeriksaan pasca-build: ${total} galat di ${failed.map((r) => r.gate).join(', ')}.` : `\n✓ Pemeriksaan pasca-build lolos (${results.map((r) => r.gate).join(', ')}).`);
  return { results, ok: total === 0 };
}

if (import.meta.main) {
  const { values } = argumen(
    { options: { dist: { type: 'string', default: 'dist' }, base: { type: 'string' }, hanya: { type: 'string' }, bandingkan: { type: 'string' } } },
    `Cara pakai: npm run verify -- [--dist dist] [--base /model-inovasi/] [--hanya ${GATES.join(',')}] [--bandingkan <folder build kedua>]`,
  );
  const only = values.hanya?.split(',').map((s) => s.trim()) as Gate[] | undefined;
  const unknown = only?.filter((g) => !GATES.includes(g));
  if (unknown?.length) {
    console.error(`Gerbang tidak dikenal: ${unknown.join(', ')}. Pilihan: ${GATES.join(', ')}`);
    process.exit(2);
  }
  const { ok } = await runGates({ dist: values.dist, base: values.base ?? process.env.BASE_PATH, only, compareWith: values.bandingkan });
  process.exit(ok ? 0 : 1);
}
