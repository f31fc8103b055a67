import type { Ringkas } from './ringkas.ts';

/** Headline numbers for the home page; `tinjauan` counts the entries still awaiting review, so the page never calls them published. */
export function statistik(praktik: readonly Ringkas[], model: readonly Ringkas[]) {
  const semua = [...praktik, ...model];
  return {
    entri: semua.length,
    tinjauan: semua.filter((e) => e.status === 'tinjauan').length,
    provinsi: new Set(praktik.flatMap((p) => (p.provinsi ? [p.provinsi] : []))).size,
    replikasi: praktik.reduce((n, p) => n + p.replikasi, 0),
  };
}

/** Entries per theme page: a theme counts entries of its RB focus and of its presidential priority. */
export function hitungTema(entries: readonly Ringkas[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of entries) {
    for (const key of e.prioritas ? [e.tema, e.prioritas] : [e.tema]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
