/**
 * The facets: every way a reader narrows the catalogue and the search page, declared once.
 * Adding a facet is one entry here, on a field whose vocabulary the schema registers (`vocab()`,
 * src/schema/common.ts), with its title in src/i18n. Everything else follows from this list:
 * - the facet keys of the catalogue, its form and its URL (FACET_KEYS, src/lib/facets.ts);
 * - the facets each catalogue shows: those whose field its collection's schema has
 *   (`kunciKatalog`, src/lib/facet-opsi.ts);
 * - each facet's options, in vocabulary order, with their labels: the field's vocabulary, found
 *   in the schema (FACET_DEF, src/lib/facet-opsi.ts);
 * - the search page's filter groups (KUNCI_SARING, src/lib/cari.ts) and the Pagefind filters
 *   every entry page carries (`saringEntri`, src/lib/facet-opsi.ts);
 * - the summary record's values for a facet without a reader of its own (src/lib/ringkas.ts) and
 *   the catalogue's client index (src/lib/katalog.ts);
 * - a column of the open-data CSV (KOLOM_CSV, src/lib/opendata.ts).
 * Pure and browser-safe: the catalogue and search islands read it.
 */
import type { KoleksiEntri } from '../data/routes.ts';
import type { Locale, Term } from '../data/vocab.ts';
import type { Kunci } from '../i18n/index.ts';
import type { FacetRecord } from './facets.ts';

export interface Faset {
  /**
   * Its name in URLs (`?tema=…`), forms, the client index and Pagefind's filters. Links carry it,
   * so it never changes once published.
   */
  readonly key: string;
  /**
   * The frontmatter field it classifies by, as a path ("tema_rb", "instansi_asal.jenis",
   * "penghargaan[].program"), or one per collection when they name it differently. A collection
   * whose schema has the field shows the facet; the field's registered vocabulary gives its options
   * and their order. A field without one (a year) offers the values that occur, newest first.
   */
  readonly kolom: string | Readonly<Partial<Record<KoleksiEntri, string>>>;
  /** Its title (src/i18n), also the CSV column's description when src/lib/opendata.ts has none. */
  readonly judul: Kunci;
  /** `false` keeps it off the search page's filters (and out of Pagefind's index). */
  readonly cari?: false;
  /** An option's label, when the vocabulary's label alone is not enough (e.g. "3. Label"). */
  readonly label?: (t: Term, l: Locale) => string;
  /**
   * Its values in a summary record, when the record has a field of its own for them (the cards,
   * the sort and the fit-finder read those too). Without it, the record carries the field's values
   * in `faset[key]`, read from `kolom` (src/lib/ringkas.ts).
   */
  readonly nilai?: (r: FacetRecord) => string[];
}

const satu = (v: string | number | undefined): string[] => (v === undefined || v === '' ? [] : [String(v)]);
const tingkat = (t: Term, l: Locale) => `${t.slug} · ${t[l]}`;

/** In the order the catalogue and the search page show them. */
export const FASET = [
  { key: 'tema', kolom: 'tema_rb', judul: 'facet.tema', nilai: (r) => satu(r.tema) },
  { key: 'prioritas', kolom: 'prioritas_presiden', judul: 'facet.prioritas', nilai: (r) => satu(r.prioritas) },
  { key: 'provinsi', kolom: 'instansi_asal.kode_provinsi', judul: 'facet.provinsi', nilai: (r) => satu(r.provinsi) },
  { key: 'instansi', kolom: 'instansi_asal.jenis', judul: 'facet.instansi', nilai: (r) => satu(r.instansi) },
  { key: 'sdg', kolom: 'sdgs', judul: 'facet.sdg', label: (t, l) => `${t.slug}. ${t[l]}`, nilai: (r) => r.sdgs.map(String) },
  { key: 'bukti', kolom: 'kesiapan.kekuatan_bukti', judul: 'facet.bukti', label: tingkat, nilai: (r) => [String(r.bukti)] },
  { key: 'biaya', kolom: 'kesiapan.biaya', judul: 'facet.biaya', label: tingkat, nilai: (r) => [String(r.biaya)] },
  // Filters the catalogue only; the search page has never offered it.
  { key: 'kompleksitas', kolom: 'kesiapan.kompleksitas', judul: 'facet.kompleksitas', cari: false, nilai: (r) => [r.kompleksitas] },
  { key: 'tahun', kolom: { praktik: 'tahun_mulai', model: 'tahun_model' }, judul: 'facet.tahun', nilai: (r) => satu(r.tahun) },
  // "kipp:top-45" → the programme is what readers filter by; the tier shows on the card.
  { key: 'penghargaan', kolom: 'penghargaan[].program', judul: 'facet.penghargaan', nilai: (r) => [...new Set(r.penghargaan.map((p) => p.split(':')[0]!))] },
] as const satisfies readonly Faset[];

/** The field a facet reads in a collection, or undefined when it names none there. */
export function kolomFaset(f: Faset, koleksi: KoleksiEntri): string | undefined {
  return typeof f.kolom === 'string' ? f.kolom : f.kolom[koleksi];
}

/**
 * The values at a field path of an entry's data, as strings: "a.b" reads a nested field, "a[].b"
 * the field of every record of the list `a`; a list of values gives each value.
 */
export function bacaKolom(data: unknown, jalur: string): string[] {
  let nilai: unknown[] = [data];
  for (const bagian of jalur.split('.')) {
    const daftar = bagian.endsWith('[]');
    const nama = daftar ? bagian.slice(0, -2) : bagian;
    nilai = nilai.flatMap((v) => {
      const x = v && typeof v === 'object' ? (v as Record<string, unknown>)[nama] : undefined;
      return daftar ? (Array.isArray(x) ? x : []) : [x];
    });
  }
  return nilai.flatMap((v) => (Array.isArray(v) ? v : [v])).filter((v) => v !== undefined && v !== null && v !== '').map(String);
}
