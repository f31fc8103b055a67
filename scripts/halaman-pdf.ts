/**
 * Page numbers for a printed book. Chromium cannot count pages for CSS (`target-counter`), so the
 * numbers a book's contents and cross-references print come from the PDF itself: Chromium writes
 * a named destination for every element a link points to, and the page it lies on is the number to
 * print (the books number every page from the title page on, `counter(page)` in src/lib/buku.ts).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each named destination of a PDF with the number (from 1) of the page it opens. */
export async function halamanTujuan(pdf: Uint8Array): Promise<Map<string, number>> {
  // pdf.js takes ownership of the bytes it is given; a copy leaves the caller's buffer whole.
  const muat = getDocument({ data: new Uint8Array(pdf), useSystemFonts: false });
  try {
    const doc = await muat.promise;
    const out = new Map<string, number>();
    for (const [nama, tujuan] of (await doc.getDestinations()) as unknown as Map<string, unknown[]>) {
      const ref = tujuan[0];
      // A destination names its page by reference (Chromium's) or, in other producers, by index.
      out.set(nama, (typeof ref === 'number' ? ref : await doc.getPageIndex(ref as never)) + 1);
    }
    return out;
  } finally {
    await muat.destroy();
  }
}

/** How a book is printed and numbered, for cetakBernomor. */
export interface Pencetak {
  /** The ids the book links to and prints a number for (its contents and cross-references). */
  tujuan: readonly string[];
  /** Prints the book as it stands. */
  cetak: () => Promise<Uint8Array>;
  /** Writes the numbers into the page, to be printed by the next `cetak`. */
  tulis: (nomor: ReadonlyMap<string, number>) => Promise<void>;
  /** Where each destination of a PDF lies (halamanTujuan; replaced in tests). */
  letak?: (pdf: Uint8Array) => Promise<ReadonlyMap<string, number>>;
}

/** Prints beyond which the numbers are taken not to settle. */
const CETAKAN_MAKS = 4;

/**
 * Prints a book whose page numbers are the pages its PDF puts each target on: print, read where
 * each target landed, write the numbers in, print again, until the numbers written are the numbers
 * printed. Writing them can move pages (a longer contents line wraps, a contents page overflows,
 * a cross-reference grows by " (hlm. 12)"), so one print with numbers is not proof; the loop stops
 * only on a print that confirms its own numbers, and fails loudly when a target is missing from
 * the PDF or the numbers do not settle.
 */
export async function cetakBernomor(p: Pencetak): Promise<{ pdf: Uint8Array; nomor: Map<string, number>; cetakan: number }> {
  const letak = p.letak ?? halamanTujuan;
  let tertulis: Map<string, number> | undefined;
  for (let cetakan = 1; cetakan <= CETAKAN_MAKS; cetakan++) {
    const pdf = await p.cetak();
    const di = await letak(pdf);
    const hilang = p.tujuan.filter((id) => !di.has(id));
    if (hilang.length) throw new Error(`PDF tidak memuat tujuan tautan #${hilang.join(', #')}: nomor halamannya tidak dapat dicetak.`);
    const nomor = new Map(p.tujuan.map((id) => [id, di.get(id)!]));
    if (p.tujuan.length === 0 || (tertulis && p.tujuan.every((id) => tertulis!.get(id) === nomor.get(id)))) return { pdf, nomor, cetakan };
    await p.tulis(nomor);
    tertulis = nomor;
  }
  throw new Error(`Nomor halaman belum tetap sesudah ${CETAKAN_MAKS} cetakan: setiap cetakan memindahkan halaman lagi.`);
}
