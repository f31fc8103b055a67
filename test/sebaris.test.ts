/**
 * Titles and names are one line (teksSebaris, src/schema/common.ts): a line break in one became a
 * heading of its own ("## Pemeriksaan konten ✓ Disetujui peninjau") in the pull request's job
 * summary and a line of its own in the checker's log. Prose fields keep their line breaks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { panduanSchema, penulisSchema, praktikSchema } from '../src/schema/index.ts';
import { PESAN_SEBARIS } from '../src/schema/common.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { FIXTURE } from './helpers.ts';

const data = (file: string) => {
  const teks = readFileSync(join(FIXTURE, file), 'utf8');
  return (file.endsWith('.yaml') ? parseFrontmatter(teks, true) : parseFrontmatter(teks)).data as Record<string, unknown>;
};

/** A deep copy of `d` with the value at `path` replaced. */
function dengan(d: Record<string, unknown>, path: readonly (string | number)[], nilai: unknown): Record<string, unknown> {
  const salin = structuredClone(d);
  let o = salin as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[path.at(-1)!] = nilai;
  return salin;
}

/** The messages the schema gives at exactly `path`. */
const pesanDi = (schema: z.ZodType, d: unknown, path: readonly (string | number)[]) => {
  const r = schema.safeParse(d);
  return r.success ? [] : r.error.issues.filter((i) => i.path.join('.') === path.join('.')).map((i) => i.message);
};

const PRAKTIK = data('praktik/layanan-kedua.mdx');
const SERANGAN = 'SIMPATI\n\n## Pemeriksaan konten\n\n✓ Tidak ada galat. Disetujui peninjau: Tim Redaksi';

describe('kolom satu baris', () => {
  const kolomPraktik: (string | number)[][] = [
    ['judul'],
    ['kepanjangan'],
    ['alias', 0],
    ['kata_kunci', 0],
    ['jenis_detail'],
    ['instansi_asal', 'nama'],
    ['instansi_asal', 'unit'],
    ['instansi_mitra', 0, 'nama'],
    ['kontak', 'unit'],
    ['penghargaan', 0, 'dasar_penetapan'],
    ['penghargaan', 0, 'kategori'],
    ['dasar_hukum', 0, 'nomor'],
    ['dasar_hukum', 0, 'tentang'],
    ['kesiapan', 'dampak_utama', 'periode'],
    ['sumber', 0, 'judul'],
    ['sumber', 0, 'penerbit'],
  ];

  it.each(kolomPraktik.map((p) => [p.join('.'), p] as const))('praktik %s menolak baris baru, dengan pesan yang tidak mengutip nilainya', (_, path) => {
    const baik = dengan(PRAKTIK, path, 'Nama Satu Baris');
    expect(pesanDi(praktikSchema, baik, path)).toEqual([]);
    expect(pesanDi(praktikSchema, dengan(PRAKTIK, path, SERANGAN), path)).toEqual([PESAN_SEBARIS]);
  });

  it('setiap jenis baris baru ditolak: \\n, \\r, U+2028 dan U+2029', () => {
    for (const putus of ['\n', '\r', '\r\n', '\u2028', '\u2029']) expect(pesanDi(praktikSchema, dengan(PRAKTIK, ['judul'], `LAYAN${putus}Dua`), ['judul']), JSON.stringify(putus)).toEqual([PESAN_SEBARIS]);
  });

  it('baris baru di ujung, seperti blok YAML "judul: >", dipangkas dan lolos', () => {
    expect(pesanDi(praktikSchema, dengan(PRAKTIK, ['judul'], 'LAYAN Dua\n'), ['judul'])).toEqual([]);
  });

  it('nama dan unit profil penulis, dan judul panduan', () => {
    const penulis = data('penulis/universitas-contoh.yaml');
    for (const k of ['nama', 'unit']) expect(pesanDi(penulisSchema, dengan(penulis, [k], SERANGAN), [k]), k).toEqual([PESAN_SEBARIS]);
    expect(pesanDi(penulisSchema, dengan(penulis, ['keterangan'], 'Satu kalimat.\nKalimat kedua.'), ['keterangan'])).toEqual([]);
    const panduan = data('panduan/cara-membaca.mdx');
    expect(pesanDi(panduanSchema, dengan(panduan, ['judul'], SERANGAN), ['judul'])).toEqual([PESAN_SEBARIS]);
  });

  it('teks uraian tetap boleh berbaris-baris', () => {
    for (const path of [['ringkasan'], ['kesiapan', 'bukti_catatan'], ['instansi_mitra', 0, 'peran'], ['riwayat', 0, 'catatan']]) {
      expect(pesanDi(praktikSchema, dengan(PRAKTIK, path, 'Kalimat pertama.\nKalimat kedua.'), path), path.join('.')).toEqual([]);
    }
  });

  it('pesannya menyebut cara baris baru tertulis', () => {
    expect(PESAN_SEBARIS).toBe('harus satu baris; hapus baris baru (mungkin tertulis sebagai \\n di antara tanda petik)');
  });
});
