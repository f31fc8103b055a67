/**
 * The same build served by nginx from Debian under /model-inovasi/, with the location block that
 * HOSTING.txt gives publishers (scripts/package/hosting.ts): the path a reader takes works end to
 * end, and nothing is requested from the internet. nginx runs as the current user from a
 * temporary prefix, so no root and no system configuration are needed. Lighthouse audits one page
 * of every type there, as a phone on a slow connection sees it: accessibility, best practices and
 * SEO are asserted; performance, a timing, is written down and reported by `npm run lighthouse`.
 *
 * Site: the real content (SITUS.nyata): what a publisher installs. Its reader path (smokeTest)
 * follows links rather than naming entries, so only a broken page fails it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { auditLighthouse, portBebas } from '../scripts/peramban.ts';
import { BASE_PATH, E2E_DIST, launch, onePagePerType, smokeTest, writeReport } from './alat.ts';
import { nginxLocation } from '../scripts/package/hosting.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

let nginx: ChildProcess | undefined;
let prefix: string;
let url: string;
let browser: Browser;
let log = '';

beforeAll(async () => {
  if (!existsSync(NGINX)) {
    // Not a skip: `npm test` installs nginx (as root) or stops earlier with the install command.
    throw new Error(`nginx tidak ada di ${NGINX}. Pasang: sudo apt-get install -y nginx-light (atau setel NGINX_PATH).`);
  }
  prefix = mkdtempSync(join(tmpdir(), 'pustaka-nginx-'));
  // www/<base> points at the build, as the archive's layout does.
  const www = join(prefix, 'www');
  mkdirSync(join(www, ...BASE_PATH.split('/').filter(Boolean).slice(0, -1)), { recursive: true });
  symlinkSync(resolve(E2E_DIST), join(www, BASE_PATH.replace(/\/$/, '')));
  const port = await portBebas();
  const mime = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find(existsSync);
  const conf = `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
    ${mime ? `include ${mime};` : 'types { text/html html; text/css css; application/javascript js; application/json json; image/svg+xml svg; application/wasm wasm; }'}
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${prefix}/tmp-${t};`).join('\n    ')}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${prefix}/lain;
        # A rule many office servers already have: without ^~ it would take the site's CSS and JS.
        location ~* \\.(css|js|png|jpg|svg)$ { expires 30d; }
        ${nginxLocation(BASE_PATH, www, existsSync(join(E2E_DIST, '404.html'))).replace(/\n/g, '\n        ')}
    }
}
`;
  writeFileSync(join(prefix, 'nginx.conf'), conf);
  nginx = spawn(NGINX, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr!.on('data', (d) => (log += d));
  url = `http://127.0.0.1:${port}${BASE_PATH}`;
  for (let i = 0; !(await fetch(url).then(() => true, () => false)); i++) {
    if (i > 50 || nginx.exitCode !== null) throw new Error(`nginx tidak mau berjalan:\n${log}\n${conf}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGTERM');
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe(`nginx, situs di ${BASE_PATH}`, () => {
  it('beranda → katalog → entri → pencarian berjalan tanpa galat dan tanpa internet', async () => {
    const problems = await smokeTest(browser, url);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('mengompresi teks dan mengalihkan folder tanpa garis miring', async () => {
    const home = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
    const css = (await (await fetch(url)).text()).match(/href="([^"]+\.css)"/)?.[1];
    expect(css, 'beranda tanpa stylesheet').toBeTruthy();
    const cssRes = await fetch(new URL(css!, url), { headers: { 'accept-encoding': 'gzip' } });
    expect(cssRes.headers.get('content-encoding'), 'nginx tidak mengompresi CSS: periksa gzip_types').toBe('gzip');
    const folder = await fetch(`${url}praktik`, { redirect: 'manual' });
    expect(folder.status).toBe(301);
    expect(new URL(folder.headers.get('location')!, url).pathname).toBe(`${BASE_PATH}praktik/`);
    const tanpaGaris = await fetch(url.replace(/\/$/, ''), { redirect: 'manual' });
    expect(tanpaGaris.status, 'alamat situs tanpa garis miring akhir').toBe(301);
    expect(tanpaGaris.headers.get('location'), 'pengalihan harus relatif, agar benar di balik proxy').toBe(BASE_PATH);
    const hilang = await fetch(`${url}tidak-ada/`);
    expect(hilang.status).toBe(404);
    expect(await hilang.text()).toContain('Halaman tidak ditemukan');
  });

  it('halaman dan data diperiksa ulang setiap kunjungan; berkas ber-hash disimpan setahun; CSV bertipe text/csv', async () => {
    const cache = async (path: string) => (await fetch(new URL(path, url), { headers: { 'accept-encoding': 'gzip' } })).headers;
    const css = (await (await fetch(url)).text()).match(/href="([^"]+\.css)"/)![1]!;
    expect((await cache(css)).get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await cache(css)).get('vary')).toMatch(/Accept-Encoding/i);
    const fragment = readdirSync(join(E2E_DIST, 'pagefind', 'fragment'))[0]!;
    expect((await cache(`pagefind/fragment/${fragment}`)).get('cache-control')).toMatch(/immutable/);
    for (const p of ['', 'praktik/', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js', 'data/entri.json']) {
      expect((await cache(p)).get('cache-control'), `/${p}`).toBe('no-cache');
    }
    const csv = await cache('data/entri.csv');
    expect(csv.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.get('x-content-type-options')).toBe('nosniff');
  });

  it('Lighthouse di ponsel: aksesibilitas, praktik terbaik, dan SEO masing-masing ≥ 95 di setiap jenis halaman (kinerja dicatat, diukur npm run lighthouse)', async () => {
    const hasil = await auditLighthouse(url, onePagePerType());
    writeReport('.cache/e2e/lighthouse.txt', `${hasil.map((h) => `/${h.path}: ${Object.entries(h.skor).map(([k, v]) => `${k} ${v}`).join(', ')}`).join('\n')}\n`);
    // Performance is a timing: it is reported (npm run lighthouse, README), never asserted in a test.
    const masalah = hasil.flatMap((h) => {
      const kurang = (['accessibility', 'best-practices', 'seo'] as const).filter((k) => h.skor[k] < 95);
      return kurang.length ? [`/${h.path}: ${kurang.map((k) => `${k} ${h.skor[k]}`).join(', ')}; audit: ${h.audit.join(', ')}`] : [];
    });
    expect(masalah, masalah.join('\n')).toEqual([]);
  }, 300_000);
});
