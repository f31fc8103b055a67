/**
 * "Sebelum meminta status terbit, tidak boleh ada peringatan lagi" (the author guide): on a
 * published entry every warning but the file-form one is an error that says why (H4).
 */
import { describe, expect, it } from 'vitest';
import { tingkatTerbit } from '../src/rules/tingkat-terbit.ts';
import { laporan } from './helpers.ts';

const PRAKTIK = 'praktik/layanan-contoh.mdx';
const KONTAK_PRIBADI = (s: string) => s.replace('  situs: https://contoh.go.id/\n', '  email: budi.santoso@gmail.com\n  situs: https://contoh.go.id/\n');

/** The lines `npm run check` prints for the example practice after one edit. */
const laporanPraktik = (edit: (s: string) => string) => laporan(PRAKTIK, edit);

describe('peringatan pada entri terbit (H4)', () => {
  it('e-mail pribadi di kontak entri terbit adalah galat yang menyebut alasannya', () => {
    expect(laporanPraktik(KONTAK_PRIBADI)).toEqual([
      'praktik/layanan-contoh.mdx:74:10  kontak.email  kontak hanya untuk data kelembagaan: "gmail.com" adalah layanan e-mail umum; pastikan ini alamat resmi unit, bukan alamat pribadi (status terbit: entri terbit tidak boleh memuat peringatan; perbaiki, atau kembalikan status ke tinjauan)',
    ]);
  });

  it('pada tinjauan yang sama tetap peringatan', () => {
    expect(laporanPraktik((s) => KONTAK_PRIBADI(s).replace('status: terbit', 'status: tinjauan'))).toEqual([
      'praktik/layanan-contoh.mdx:74:10  kontak.email  peringatan: kontak hanya untuk data kelembagaan: "gmail.com" adalah layanan e-mail umum; pastikan ini alamat resmi unit, bukan alamat pribadi',
    ]);
  });

  it('hanya berkas yang terbit, dan bukan peringatan bentuk berkas', () => {
    const dasar = { line: 3, col: 1, message: 'pesan' };
    const hasil = tingkatTerbit(
      [
        { ...dasar, file: 'praktik/a.mdx', field: 'kontak.email', level: 'warning' },
        { ...dasar, file: 'praktik/a.mdx', field: '(bentuk berkas)', level: 'warning' },
        { ...dasar, file: 'praktik/b.mdx', field: 'kontak.email', level: 'warning' },
      ],
      new Set(['praktik/a.mdx']),
    );
    expect(hasil.map((p) => `${p.file} ${p.field} ${p.level}`)).toEqual(['praktik/a.mdx kontak.email error', 'praktik/a.mdx (bentuk berkas) warning', 'praktik/b.mdx kontak.email warning']);
  });
});
