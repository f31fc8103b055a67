/**
 * Everything after the unit tests in `npm test`, in one run:
 *
 *   1. checks that the browser (Debian's chromium) and nginx are there: installs them with apt-get
 *      when run as root, otherwise stops with the exact command (nothing is downloaded by a test tool);
 *   2. builds the site for a sub-path, BASE_PATH=/model-inovasi/, into dist-e2e, as a publisher
 *      would, and prints the models' books to PDF (npm run pdf);
 *   3. builds it a second time and runs the post-build gates (CSP, links, HTML, budgets, nothing
 *      lost, determinism of pages and PDFs; scripts/verify/);
 *   4. builds the fixture site, the same code from the fixture tree test/fixtures/situs/
 *      (CONTENT_DIR), under the same sub-path into dist-e2e-fixture, with its books' PDFs: a dozen
 *      seconds, since the tree is a few entries;
 *   5. runs the browser tests (e2e/*.test.ts), served under the sub-path: the tests that assert what
 *      pages say run on the fixture site and take their expectations from its files, so a content
 *      edit cannot break them; the real content is the smoke run (axe on every page, layout,
 *      weights, nginx, the package, search relevance). e2e/harness.ts serves both; each test file
 *      says at its top which one it uses and why.
 *
 * Every step runs even when an earlier one failed, so one run reports every problem; the exit code
 * is 1 if any failed. For quick local iterations only:
 *   --lewati-build          reuse the existing dist-e2e and dist-e2e-fixture (and skip determinism, which needs a fresh build)
 *   --hanya gerbang|peramban  run only the gates or only the browser tests
 * Extra arguments are passed to vitest (e.g. a test file name).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM } from './peramban.ts';
import { build, printBooks } from './verify/determinism.ts';
import { runGates } from './verify/run.ts';

const BASE_PATH = process.env.E2E_BASE_PATH ?? '/model-inovasi/';
const DIST = process.env.E2E_DIST ?? 'dist-e2e';
const DIST_2 = '.cache/dist-e2e-2';
/** The fixture site: the same build from a small fictional content tree (e2e/fixture.ts reads it). */
const DIST_FIXTURE = process.env.E2E_DIST_FIXTURE ?? 'dist-e2e-fixture';
const CONTENT_FIXTURE = 'test/fixtures/situs';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian package names; nginx-light is enough for static files and gzip. */
const APT_PACKAGES = ['chromium', 'nginx-light'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'lewati-build': { type: 'boolean', default: false }, hanya: { type: 'string' } },
});
const only = values.hanya as 'gerbang' | 'peramban' | undefined;
if (only && only !== 'gerbang' && only !== 'peramban') {
  console.error('--hanya menerima "gerbang" atau "peramban".');
  process.exit(2);
}

const steps: { name: string; ok: boolean; seconds: number }[] = [];
async function step(name: string, fn: () => boolean | Promise<boolean>) {
  console.log(`\n━━ ${name}`);
  const t0 = performance.now();
  let ok: boolean;
  try {
    ok = await fn();
  } catch (e) {
    console.error((e as Error).message);
    ok = false;
  }
  steps.push({ name, ok, seconds: (performance.now() - t0) / 1000 });
  return ok;
}

let installHint = '';

/** Install the system packages the browser tests need, or say exactly how. */
function ensureSystemPackages(): boolean {
  const missing = Object.entries({ chromium: CHROMIUM, nginx: NGINX }).flatMap(([name, path]) => (existsSync(path) ? [] : [`${name} (${path})`]));
  if (missing.length === 0) {
    console.log(`Chromium: ${CHROMIUM}; nginx: ${NGINX}`);
    return true;
  }
  const command = `apt-get update && apt-get install -y --no-install-recommends ${APT_PACKAGES.join(' ')}`;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`Belum terpasang: ${missing.join(', ')}. Memasang dari repositori Debian: ${command}`);
    execFileSync('/bin/sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return existsSync(CHROMIUM) && existsSync(NGINX);
  }
  installHint = `sudo ${command.replace('&& apt-get', '&& sudo apt-get')}`;
  console.error(
    `Uji peramban memerlukan ${missing.join(' dan ')} dari Debian; tidak ada yang diunduh oleh alat uji.\n` +
      `Pasang dulu, lalu ulangi "npm test":\n\n    ${installHint}\n\n` +
      '(Di distribusi lain: setel CHROMIUM_PATH ke Chromium/Chrome terpasang dan NGINX_PATH ke nginx.)',
  );
  return false;
}

const fresh = !values['lewati-build'];
let built = !fresh && existsSync(DIST);
// The gates read files only; the browser and nginx are needed for the browser tests.
const systemOk = only === 'gerbang' ? true : await step('Peramban dan server (paket Debian)', ensureSystemPackages);

if (fresh) built = await step(`Build untuk sub-path ${BASE_PATH} → ${DIST}`, () => build(DIST, { BASE_PATH }));
// The PDFs need the browser; the gates then check the pages' links to them, and determinism their bytes.
const denganPdf = fresh && built && systemOk && existsSync(CHROMIUM);
if (denganPdf) built = await step(`PDF buku model → ${DIST}/unduh`, () => printBooks(DIST));
const compare = fresh && built && only !== 'peramban';
if (compare) await step(`Build kedua untuk uji determinisme → ${DIST_2}`, () => build(DIST_2, { BASE_PATH }) && (!denganPdf || printBooks(DIST_2)));

// The fixture site, for the browser tests only: its books too, since e2e/buku.test.ts reads them.
let fixtureBuilt = !fresh && existsSync(DIST_FIXTURE);
if (fresh && only !== 'gerbang') {
  fixtureBuilt = await step(`Build situs fixture (${CONTENT_FIXTURE}) untuk sub-path ${BASE_PATH} → ${DIST_FIXTURE}`, () => build(DIST_FIXTURE, { BASE_PATH, CONTENT_DIR: CONTENT_FIXTURE }));
  if (fixtureBuilt && systemOk && existsSync(CHROMIUM)) fixtureBuilt = await step(`PDF buku model situs fixture → ${DIST_FIXTURE}/unduh`, () => printBooks(DIST_FIXTURE));
}

if (built && only !== 'peramban') {
  await step('Pemeriksaan pasca-build (scripts/verify)', async () => (await runGates({ dist: DIST, base: BASE_PATH, compareWith: compare && existsSync(DIST_2) ? DIST_2 : undefined })).ok);
}

if (built && fixtureBuilt && systemOk && only !== 'gerbang') {
  await step('Uji peramban (e2e/*.test.ts, Chromium, situs nyata dan situs fixture di sub-path)', () => {
    const r = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...positionals], {
      stdio: 'inherit',
      env: { ...process.env, E2E_DIST: DIST, E2E_CONTENT_DIR: process.env.CONTENT_DIR ?? 'content', E2E_DIST_FIXTURE: DIST_FIXTURE, E2E_CONTENT_FIXTURE: CONTENT_FIXTURE, E2E_BASE_PATH: BASE_PATH, CHROMIUM_PATH: CHROMIUM, NGINX_PATH: NGINX },
    });
    return r.status === 0;
  });
} else if (only !== 'gerbang') {
  steps.push({ name: 'Uji peramban (tidak dijalankan: build atau peramban belum siap)', ok: false, seconds: 0 });
}
if (!built && only !== 'peramban') steps.push({ name: 'Pemeriksaan pasca-build (tidak dijalankan: build gagal)', ok: false, seconds: 0 });

console.log('\n━━ Ringkasan');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.name} (${s.seconds.toFixed(1)} s)`);
const failed = steps.filter((s) => !s.ok);
console.log(failed.length ? `\n✗ ${failed.length} langkah gagal.` : '\n✓ Semua langkah lolos.');
if (installHint) console.log(`\nUji peramban tidak dijalankan. Pasang paket Debian yang diperlukan, lalu ulangi "npm test":\n\n    ${installHint}\n`);
process.exit(failed.length ? 1 : 0);
