/**
 * The offline package (scripts/package.ts) as a publisher receives it: extract the archive with
 * the system's tar, start `node serve.mjs` from it, and take the reader's path end to end. The
 * archive also carries HOSTING.txt for every server named in it, .htaccess and web.config.
 *
 * Site: the real content (SITUS.nyata), with its books' PDFs: the archive a publisher receives.
 * Its reader path (smokeTest) follows links rather than naming entries.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_PATH, E2E_DIST, launch, pdfFiles, smokeTest } from './alat.ts';
import { makePackage, NAME } from '../scripts/package.ts';

let dir: string;
let top: string;
let server: ChildProcess | undefined;
let url: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pustaka-paket-'));
  const archive = makePackage({ dist: E2E_DIST, base: BASE_PATH, outDir: dir, mtime: 1_700_000_000, version: 'uji' });
  execFileSync('tar', ['-xzf', archive, '-C', dir]);
  top = join(dir, `${NAME}-uji`);
  // The Node that runs the tests; serve.mjs itself needs only Node 18.3+ and no package.
  server = spawn(process.execPath, [join(top, 'serve.mjs'), '--port', '0'], { cwd: top, stdio: ['ignore', 'pipe', 'pipe'] });
  url = await new Promise<string>((ok, fail) => {
    let out = '';
    server!.stdout!.on('data', (d) => {
      out += d;
      const m = /http:\/\/\S+/.exec(out);
      if (m) ok(m[0]);
    });
    server!.stderr!.on('data', (d) => (out += d));
    server!.on('exit', (code) => fail(new Error(`serve.mjs berhenti (${code}): ${out}`)));
  });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('paket luring', () => {
  it('memuat situs di www/<base>, HOSTING.txt, serve.mjs, pustaka.json, .htaccess dan web.config', () => {
    const site = join(top, 'www', ...BASE_PATH.split('/').filter(Boolean));
    for (const f of ['index.html', '.htaccess', 'web.config', 'sitemap-index.xml']) expect(existsSync(join(site, f)), `${f} tidak ada di paket`).toBe(true);
    // The books' PDFs (npm run pdf) travel with the site, byte for byte.
    const pdf = pdfFiles(E2E_DIST);
    expect(pdf.length).toBeGreaterThan(0);
    for (const f of pdf) expect(readFileSync(join(site, 'unduh', f)).equals(readFileSync(join(E2E_DIST, 'unduh', f))), `unduh/${f} di paket`).toBe(true);
    const manifest = JSON.parse(readFileSync(join(top, 'pustaka.json'), 'utf8')) as { base: string; edisi: string; entri: number };
    expect(manifest.base).toBe(BASE_PATH);
    // Which edition and how many entries: what tells this year's package from last year's.
    const data = JSON.parse(readFileSync(join(E2E_DIST, 'data', 'entri.json'), 'utf8')) as { edisi: string; jumlah: number };
    expect(manifest).toMatchObject({ edisi: data.edisi, entri: data.jumlah });
    const hosting = readFileSync(join(top, 'HOSTING.txt'), 'utf8');
    for (const word of ['nginx', 'Apache', 'IIS', 'python3 -m http.server', 'node serve.mjs', BASE_PATH]) expect(hosting, `HOSTING.txt tidak menyebut ${word}`).toContain(word);
    expect(hosting.indexOf('CARA MEMASANG'), 'bahasa Indonesia harus lebih dulu').toBeLessThan(hosting.indexOf('HOW TO HOST'));
  });

  it('node serve.mjs: beranda → katalog → entri → pencarian berjalan tanpa galat dan tanpa internet', async () => {
    expect(new URL(url).pathname).toBe(BASE_PATH);
    const problems = await smokeTest(browser, url);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('serve.mjs menolak keluar dari folder www/ dan tidak menyajikan pengaturan server', async () => {
    const { origin } = new URL(url);
    for (const path of [`${BASE_PATH}..%2f..%2fpustaka.json`, '/%2e%2e/pustaka.json']) expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    // The Apache and IIS settings lie in the site folder but are not part of the site.
    for (const f of ['.htaccess', 'web.config']) expect((await fetch(`${url}${f}`)).status, f).toBe(404);
  });
});
