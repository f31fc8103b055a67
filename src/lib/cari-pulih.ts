/**
 * What the search page does when a query finds nothing: the pure part. Pagefind returns only pages
 * holding every word, so a natural phrase ("pangan mahal menjelang lebaran") can find nothing
 * although each word finds the right practices. `pulihkan` then searches each word (with the
 * search the island hands in, src/scripts/cari/pencarian.ts), ranks the pages by how many words
 * they hold and names the words found nowhere; `teksPulih` says so, and `saranKueri` suggests a
 * spelling for them from the site's vocabulary.
 */
import { isi } from './format.ts';
import { permintaan, teksStatus, type KataStatus, type KeadaanCari, type OpsiPagefind } from './cari.ts';
import { kataKueri } from './cari-kata.ts';
import { editDistance } from '../schema/jarak-edit.ts';


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

/** A Pagefind search as recovery needs it: the results, best first. */
export type CariHasil<T> = (term: string, options: OpsiPagefind) => Promise<{ results: T[] }>;

export interface Pulih<T> {
  /** The pages holding every word, then the pages holding some of them, best first. */
  hasil: T[];
  /** How many pages holding every word there were. */
  tepat: number;
  /** How many pages holding some of the words were added. */
  tambahan: number;
  /** Words no page holds. */
  hilang: string[];
  /** Words fewer than three pages hold: the ones to suggest a spelling for. */
  lemah: string[];
}

/**
 * When fewer than three pages hold every word: search each word (with the same filters and sort),
 * and add the pages holding the most of them after the exact results. `ada` says whether some
 * page holds a word, given what its search found (src/lib/cari-kata.ts, pemeriksaKata). `stale`
 * is asked after the searches; when it says the reader has moved on, the result is undefined.
 */
export async function pulihkan<T extends { id: string }>(
  cari: CariHasil<T>,
  s: KeadaanCari,
  tepat: readonly T[],
  stale: () => boolean = () => false,
  ada: (kata: string, hasil: readonly T[]) => Promise<boolean> = async () => true,
): Promise<Pulih<T> | undefined> {
  const { options } = permintaan(s);
  const kata = kataKueri(s.q);
  const perKata: HasilKata<T>[] = [];
  for (const w of kata) {
    const hasil = (await cari(w, options)).results;
    // Pagefind finds a word no page holds by its longest indexed prefix ("cuma" by "c"): such a word is missing, not found.
    perKata.push({ kata: w, hasil: hasil.length && (await ada(w, hasil)) ? hasil : [] });
  }
  if (stale()) return undefined;
  const sudah = new Set(tepat.map((h) => h.id));
  const tambahan = kata.length > 1 ? peringkatSebagian(perKata).filter((x) => !sudah.has(x.hasil.id)) : [];
  return {
    hasil: [...tepat, ...tambahan.map((x) => x.hasil)],
    tepat: tepat.length,
    tambahan: tambahan.length,
    hilang: perKata.filter((p) => !p.hasil.length).map((p) => p.kata),
    lemah: perKata.filter((p) => p.hasil.length < 3).map((p) => p.kata),
  };
}

/** The words the recovery status line uses, besides KataStatus. */
export interface KataPulih {
  /** "Tidak ada entri yang memuat semua kata. {0} entri memuat sebagian, …" when no page holds every word. */
  sebagian: string;
  sebagianSatu: string;
  /** "Di bawahnya {0} entri yang memuat sebagian kata." appended after the exact results. */
  tambahan: string;
  tambahanSatu: string;
  /** "Tidak ditemukan di entri mana pun: {0} (the missing words)." */
  tidakDitemukan: string;
}

/** What the live region says after a recovery, or undefined to keep the usual line (nothing added, no word missing). */
export function teksPulih(p: Pick<Pulih<unknown>, 'tepat' | 'tambahan' | 'hilang'>, s: KeadaanCari, w: KataStatus & KataPulih): string | undefined {
  if (!p.tambahan && !p.hilang.length) return undefined;
  let teks = p.tepat ? teksStatus(p.tepat, s, w) : p.tambahan ? isi(p.tambahan === 1 ? w.sebagianSatu : w.sebagian, p.tambahan) : teksStatus(0, s, w);
  if (p.tepat && p.tambahan) teks += ` ${isi(p.tambahan === 1 ? w.tambahanSatu : w.tambahan, p.tambahan)}`;
  // With no result at all every word is missing, which the line already says.
  if (p.hilang.length && (p.tepat || p.tambahan)) teks += ` ${isi(w.tidakDitemukan, p.hilang.join(', '))}`;
  return teks;
}

/** The query with a spelling suggested for each of `kata` the vocabulary does not know, or undefined when none is. */
export function saranKueri(q: string, kata: readonly string[], kosakata: readonly string[]): string | undefined {
  const betul = new Map<string, string>();
  for (const w of kata) {
    const x = saranEjaan(w, kosakata);
    if (x) betul.set(w, x);
  }
  return kueriBetul(q, betul);
}

/**
 * How far a word may be from a known one and still be a misspelling of it: one edit up to five
 * letters, two from six (the bands of Elasticsearch's `fuzziness: AUTO`). Two edits in a
 * five-letter word change it into another word: "susah" became "murah", "nikah" "nikel",
 * "telur" "tidur", "mampu" "map".
 */
const jarakMaks = (kata: string) => (kata.length <= 5 ? 1 : 2);

/**
 * The known word a misspelled one most likely meant: at most one letter away for words of up to
 * five letters, two for longer ones; the closest wins, then the one listed first (the vocabulary lists the
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
