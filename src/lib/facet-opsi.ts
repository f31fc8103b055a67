import type { Locale, Term } from '../data/vocab.ts';
import { TEMA_RB, PRIORITAS_PRESIDEN } from '../data/tema.ts';
import { JENIS_INSTANSI } from '../data/instansi.ts';
import { SDGS } from '../data/sdg.ts';
import { PROVINSI } from '../data/wilayah.ts';
import { BIAYA, KEKUATAN_BUKTI, KOMPLEKSITAS, PROGRAM_PENGHARGAAN } from '../data/klasifikasi.ts';
import type { Kunci } from '../i18n/index.ts';
import type { FacetKey } from './facets.ts';

/** How each facet is titled and in which order its values appear, from the vocabularies. */
export const FACET_DEF: Record<FacetKey, { judul: Kunci; terms?: readonly Term[]; label?: (t: Term, l: Locale) => string }> = {
  tema: { judul: 'facet.tema', terms: TEMA_RB },
  prioritas: { judul: 'facet.prioritas', terms: PRIORITAS_PRESIDEN },
  provinsi: { judul: 'facet.provinsi', terms: PROVINSI },
  instansi: { judul: 'facet.instansi', terms: JENIS_INSTANSI },
  sdg: { judul: 'facet.sdg', terms: SDGS, label: (t, l) => `${t.slug}. ${t[l]}` },
  bukti: { judul: 'facet.bukti', terms: KEKUATAN_BUKTI, label: (t, l) => `${t.slug} · ${t[l]}` },
  biaya: { judul: 'facet.biaya', terms: BIAYA, label: (t, l) => `${t.slug} · ${t[l]}` },
  kompleksitas: { judul: 'facet.kompleksitas', terms: KOMPLEKSITAS },
  tahun: { judul: 'facet.tahun' },
  penghargaan: { judul: 'facet.penghargaan', terms: PROGRAM_PENGHARGAAN },
};

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
