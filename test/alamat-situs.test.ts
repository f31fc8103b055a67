import { describe, expect, it } from 'vitest';
import { basisDari, SITUS_CONTOH, situsDari } from '../src/integrations/alamat-situs.ts';

describe('SITE_URL', () => {
  it('tanpa SITE_URL, build memakai host contoh yang tidak pernah terjangkau', () => {
    expect(situsDari(undefined)).toBe(SITUS_CONTOH);
    expect(situsDari('')).toBe(SITUS_CONTOH);
    expect(new URL(SITUS_CONTOH).hostname.endsWith('.example')).toBe(true);
  });

  it('menerima asal http(s), dengan atau tanpa garis miring akhir', () => {
    expect(situsDari('https://jippnas.menpan.go.id')).toBe('https://jippnas.menpan.go.id');
    expect(situsDari('https://jippnas.menpan.go.id/')).toBe('https://jippnas.menpan.go.id');
    expect(situsDari('http://10.0.0.5:8080')).toBe('http://10.0.0.5:8080');
  });

  it('menolak alamat tanpa skema, skema lain, dan kredensial, dengan contoh yang benar', () => {
    for (const salah of ['jippnas.menpan.go.id', 'ftp://jippnas.menpan.go.id', 'https://u:p@jippnas.menpan.go.id', 'https://x.go.id/?a=1']) {
      expect(() => situsDari(salah), salah).toThrow(/bukan alamat situs yang sah.*SITE_URL=https:\/\/jippnas/);
    }
  });

  it('sub-path di SITE_URL diarahkan ke BASE_PATH', () => {
    expect(() => situsDari('https://jippnas.menpan.go.id/model-inovasi')).toThrow('sub-path diatur dengan BASE_PATH=/model-inovasi/');
  });
});

describe('BASE_PATH', () => {
  it('kosong berarti akar; sub-path ditulis dengan atau tanpa garis miring di ujungnya', () => {
    expect(basisDari(undefined)).toBe('/');
    expect(basisDari('')).toBe('/');
    for (const b of ['/model-inovasi/', '/model-inovasi', 'model-inovasi/', '/layanan/pustaka/']) expect(basisDari(b)).toBe(b);
  });

  it('build berhenti dengan penjelasan untuk base path yang tidak dapat menjadi alamat', () => {
    expect(() => basisDari('/model inovasi/')).toThrow(/^BASE_PATH: Base path "\/model inovasi\/" tidak dapat dipakai/);
    expect(() => basisDari('C:/Program Files/Git/model-inovasi/')).toThrow(/MSYS_NO_PATHCONV=1/);
    expect(() => basisDari('/a/../b/')).toThrow(/tidak dapat dipakai/);
  });
});
