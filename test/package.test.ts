import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tarGz } from '../scripts/package/tar.ts';
import { hostingText, htaccess, nginxLocation, webConfig } from '../scripts/package/hosting.ts';
import { archiveName, makePackage } from '../scripts/package.ts';
import { createStaticServer } from '../scripts/package/serve.mjs';
import { builtSite, page } from './verify-helpers.ts';

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
    const { dist } = builtSite({ 'praktik/x/index.html': page('<h1>X</h1>') });
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
    expect(JSON.parse(readFileSync(join(top, 'pustaka.json'), 'utf8')).base).toBe('/sub/');
  });

  it('menolak build yang dibuat untuk base lain', () => {
    const { dist } = builtSite({});
    expect(() => makePackage({ dist, base: '/lain/', outDir: mkdtempSync(join(tmpdir(), 'p-')), mtime: 1, version: '1' })).toThrow('dibuat untuk base /sub/, bukan /lain/');
  });

  it('HOSTING.txt: bahasa Indonesia lebih dulu, lalu Inggris; nginx, Apache, IIS, python dan node', () => {
    const text = hostingText({ base: '/model-inovasi/', folder: 'pustaka', archive: 'p.tar.gz' });
    expect(text.indexOf('CARA MEMASANG')).toBeLessThan(text.indexOf('HOW TO HOST'));
    for (const w of ['location ^~ /model-inovasi/', 'location = /model-inovasi {', 'Apache', 'IIS', 'web.config', 'python3 -m http.server', 'node serve.mjs', 'BASE_PATH=']) expect(text).toContain(w);
    expect(nginxLocation('/x/', '/srv/www')).toContain('root /srv/www;');
    expect(htaccess('/x/')).toContain('AddType application/wasm .wasm');
    expect(webConfig('/x/')).toContain('<mimeMap fileExtension=".pf_fragment"');
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
