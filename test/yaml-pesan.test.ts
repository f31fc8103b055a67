/**
 * YAML mistakes are explained in Indonesian only. The parser's English in brackets told a
 * non-programmer author to "please use YAML.parseAllDocuments()"; it stays only for an error no
 * Indonesian message covers.
 */
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';

const pesan = (yaml: string) => {
  const r = parseFrontmatter(`---\n${yaml}---\nisi\n`);
  return r.errors.length ? r.errors.map((e) => e.message) : r.galatKetat().map((e) => e.message);
};

describe('pesan YAML tanpa bahasa Inggris pengurai', () => {
  it.each([
    ['dua dokumen', 'a: 1\n...\nb: 2\n', 'YAML tidak sah: frontmatter hanya boleh satu dokumen YAML; hapus baris --- atau ... di tengahnya'],
    ['dua tag', 'a: !!str !!str x\n', 'YAML tidak sah: satu nilai hanya boleh punya satu tag (!…)'],
    ['dua jangkar', 'a: &x &y 1\n', 'YAML tidak sah: satu nilai hanya boleh punya satu jangkar (&nama)'],
    ['indentasi', 'a:\n  b: 1\n c: 2\n', 'YAML tidak sah: indentasi tidak konsisten; gunakan spasi yang sama untuk setiap tingkat'],
    ['tab', 'a:\n\tb: 1\n', 'YAML tidak sah: tab dipakai sebagai indentasi; gunakan spasi'],
    ['kutip terbuka', 'a: "x\nb: 2\n', 'YAML tidak sah: tanda kutip " di baris 2 belum ditutup; tutup di akhir nilai, atau hapus tanda kutipnya'],
    ['kurung terbuka', 'a: [1, 2\nb: 3\n', 'YAML tidak sah: ada tanda yang belum ditutup (tanda kutip, ] atau })'],
    ['tanda tak terduga', 'a: 1\n]\n', 'YAML tidak sah: tanda "]" tidak diharapkan di sini'],
    ['kunci dua baris', 'a b\nc: 1\n', 'YAML tidak sah: kunci tidak boleh lebih dari satu baris; mungkin titik dua (:) hilang di baris sebelumnya'],
    ['kode \\ tak dikenal', 'a: "\\q"\n', 'YAML tidak sah: garis miring terbalik (\\) dalam teks berkutip ganda memulai kode yang tidak dikenal; tulis \\\\ atau pakai kutip tunggal'],
    ['alias bertag', 'a: &x 1\nb: !!str *x\n', 'YAML tidak sah: alias (*nama) tidak boleh diberi tag (!…) atau jangkar (&nama)'],
    ['direktif', '%FOO bar\na: 1\n', 'YAML tidak sah: baris yang diawali % tidak dikenal YAML; apit nilainya dengan tanda kutip, atau tulis --- di baris sesudahnya'],
    ['tag tak cocok', 'a: !!int x\n', 'YAML tidak sah: tag (!…) tidak dikenal atau tidak cocok dengan nilainya; hapus tagnya'],
  ])('%s', (_, yaml, diharapkan) => {
    expect(pesan(yaml)).toEqual([diharapkan]);
  });

  it('koma yang hilang dan blok di dalam kurung dinamai, tidak disebut tanda yang belum ditutup', () => {
    expect(pesan('a: [b: - c]\n')).toEqual([
      'YAML tidak sah: daftar bergaris (- …) atau "kunci: nilai" bertingkat tidak boleh di dalam kurung [ ] atau { }',
      'YAML tidak sah: koma (,) hilang di antara butir dalam kurung',
    ]);
  });

  it('tidak ada pesan dengan kata-kata pengurai dalam kurung', () => {
    const semua = ['a: 1\n...\nb: 2\n', 'a: !!str !!str x\n', 'a: 1\n]\n', `${'k'.repeat(1100)}: 1\n`, 'a: !!map [1]\n', 'a: {b: 1\n'].flatMap(pesan);
    expect(semua.length).toBeGreaterThan(5);
    for (const p of semua) expect(p).not.toMatch(/\([A-Z][a-z]+ [a-z]|YAML\.|parseAllDocuments/);
  });
});
