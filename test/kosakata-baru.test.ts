/**
 * A new vocabulary or facet is one change (issue #15). A developer adds a vocabulary module
 * (a Term list in src/data), a field built with `vocab()` in src/schema, and, to make it a facet,
 * one entry in FASET (src/lib/daftar-faset.ts) with its title in src/i18n. This test does exactly
 * that with a made-up vocabulary, `jenis_layanan` (loket, daring, jemput-bola): the mocks below
 * change only those modules, the way the developer's edit would. Then it follows the vocabulary
 * into every place that once listed vocabularies or facets by hand: the schema and the checker,
 * the facets and the catalogue's keys, the summary record and the client index, the search
 * filters and Pagefind's filters, the CSV columns, the scaffold, the studio and the generator.
 * Should one of them go back to a hand list, the made-up vocabulary is missing there and this fails.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { galat, periksa, salinan } from './helpers.ts';

const { JENIS_LAYANAN } = vi.hoisted(() => ({
  JENIS_LAYANAN: [
    { slug: 'loket', id: 'Loket', en: 'Counter' },
    { slug: 'daring', id: 'Daring', en: 'Online' },
    { slug: 'jemput-bola', id: 'Jemput bola', en: 'Outreach' },
  ] as const,
}));

// src/data/layanan.ts would export JENIS_LAYANAN; src/schema/entri.ts gains the field.
vi.mock('../src/schema/entri.ts', async (asli) => {
  const m = await asli<typeof import('../src/schema/entri.ts')>();
  const { vocab } = await import('../src/schema/common.ts');
  return { ...m, praktikSchema: m.praktikSchema.safeExtend({ jenis_layanan: vocab(JENIS_LAYANAN) }) };
});
// The facet: one entry in FASET, its title in both languages.
vi.mock('../src/lib/daftar-faset.ts', async (asli) => {
  const m = await asli<typeof import('../src/lib/daftar-faset.ts')>();
  return { ...m, FASET: [...m.FASET, { key: 'jenis_layanan', kolom: 'jenis_layanan', judul: 'facet.jenis_layanan' }] };
});
vi.mock('../src/i18n/id.ts', async (asli) => {
  const m = await asli<typeof import('../src/i18n/id.ts')>();
  return { ...m, id: { ...m.id, 'facet.jenis_layanan': 'Jenis layanan' } };
});
vi.mock('../src/i18n/en.ts', async (asli) => {
  const m = await asli<typeof import('../src/i18n/en.ts')>();
  return { ...m, en: { ...m.en, 'facet.jenis_layanan': 'Service channel' } };
});

const { KOLEKSI } = await import('../src/schema/index.ts');
const { FACET_KEYS, facetCounts, facetValues, filterRecords } = await import('../src/lib/facets.ts');
const { FACET_DEF, facetOpsi, kunciKatalog, saringEntri } = await import('../src/lib/facet-opsi.ts');
const { KUNCI_SARING } = await import('../src/lib/cari.ts');
const { ringkasModel, ringkasPraktik } = await import('../src/lib/ringkas.ts');
const { indeksRecord } = await import('../src/lib/katalog.ts');
const { barisJson, csv, KOLOM_CSV } = await import('../src/lib/opendata.ts');
const { scaffold } = await import('../src/lib/scaffold.ts');
const { konfigurasiStudio } = await import('../src/lib/studio.ts');
const { skemaSemua } = await import('../scripts/skema-lib.ts');
const { bawaanStudio } = await import('../src/integrations/studio.ts');
const { generate } = await import('../scripts/generate.ts');
const { checkContent } = await import('../src/validate/run.ts');
type Praktik = import('../src/schema/entri.ts').Praktik;
type Model = import('../src/schema/entri.ts').Model;
/** The made-up facet's key: it exists at run time (the mocks above), not in the project's types. */
const BARU = 'jenis_layanan' as import('../src/lib/facets.ts').FacetKey;

const HARI = '2026-11-28';
const tree = salinan();
/** Every practice of the fixture tree writes the new field (the last key, as the schema orders it). */
for (const f of readdirSync(join(tree.dir, 'praktik')).filter((n) => n.endsWith('.mdx'))) {
  tree.ubah(`praktik/${f}`, (s) => s.replace(/\n---\n/, '\njenis_layanan: daring\n---\n'));
}
const hasil = checkContent({ root: tree.dir, contentDir: tree.dir, today: HARI });
const praktik = hasil.entries.filter((e) => e.koleksi === 'praktik').map((e) => e.data as unknown as Praktik);
const model = hasil.entries.filter((e) => e.koleksi === 'model').map((e) => e.data as unknown as Model);
const buatan = mkdtempSync(join(tmpdir(), 'pustaka-kosakata-'));
afterAll(() => rmSync(buatan, { recursive: true, force: true }));

describe('kosakata baru lewat satu perubahan: vocab() di skema dan satu baris FASET', () => {
  it('skema dan pemeriksa: nilai kosakata diterima, nilai lain dan kolom yang kosong ditolak', () => {
    expect(galat(hasil.problems)).toEqual([]);
    expect(praktik.length).toBeGreaterThan(0);
    expect(praktik.every((p) => (p as unknown as Record<string, unknown>).jenis_layanan === 'daring')).toBe(true);
    // In a pristine copy: one practice with a value outside the vocabulary, one without the field,
    // and the model with it, which its (strict) schema does not have.
    const salah = salinan();
    salah.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/\n---\n/, '\njenis_layanan: pos\n---\n'));
    salah.ubah('model/model-contoh.mdx', (s) => s.replace(/\n---\n/, '\njenis_layanan: daring\n---\n'));
    const masalah = galat(periksa(salah.dir)).filter((p) => p.field === 'jenis_layanan' || p.message.includes('jenis_layanan'));
    expect(masalah.map((p) => p.file).sort()).toEqual(['model/model-contoh.mdx', 'praktik/layanan-contoh.mdx', 'praktik/layanan-kedua.mdx']);
    expect(KOLEKSI.praktik.schema.safeParse({ jenis_layanan: 'pos' }).error?.issues.some((i) => i.path[0] === 'jenis_layanan')).toBe(true);
  });

  it('faset: kuncinya, katalog koleksi yang punya kolomnya, pilihan dan labelnya dari kosakata', () => {
    expect(FACET_KEYS).toContain(BARU);
    expect(kunciKatalog('praktik').at(-1)).toBe(BARU);
    expect(kunciKatalog('model')).not.toContain(BARU);
    expect(FACET_DEF[BARU].judul).toBe('facet.jenis_layanan');
    expect(FACET_DEF[BARU].terms).toBe(JENIS_LAYANAN);
    const counts = facetCounts(praktik.map(ringkasPraktik), {}, [BARU]);
    expect(facetOpsi(BARU, counts[BARU], 'en')).toEqual([{ value: 'daring', label: 'Online', count: praktik.length }]);
  });

  it('rekaman ringkas dan indeks katalog membawa nilainya; saringan katalog menyaring dengannya', () => {
    const r = ringkasPraktik(praktik[0]!);
    expect(r.faset).toEqual({ jenis_layanan: ['daring'] });
    expect(facetValues(r, BARU)).toEqual(['daring']);
    expect(ringkasModel(model[0]!).faset).toBeUndefined();
    const indeks = praktik.map((p) => indeksRecord(ringkasPraktik(p), 'id'));
    expect(JSON.parse(JSON.stringify(indeks[0])).faset).toEqual({ jenis_layanan: ['daring'] });
    expect(filterRecords(indeks, { [BARU]: ['daring'] })).toHaveLength(praktik.length);
    expect(filterRecords(indeks, { [BARU]: ['loket'] })).toHaveLength(0);
  });

  it('pencarian: kelompok saringannya dan saringan Pagefind setiap halaman entri', () => {
    expect(KUNCI_SARING.at(-1)).toBe(BARU);
    expect(saringEntri(ringkasPraktik(praktik[0]!))).toContainEqual([BARU, 'daring']);
    expect(saringEntri(ringkasModel(model[0]!)).some(([k]) => k === BARU)).toBe(false);
  });

  it('CSV data terbuka: kolom bernama kolomnya, berketerangan judul fasetnya, sebelum diperbarui', () => {
    const i = KOLOM_CSV.findIndex((k) => k.kolom === 'jenis_layanan');
    expect(KOLOM_CSV[i]).toMatchObject({ id: 'Jenis layanan', en: 'Service channel' });
    expect(KOLOM_CSV[i + 1]!.kolom).toBe('diperbarui');
    const baris = (data: object, koleksi: 'praktik' | 'model') => barisJson({ koleksi, id: 'x', url: 'https://contoh.invalid/x/', diperbarui: HARI, data: data as Record<string, unknown> });
    const [kepala, p, m] = parse(csv([baris(praktik[0]!, 'praktik'), baris(model[0]!, 'model')]).replace(/^\uFEFF/, '')) as string[][];
    const j = kepala!.indexOf('jenis_layanan');
    expect([p![j], m![j]]).toEqual(['daring', '']);
  });

  it('kerangka npm run new: baris kolomnya dengan pilihannya, yang lolos pemeriksaan sebagai draf', () => {
    const { id, text } = scaffold('praktik', 'Layanan Kosakata Baru', HARI);
    expect(text).toContain('\njenis_layanan: loket # ISI, pilih: loket | daring | jemput-bola\n---\n');
    expect(scaffold('model', 'Model Kosakata Baru', HARI).text).not.toContain('jenis_layanan');
    tree.tulis(`praktik/${id}.mdx`, text);
    expect(galat(periksa(tree.dir)).filter((p) => p.file === `praktik/${id}.mdx`)).toEqual([]);
  });

  it('studio: pilihan berlabel dari kosakatanya, bawaan dari kerangka', () => {
    const config = konfigurasiStudio(skemaSemua() as never, { cabang: 'main', lokal: true, bawaan: bawaanStudio(HARI) }) as { collections: { name: string; fields: { name: string; widget: string; options?: unknown; default?: unknown }[] }[] };
    const f = config.collections.find((c) => c.name === 'praktik')!.fields.find((x) => x.name === 'jenis_layanan');
    expect(f).toMatchObject({ widget: 'select', default: 'loket', options: [{ label: 'Loket (loket)', value: 'loket' }, { label: 'Daring (daring)', value: 'daring' }, { label: 'Jemput bola (jemput-bola)', value: 'jemput-bola' }] });
    expect(config.collections.find((c) => c.name === 'model')!.fields.some((x) => x.name === 'jenis_layanan')).toBe(false);
  });

  it('pembangkit npm run generate: setiap praktik buatan mengisinya dari kosakatanya dan lolos pemeriksaan', () => {
    const g = generate({ entries: 6, out: buatan, seed: 'kosakata', today: HARI });
    expect(checkContent({ root: g.dir, contentDir: g.dir, today: HARI }).problems.filter((p) => p.level === 'error')).toEqual([]);
    const nilai = g.praktik.map((id) => /^jenis_layanan: (.+)$/m.exec(readFileSync(join(g.dir, 'praktik', `${id}.mdx`), 'utf8'))?.[1]);
    expect(nilai.every((v) => JENIS_LAYANAN.some((t) => t.slug === v))).toBe(true);
    expect(g.model.every((id) => !readFileSync(join(g.dir, 'model', `${id}.mdx`), 'utf8').includes('jenis_layanan'))).toBe(true);
  }, 60_000);
});
