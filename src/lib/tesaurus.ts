/**
 * Applies the search thesaurus (src/data/tesaurus.ts) to an entry when its page is built: the
 * concepts the entry covers, and every term of them, which the page gives the search index as
 * metadata (src/components/entri/IndeksCari.astro). A reader's word then finds the entry even when
 * its author wrote another word for the same thing.
 */
import type { Locale } from '../data/vocab.ts';
import { SINGKATAN_PROVINSI, TESAURUS, type Konsep } from '../data/tesaurus.ts';
import { normal } from '../rules/tesaurus.ts';

/** Words of a text, compared as terms are: "e-KTP" and "e KTP" are the words e, ktp. */
const kata = (s: string): string[] =>
  // Accents are stripped per word, and only from the few words that have any: most text is ASCII.
  (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (/^[\x00-\x7f]*$/.test(w) ? w : normal(w)));

/** Where each word occurs in a text, so each term is looked up, not searched for. */
class Teks {
  readonly kata: string[];
  readonly posisi = new Map<string, number[]>();
  constructor(s: string) {
    this.kata = kata(s);
    this.kata.forEach((w, i) => {
      const p = this.posisi.get(w);
      if (p) p.push(i);
      else this.posisi.set(w, [i]);
    });
  }
  /** How often a term (as words) occurs as a whole: "KK" is not found inside "KKN". */
  hitung(term: readonly string[]): number {
    let n = 0;
    for (const p of this.posisi.get(term[0]!) ?? []) if (term.every((w, i) => this.kata[p + i] === w)) n++;
    return n;
  }
}

const KONSEP = new Map<string, { konsep: Konsep; term: string[][] }>(
  (TESAURUS as readonly Konsep[]).map((k) => [k.slug, { konsep: k, term: [...k.istilah, ...k.istilah_en].map(kata).filter((t) => t.length) }]),
);

/**
 * The concepts an entry covers, most central first: a term in its title, aliases, keywords or
 * summary (`utama`), then terms its body (`isi`) uses at least three times, by how often. A
 * passing mention in a long body is not what the entry is about.
 */
export function konsepEntri(utama: string | Teks, isi: string | Teks): string[] {
  const u = typeof utama === 'string' ? new Teks(utama) : utama;
  const b = typeof isi === 'string' ? new Teks(isi) : isi;
  const diUtama: string[] = [];
  const diIsi: [string, number][] = [];
  for (const [slug, { term }] of KONSEP) {
    if (term.some((t) => u.hitung(t) > 0)) {
      diUtama.push(slug);
      continue;
    }
    const n = term.reduce((a, t) => a + b.hitung(t), 0);
    if (n >= 3) diIsi.push([slug, n]);
  }
  return [...diUtama, ...diIsi.sort((a, b) => b[1] - a[1]).map(([s]) => s)];
}

/** Most terms a page carries: a model covering a dozen concepts would otherwise carry a hundred. */
export const MAKS_ISTILAH = 36;

/**
 * The terms of the concepts that the page's own indexed text lacks: Pagefind already finds the
 * others, and every term costs page weight. English pages index only their English summary, so
 * they get the English terms and each concept's own Indonesian term (KTP-el, TPID, P3DN…).
 */
export function istilahKonsep(slugs: readonly string[], locale: Locale, teksTerindeks: string | readonly Teks[]): string[] {
  const ada = typeof teksTerindeks === 'string' ? [new Teks(teksTerindeks)] : teksTerindeks;
  const out = new Set<string>();
  for (const s of slugs) {
    const k = KONSEP.get(s)?.konsep;
    if (!k) continue;
    for (const t of locale === 'en' ? [...k.istilah_en, k.istilah[0]!] : k.istilah) {
      const w = kata(t);
      if (!ada.some((x) => x.hitung(w))) out.add(t);
    }
  }
  return [...out].slice(0, MAKS_ISTILAH);
}

/** The texts of an entry that decide its thesaurus terms. */
export interface TeksEntri {
  /** Title, aliases, keywords and both summaries. */
  utama: string;
  /** The body as text. */
  isi: string;
  /** What an English page indexes: title, aliases and English summary. */
  ringkasEn: string;
}

/**
 * The thesaurus terms each language page of an entry gives the index: the concepts the entry
 * covers, minus the terms that page's indexed text already holds. Each text is read into words once.
 */
export function istilahEntri(e: TeksEntri): Record<Locale, string[]> {
  const u = new Teks(e.utama);
  const b = new Teks(e.isi);
  const konsep = konsepEntri(u, b);
  return { id: istilahKonsep(konsep, 'id', [u, b]), en: istilahKonsep(konsep, 'en', [new Teks(e.ringkasEn)]) };
}

/**
 * Both language pages of an entry ask for its terms; reading a long body into words is most of
 * the cost, so it is done once per version of the entry (`versi` names the entry and its digest,
 * so an edit in the dev server is read afresh). The texts are only built when needed.
 */
const perVersi = new Map<string, Record<Locale, string[]>>();
export function istilahHalaman(versi: string, teks: () => TeksEntri, locale: Locale): string[] {
  let hasil = perVersi.get(versi);
  if (!hasil) perVersi.set(versi, (hasil = istilahEntri(teks())));
  return hasil[locale];
}

/**
 * The short names of an entry's province ("Sulsel" for 73), for its pages' thesaurus terms: the
 * page names the province only in full, and officers type the short name.
 */
export function istilahWilayah(kodeProvinsi: string | undefined): readonly string[] {
  return (kodeProvinsi && SINGKATAN_PROVINSI[kodeProvinsi]) || [];
}
