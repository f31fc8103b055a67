/**
 * Catalogue faceting, shared by the build (counts for the page without JavaScript) and the
 * browser island (instant filtering). Pure functions over compact records.
 */

/** The fields of a compact catalogue record that facets read. */
export interface FacetRecord {
  judul: string;
  tema: string;
  prioritas?: string | undefined;
  provinsi?: string | undefined;
  instansi?: string | undefined;
  sdgs: number[];
  bukti: number;
  biaya: number;
  kompleksitas: string;
  tahun?: number | undefined;
  penghargaan: string[];
}

export const FACET_KEYS = ['tema', 'prioritas', 'provinsi', 'instansi', 'sdg', 'bukti', 'biaya', 'kompleksitas', 'tahun', 'penghargaan'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The values a record has for a facet; multi-valued facets (SDGs, awards) return several. */
export function facetValues(r: FacetRecord, key: FacetKey): string[] {
  switch (key) {
    case 'tema':
      return [r.tema];
    case 'prioritas':
      return r.prioritas ? [r.prioritas] : [];
    case 'provinsi':
      return r.provinsi ? [r.provinsi] : [];
    case 'instansi':
      return r.instansi ? [r.instansi] : [];
    case 'sdg':
      return r.sdgs.map(String);
    case 'bukti':
      return [String(r.bukti)];
    case 'biaya':
      return [String(r.biaya)];
    case 'kompleksitas':
      return [r.kompleksitas];
    case 'tahun':
      return r.tahun ? [String(r.tahun)] : [];
    case 'penghargaan':
      // "kipp:top-45" → the programme is what readers filter by; the tier shows on the card.
      return [...new Set(r.penghargaan.map((p) => p.split(':')[0]!))];
  }
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

/** Filter state and sort from a query string: `?tema=a,b&provinsi=34&urut=bukti`. */
export function stateFromQuery(params: URLSearchParams): { state: FacetState; sort: SortKey; page: number } {
  const state: FacetState = {};
  for (const key of FACET_KEYS) {
    const raw = params.get(key);
    if (raw) state[key] = raw.split(',').filter(Boolean);
  }
  const urut = params.get('urut');
  const sort = (SORT_KEYS as readonly string[]).includes(urut ?? '') ? (urut as SortKey) : 'judul';
  const page = Math.max(1, Number.parseInt(params.get('hal') ?? '1', 10) || 1);
  return { state, sort, page };
}

export function stateToQuery(state: FacetState, sort: SortKey, page = 1): string {
  const params = new URLSearchParams();
  for (const key of FACET_KEYS) {
    const v = state[key];
    if (v?.length) params.set(key, v.join(','));
  }
  if (sort !== 'judul') params.set('urut', sort);
  if (page > 1) params.set('hal', String(page));
  const q = params.toString().replace(/%2C/g, ',');
  return q ? `?${q}` : '';
}
