import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../src/schema/jarak-edit.ts';

describe('jarak edit dan saran terdekat (src/schema/jarak-edit.ts)', () => {
  it('menghitung sepasang huruf yang tertukar sebagai satu salah ketik', () => {
    expect(editDistance('ktp', 'tkp')).toBe(1);
    expect(editDistance('stunting', 'stnutnig')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kabupaten', 'kabupaten')).toBe(0);
  });

  it('menyarankan nilai kosakata dan kunci yang diizinkan (pesan skema)', () => {
    expect(nearest('kemiskinan', ['pengentasan-kemiskinan', 'peningkatan-investasi'])).toBe('pengentasan-kemiskinan');
    expect(nearest('tema', ['tema_rb', 'judul'])).toBe('tema_rb');
    expect(nearest('Jurnl', ['regulasi', 'jurnal'])).toBe('jurnal');
    expect(nearest('xyz', ['pengentasan-kemiskinan'])).toBeUndefined();
    expect(nearest('  ', ['a'])).toBeUndefined();
  });

  it('menyarankan jangkar yang ada di halaman (gerbang tautan), dari himpunan', () => {
    const ids = new Set(['ringkasan', 'langkah-replikasi', 'sumber-daya-dan-biaya']);
    expect(nearest('langkah-replikas', ids)).toBe('langkah-replikasi');
    expect(nearest('sumber-daya-dan-bayia', ids)).toBe('sumber-daya-dan-biaya');
    expect(nearest('kontak', ids)).toBeUndefined();
  });
});
