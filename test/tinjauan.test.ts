import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDISI, edisiBernama } from '../src/data/edisi.ts';
import { catatanKutipan, labelStatus } from '../src/lib/edisi.ts';
import { apa, itemEntri, type Citable } from '../src/lib/kutipan.ts';
import { bibtex as bibtexItems } from '../src/lib/sitasi/index.ts';

/** The entry's BibTeX, as its download (/data/kutipan/…) begins. */
const bibtex = (c: Citable) => bibtexItems([itemEntri(c)]);
import { galat, periksa, salinan } from './helpers.ts';

const FILE = 'praktik/layanan-contoh.mdx';

describe('status terbit berarti sudah ditinjau', () => {
  const masalah = (ubah: (s: string) => string) => {
    const t = salinan();
    t.ubah(FILE, ubah);
    return galat(periksa(t.dir)).filter((p) => p.file === FILE);
  };

  it('menolak entri terbit tanpa peninjau, pada baris status yang diubah penulis (baris di luar diff pull request tidak tampil)', () => {
    const t = salinan();
    t.ubah(FILE, (s) => s.replace('peninjau: [universitas-contoh]\n', ''));
    const baris = readFileSync(join(t.dir, FILE), 'utf8').split('\n').indexOf('status: terbit') + 1;
    const p = galat(periksa(t.dir)).filter((x) => x.file === FILE);
    expect(p).toEqual([expect.objectContaining({ field: 'status', line: baris, message: expect.stringMatching(/paling sedikit satu peninjau yang bukan penulis/) })]);
  });

  it('menyebut peninjau yang kurang bersama galat skema lain, tidak baru sesudah semuanya diperbaiki', () => {
    const p = masalah((s) => s.replace('peninjau: [universitas-contoh]\n', '').replace(/jenis: berita-resmi/, 'jenis: berita-resmii'));
    expect(p.map((x) => x.field)).toEqual(expect.arrayContaining(['status', expect.stringMatching(/^sumber\[\d+\]\.jenis$/)]));
    expect(p.filter((x) => /peninjau yang bukan penulis/.test(x.message))).toHaveLength(1);
  });

  it('menolak entri terbit yang hanya ditinjau penulisnya sendiri', () => {
    const p = masalah((s) => s.replace('peninjau: [universitas-contoh]', 'peninjau: [tim-redaksi]'));
    expect(p).toEqual([expect.objectContaining({ field: 'peninjau', message: expect.stringMatching(/semuanya juga penulis/) })]);
  });

  it('menerima entri dalam tinjauan tanpa peninjau', () => {
    expect(masalah((s) => s.replace('peninjau: [universitas-contoh]\n', '').replace('status: terbit', 'status: tinjauan'))).toEqual([]);
  });
});

describe('edisi situs', () => {
  it('edisi resmi hanya menampilkan entri terbit; edisi lain juga entri dalam tinjauan', () => {
    expect(edisiBernama('resmi').tampil).toEqual(['terbit']);
    expect(edisiBernama(undefined).slug).toBe('demonstrasi');
    for (const e of EDISI) expect(e.tampil).not.toContain('draf');
    expect(() => edisiBernama('rahasia')).toThrow(/EDISI="rahasia" tidak dikenal. Pilihan: demonstrasi, tinjauan, resmi/);
  });

  it('kutipan menyebut edisi dan status tinjauan, kecuali entri terbit di edisi resmi', () => {
    expect(catatanKutipan(edisiBernama('demonstrasi'), 'tinjauan')).toBe('Edisi demonstrasi; menunggu tinjauan');
    expect(catatanKutipan(edisiBernama('tinjauan'), 'terbit')).toBe('Edisi tinjauan');
    expect(catatanKutipan(edisiBernama('resmi'), 'terbit')).toBeUndefined();
    expect(labelStatus('tinjauan', 'en')).toBe('awaiting review');
    const c = { judul: 'SIMPATI', penulis: ['Tim Redaksi'], diperbarui: '2026-12-06', url: 'https://x.example/p/', penerbit: 'Tim', namaSitus: 'Pustaka', id: 'simpati', catatan: 'Edisi demonstrasi; menunggu tinjauan' };
    expect(apa(c, 'id')).toBe('Tim Redaksi. (2026, Desember 6). SIMPATI [Edisi demonstrasi; menunggu tinjauan]. Tim. Pustaka. https://x.example/p/');
    expect(bibtex(c)).toContain('\ttype = {Edisi demonstrasi; menunggu tinjauan},');
  });
});

describe('penghargaan dibaca apa adanya', () => {
  it('memakai kategori bila program atau predikatnya "lainnya"', async () => {
    const { bagianPenghargaan } = await import('../src/lib/penghargaan.ts');
    const labelPenghargaan = (...a: Parameters<typeof bagianPenghargaan>) => bagianPenghargaan(...a).map((b) => b.teks).join(' ');
    expect(labelPenghargaan({ program: 'lainnya', predikat: 'lainnya', kategori: 'Juara I KIPP Tingkat Kabupaten Luwu Utara', tahun: 2021 })).toBe('Juara I KIPP Tingkat Kabupaten Luwu Utara 2021');
    expect(labelPenghargaan({ program: 'kipp', predikat: 'top-45', tahun: 2020 })).not.toMatch(/Lainnya/);
    expect(labelPenghargaan({ program: 'inovasi-cegah-stunting', predikat: 'lainnya', kategori: 'Peringkat ke-2 nasional', tahun: 2021 })).toMatch(/ Peringkat ke-2 nasional 2021$/);
  });

  it('tidak menyebut programnya dua kali, dan menandai kata penulis sebagai bahasa Indonesia', async () => {
    const { bagianPenghargaan } = await import('../src/lib/penghargaan.ts');
    expect(bagianPenghargaan({ program: 'kipp-provinsi', predikat: 'top-kipp-provinsi', kategori: 'Top 3 KIPP Provinsi Babel', tahun: 2021 }, 'en')).toEqual([{ teks: 'Provincial KIPP top' }, { teks: '2021' }]);
    expect(bagianPenghargaan({ program: 'kipp', predikat: 'top-45', tahun: 2023 }, 'en')).toEqual([{ teks: 'KIPP (Ministry of PANRB)' }, { teks: 'Top 45' }, { teks: '2023' }]);
    expect(bagianPenghargaan({ program: 'inovasi-cegah-stunting', predikat: 'lainnya', kategori: 'Peringkat ke-2 nasional', tahun: 2021 }, 'en')).toEqual([
      { teks: 'Stunting Prevention Innovation' },
      { teks: 'Peringkat ke-2 nasional', lang: 'id' },
      { teks: '2021' },
    ]);
  });

  it('menolak penghargaan "lainnya" tanpa kategori', () => {
    const t = salinan();
    t.ubah(FILE, (s) => s.replace(/penghargaan:\n  - program: \S+/, 'penghargaan:\n  - program: lainnya'));
    expect(galat(periksa(t.dir)).filter((p) => p.file === FILE).map((p) => p.field)).toEqual(['penghargaan[0].kategori']);
  });
});
