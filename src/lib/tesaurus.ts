/**
 * Applies the search thesaurus (src/data/tesaurus.ts) to an entry when its page is built: the
 * concepts the entry covers, and every term of them, which the page gives the search index as
 * metadata (src/components/entri/IndeksCari.astro). A reader's word then finds the entry even when
 * its author wrote another word for the same thing.
 */
import type { Locale } from '../data/vocab.ts';
import { TESAURUS, type Konsep } from '../data/tesaurus.ts';

/** Lower case, without accents and with single spaces: how terms and texts are compared. */
export const normal = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term as a whole word or phrase: "KK" must not match inside "KKN". */
const pola = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(normal(term)).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'gu');

const POLA = new Map<string, { konsep: Konsep; re: RegExp[] }>(
  (TESAURUS as readonly Konsep[]).map((k) => [k.slug, { konsep: k, re: [...k.istilah, ...k.istilah_en].map(pola) }]),
);

/**
 * The concepts an entry covers, most central first: a term in its title, aliases, keywords or
 * summary (`utama`), then terms its body (`isi`) uses at least three times, by how often. A
 * passing mention in a long body is not what the entry is about.
 */
export function konsepEntri(utama: string, isi: string): string[] {
  const u = normal(utama);
  const b = normal(isi);
  const diUtama: string[] = [];
  const diIsi: [string, number][] = [];
  for (const [slug, { re }] of POLA) {
    if (re.some((r) => ((r.lastIndex = 0), r.test(u)))) {
      diUtama.push(slug);
      continue;
    }
    const n = re.reduce((a, r) => a + (b.match(r) ?? []).length, 0);
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
export function istilahKonsep(slugs: readonly string[], locale: Locale, teksTerindeks: string): string[] {
  const ada = normal(teksTerindeks);
  const out = new Set<string>();
  for (const s of slugs) {
    const k = POLA.get(s)?.konsep;
    if (!k) continue;
    for (const t of locale === 'en' ? [...k.istilah_en, k.istilah[0]!] : k.istilah) {
      const re = pola(t);
      if (!re.test(ada)) out.add(t);
    }
  }
  return [...out].slice(0, MAKS_ISTILAH);
}
