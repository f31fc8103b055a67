/**
 * The facet list (src/lib/daftar-faset.ts) is the one place facets are declared; the vocabularies
 * come from the schema's registry (src/schema/kolom.ts). test/kosakata-baru.test.ts proves a new
 * one flows everywhere; this checks the list as it is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOLEKSI_ENTRI } from '../src/data/routes.ts';
import { KOMPLEKSITAS, KEKUATAN_BUKTI } from '../src/data/klasifikasi.ts';
import { TEMA_RB } from '../src/data/tema.ts';
import { PROVINSI } from '../src/data/wilayah.ts';
import { en } from '../src/i18n/en.ts';
import { id } from '../src/i18n/id.ts';
import { KOLEKSI } from '../src/schema/index.ts';
import { kolomKosakata, kolomSkema } from '../src/schema/kolom.ts';
import { bacaKolom, FASET, kolomFaset, type Faset } from '../src/lib/daftar-faset.ts';
import { FACET_DEF, kunciKatalog } from '../src/lib/facet-opsi.ts';
import { KOLOM_CSV } from '../src/lib/opendata.ts';
import { ROOT } from './helpers.ts';

const daftar: readonly Faset[] = FASET;

describe('daftar faset (src/lib/daftar-faset.ts)', () => {
  it('setiap faset membaca kolom skema yang ada, berkosakata atau berupa angka, dengan judul di kedua bahasa', () => {
    const masalah: string[] = [];
    for (const f of daftar) {
      const kolom = KOLEKSI_ENTRI.flatMap((k) => {
        const jalur = kolomFaset(f, k);
        const ada = jalur === undefined ? undefined : kolomSkema(KOLEKSI[k].schema).find((x) => x.jalur === jalur);
        return ada ? [ada] : [];
      });
      if (!kolom.length) masalah.push(`${f.key}: kolom ${JSON.stringify(f.kolom)} tidak ada di skema praktik atau model`);
      else if (kolom.some((k) => !k.kosakata && !k.angka)) masalah.push(`${f.key}: kolomnya bukan kosakata (vocab()) dan bukan angka`);
      if (!(f.judul in id) || !(f.judul in en)) masalah.push(`${f.key}: judul ${f.judul} tidak ada di src/i18n`);
    }
    expect(new Set(daftar.map((f) => f.key)).size).toBe(daftar.length);
    expect(masalah).toEqual([]);
  });

  it('pilihan faset adalah kosakata yang didaftarkan kolomnya di skema', () => {
    expect(FACET_DEF.tema.terms).toBe(TEMA_RB);
    expect(FACET_DEF.provinsi.terms).toBe(PROVINSI);
    expect(FACET_DEF.bukti.terms).toBe(KEKUATAN_BUKTI);
    expect(FACET_DEF.kompleksitas.terms).toBe(KOMPLEKSITAS);
    expect(FACET_DEF.tahun.terms).toBeUndefined();
    expect(kolomKosakata(KOLEKSI.praktik.schema).find((k) => k.jalur === 'kesiapan.tingkat_dampak')?.kosakata).not.toBe(KOMPLEKSITAS);
  });

  it('katalog setiap koleksi memuat faset yang kolomnya ada di skemanya, dalam urutan daftar', () => {
    for (const k of KOLEKSI_ENTRI) {
      const punya = daftar.filter((f) => kolomFaset(f, k) && kolomSkema(KOLEKSI[k].schema).some((x) => x.jalur === kolomFaset(f, k))).map((f) => f.key);
      expect(kunciKatalog(k)).toEqual(punya);
    }
    expect(kunciKatalog('praktik').length).toBeGreaterThan(kunciKatalog('model').length);
  });

  it('setiap faset punya tepat satu kolom CSV, dan nama kolom CSV tidak berulang', () => {
    for (const f of daftar) expect(KOLOM_CSV.filter((k) => k.faset === f.key), f.key).toHaveLength(1);
    expect(new Set(KOLOM_CSV.map((k) => k.kolom)).size).toBe(KOLOM_CSV.length);
  });

  it('bacaKolom membaca kolom bersarang, kolom setiap rekaman daftar, dan daftar nilai', () => {
    const data = { a: { b: 3 }, c: [{ d: 'x' }, { d: 'y' }, {}], e: [1, 2], f: '' };
    expect(bacaKolom(data, 'a.b')).toEqual(['3']);
    expect(bacaKolom(data, 'c[].d')).toEqual(['x', 'y']);
    expect(bacaKolom(data, 'e')).toEqual(['1', '2']);
    expect(bacaKolom(data, 'f')).toEqual([]);
    expect(bacaKolom(data, 'g.h')).toEqual([]);
  });

  it('tidak ada berkas lain yang mendaftar kunci faset dengan tangan', () => {
    // Three facet keys in a row, quoted and comma-separated: a copy of the list.
    const kunci = daftar.map((f) => f.key).join('|');
    const salinan = new RegExp(`(['"\`])(${kunci})\\1\\s*,\\s*(['"\`])(${kunci})\\3\\s*,\\s*(['"\`])(${kunci})\\5`);
    const temuan: string[] = [];
    const jelajah = (dir: string) => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory()) jelajah(p);
        else if (/\.(ts|astro|mjs)$/.test(d.name) && !p.endsWith(join('src', 'lib', 'daftar-faset.ts')) && salinan.test(readFileSync(p, 'utf8'))) temuan.push(relative(ROOT, p));
      }
    };
    for (const d of ['src', 'scripts']) jelajah(join(ROOT, d));
    expect(temuan, 'Berkas ini menulis ulang daftar kunci faset; turunkan dari FASET (src/lib/daftar-faset.ts)').toEqual([]);
  });
});
