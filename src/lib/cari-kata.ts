/**
 * The words of a query, the query Pagefind is given (without filler words; hyphenated words no
 * page holds as their parts), and whether some page holds each word: the pure part. Pagefind 1.6 searches a
 * word no page holds by its longest indexed prefix, so the search island (src/scripts/cari/
 * pencarian.ts) asks about every word before it trusts "pages holding every word", and the
 * recovery (src/lib/cari-pulih.ts) before it ranks a page for a word. Only the search page loads
 * this module.
 */
import type { OpsiPagefind } from './cari.ts';

/** The words of a query as Pagefind searches them (two letters or more), lower case, each once. */
export function kataSemua(q: string): string[] {
  const out: string[] = [];
  for (const w of q.toLowerCase().split(/[\s,;:.!?"“”()]+/)) {
    const kata = w.replace(/^[-']+|[-']+$/g, '');
    if (kata.length > 1 && !out.includes(kata)) out.push(kata);
  }
  return out;
}

/**
 * Words that carry no subject, of both languages: not searched when the query has others, and a
 * page is not ranked for holding them. English entry pages index only their summary, so "what is
 * stunting" listed two guides (which hold "what" and "is") and no stunting entry, and a sentence
 * typed as asked ranked the guides first. "it" is not one of them: readers mean IT.
 */
const KATA_UMUM = new Set(
  ('di ke dari yang dan atau untuk pada dengan dalam oleh agar bagi tentang serta ini itu adalah akan juga sudah belum bisa dapat cara bagaimana apa apakah mana yg utk dgn ' +
    'bukan tidak tak hanya cuma saja kok sih dong ya kalau jika kami kita saya aku mau ingin lagi masih sangat banget lebih gimana kenapa mengapa ada para sebuah ' +
    'the of in for and to a an on with how what by at is are was were be been not no just only also do does did can could should would will may must ' +
    'my our your their its this that these those there from as or but so if than very about into me we you they us get gets got want need which who when where why all any some more most before after').split(' '),
);

/** The words of a query that say what it is about (with `umum`, also those that do not), lower case, each once. */
export const kataKueri = (q: string, umum = false): string[] => kataSemua(q).filter((w) => umum || !KATA_UMUM.has(w));

/** What the held-word check reads of a result: the indexed body and the meta fields (title, aliases, thesaurus terms…). */
export interface TeksHasil {
  content?: string;
  meta: Record<string, string | undefined>;
}

/** A word as Pagefind compares it: lower case, without diacritics, letters and digits only ("e-KTP" → "ektp"). */
export function lipatKata(w: string): string {
  return w
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether a text has a word beginning with `k` (folded): a word whole ("stunting" for "stunt"), a
 * part of a compound ("ktp" of e-KTP, "padi" of PaDi UMKM) or words written apart that the
 * reader joined ("Kulon Progo" for "kulonprogo", "Si Perut Laper" for "siperutlaper").
 */
function adaDiTeks(teks: string, k: string): boolean {
  const kata = teks.split(/\s+/);
  const lipat = kata.map(lipatKata);
  for (let i = 0; i < kata.length; i++) {
    const bagian = kata[i]!.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[^\p{L}\p{N}]+/u);
    if (bagian.length > 1 && bagian.some((b) => lipatKata(b).startsWith(k))) return true;
    let gabung = '';
    for (let j = i; j < kata.length; j++) {
      gabung += lipat[j];
      if (gabung.startsWith(k)) return true;
      if (!k.startsWith(gabung)) break;
    }
  }
  return false;
}

/**
 * Whether a page holds a word that begins with `kata` (what Pagefind's prefix completion matched:
 * "stunt" in "stunting"), in its body or its meta fields.
 */
export function adaAwalan(teks: TeksHasil, kata: string): boolean {
  const k = lipatKata(kata);
  return !k || [teks.content, ...Object.values(teks.meta)].some((t) => t !== undefined && adaDiTeks(t, k));
}

/** A Pagefind search as the held-word check needs it: the results, whose data is fetched only when read. */
export type CariData<T> = (term: string, options: OpsiPagefind) => Promise<{ results: T[] }>;

/** Whether some page holds `w` as typed (as its stem): quoted, Pagefind neither completes nor backtracks. */
export const adaTepat = async (cari: CariData<unknown>, w: string) => (await cari(`"${w}"`, { filters: {} })).results.length > 0;

/**
 * The query as Pagefind should search it, or undefined when that is as typed. Pagefind returns
 * only pages holding every word, so a word that carries no subject (KATA_UMUM) is left out when the
 * query has others: the results are then a superset of the typed query's, and "what is stunting"
 * finds the stunting entries. Pagefind joins the parts of a hyphenated word ("e-kinerja" →
 * "ekinerja") and, when no page holds the joined word, searches its longest indexed prefix:
 * "e-kinerja" listed the glossary and the authors' guide, which hold neither, while "e kinerja"
 * listed the pages on kinerja. Such a word is searched as its parts of two letters or more; one a
 * page holds as written (e-KTP, KTP-el) stays. A word written without the hyphen of an
 * e-government name ("ekinerja") is searched as its rest when no page holds it and some page holds
 * the rest. A quoted query is left as typed.
 */
export async function kueriPagefind(q: string, cari: CariData<unknown>): Promise<string | undefined> {
  if (/["“”]/.test(q)) return undefined;
  const kata = q.split(/\s+/).filter(Boolean);
  const isi = kata.some((w) => kataKueri(w).length);
  let berubah = false;
  const out: string[] = [];
  for (const w of kata) {
    if (isi && !kataKueri(w).length) {
      berubah = true;
      continue;
    }
    const sambung = /[\p{L}\p{N}]-+[\p{L}\p{N}]/u.test(w);
    const bagian = sambung ? w.split(/-+/).filter((b) => lipatKata(b).length > 1) : /^e\p{L}{4,}$/iu.test(w) ? [w.slice(1)] : [];
    const pecah = bagian.length > 0 && !(await adaTepat(cari, w)) && (sambung || (await adaTepat(cari, bagian[0]!)));
    out.push(...(pecah ? bagian : [w]));
    berubah ||= pecah;
  }
  return berubah ? out.join(' ') : undefined;
}

/**
 * Whether some page holds a word of the query. Pagefind 1.6 has no switch for its "backtracking":
 * a word no page holds is searched by its longest indexed prefix, so "cuma" matched the "c" of
 * `git switch -c` and "Disdag" every "di". Quoted, a word must be in the index as typed (as its
 * stem), and that search loads the index chunks the main search has loaded, so it costs no
 * download. Pagefind joins the parts of "anak-anak" into one word no page holds: such a word is
 * held when each of its parts is. A word with no exact match may still be the beginning of
 * indexed words ("stunt", typed on the way to "stunting") or words the reader joined
 * ("kulonprogo"): it is held when `contoh`, a page Pagefind matched for it (undefined when it
 * matched none), has such words. For the main search that page is the first one the list shows;
 * only for a word no page holds is its data read in vain (one fragment, up to 8 KB for an entry).
 */
export async function kataAda<T extends { data(): Promise<TeksHasil> }>(cari: CariData<T>, kata: string, contoh: T | undefined): Promise<boolean> {
  const tepat = (w: string) => adaTepat(cari, w);
  if ((await tepat(kata)) || (contoh !== undefined && adaAwalan(await contoh.data(), kata))) return true;
  const bagian = kata.split(/[^\p{L}\p{N}]+/u).filter((b) => b.length > 1);
  return bagian.length > 0 && /[^\p{L}\p{N}]/u.test(kata) && (await Promise.all(bagian.map(tepat))).every(Boolean);
}

/**
 * `kataAda` for the words of one query, each asked once: the main search and the recovery ask
 * about the same words. Given the results of a search for the word, it reads a page whose data
 * it has read before when there is one: every page of those results holds the word, or none does.
 */
export function pemeriksaKata<T extends { id: string; data(): Promise<TeksHasil> }>(cari: CariData<T>): (kata: string, hasil: readonly T[]) => Promise<boolean> {
  const sudah = new Map<string, Promise<boolean>>();
  const dibaca = new Set<string>();
  return (kata, hasil) => {
    let p = sudah.get(kata);
    if (!p) {
      const contoh = hasil.find((h) => dibaca.has(h.id)) ?? hasil[0];
      const baca = contoh && {
        data: () => {
          dibaca.add(contoh.id);
          return contoh.data();
        },
      };
      sudah.set(kata, (p = kataAda(cari, kata, baca)));
    }
    return p;
  };
}

