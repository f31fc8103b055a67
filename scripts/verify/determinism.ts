/**
 * Determinism gate: two builds of the same commit must produce the same files, byte for byte, so
 * a reviewer can diff the built site of a pull request against `main` and see only what changed.
 *
 * Run alone: `node scripts/verify/determinism.ts` builds twice (BASE_PATH=/model-inovasi/ unless
 * set) into .cache/determinisme/{a,b} and compares them. `npm test` compares its e2e build with a
 * second build instead, which costs one build, not two.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { errors, groupFindings, type Finding, type GateResult } from './problem.ts';
import { Site } from './site.ts';

/**
 * Files allowed to differ between two builds, each with the reason. Empty: every difference found
 * so far had a cause that could be fixed (a date from `new Date()`, an unsorted list).
 */
const ALLOWED_DIFFERENCES: { pattern: RegExp; reason: string }[] = [];

/** Where two texts first differ, with a little context from each. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const line = a.slice(0, i).split('\n').length;
  const from = Math.max(0, i - 40);
  const show = (s: string) => JSON.stringify(s.slice(from, i + 60));
  return `baris ${line}, karakter ${i}: build 1 ${show(a)} ≠ build 2 ${show(b)}`;
}

export function compareBuilds(dirA: string, dirB: string): GateResult {
  const a = new Site({ dir: dirA, base: '/' });
  const b = new Site({ dir: dirB, base: '/' });
  const findings: Finding[] = [];
  const push = (file: string, message: string) => {
    const ok = ALLOWED_DIFFERENCES.find((x) => x.pattern.test(file));
    findings.push({ gate: 'determinisme', level: ok ? 'warning' : 'error', page: file, message: ok ? `${message} (diizinkan: ${ok.reason})` : message });
  };
  for (const f of a.files) if (!b.fileSet.has(f)) push(f, 'ada di build 1, tidak ada di build 2');
  for (const f of b.files) if (!a.fileSet.has(f)) push(f, 'ada di build 2, tidak ada di build 1 (nama berkas ber-hash berubah: isi sumbernya tidak stabil)');
  let same = 0;
  for (const f of a.files.filter((f) => b.fileSet.has(f))) {
    const [x, y] = [a.readBytes(f), b.readBytes(f)];
    if (x.equals(y)) same++;
    else push(f, `isi berbeda antara dua build dari commit yang sama; ${x.includes(0) || y.includes(0) ? `berkas biner, ${x.length} vs ${y.length} bita` : firstDifference(x.toString('utf8'), y.toString('utf8'))}`);
  }
  return {
    gate: 'determinisme',
    findings,
    summary: [`${a.files.length} berkas dibandingkan: ${same} identik${ALLOWED_DIFFERENCES.length ? `; ${ALLOWED_DIFFERENCES.length} pola pengecualian` : ', tanpa pengecualian'}.`],
  };
}

/**
 * Build the site into `outDir`, emptied first, with the project's pinned Node and Astro. `--force`
 * makes every build cold (no content store, no incremental cache), so two builds compared here are
 * two real renders, not a render and its cached copy. Used by npm test and npm run package too.
 */
export function build(outDir: string, env: NodeJS.ProcessEnv = {}, quiet = false): boolean {
  rmSync(outDir, { recursive: true, force: true });
  const args = [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir];
  return spawnSync(process.execPath, args, { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'], env: { ...process.env, ...env } }).status === 0;
}

/** The models' books printed to PDF into a build (npm run pdf), as the publishing workflow does. */
export function printBooks(dist: string): boolean {
  return spawnSync(process.execPath, [resolve('scripts/pdf.ts'), '--dist', dist], { stdio: ['ignore', 'inherit', 'inherit'] }).status === 0;
}

if (import.meta.main) {
  const dirs = ['a', 'b'].map((d) => resolve('.cache/determinisme', d)) as [string, string];
  for (const [i, dir] of dirs.entries()) {
    const t0 = performance.now();
    console.log(`Build ${i + 1} dari 2 → ${dir}`);
    if (!build(dir, { BASE_PATH: process.env.BASE_PATH ?? '/model-inovasi/' }, true)) process.exit(1);
    console.log(`  selesai dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const result = compareBuilds(...dirs);
  for (const line of [...groupFindings(result.findings, 5), ...result.summary]) console.log(line);
  if (errors(result.findings).length) {
    console.log(`\n✗ Dua build dari commit yang sama berbeda di ${errors(result.findings).length} berkas.`);
    process.exit(1);
  }
  console.log('✓ Dua build identik.');
}
