/**
 * What the search page does when a query finds nothing: the pure part. Pagefind returns only pages
 * holding every word, so a natural phrase ("pangan mahal menjelang lebaran") can find nothing
 * although each word finds the right practices. The island (src/scripts/cari.ts) then searches
 * each word, and these functions rank the pages by how many words they hold, name the words found
 * nowhere, and suggest a spelling for them from the site's vocabulary.
 */
import { editDistance } from './jarak-edit.ts';

/** Words that carry no subject; a page is not ranked for holding them. */
const KATA_UMUM = new Set(
  'di ke dari yang dan atau untuk pada dengan dalam oleh agar bagi tentang serta ini itu adalah akan juga sudah belum bisa dapat cara bagaimana apa apakah mana yg utk dgn the of in for and to a an on with how what by at'.split(' '),
);

/** The words of a query that say what it is about, lower case, each once. */
export function kataKueri(q: string): string[] {
  const out: string[] = [];
  for (const w of q.toLowerCase().split(/[\s,;:.!?"“”()]+/)) {
    const kata = w.replace(/^[-']+|[-']+$/g, '');
    if (kata.length < 2 || KATA_UMUM.has(kata) || out.includes(kata)) continue;
    out.push(kata);
  }
  return out;
}

export interface HasilKata<T> {
  kata: string;
  /** Pagefind's results for the word alone, best first. */
  hasil: readonly T[];
}

/**
 * Pages that hold some of the words, ranked by how many, then by their best position in the
 * words' own rankings; each with the words it holds.
 */
export function peringkatSebagian<T extends { id: string }>(perKata: readonly HasilKata<T>[]): { hasil: T; kata: string[] }[] {
  const skor = new Map<string, { hasil: T; kata: string[]; posisi: number }>();
  for (const { kata, hasil } of perKata) {
    hasil.forEach((h, i) => {
      const s = skor.get(h.id) ?? { hasil: h, kata: [], posisi: 0 };
      s.kata.push(kata);
      s.posisi += i;
      skor.set(h.id, s);
    });
  }
  return [...skor.values()].sort((a, b) => b.kata.length - a.kata.length || a.posisi / a.kata.length - b.posisi / b.kata.length).map(({ hasil, kata }) => ({ hasil, kata }));
}

/** How far a word may be from a known one and still be a misspelling of it. */
const jarakMaks = (kata: string) => (kata.length <= 4 ? 1 : 2);

/**
 * The known word a misspelled one most likely meant: at most one letter away for short words,
 * two for longer ones; the closest wins, then the one listed first (the vocabulary lists the
 * thesaurus and titles first). Undefined when the word is known, or nothing is close.
 */
export function saranEjaan(kata: string, kosakata: readonly string[]): string | undefined {
  const k = kata.toLowerCase();
  if (kosakata.includes(k)) return undefined;
  let terbaik: string | undefined;
  let jarak = jarakMaks(k) + 1;
  for (const w of kosakata) {
    if (Math.abs(w.length - k.length) >= jarak) continue;
    const d = editDistance(k, w);
    if (d < jarak) {
      jarak = d;
      terbaik = w;
    }
  }
  return terbaik;
}

/** The query with each misspelled word replaced by its suggestion, or undefined when none changed. */
export function kueriBetul(q: string, saran: ReadonlyMap<string, string>): string | undefined {
  if (!saran.size) return undefined;
  let berubah = false;
  const hasil = q
    .split(/(\s+)/)
    .map((w) => {
      const s = saran.get(w.toLowerCase());
      if (!s) return w;
      berubah = true;
      return s;
    })
    .join('');
  return berubah ? hasil : undefined;
}

/** The words of a text that a reader may type, for the vocabulary: letters and digits, two or more. */
export function kataDari(teks: string): string[] {
  return teks
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length >= 3 && !/^\d+$/.test(w));
}
