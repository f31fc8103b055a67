import { KOLEKSI_ENTRI, type KoleksiEntri } from '../data/routes.ts';
import type { Locale, Term } from '../data/vocab.ts';
import type { Kunci } from '../i18n/index.ts';
import { KOLEKSI } from '../schema/index.ts';
import { kolomSkema, type KolomSkema } from '../schema/kolom.ts';
import { KUNCI_SARING, type KunciSaring } from './cari.ts';
import { FASET, kolomFaset, type Faset } from './daftar-faset.ts';
import { facetCounts, facetValues, type FacetKey, type FacetRecord } from './facets.ts';

/** The schema's field a facet reads in a collection, or undefined when that collection has none. */
function kolomFasetDi(f: Faset, koleksi: KoleksiEntri): KolomSkema | undefined {
  const jalur = kolomFaset(f, koleksi);
  return jalur === undefined ? undefined : kolomSkema(KOLEKSI[koleksi].schema).find((k) => k.jalur === jalur);
}

/** The facets a collection's catalogue offers, in the order of FASET: those whose field its schema has. */
export function kunciKatalog(koleksi: KoleksiEntri): FacetKey[] {
  return FASET.filter((f) => kolomFasetDi(f, koleksi)).map((f) => f.key);
}

export interface DefinisiFaset {
  judul: Kunci;
  /** The vocabulary of the facet's field, as the schema registers it; none for a year. */
  terms?: readonly Term[];
  label?: (t: Term, l: Locale) => string;
}

/** How each facet is titled and in which order its values appear: from FASET and the vocabulary its field registers. */
export const FACET_DEF = Object.fromEntries(
  (FASET as readonly Faset[]).map((f): [string, DefinisiFaset] => {
    const terms = KOLEKSI_ENTRI.map((k) => kolomFasetDi(f, k)?.kosakata).find((t) => t !== undefined);
    return [f.key, { judul: f.judul, ...(terms ? { terms } : {}), ...(f.label ? { label: f.label } : {}) }];
  }),
) as Record<FacetKey, DefinisiFaset>;

/**
 * The Pagefind filters of an entry page (IndeksCari.astro): its type and its values of every
 * search filter group. Here, not in ./cari.ts, so the search island does not carry the facets' code.
 */
export function saringEntri(r: FacetRecord & { koleksi: string }): [KunciSaring, string][] {
  return KUNCI_SARING.flatMap((key): [KunciSaring, string][] => (key === 'jenis' ? [[key, r.koleksi]] : facetValues(r, key).map((v) => [key, v])));
}

/** The options of a facet that occur in the data, in vocabulary order (years newest first). */
export function facetOpsi(key: FacetKey, counts: Map<string, number>, locale: Locale): { value: string; label: string; count: number }[] {
  const def = FACET_DEF[key];
  if (!def.terms) {
    return [...counts.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([value, count]) => ({ value, label: value, count }));
  }
  return def.terms
    .filter((t) => counts.has(t.slug))
    .map((t) => ({ value: t.slug, label: def.label ? def.label(t, locale) : t[locale], count: counts.get(t.slug)! }));
}

/** A filter group of the search page: its title and every value that occurs, with its total. */
export interface GrupSaring {
  key: KunciSaring;
  judul: string;
  opsi: { value: string; label: string; count: number }[];
}

/**
 * The search page's filter groups over every entry it can find: the entry type first, then each
 * search facet, with the values that occur and their totals; a group with no value is left out,
 * so the page never offers a filter that can only empty the results.
 */
export function grupSaringCari(records: readonly (FacetRecord & { koleksi: KoleksiEntri })[], locale: Locale, t: (k: Kunci) => string, labelJenis: Record<KoleksiEntri, string>): GrupSaring[] {
  const kunci = KUNCI_SARING.filter((k): k is Exclude<KunciSaring, 'jenis'> => k !== 'jenis');
  const counts = facetCounts(records, {}, kunci);
  return KUNCI_SARING.map((key): GrupSaring =>
    key === 'jenis'
      ? { key, judul: t('facet.jenis'), opsi: (['praktik', 'model'] as const).map((v) => ({ value: v, label: labelJenis[v], count: records.filter((r) => r.koleksi === v).length })).filter((o) => o.count > 0) }
      : { key, judul: t(FACET_DEF[key].judul), opsi: facetOpsi(key, counts[key], locale) },
  ).filter((g) => g.opsi.length > 0);
}
