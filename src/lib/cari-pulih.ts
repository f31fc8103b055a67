/**
 * What the search page does when a query finds nothing: the pure part. Pagefind returns only pages
 * holding every word, so a natural phrase ("pangan mahal menjelang lebaran") can find nothing
 * although each word finds the right practices. `pulihkan` then searches each word (with the
 * search the island hands in, src/scripts/cari/pencarian.ts), ranks the pages by how many of the
 * words they are about and names the words found nowhere; `teksPulih` says so, and `saranKueri` suggests a
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
 * Pages that hold some of the words, ranked by how many of them they are about, then by Pagefind's
 * scores for the words they hold, then by how many they hold, then by their mean position in the
 * words' own rankings; each with the words it holds. A page is about a word when its score for it
 * is at least half the best page's: a guide or the glossary that only mentions "stunting", "stop"
 * and "district" among a thousand other words no longer outranks the stunting entries for "what
 * should our district do to stop stunting". Without scores every held word counts.
 */
export function peringkatSebagian<T extends { id: string; score?: number }>(perKata: readonly HasilKata<T>[]): { hasil: T; kata: string[] }[] {
  const skor = new Map<string, { hasil: T; kata: string[]; inti: number; nilai: number; posisi: number }>();
  for (const { kata, hasil } of perKata) {
    const puncak = Math.max(0, ...hasil.map((h) => h.score ?? 0));
    hasil.forEach((h, i) => {
      const s = skor.get(h.id) ?? { hasil: h, kata: [], inti: 0, nilai: 0, posisi: 0 };
      s.kata.push(kata);
      s.inti += (h.score ?? 0) * 2 >= puncak ? 1 : 0;
      s.nilai += h.score ?? 0;
      s.posisi += i;
      skor.set(h.id, s);
    });
  }
  return [...skor.values()]
    .sort((a, b) => b.inti - a.inti || b.nilai - a.nilai || b.kata.length - a.kata.length || a.posisi / a.kata.length - b.posisi / b.kata.length)
    .map(({ hasil, kata }) => ({ hasil, kata }));
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
export async function pulihkan<T extends { id: string; score?: number }>(
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

/**
 * The query with a spelling suggested for each of `kata` the vocabulary does not know, or undefined
 * when none is. `ada` says whether some page holds a word as typed. A word a page holds is not
 * mended: "Pasar Jaya" (Jakarta's market company) is no misspelling of "pasar jasa". Only a
 * candidate a page holds is offered: the vocabulary also has thesaurus terms no entry carries, and
 * Indonesian terms the English index lacks ("Did you mean: tengkes" on /en/cari/ found nothing).
 */
export async function saranKueri(q: string, kata: readonly string[], kosakata: readonly string[], ada?: (kata: string) => Promise<boolean>): Promise<string | undefined> {
  const betul = new Map<string, string>();
  for (const w of kata) {
    if (ada && (await ada(w))) continue;
    for (const x of calonEjaan(w, kosakata).slice(0, 3)) {
      if (!ada || (await ada(x))) {
        betul.set(w, x);
        break;
      }
    }
  }
  return kueriBetul(q, betul);
}

/**
 * How far a word may be from a known one and still be a misspelling of it: one edit up to six
 * letters, two from seven. Two edits in a word that short change it into another word: "susah"
 * became "murah", "nikah" "nikel", and the trade office's "disdag" the agriculture office's
 * "distan", "jateng" "datang", "banget" "bangga".
 */
const jarakMaks = (kata: string) => (kata.length <= 6 ? 1 : 2);

/**
 * The known words a misspelled one may have meant, likeliest first: within `jarakMaks`, beginning
 * with the same letter (or its first two letters swapped: "tpdi" → "tpid"), since readers seldom
 * mistype the first letter and a word with another first letter is another word ("langka" is not
 * "bangka"); the closest first, then the one sharing the longest beginning, then the one nearest in
 * length, then the one listed first (the vocabulary lists the thesaurus and titles first). None
 * when the word is known.
 */
export function calonEjaan(kata: string, kosakata: readonly string[]): string[] {
  const k = kata.toLowerCase();
  if (kosakata.includes(k)) return [];
  const maks = jarakMaks(k);
  const calon: { w: string; skor: number }[] = [];
  for (const w of kosakata) {
    const beda = Math.abs(w.length - k.length);
    if (beda > maks || !(w[0] === k[0] || (w[0] === k[1] && w[1] === k[0]))) continue;
    const d = editDistance(k, w);
    let awal = 0;
    while (awal < 9 && w[awal] !== undefined && w[awal] === k[awal]) awal++;
    if (d <= maks) calon.push({ w, skor: d * 100 - awal * 10 + beda });
  }
  // A stable sort keeps the vocabulary's order among equals.
  return calon.sort((a, b) => a.skor - b.skor).map((c) => c.w);
}

/** The likeliest of `calonEjaan`, or undefined. */
export const saranEjaan = (kata: string, kosakata: readonly string[]): string | undefined => calonEjaan(kata, kosakata)[0];

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
