/**
 * The words of a query, and whether some page holds each: the pure part. Pagefind 1.6 searches a
 * word no page holds by its longest indexed prefix, so the search island (src/scripts/cari/
 * pencarian.ts) asks about every word before it trusts "pages holding every word", and the
 * recovery (src/lib/cari-pulih.ts) before it ranks a page for a word. Only the search page loads
 * this module.
 */
import type { OpsiPagefind } from './cari.ts';

/** Words that carry no subject; a page is not ranked for holding them. */
const KATA_UMUM = new Set(
  'di ke dari yang dan atau untuk pada dengan dalam oleh agar bagi tentang serta ini itu adalah akan juga sudah belum bisa dapat cara bagaimana apa apakah mana yg utk dgn the of in for and to a an on with how what by at'.split(' '),
);

/** The words of a query that say what it is about (with `umum`, also those that do not), lower case, each once. */
export function kataKueri(q: string, umum = false): string[] {
  const out: string[] = [];
  for (const w of q.toLowerCase().split(/[\s,;:.!?"“”()]+/)) {
    const kata = w.replace(/^[-']+|[-']+$/g, '');
    if (kata.length < 2 || (!umum && KATA_UMUM.has(kata)) || out.includes(kata)) continue;
    out.push(kata);
  }
  return out;
}

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
  const tepat = async (w: string) => (await cari(`"${w}"`, { filters: {} })).results.length > 0;
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

