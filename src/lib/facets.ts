/**
 * Catalogue faceting, shared by the build (counts for the page without JavaScript) and the
 * browser island (instant filtering). Pure functions over compact records. The facets themselves
 * are declared once, in src/lib/daftar-faset.ts.
 */
import { FASET, type Faset } from './daftar-faset.ts';
import type { Ringkas } from './ringkas.ts';

/** The fields of an entry's summary record (./ringkas.ts) that facets and sorting read. */
export type FacetRecord = Pick<Ringkas, 'judul' | 'tema' | 'prioritas' | 'provinsi' | 'instansi' | 'sdgs' | 'bukti' | 'biaya' | 'kompleksitas' | 'tahun' | 'penghargaan' | 'faset'>;

export type FacetKey = (typeof FASET)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FASET.map((f) => f.key);

const PER_KUNCI = new Map<string, Faset>(FASET.map((f) => [f.key, f]));

/** The values a record has for a facet; multi-valued facets (SDGs, awards) return several. */
export function facetValues(r: FacetRecord, key: FacetKey): string[] {
  const f = PER_KUNCI.get(key)!;
  return f.nilai ? f.nilai(r) : (r.faset?.[key] ?? []);
}

/** Selected values per facet; an absent or empty facet does not filter. */
export type FacetState = Partial<Record<FacetKey, string[]>>;

function matches(r: FacetRecord, state: FacetState, skip?: FacetKey): boolean {
  for (const key of FACET_KEYS) {
    if (key === skip) continue;
    const wanted = state[key];
    if (!wanted?.length) continue;
    const have = facetValues(r, key);
    // OR within a facet, AND across facets.
    if (!wanted.some((w) => have.includes(w))) return false;
  }
  return true;
}

export function filterRecords<R extends FacetRecord>(records: readonly R[], state: FacetState): R[] {
  return records.filter((r) => matches(r, state));
}

/**
 * Count per value of each facet, with every *other* facet applied, so a reader sees how many
 * results a click would give (disjunctive faceting).
 */
export function facetCounts(records: readonly FacetRecord[], state: FacetState, keys: readonly FacetKey[] = FACET_KEYS): Record<FacetKey, Map<string, number>> {
  const out = {} as Record<FacetKey, Map<string, number>>;
  for (const key of keys) {
    const counts = new Map<string, number>();
    for (const r of records) {
      if (!matches(r, state, key)) continue;
      for (const v of facetValues(r, key)) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    out[key] = counts;
  }
  return out;
}

export const SORT_KEYS = ['judul', 'terbaru', 'terlama', 'bukti', 'biaya'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function sortRecords<R extends FacetRecord>(records: readonly R[], key: SortKey): R[] {
  const byTitle = (a: R, b: R) => a.judul.localeCompare(b.judul, 'id');
  const cmp: Record<SortKey, (a: R, b: R) => number> = {
    judul: byTitle,
    terbaru: (a, b) => (b.tahun ?? 0) - (a.tahun ?? 0) || byTitle(a, b),
    terlama: (a, b) => (a.tahun ?? 9999) - (b.tahun ?? 9999) || byTitle(a, b),
    bukti: (a, b) => b.bukti - a.bukti || byTitle(a, b),
    biaya: (a, b) => a.biaya - b.biaya || byTitle(a, b),
  };
  return [...records].sort(cmp[key]);
}
