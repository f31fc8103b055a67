import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsdocFields, selisihPetunjuk, skemaSemua } from '../scripts/skema-lib.ts';
import { KOLOM_ID } from '../src/i18n/kolom-id.ts';
import { scaffold } from '../src/lib/scaffold.ts';
import { ROOT } from './helpers.ts';
import { NAMA_KOLEKSI, type Koleksi } from '../src/schema/index.ts';

const docs = jsdocFields();

/** Field paths that carry a description in a generated JSON Schema, in jsdocFields' notation. */
function jalurBerketerangan(node: unknown, path = '', out = new Set<string>()): Set<string> {
  if (!node || typeof node !== 'object') return out;
  const n = node as Record<string, unknown>;
  if (path && typeof n.description === 'string') out.add(path);
  if (n.properties && typeof n.properties === 'object') for (const [k, v] of Object.entries(n.properties)) jalurBerketerangan(v, path ? `${path}.${k}` : k, out);
  if (n.items) jalurBerketerangan(n.items, `${path}[]`, out);
  for (const k of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[k])) for (const c of n[k] as unknown[]) jalurBerketerangan(c, path, out);
  return out;
}

describe('petunjuk kolom berbahasa Indonesia (src/i18n/kolom-id.ts)', () => {
  it('setiap kolom yang punya baris JSDoc di src/schema punya petunjuk bahasa Indonesia', () => {
    expect(NAMA_KOLEKSI.every((k) => (docs.get(k)?.size ?? 0) > 0)).toBe(true);
    expect(
      selisihPetunjuk(docs).tanpaPetunjuk,
      'Kolom ini punya baris JSDoc di src/schema tetapi belum punya petunjuk bahasa Indonesia. Tambahkan terjemahannya di src/i18n/kolom-id.ts, pada kelompok koleksi itu dengan kunci jalur yang tertulis (mis. "kesiapan.biaya", "sumber[].url"), lalu jalankan npm run skema',
    ).toEqual([]);
  });

  it('setiap petunjuk menunjuk kolom yang ada (tidak ada petunjuk yatim)', () => {
    expect(
      selisihPetunjuk(docs).yatim,
      'Petunjuk ini tidak cocok dengan kolom mana pun yang berbaris JSDoc di src/schema (kolomnya diganti nama, dihapus, atau belum diberi JSDoc). Perbaiki kuncinya atau hapus petunjuknya di src/i18n/kolom-id.ts',
    ).toEqual([]);
  });

  it('melaporkan kolom baru yang belum diterjemahkan, dengan jalur dan baris JSDoc-nya', () => {
    const tambah = new Map([...docs].map(([k, m]) => [k, new Map(m)] as const));
    tambah.get('praktik')!.set('kesiapan.kolom_baru', 'A new field.');
    expect(selisihPetunjuk(tambah).tanpaPetunjuk).toContain('praktik: kesiapan.kolom_baru  (JSDoc: A new field.)');
  });

  it('menjadi keterangan (description) JSON Schema setiap kolom, di jalur yang sama', () => {
    const skema = skemaSemua();
    for (const k of NAMA_KOLEKSI) {
      expect([...jalurBerketerangan(skema[k])].sort(), k).toEqual(Object.keys(KOLOM_ID[k]).sort());
    }
    const praktik = skema.praktik as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    expect(praktik.properties.judul!.description).toBe(KOLOM_ID.praktik.judul);
    expect(praktik.properties.kesiapan!.properties!.biaya!.description).toBe(KOLOM_ID.praktik['kesiapan.biaya']);
  });

  it('diterjemahkan, dengan slug, nama kolom, kode, dan contoh dari JSDoc utuh', () => {
    const masalah: string[] = [];
    for (const k of NAMA_KOLEKSI as Koleksi[]) {
      for (const [path, doc] of docs.get(k) ?? []) {
        const hint = KOLOM_ID[k][path];
        if (hint === undefined) continue;
        if (!hint.trim() || hint === doc) masalah.push(`${k}: ${path} belum diterjemahkan`);
        // Code in backticks and quoted examples are what an author types: they stay as they are.
        for (const utuh of [...doc.matchAll(/`[^`]+`|"[^"]+"/g)].map((m) => m[0])) {
          if (!hint.includes(utuh)) masalah.push(`${k}: ${path} tidak memuat ${utuh}`);
        }
      }
    }
    expect(masalah).toEqual([]);
  });

  it('tingkat_pemerintahan adalah jumlah tingkat yang bertindak, bukan kode tingkat: kata yang sama di studio, kerangka, dan Panduan Penulis', () => {
    // A ministry author once read "1–4 (desa, …, pusat)" as a level code and wrote 4 (review finding M7).
    const kata = 'jumlah tingkat pemerintahan yang harus bertindak (1–4: desa, kabupaten/kota, provinsi, pusat)';
    for (const k of ['praktik', 'model'] as const) expect(KOLOM_ID[k]['kesiapan.kriteria_kompleksitas.tingkat_pemerintahan']).toContain(kata);
    for (const k of ['praktik', 'model'] as const) expect(scaffold(k, 'Layanan Uji', '2026-11-28').text).toContain(`tingkat_pemerintahan: 1 # ISI: ${kata}`);
    expect(readFileSync(join(ROOT, 'content/panduan/panduan-penulis.mdx'), 'utf8')).toContain(kata);
  });
});
