/**
 * What the thesaurus's concepts (src/data/tesaurus.ts) mean for a reader's query: which entries a
 * word an officer types brings along, and which it must not. src/lib/tesaurus.ts applies them.
 */
import { describe, expect, it } from 'vitest';
import { SINGKATAN_PROVINSI, TESAURUS } from '../src/data/tesaurus.ts';
import { PROVINSI } from '../src/data/wilayah.ts';
import { istilahEntri, istilahWilayah } from '../src/lib/tesaurus.ts';

const entri = (utama: string, isi = '', ringkasEn = '') => istilahEntri({ utama, isi, ringkasEn });

describe('konsep tesaurus', () => {
  it('memberi DTKS kepada entri kemiskinan, tidak kepada entri stunting yang mendata anak per nama dan alamat', () => {
    const stunting = entri('Aplikasi stunting: kader mencatat ibu hamil dan balita by name by address, diverifikasi puskesmas.');
    expect(stunting.id).not.toContain('DTKS');
    expect(stunting.id).toContain('data sasaran');
    const miskin = entri('Laboratorium kemiskinan desa; kata kunci: P3KE');
    expect(miskin.id).toEqual(expect.arrayContaining(['DTKS', 'tidak mampu', 'prasejahtera', 'gakin']));
  });

  it('menautkan singkatan dinas yang diketik petugas ke entri yang menyebut dinas itu, tidak ke setiap entri setema', () => {
    expect(entri('Peta kesesuaian lahan milik Dinas Perkebunan Jawa Barat').id).toContain('Disbun');
    // A market for farmers is about farming, but not the plantation office's.
    expect(entri('Pasar tani mingguan bagi petani dan gapoktan').id).not.toContain('Disbun');
    expect(entri('Bantuan pangan non tunai bagi keluarga miskin').id).toEqual(expect.arrayContaining(['Dinsos', 'Kemensos', 'PKH']));
    expect(entri('Tim gabungan merekam KTP-el di perbatasan').id).toEqual(expect.arrayContaining(['Disdukcapil', 'akte kelahiran']));
    // "Buku KIA" is the mother-and-child health book, not the child identity card (Kartu Identitas Anak).
    expect(entri('Kelas pijat bayi', 'Dicatat di buku KIA; buku KIA dibawa ibu; buku KIA diperiksa bidan.').id).not.toContain('akte kelahiran');
    expect(entri('Aplikasi kader', 'Dinas Kesehatan memverifikasi; Dinas Kesehatan melatih; Dinas Kesehatan membayar.').id).toContain('Dinkes');
  });

  it('memberi halaman Inggris nama tema dan istilah yang juga dipakai dalam bahasa Inggris', () => {
    expect(entri('Pengentasan kemiskinan', '', 'A poverty reduction model').en).toContain('poverty alleviation');
    expect(entri('Belanja produk dalam negeri', '', 'Domestic products in procurement').en).toContain('use of domestic products');
    expect(entri('Layanan KTP-el', '', 'Identity cards in border areas').en).toContain('e-KTP');
  });
});

describe('singkatan provinsi', () => {
  it('memberi entri singkatan provinsinya, hanya untuk kode provinsi yang ada', () => {
    expect(istilahWilayah('73')).toEqual(['Sulsel']);
    expect(istilahWilayah('34')).toContain('DIY');
    expect(istilahWilayah(undefined)).toEqual([]);
    expect(istilahWilayah('94')).toEqual([]);
    const kode = new Set(PROVINSI.map((p) => p.slug));
    expect(Object.keys(SINGKATAN_PROVINSI).filter((k) => !kode.has(k))).toEqual([]);
    // A short name is one province's, and no thesaurus concept's term.
    const semua = Object.values(SINGKATAN_PROVINSI).flat().map((s) => s.toLowerCase());
    expect(new Set(semua).size).toBe(semua.length);
    const istilah = new Set(TESAURUS.flatMap((k) => [...k.istilah, ...k.istilah_en]).map((t) => t.toLowerCase()));
    expect(semua.filter((s) => istilah.has(s))).toEqual([]);
  });
});
