import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tarGz } from '../scripts/package/tar.ts';
import { alamatPublik, barisEdisi, cspHeader, edisiBuild, foldersWithoutIndex, hostingText, htaccess, immutablePaths, masalahAlamat, metaCsp, nginxLocation, webConfig } from '../scripts/package/hosting.ts';
import { baseSajian } from '../scripts/serve.ts';
import { archiveName, bukuTanpaPdf, makePackage } from '../scripts/package.ts';
import { addressesOf, createStaticServer, etagOf, isMain, notModified, parsePort } from '../scripts/package/serve.mjs';
import { masalahBase, SITUS_CONTOH } from '../src/integrations/alamat-situs.ts';
import { inlineScript, kebijakanKeamanan, sha256 } from '../src/lib/inline-script.ts';
import { builtSite, ORIGIN, page } from './verify-helpers.ts';

const extract = (archive: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'pustaka-tar-'));
  const file = join(dir, 'a.tar.gz');
  writeFileSync(file, archive);
  execFileSync('tar', ['-xzf', file, '-C', dir]);
  return dir;
};

describe('penulis tar.gz', () => {
  it('dibaca tar sistem, termasuk path lebih dari 100 dan 255 bita, dengan mode berkas', () => {
    const long = `a/${'b'.repeat(120)}/c.txt`;
    const veryLong = `a/${'x'.repeat(200)}/${'y'.repeat(120)}.txt`;
    const dir = extract(
      tarGz(
        [
          { path: 'a/' },
          { path: 'a/satu.txt', data: Buffer.from('satu') },
          { path: 'a/jalan.mjs', data: Buffer.from('#!/usr/bin/env node'), mode: 0o755 },
          { path: long, data: Buffer.from('panjang') },
          { path: veryLong, data: Buffer.from('sangat panjang') },
          { path: 'a/ünïcödé.txt', data: Buffer.from('é') },
        ],
        1_700_000_000,
      ),
    );
    expect(readFileSync(join(dir, 'a/satu.txt'), 'utf8')).toBe('satu');
    expect(readFileSync(join(dir, long), 'utf8')).toBe('panjang');
    expect(readFileSync(join(dir, veryLong), 'utf8')).toBe('sangat panjang');
    expect(readFileSync(join(dir, 'a/ünïcödé.txt'), 'utf8')).toBe('é');
    const listing = execFileSync('tar', ['-tvzf', join(dir, 'a.tar.gz')], { encoding: 'utf8' });
    expect(listing).toMatch(/-rwxr-xr-x .*a\/jalan\.mjs/);
    // No owner of this machine, and the one fixed time on every entry, folders included.
    const numeric = execFileSync('tar', ['-tvzf', join(dir, 'a.tar.gz'), '--numeric-owner', '--full-time'], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    for (const line of numeric.trim().split('\n')) expect(line).toMatch(/ 0\/0 .* 2023-11-14 22:13:20 /);
  });

  it('menghasilkan bita yang sama untuk isi yang sama', () => {
    const entries = [{ path: 'x/' }, { path: 'x/a.txt', data: Buffer.from('a') }];
    expect(tarGz(entries, 1).equals(tarGz(entries, 1))).toBe(true);
    expect(tarGz(entries, 1).equals(tarGz(entries, 2))).toBe(false);
  });
});

describe('paket luring', () => {
  it('berisi situs di www/<base>, petunjuk, server dan konfigurasi server; dapat diulang persis', () => {
    const csp = cspHeader('/sub/');
    const entri = JSON.stringify({ versi_skema: '1.3.0', edisi: 'tinjauan', diperbarui: '2027-01-15', jumlah: 42, entri: [] });
    const { dist } = builtSite({ 'index.html': page('<h1>Beranda</h1>', { csp }), 'praktik/x/index.html': page('<h1>X</h1>', { csp }), 'data/entri.json': entri, '_astro/a.1.css': 'x' });
    const out = mkdtempSync(join(tmpdir(), 'pustaka-paket-'));
    const a = makePackage({ dist, base: '/sub/', outDir: out, mtime: 1_700_000_000, version: '1.2.3' });
    expect(a.endsWith(archiveName('1.2.3', '/sub/'))).toBe(true);
    const bytes = readFileSync(a);
    const again = makePackage({ dist, base: '/sub/', outDir: mkdtempSync(join(tmpdir(), 'pustaka-paket-')), mtime: 1_700_000_000, version: '1.2.3' });
    expect(readFileSync(again).equals(bytes), 'dua paket dari build yang sama berbeda').toBe(true);
    const dir = extract(bytes);
    const top = join(dir, 'pustaka-model-inovasi-1.2.3');
    for (const f of ['HOSTING.txt', 'serve.mjs', 'pustaka.json', 'www/sub/index.html', 'www/sub/praktik/x/index.html', 'www/sub/.htaccess', 'www/sub/web.config']) {
      expect(() => readFileSync(join(top, f)), `${f} tidak ada`).not.toThrow();
    }
    // The edition travels with the package: the version number alone is the same every year.
    expect(JSON.parse(readFileSync(join(top, 'pustaka.json'), 'utf8'))).toMatchObject({ base: '/sub/', alamat: `${ORIGIN}/sub/`, edisi: 'tinjauan', entri: 42, diperbarui: '2027-01-15' });
    const hosting = readFileSync(join(top, 'HOSTING.txt'), 'utf8');
    expect(hosting).toContain('Edisi tinjauan: 42 entri, entri terbaru diperbarui 2027-01-15.');
    expect(hosting).toContain('Review edition: 42 entries, newest entry updated 2027-01-15.');
    // The build's folders without index.html, for Apache not to list them.
    expect(readFileSync(join(top, 'www/sub/.htaccess'), 'utf8')).toContain('RedirectMatch 404 "^/sub/(?:_astro|data|praktik)/?$"');
    // The header every server config sends is the policy the pages carry.
    expect(readFileSync(join(top, 'HOSTING.txt'), 'utf8')).toContain(`Content-Security-Policy: ${csp}`);
    expect(readFileSync(join(top, 'www/sub/.htaccess'), 'utf8')).toContain(`Content-Security-Policy "${csp}"`);
  });

  it('menyebut buku model yang belum dicetak ke PDF (npm run pdf belum dijalankan pada build itu)', () => {
    const files = ['index.html', 'model/a/index.html', 'model/a/buku/index.html', 'model/b/buku/index.html', 'model/b/buku/halaman.css', 'unduh/b.pdf'];
    expect(bukuTanpaPdf(files)).toEqual(['a']);
    expect(bukuTanpaPdf([...files, 'unduh/a.pdf'])).toEqual([]);
    expect(bukuTanpaPdf(['index.html'])).toEqual([]);
  });

  it('menolak build yang CSP-nya berbeda dari header yang akan dikirim server', () => {
    const { dist } = builtSite({ 'index.html': page('<h1>Beranda</h1>', { csp: "default-src 'self'" }) });
    expect(() => makePackage({ dist, base: '/sub/', outDir: mkdtempSync(join(tmpdir(), 'p-')), mtime: 1, version: '1' })).toThrow('CSP di');
  });

  it('menolak build yang dibuat untuk base lain', () => {
    const { dist } = builtSite({});
    expect(() => makePackage({ dist, base: '/lain/', outDir: mkdtempSync(join(tmpdir(), 'p-')), mtime: 1, version: '1' })).toThrow('dibuat untuk base /sub/, bukan /lain/');
  });

  it('HOSTING.txt: bahasa Indonesia lebih dulu, lalu Inggris; nginx, Apache, IIS, python dan node', () => {
    const text = hostingText({ base: '/model-inovasi/', folder: 'pustaka', archive: 'p.tar.gz', origin: 'https://contoh.go.id' });
    expect(text.indexOf('CARA MEMASANG')).toBeLessThan(text.indexOf('HOW TO HOST'));
    for (const w of ['location ^~ /model-inovasi/', 'location = /model-inovasi {', 'Apache', 'IIS', 'web.config', 'python3 -m http.server', 'node serve.mjs', 'BASE_PATH=']) expect(text).toContain(w);
    // Copying with "*" leaves .htaccess behind; mod_headers is off on Debian.
    expect(text).toContain('sudo cp -a pustaka/www/model-inovasi/. /var/www/html/model-inovasi/');
    expect(text).toContain('a2enmod headers');
    expect(text).toContain('Sitemap: https://contoh.go.id/model-inovasi/sitemap-index.xml');
    expect(text).toContain('https://contoh.go.id/model-inovasi/.');
    expect(text).not.toContain(SITUS_CONTOH);
    const preview = hostingText({ base: '/model-inovasi/', folder: 'pustaka', archive: 'p.tar.gz', origin: SITUS_CONTOH });
    expect(preview).toContain('--tanpa-alamat-publik');
    expect(preview).not.toContain('Sitemap:');
    expect(nginxLocation('/x/', '/srv/www')).toContain('root /srv/www;');
    expect(htaccess('/x/')).toContain('AddType application/wasm .wasm');
    expect(webConfig('/x/', [])).toContain('<mimeMap fileExtension=".pf_fragment"');
  });

  it('header CSP = kebijakan <meta> halaman untuk base itu, di HOSTING.txt, nginx, .htaccess dan web.config', () => {
    const csp = cspHeader('/layanan/pustaka/');
    expect(csp).toBe(kebijakanKeamanan('/layanan/pustaka/'));
    // The inline script's hash depends on the base, so the header must be made per build.
    expect(csp).toContain(sha256(inlineScript('/layanan/pustaka/')));
    expect(csp).not.toBe(cspHeader('/'));
    for (const need of ["img-src 'self' data:", "worker-src 'self' blob:", "'wasm-unsafe-eval'"]) expect(csp).toContain(need);
    expect(nginxLocation('/layanan/pustaka/', '/srv/www')).toContain(`add_header Content-Security-Policy "${csp}";`);
    expect(webConfig('/layanan/pustaka/', [])).toContain(`<add name="Content-Security-Policy" value="${csp}" />`);
    expect(hostingText({ base: '/layanan/pustaka/', folder: 'p', archive: 'p.tar.gz', origin: undefined })).toContain(`Content-Security-Policy: ${csp}`);
    expect(metaCsp(page('', { csp }))).toBe(csp);
  });

  it('studio penulis tidak mendapat header CSP situs (ia membawa CSP sendiri)', () => {
    expect(nginxLocation('/x/', '/srv/www', true, true)).toMatch(/location \^~ \/x\/studio\/ \{\n(?:(?!Content-Security).)*?\}/s);
    expect(nginxLocation('/x/', '/srv/www', true)).not.toContain('studio');
    expect(htaccess('/x/', true, true)).toContain('<If "%{REQUEST_URI} =~ m#^/x/studio/#">\n  Header always unset Content-Security-Policy');
    expect(webConfig('/x/', [], true, true)).toMatch(/<location path="studio">[\s\S]*<remove name="Content-Security-Policy" \/>/);
  });

  it('Apache: aturan header tidak dibungkus IfModule, agar mod_headers yang mati tidak diam-diam membuang cache dan CSP', () => {
    const h = htaccess('/x/', true);
    expect(h).not.toContain('mod_headers.c');
    expect(h).toMatch(/^Header set Cache-Control "no-cache"$/m);
    expect(h).toMatch(/^Header unset Content-Security-Policy\nHeader always set Content-Security-Policy /m);
  });

  it('nginx: CSV dan BibTeX bertipe dengan charset lewat `charset`, sehingga text/csv tetap cocok dengan gzip_types; folder tanpa index.html → 404 situs', () => {
    const n = nginxLocation('/x/', '/srv/www', true);
    expect(n).toContain('types { text/csv csv; }\n        charset utf-8;\n        charset_types text/csv;');
    expect(n).not.toContain('default_type');
    expect(n).toContain('error_page 403 404 =404 /x/404.html;');
    expect(n).toContain('autoindex off;');
  });

  it('Apache: folder tanpa index.html menjawab 404, bukan daftar berkas; web.config tidak tersaji', () => {
    const files = ['index.html', '404.html', '_astro/a.1.css', 'praktik/index.html', 'praktik/x/index.html', 'data/index.html', 'data/kutipan/model/m.bib', 'pagefind/fragment/id_1.pf_fragment', 'pagefind/pagefind.js', 'unduh/m.pdf'];
    const folders = foldersWithoutIndex(files);
    expect(folders).toEqual(['_astro', 'data/kutipan', 'data/kutipan/model', 'pagefind', 'pagefind/fragment', 'unduh']);
    const h = htaccess('/model.inovasi/', true, false, folders);
    // Apache's RedirectMatch takes a PCRE; these patterns mean the same in JavaScript.
    const patterns = [...h.matchAll(/^ {2}RedirectMatch 404 "(.+)"$/gm)].map((m) => new RegExp(m[1]!));
    const hidden = (path: string) => patterns.some((r) => r.test(path));
    for (const path of ['/model.inovasi/_astro/', '/model.inovasi/_astro', '/model.inovasi/data/kutipan/model/', '/model.inovasi/unduh/', '/model.inovasi/web.config']) expect(hidden(path), path).toBe(true);
    for (const path of ['/model.inovasi/', '/model.inovasi/praktik/', '/model.inovasi/data/', '/model.inovasi/_astro/a.1.css', '/model.inovasi/unduh/m.pdf', '/model.inovasi/pagefind/pagefind.js', '/modelXinovasi/_astro/']) expect(hidden(path), path).toBe(false);
    // Inside <IfModule mod_alias.c>: without the module the site still works, only listed.
    expect(h).toMatch(/<IfModule mod_alias\.c>\n(?: {2}.*\n)+<\/IfModule>/);
    expect(htaccess('/x/')).not.toContain('(?:');
  });

  it('nginx dan serve.mjs tidak menyajikan .htaccess dan web.config', async () => {
    const rule = /location ~ "(.+)" \{\n\s+return 404;/.exec(nginxLocation('/x/', '/srv/www', true))?.[1];
    expect(rule).toBeDefined();
    for (const path of ['/x/.htaccess', '/x/web.config']) expect(new RegExp(rule!).test(path), path).toBe(true);
    for (const path of ['/x/', '/x/web.configuration.html', '/x/htaccess.html']) expect(new RegExp(rule!).test(path), path).toBe(false);
    const root = mkdtempSync(join(tmpdir(), 'pustaka-saji-'));
    for (const f of ['index.html', '.htaccess', 'web.config']) writeFileSync(join(root, f), 'x');
    const server = createStaticServer({ root, base: '/sub/', mounted: true });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sub/`;
    try {
      expect((await fetch(url)).status).toBe(200);
      for (const f of ['.htaccess', 'web.config']) expect((await fetch(url + f)).status, f).toBe(404);
    } finally {
      server.close();
    }
  });

  it('base path: hanya nama folder yang aman untuk alamat, nginx dan .htaccess; jalan Git Bash disebut', () => {
    for (const ok of ['/', '/model-inovasi/', '/layanan/pustaka/', '/v1.2/', '/~tim/']) expect(masalahBase(ok), ok).toBeUndefined();
    for (const bad of ['/model inovasi/', '/a/../b/', '/a//b/', '/"x"/', '/x$/', '/./']) expect(masalahBase(bad), bad).toMatch(/tidak dapat dipakai/);
    expect(masalahBase('/C:/Program Files/Git/model-inovasi/')).toContain('MSYS_NO_PATHCONV=1');
    expect(masalahBase('/model inovasi/')).not.toContain('Git Bash');
  });

  it('edisi build dari data/entri.json; build tanpa data terbuka tidak menggagalkan paket', () => {
    const e = edisiBuild(JSON.stringify({ edisi: 'resmi', jumlah: 3, diperbarui: '2027-02-01' }));
    expect(e).toEqual({ edisi: 'resmi', entri: 3, diperbarui: '2027-02-01' });
    expect(barisEdisi(e!)).toBe('Edisi resmi: 3 entri, entri terbaru diperbarui 2027-02-01');
    expect(edisiBuild(undefined)).toBeUndefined();
    expect(edisiBuild('{"versi_skema":"1.0.0"}')).toBeUndefined();
    expect(hostingText({ base: '/x/', folder: 'p', archive: 'p.tar.gz', origin: undefined })).not.toContain('entri terbaru');
  });

  it('web.config: cache setahun untuk setiap folder atau berkas ber-hash, termasuk potongan Pagefind', () => {
    const files = ['index.html', '_astro/a.1.css', '_astro/b.2.js', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.id_ab12.pf_meta', 'pagefind/fragment/id_1.pf_fragment', 'pagefind/index/id_2.pf_index', 'pagefind/filter/id_3.pf_filter', 'pagefind/wasm.id.pagefind'];
    const paths = immutablePaths(files);
    expect(paths.sort()).toEqual(['_astro', 'pagefind/filter', 'pagefind/fragment', 'pagefind/index', 'pagefind/pagefind.id_ab12.pf_meta']);
    const w = webConfig('/x/', paths);
    for (const p of paths) expect(w).toContain(`<location path="${p}">`);
    expect(w).not.toContain('<location path="pagefind">');
  });

  it('alamat publik: wajib, kecuali --tanpa-alamat-publik; keduanya sekaligus ditolak', () => {
    expect(alamatPublik('https://contoh.go.id')).toBe(true);
    expect(alamatPublik(SITUS_CONTOH)).toBe(false);
    expect(alamatPublik(undefined)).toBe(false);
    expect(masalahAlamat('https://contoh.go.id', false)).toBeUndefined();
    expect(masalahAlamat(SITUS_CONTOH, true)).toBeUndefined();
    expect(masalahAlamat(SITUS_CONTOH, false)).toMatch(/SITE_URL=https:\/\/alamat\.anda npm run package[\s\S]*--tanpa-alamat-publik/);
    expect(masalahAlamat(undefined, false)).toContain(SITUS_CONTOH);
    expect(masalahAlamat('https://contoh.go.id', true)).toContain('hapus salah satunya');
  });
});

describe('serve.mjs (npm start, arsip luring)', () => {
  it('halaman diperiksa ulang, berkas ber-hash disimpan setahun, alamat hilang menampilkan 404.html', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pustaka-saji-'));
    const berkas: [string, string][] = [
      ['index.html', '<!doctype html><title>Beranda</title>'],
      ['404.html', '<!doctype html><h1>Halaman tidak ditemukan</h1>'],
      ['_astro/bersama.abc123.css', 'body{}'],
      ['pagefind/pagefind-entry.json', '{}'],
      ['pagefind/fragment/id_1a2b3c.pf_fragment', 'x'],
      ['data/entri.csv', 'id\n'],
      ['data/kutipan/praktik/x.bib', '@misc{x}'],
    ];
    for (const [f, isi] of berkas) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      writeFileSync(join(root, f), isi);
    }
    const server = createStaticServer({ root, base: '/sub/', mounted: true });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sub/`;
    try {
      const kepala = async (p: string) => (await fetch(url + p)).headers;
      expect((await kepala('')).get('cache-control')).toBe('no-cache');
      expect((await kepala('pagefind/pagefind-entry.json')).get('cache-control')).toBe('no-cache');
      expect((await kepala('_astro/bersama.abc123.css')).get('cache-control')).toMatch(/immutable/);
      expect((await kepala('pagefind/fragment/id_1a2b3c.pf_fragment')).get('cache-control')).toMatch(/immutable/);
      expect((await kepala('data/entri.csv')).get('content-type')).toBe('text/csv; charset=utf-8');
      expect((await kepala('data/kutipan/praktik/x.bib')).get('content-type')).toBe('application/x-bibtex; charset=utf-8');
      const hilang = await fetch(`${url}praktik/tidak-ada/`);
      expect(hilang.status).toBe(404);
      expect(await hilang.text()).toContain('Halaman tidak ditemukan');
    } finally {
      server.close();
    }
  });
});

describe('npm start (scripts/serve.ts): base path dari build', () => {
  it('menyajikan di base build itu, dan memperingatkan bila BASE_PATH menyebut yang lain', () => {
    expect(baseSajian('/model-inovasi/', undefined)).toEqual({ base: '/model-inovasi/' });
    expect(baseSajian('/model-inovasi/', '/model-inovasi')).toEqual({ base: '/model-inovasi/' });
    const salah = baseSajian('/', '/model-inovasi/');
    expect(salah.base).toBe('/');
    expect(salah.peringatan).toContain('BASE_PATH=/model-inovasi/ npm start');
    expect(baseSajian(undefined, 'sub')).toEqual({ base: '/sub/' });
    expect(baseSajian(undefined, undefined)).toEqual({ base: '/' });
  });
});

describe('serve.mjs: jawaban 304, port, alamat jaringan', () => {
  it('304 untuk ETag yang sama (If-None-Match lebih dulu), atau If-Modified-Since tidak lebih lama', () => {
    const mtime = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
    const etag = etagOf(100, mtime);
    expect(notModified({ 'if-none-match': etag }, etag, mtime)).toBe(true);
    expect(notModified({ 'if-none-match': `"x", ${etag.replace('W/', '')}` }, etag, mtime)).toBe(true);
    expect(notModified({ 'if-none-match': '*' }, etag, mtime)).toBe(true);
    expect(notModified({ 'if-none-match': etagOf(101, mtime) }, etag, mtime)).toBe(false);
    // If-None-Match decides alone when present.
    expect(notModified({ 'if-none-match': etagOf(101, mtime), 'if-modified-since': new Date(mtime).toUTCString() }, etag, mtime)).toBe(false);
    // HTTP dates have whole seconds; the file's milliseconds must not make it look newer.
    expect(notModified({ 'if-modified-since': new Date(mtime).toUTCString() }, etag, mtime)).toBe(true);
    expect(notModified({ 'if-modified-since': new Date(mtime - 2000).toUTCString() }, etag, mtime)).toBe(false);
    expect(notModified({ 'if-modified-since': 'bukan tanggal' }, etag, mtime)).toBe(false);
    expect(notModified({}, etag, mtime)).toBe(false);
  });

  it('server menjawab 304 tanpa isi untuk kunjungan kedua', async () => {
    const root = mkdtempSync(join(tmpdir(), 'pustaka-saji-'));
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>Beranda</title>${'x'.repeat(2000)}`);
    const server = createStaticServer({ root, base: '/sub/', mounted: true });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sub/`;
    try {
      const first = await fetch(url);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"/);
      const again = await fetch(url, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('cache-control')).toBe('no-cache');
      const since = await fetch(url, { headers: { 'if-modified-since': first.headers.get('last-modified')! } });
      expect(since.status).toBe(304);
    } finally {
      server.close();
    }
  });

  it('node serve.mjs berjalan juga bila dipanggil lewat tautan simbolik (macOS: /tmp, /var)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pustaka-main-'));
    mkdirSync(join(dir, 'asli'));
    writeFileSync(join(dir, 'asli', 'serve.mjs'), '');
    writeFileSync(join(dir, 'asli', 'lain.mjs'), '');
    symlinkSync(join(dir, 'asli'), join(dir, 'tautan'));
    const url = pathToFileURL(join(dir, 'asli', 'serve.mjs')).href;
    expect(isMain(join(dir, 'tautan', 'serve.mjs'), url)).toBe(true);
    expect(isMain(join(dir, 'asli', 'serve.mjs'), url)).toBe(true);
    expect(isMain(join(dir, 'asli', 'lain.mjs'), url)).toBe(false);
    expect(isMain(join(dir, 'tidak-ada.mjs'), url)).toBe(false);
    expect(isMain(undefined, url)).toBe(false);
  });

  it('serve.mjs hanya memakai parseArgs seperti di Node 18.3, yang dijanjikan HOSTING.txt (tanpa `default:`, dari 18.11)', () => {
    const src = readFileSync(new URL('../scripts/package/serve.mjs', import.meta.url), 'utf8');
    const options = /parseArgs\(\{([\s\S]*?)\}\)\);/.exec(src)?.[1];
    expect(options).toBeDefined();
    expect(options).not.toMatch(/\bdefault\s*:/);
  });

  it('--port: angka 0–65535 saja', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('0')).toBe(0);
    for (const bad of ['abc', '', '-1', '65536', '80.5', '1e3', ' 80']) expect(parsePort(bad), bad).toBeUndefined();
  });

  it('--host 0.0.0.0: alamat jaringan komputer ini, bukan hanya localhost', () => {
    const nic = (address: string, family: 'IPv4' | 'IPv6', internal = false) => ({ address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) });
    const interfaces = { lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)], wlan0: [nic('192.168.1.23', 'IPv4'), nic('fe80::1', 'IPv6'), nic('2001:db8::5', 'IPv6')] } as never;
    expect(addressesOf('0.0.0.0', 8080, '/sub/', interfaces)).toEqual(['http://localhost:8080/sub/', 'http://192.168.1.23:8080/sub/']);
    expect(addressesOf('::', 8080, '/sub/', interfaces)).toEqual(['http://localhost:8080/sub/', 'http://192.168.1.23:8080/sub/', 'http://[2001:db8::5]:8080/sub/']);
    expect(addressesOf('127.0.0.1', 8080, '/sub/', interfaces)).toEqual(['http://127.0.0.1:8080/sub/']);
    expect(addressesOf('0.0.0.0', 8080, '/sub/', { lo: [nic('127.0.0.1', 'IPv4', true)] } as never)).toEqual(['http://localhost:8080/sub/']);
  });
});
