/**
 * Headings read from the lines of a body. Markdown takes `##` as a heading only when a plain
 * space or tab follows it: `##Ringkasan`, or `##` and a no-break space pasted from Word, is
 * published as a paragraph, and the section is then reported missing at the next heading, far
 * from the line the author sees. A line scan also gives the headings of a body the MDX parser
 * gave up on, so its anatomy is still checked (./body.ts).
 */
import { namaTakTerlihat, tanpaTakTerlihat } from './tak-terlihat.ts';
import { BATAS } from './batas.ts';
import type { Heading } from './anatomy.ts';

export interface JudulTakTerbaca {
  depth: number;
  /** The title the author meant, as the anatomy knows titles. */
  judul: string;
  message: string;
}

/** `#`s at the start of a line (up to three spaces in), and what follows them. */
const AWAL_JUDUL = /^ {0,3}(#{1,6})(.*)$/;

/**
 * The heading a line was meant to be, when Markdown does not read it as one. A single `#` with a
 * letter after it is left alone: it is more often a hashtag (`#BanggaBuatanIndonesia`) than a
 * heading, and level-1 headings are refused anyway.
 */
export function judulTakTerbaca(baris: string): JudulTakTerbaca | undefined {
  const m = AWAL_JUDUL.exec(baris.replace(/\r$/, ''));
  if (!m) return undefined;
  const pagar = m[1]!;
  const sisa = m[2]!;
  const pertama = sisa[0];
  if (pertama === undefined || pertama === ' ' || pertama === '\t' || pertama === '#') return undefined;
  const judul = tanpaTakTerlihat(sisa).replace(/^\p{Zs}+/u, '').trim();
  // Level 1 is the page's title, never a section's: the example gives the level a section has.
  const depth = Math.max(2, pagar.length);
  const contoh = `mis. "${'#'.repeat(depth)} ${judul}"`;
  const [tak] = namaTakTerlihat(pertama);
  if (tak || /\p{Zs}/u.test(pertama)) {
    const nama = tak ?? `spasi khusus (U+${pertama.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
    return { depth, judul, message: `baris "${baris.trim()}" tidak terbaca sebagai judul: sesudah ${pagar} ada ${nama}, biasanya tersalin dari Word, bukan spasi biasa; hapus lalu ketik ulang spasinya, ${contoh}` };
  }
  if (pagar.length === 1) return undefined;
  return { depth, judul, message: `baris "${baris.trim()}" tidak terbaca sebagai judul: tulis spasi biasa sesudah ${pagar}, ${contoh}` };
}

export interface JudulBaris {
  /** Headings Markdown reads, and those it does not (`rusak`), in order. */
  headings: Heading[];
  /** The unread ones, each with its message. */
  masalah: { line: number; col: number; message: string }[];
  /** False when the body has more headings than BATAS.jumlahJudul: then none is listed. */
  terbaca: boolean;
}

/**
 * A heading's text without its optional closing `#`s ("## Ringkasan ##"), which count only after a
 * space or tab. Cut by hand: a regex with a lazy title before optional spaces and `#`s backtracked
 * for seconds on one line of spaces.
 */
function tanpaPenutup(teks: string): string {
  let akhir = teks.length;
  while (akhir > 0 && teks[akhir - 1] === '#') akhir--;
  return akhir === 0 ? '' : akhir < teks.length && /[ \t]/.test(teks[akhir - 1]!) ? teks.slice(0, akhir).trim() : teks;
}

/** A code fence's opening: its character and length, which its closing must match. */
const PAGAR_KODE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The lines of a body outside its frontmatter and its fenced code, each with its 0-based index
 * (a line scan for what the MDX parser must not be trusted with, or could not read).
 */
export function* barisLuarKode(source: string): Generator<{ teks: string; i: number }> {
  const baris = source.split('\n');
  let i = 0;
  if (/^---[ \t]*\r?$/.test(baris[0] ?? '')) {
    const tutup = baris.findIndex((b, k) => k > 0 && /^---[ \t]*\r?$/.test(b));
    i = tutup < 0 ? 0 : tutup + 1;
  }
  let pagar: string | undefined;
  for (; i < baris.length; i++) {
    const b = baris[i]!.replace(/\r$/, '');
    const kode = PAGAR_KODE.exec(b);
    if (pagar) {
      if (kode && kode[1]![0] === pagar[0] && kode[1]!.length >= pagar.length && !b.slice(kode[0].length).trim()) pagar = undefined;
      continue;
    }
    // CommonMark: a backtick fence's info string holds no backtick ("```x`" is text with a code
    // span in it), so such a line opens nothing, and the lines after it are read as text.
    if (kode && !(kode[1]![0] === '`' && b.slice(kode[0].length).includes('`'))) {
      pagar = kode[1];
      continue;
    }
    yield { teks: b, i };
  }
}

/**
 * The headings of a body found line by line, outside its frontmatter and its fenced code. Whether
 * a section is empty is not known this way, so none is taken as empty.
 */
export function judulDariBaris(source: string): JudulBaris {
  const hasil: JudulBaris = { headings: [], masalah: [], terbaca: true };
  for (const { teks: b, i } of barisLuarKode(source)) {
    const letak = { line: i + 1, col: b.indexOf('#') + 1 };
    const judul = /^ {0,3}(#{1,6})(?:[ \t](.*))?$/.exec(b);
    if (judul) {
      hasil.headings.push({ depth: judul[1]!.length, text: tanpaPenutup((judul[2] ?? '').trim()), ...letak, kosong: false });
    } else {
      const rusak = judulTakTerbaca(b);
      if (!rusak) continue;
      hasil.headings.push({ depth: rusak.depth, text: rusak.judul, ...letak, kosong: false, rusak: true });
      hasil.masalah.push({ ...letak, message: rusak.message });
    }
    if (hasil.headings.length > BATAS.jumlahJudul) return { headings: [], masalah: [], terbaca: false };
  }
  return hasil;
}
