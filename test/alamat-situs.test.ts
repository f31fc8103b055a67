import { describe, expect, it } from 'vitest';
import { SITUS_CONTOH, situsDari } from '../src/integrations/alamat-situs.ts';

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
