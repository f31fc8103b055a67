import { describe, expect, it } from 'vitest';
import { berkasHalaman } from '../src/integrations/peta-situs.ts';
import { kepalaHtml, masukPetaSitus } from '../src/lib/peta-situs.ts';

const DIRI = 'https://jippnas.example/model-inovasi/en/panduan/panduan-penulis/';

describe('halaman mana yang masuk peta situs', () => {
  it('memuat halaman yang URL kanonisnya alamatnya sendiri, dengan atau tanpa tanda kutip', () => {
    expect(masukPetaSitus(`<link rel="canonical" href="${DIRI}">`, DIRI)).toBe(true);
    expect(masukPetaSitus(`<link rel=canonical href=${DIRI}>`, DIRI)).toBe(true);
    expect(masukPetaSitus('<title>Tanpa kanonis</title>', DIRI)).toBe(true);
  });

  it('meninggalkan panduan Inggris yang belum diterjemahkan, yang menunjuk panduan berbahasa Indonesia', () => {
    expect(masukPetaSitus('<link rel="canonical" href="https://jippnas.example/model-inovasi/panduan/panduan-penulis/">', DIRI)).toBe(false);
    expect(masukPetaSitus('<link href="/model-inovasi/panduan/panduan-penulis/" rel="canonical">', DIRI)).toBe(false);
  });

  it('meninggalkan halaman noindex, seperti halaman 404', () => {
    expect(masukPetaSitus('<meta name="robots" content="noindex">', DIRI)).toBe(false);
    expect(masukPetaSitus('<meta content="noindex, follow" name="ROBOTS">', DIRI)).toBe(false);
    expect(masukPetaSitus('<meta name="robots" content="index, follow">', DIRI)).toBe(true);
  });

  it('hanya membaca kepala halaman: tautan kanonis di isi entri tidak berlaku', () => {
    const html = `<html><head><link rel="canonical" href="${DIRI}"></head><body><link rel="canonical" href="https://lain.example/"></body></html>`;
    expect(masukPetaSitus(kepalaHtml(html), DIRI)).toBe(true);
  });

  it('menemukan berkas halaman di folder build, tanpa base path', () => {
    const dir = new URL('file:///situs/dist/');
    expect(berkasHalaman(dir, '/model-inovasi/', DIRI).pathname).toBe('/situs/dist/en/panduan/panduan-penulis/index.html');
    expect(berkasHalaman(dir, '/model-inovasi', 'https://jippnas.example/model-inovasi/').pathname).toBe('/situs/dist/index.html');
    expect(berkasHalaman(dir, '/', 'https://jippnas.example/provinsi/nusa-tenggara-timur/').pathname).toBe('/situs/dist/provinsi/nusa-tenggara-timur/index.html');
  });
});
