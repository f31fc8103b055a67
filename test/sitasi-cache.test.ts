import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { berkasSitasi, muatSitasi, simpanSitasi, versiSitasi } from '../src/konten/sitasi-cache.ts';
import { ROOT } from './helpers.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'sitasi-cache-'));

describe('the reference lists kept for the next build', () => {
  const versi = versiSitasi(ROOT);

  it('come back as they were written, for the same formatter', () => {
    const dir = folder();
    const file = join(dir, 'pustaka-sitasi.json');
    simpanSitasi(file, [['daftar\u0000id\u0000[…]', ['<a href="https://contoh.example/">A</a>']], ['apa\u0000en\u0000{…}', 'Tim. (2024). Judul.']], versi);
    expect([...muatSitasi(file, versi)]).toEqual([['daftar\u0000id\u0000[…]', ['<a href="https://contoh.example/">A</a>']], ['apa\u0000en\u0000{…}', 'Tim. (2024). Judul.']]);
    // Written whole through a temporary file, which does not stay behind.
    expect(readdirSync(dir)).toEqual(['pustaka-sitasi.json']);
  });

  it('are dropped when the formatter changed, the file is broken or missing, and a row is not text', () => {
    const dir = folder();
    const file = join(dir, 'pustaka-sitasi.json');
    simpanSitasi(file, [['a', 'x']], 'versi-lama');
    expect(muatSitasi(file, versi).size).toBe(0);
    writeFileSync(file, '{"versi": "');
    expect(muatSitasi(file, versi).size).toBe(0);
    expect(muatSitasi(join(dir, 'tidak-ada.json'), versi).size).toBe(0);
    writeFileSync(file, JSON.stringify({ versi, daftar: [['a', 'x'], ['b', { html: '<script>' }], ['c', [1]], ['d'], 'e', ['f', ['y', 'z']]] }));
    expect([...muatSitasi(file, versi)]).toEqual([['a', 'x'], ['f', ['y', 'z']]]);
  });

  it('are read only when Astro kept its content store: a first or forced build formats everything', () => {
    const dir = folder();
    expect(berkasSitasi(dir)).toEqual({ baca: undefined, tulis: join(dir, 'pustaka-sitasi.json') });
    writeFileSync(join(dir, 'data-store.json'), '[]');
    expect(berkasSitasi(dir).baca).toBe(join(dir, 'pustaka-sitasi.json'));
  });

  it('belong to one version of the formatting module, the Indonesian locale and the CSL packages', () => {
    const root = folder();
    mkdirSync(join(root, 'src/lib'), { recursive: true });
    cpSync(join(ROOT, 'src/lib/sitasi'), join(root, 'src/lib/sitasi'), { recursive: true });
    writeFileSync(join(root, 'package.json'), '{}');
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    expect(versiSitasi(root)).toBe(versi);
    appendFileSync(join(root, 'src/lib/sitasi/locales-id-ID.xml'), '\n');
    const lokal = versiSitasi(root);
    expect(lokal).not.toBe(versi);
    appendFileSync(join(root, 'src/lib/sitasi/index.ts'), '\n');
    expect(versiSitasi(root)).not.toBe(lokal);
  });
});
