/**
 * Determinism gate: two builds of the same commit must produce the same files, byte for byte, so
 * a reviewer can diff the built site of a pull request against `main` and see only what changed.
 *
 * Run alone: `node scripts/verify/determinism.ts` builds twice (BASE_PATH=/model-inovasi/ unless
 * set) into .cache/determinisme/{a,b} and compares them. `npm test` compares its e2e build with a
 * second build instead, which costs one build, not two.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, GateResult } from './problem.ts';
import { Site } from './site.ts';

/**
 * Files allowed to differ between two builds, each with the reason. Empty: every difference found
 * so far had a cause that could be fixed (a date from `new Date()`, an unsorted list).
 */
export const ALLOWED_DIFFERENCES: { pattern: RegExp; reason: string }[] = [];

const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');

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
  const allowed = (f: string) => ALLOWED_DIFFERENCES.find((x) => x.pattern.test(f));
  const push = (file: string, message: string) => {
    const ok = allowed(file);
    findings.push({ gate: 'determinisme', level: ok ? 'warning' : 'error', page: file, message: ok ? `${message} (diizinkan: ${ok.reason})` : message });
  };
  for (const f of a.files) if (!b.fileSet.has(f)) push(f, 'ada di build 1, tidak ada di build 2');
  for (const f of b.files) if (!a.fileSet.has(f)) push(f, 'ada di build 2, tidak ada di build 1 (nama berkas ber-hash berubah: isi sumbernya tidak stabil)');
  let same = 0;
  for (const f of a.files) {
    if (!b.fileSet.has(f)) continue;
    const x = a.readBytes(f);
    const y = b.readBytes(f);
    if (digest(x) === digest(y)) {
      same++;
      continue;
    }
    const binary = x.includes(0) || y.includes(0);
    push(f, `isi berbeda antara dua build dari commit yang sama; ${binary ? `berkas biner, ${x.length} vs ${y.length} bita` : firstDifference(x.toString('utf8'), y.toString('utf8'))}`);
  }
  return {
    gate: 'determinisme',
    findings,
    summary: [`${a.files.length} berkas dibandingkan: ${same} identik${ALLOWED_DIFFERENCES.length ? `; ${ALLOWED_DIFFERENCES.length} pola pengecualian` : ', tanpa pengecualian'}.`],
  };
}

/** Build the site into `outDir` with the project's pinned Node and Astro. */
export function build(outDir: string, env: NodeJS.ProcessEnv = {}) {
  const node = resolve('node_modules/.bin/node');
  execFileSync(node, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { groupFindings, errors } = await import('./problem.ts');
  const env = { BASE_PATH: process.env.BASE_PATH ?? '/model-inovasi/' };
  const root = resolve('.cache/determinisme');
  const [dirA, dirB] = [join(root, 'a'), join(root, 'b')];
  rmSync(root, { recursive: true, force: true });
  for (const [i, dir] of [dirA, dirB].entries()) {
    const t0 = performance.now();
    console.log(`Build ${i + 1} dari 2 → ${dir}`);
    build(dir, env);
    console.log(`  selesai dalam ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const result = compareBuilds(dirA, dirB);
  for (const line of groupFindings(result.findings, 5)) console.log(line);
  for (const line of result.summary) console.log(line);
  if (errors(result.findings).length) {
    console.log(`\n✗ Dua build dari commit yang sama berbeda di ${errors(result.findings).length} berkas.`);
    process.exit(1);
  }
  console.log('✓ Dua build identik.');
}
