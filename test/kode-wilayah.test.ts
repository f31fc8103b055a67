/**
 * Region codes: which agencies may carry them (H3), and the code an author meant when the value is
 * a name, a number YAML read without quotes, or a code without its dot (M7).
 */
import { describe, expect, it } from 'vitest';
import { pesanKodeKabkota, pesanKodeProvinsi } from '../src/schema/kode-wilayah.ts';
import { laporan } from './helpers.ts';

const PRAKTIK = 'praktik/layanan-contoh.mdx';

/** The lines `npm run check` prints for the example practice after one edit. */
const laporanPraktik = (edit: (s: string) => string) => laporan(PRAKTIK, edit);

describe('kode wilayah menurut jenis instansi (H3)', () => {
  it('kementerian yang masih memuat kode dari kerangka: hapus kedua barisnya', () => {
    expect(laporanPraktik((s) => s.replace('jenis: pemerintah-provinsi', 'jenis: kementerian').replace('kode_provinsi: "65"', 'kode_provinsi: "34"\n  kode_kabkota: "34.01"'))).toEqual([
      'praktik/layanan-contoh.mdx:20:18  instansi_asal.kode_provinsi  hapus baris kode_provinsi: kode wilayah hanya untuk instansi daerah (pemerintah provinsi, kabupaten, kota, desa, dan BUMD), bukan untuk instansi berjenis "kementerian"; dengan kode ini entri masuk saringan wilayah tersebut',
      'praktik/layanan-contoh.mdx:21:17  instansi_asal.kode_kabkota  hapus baris kode_kabkota: kode wilayah hanya untuk instansi daerah (pemerintah provinsi, kabupaten, kota, desa, dan BUMD), bukan untuk instansi berjenis "kementerian"; dengan kode ini entri masuk saringan wilayah tersebut',
    ]);
  });

  it('pemerintah provinsi dengan kode_kabkota: hapus barisnya; BUMD boleh memakai kode kabupaten/kota pemiliknya', () => {
    expect(laporanPraktik((s) => s.replace('kode_provinsi: "65"', 'kode_provinsi: "65"\n  kode_kabkota: "65.01"'))).toEqual([
      'praktik/layanan-contoh.mdx:21:17  instansi_asal.kode_kabkota  hapus baris kode_kabkota: pemerintah provinsi hanya memakai kode_provinsi; kode kabupaten/kota hanya untuk pemerintah kabupaten, kota, desa, dan BUMD milik kabupaten/kota',
    ]);
    expect(laporanPraktik((s) => s.replace('jenis: pemerintah-provinsi', 'jenis: bumd').replace('kode_provinsi: "65"', 'kode_provinsi: "65"\n  kode_kabkota: "65.01"'))).toEqual([]);
  });
});

describe('kode wilayah yang dimaksud penulis (M7)', () => {
  it('nama provinsi, kode tanpa tanda kutip, dan kode bersama namanya', () => {
    expect(pesanKodeProvinsi('Jawa Timur')).toBe('kode provinsi "Jawa Timur" tidak dikenal: "Jawa Timur" adalah nama provinsi, bukan kodenya; tulis kodenya dalam tanda kutip: "35"');
    expect(pesanKodeProvinsi('Provinsi DI Yogyakarta')).toContain('tulis kodenya dalam tanda kutip: "34"');
    expect(pesanKodeProvinsi('jawa-timur')).toContain('"35"');
    expect(pesanKodeProvinsi(35)).toBe('kode provinsi 35 tidak dikenal: kode ditulis tanpa tanda kutip sehingga dibaca sebagai angka; tulis dalam tanda kutip: "35" (Jawa Timur)');
    expect(pesanKodeProvinsi('35 - Jawa Timur')).toBe('kode provinsi "35 - Jawa Timur" tidak dikenal; tulis kodenya saja: "35" (Jawa Timur)');
    expect(pesanKodeProvinsi('Jawa')).toBe('kode provinsi "Jawa" tidak dikenal; tulis kode Kemendagri dua digit dalam tanda kutip (mis. "34" untuk DI Yogyakarta, "65" untuk Kalimantan Utara). Daftar lengkap ada di panduan penulis');
  });

  it('35.10 tanpa tanda kutip dibaca 35.1; kode tanpa titik; nama kabupaten/kota, juga nama yang dipakai kabupaten dan kota', () => {
    expect(pesanKodeKabkota(35.1)).toBe('kode kabupaten/kota 35.1 tidak dikenal: kode ditulis tanpa tanda kutip sehingga dibaca sebagai angka 35.1; tulis dalam tanda kutip: "35.10" (Kabupaten Banyuwangi)');
    expect(pesanKodeKabkota(35.73)).toContain('tulis dalam tanda kutip: "35.73" (Kota Malang)');
    expect(pesanKodeKabkota('3573')).toBe('kode kabupaten/kota "3573" tidak dikenal; tulis kode "PP.KK" dengan titik, dalam tanda kutip: "35.73" (Kota Malang)');
    expect(pesanKodeKabkota(3573)).toContain('"35.73" (Kota Malang)');
    expect(pesanKodeKabkota('Kota Malang')).toBe('kode kabupaten/kota "Kota Malang" tidak dikenal: "Kota Malang" adalah nama, bukan kodenya; tulis kodenya dalam tanda kutip: "35.73" (Kota Malang)');
    expect(pesanKodeKabkota('Kab. Kulon Progo')).toContain('"34.01" (Kabupaten Kulon Progo)');
    expect(pesanKodeKabkota('Malang')).toContain('tulis kodenya dalam tanda kutip: "35.07" (Kabupaten Malang) atau "35.73" (Kota Malang)');
    expect(pesanKodeKabkota('99.99')).toBe('kode kabupaten/kota "99.99" tidak dikenal; tulis kode Kemendagri "PP.KK" dalam tanda kutip (mis. "34.01" untuk Kabupaten Kulon Progo). Daftar lengkap ada di panduan penulis');
  });

  it('pesan itu yang dilihat penulis, pada isiannya', () => {
    expect(laporanPraktik((s) => s.replace('kode_provinsi: "65"', 'kode_provinsi: Kalimantan Utara'))).toEqual([
      'praktik/layanan-contoh.mdx:20:18  instansi_asal.kode_provinsi  kode provinsi "Kalimantan Utara" tidak dikenal: "Kalimantan Utara" adalah nama provinsi, bukan kodenya; tulis kodenya dalam tanda kutip: "65"',
    ]);
  });
});
