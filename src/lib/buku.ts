/**
 * A thematic model as a book: the model, then each of its practices in the model's order, then
 * one reference list for all of them. What is decided here (chapter ids, the shared numbering of
 * sources, the print stylesheet's running headers, the PDF's file name and size label) is pure,
 * so the book page, `npm run pdf` and the tests share one answer.
 */
import type { Locale } from '../data/vocab.ts';
import type { Sumber } from '../schema/sumber.ts';
import { esc } from './esc.ts';
import type { ItemCsl } from './sitasi/index.ts';
import { entryPath, withBase } from '../data/routes.ts';

/** Site path of a model's book (Indonesian: entries are written in Indonesian only). */
export const pathBuku = (id: string) => `${entryPath('model', id)}buku/`;
/** Site path of a model's book as a PDF, written by `npm run pdf`. */
export const pathPdf = (id: string) => `/unduh/${id}.pdf`;
/** The stylesheet with the book's running headers: one per book, since the pages' CSP (`default-src 'self'`) allows no inline style. */
export const pathCssBuku = (id: string) => `${pathBuku(id)}halaman.css`;

const idBab = (n: number) => `bab-${n}`;
export const idPustaka = (n: number) => `pustaka-${n}`;

export interface BabBuku {
  /** 1 for the model, 2… for its practices. */
  nomor: number;
  id: string;
  koleksi: 'model' | 'praktik';
  entri: string;
  judul: string;
}

/** The chapters: the model first, then its practices in the order the model lists them. */
export function babBuku(model: { id: string; judul: string }, praktik: readonly { id: string; judul: string }[]): BabBuku[] {
  return [
    { nomor: 1, id: idBab(1), koleksi: 'model' as const, entri: model.id, judul: model.judul },
    ...praktik.map((p, i) => ({ nomor: i + 2, id: idBab(i + 2), koleksi: 'praktik' as const, entri: p.id, judul: p.judul })),
  ];
}

/** Site paths of the book's entries to their chapter, so a link between them stays inside the book. */
export const babPerPath = (bab: readonly BabBuku[]): Map<string, string> => new Map(bab.map((b) => [entryPath(b.koleksi, b.entri), b.id]));

/**
 * One reference list for the whole book. A work several chapters cite (the same address) appears
 * once, under the number it first got, with the details of its first citation; every chapter's
 * `[@kunci]` then points to that number.
 */
export function pustakaBuku(bab: readonly { sumber: readonly Sumber[] }[]): { sumber: Sumber[]; nomor: number[][] } {
  const sumber: Sumber[] = [];
  const perAlamat = new Map<string, number>();
  const nomor = bab.map((b) =>
    b.sumber.map((s) => {
      const alamat = new URL(s.url).href;
      let n = perAlamat.get(alamat);
      if (n === undefined) {
        sumber.push(s);
        n = sumber.length;
        perAlamat.set(alamat, n);
      }
      return n;
    }),
  );
  return { sumber, nomor };
}

/** A CSS string literal: quotes and backslashes escaped, line breaks and control characters as escapes. */
export function teksCss(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** Running headers run long on A4; a title beyond this is cut with an ellipsis. */
const PANJANG_KEPALA = 70;
const pendek = (s: string) => (s.length > PANJANG_KEPALA ? `${s.slice(0, PANJANG_KEPALA - 1).trimEnd()}…` : s);

/** The date a book is as current as: that of its newest chapter (YYYY-MM-DD). */
export const tanggalBuku = (bab: readonly string[]): string => [...bab].sort().at(-1)!;

/**
 * The book's print rules that name its own titles: each chapter is a named page whose header
 * carries the chapter's title, the book's title and edition on every page, and at the foot the
 * date the book is as current as (`keadaan`, so two printings of a changing book tell apart) and
 * the page number and count. Browsers without margin boxes print the pages without them.
 */
export function cssBuku(o: { judul: string; edisi: string; keadaan: string; bab: readonly BabBuku[]; labelBab: string; labelHalaman: string; labelHlm: string }): string {
  const kecil = 'font: 8.5pt/1.3 system-ui, sans-serif; color: #444;';
  const aturan = [
    `@page { size: A4; margin: 22mm 18mm 20mm; @top-left { content: ${teksCss(pendek(o.judul))}; ${kecil} } @top-right { content: ${teksCss(o.edisi)}; ${kecil} } @bottom-left { content: ${teksCss(o.keadaan)}; ${kecil} } @bottom-right { content: ${teksCss(`${o.labelHalaman} `)} counter(page) " / " counter(pages); ${kecil} } }`,
    // The title page carries no running header or foot. Empty boxes, not none: a page with no box
    // on an edge gets the browser's own header or footer there (print time, address, "1/37") when
    // Ctrl+P's "Headers and footers" is on, as it is by default.
    '@page :first { @top-left { content: ""; } @top-right { content: ""; } @bottom-left { content: ""; } @bottom-right { content: ""; } }',
    ...o.bab.map((b) => `@page ${b.id} { @top-left { content: ${teksCss(pendek(`${o.labelBab} ${b.nomor} · ${b.judul}`))}; ${kecil} } }\n#${b.id} { page: ${b.id}; }`),
    // A cross-reference between chapters says the page it leads to, once `npm run pdf` wrote it (data-hlm, src/styles/buku.css).
    `@media print { .buku .isi a[href^="#bab-"][data-hlm]::after { content: ${teksCss(` (${o.labelHlm} `)} attr(data-hlm) ")"; } }`,
  ];
  return `${aturan.join('\n')}\n`;
}

/** "1,2 MB", "340 KB": the size of a download as a reader on a metered connection wants it. */
export function labelUkuran(bytes: number, locale: Locale): string {
  const angka = (n: number, digit: number) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digit });
  return bytes >= 1_000_000 ? `${angka(bytes / 1_000_000, 1)} MB` : `${angka(Math.max(1, Math.round(bytes / 1000)), 0)} KB`;
}

/**
 * Where a page offers a book's PDF: an empty `<template>` the build writes and `npm run pdf` fills
 * once the file exists, so no page links a PDF that was not made. `label` is the link's text.
 */
export const tempatPdf = (id: string, label: string, locale: Locale) => `<template data-pdf="${esc(id)}" data-label="${esc(label)}" data-bahasa="${locale}"></template>`;

const TEMPAT = /<template data-pdf="([^"]*)" data-label="([^"]*)" data-bahasa="(id|en)"><\/template>/g;

/**
 * A built page with each place for a PDF that was made turned into a link with the file's size;
 * places for PDFs not made stay empty templates (inert, invisible). `base` is the site's base path.
 */
export function isiTempatPdf(html: string, ukuran: ReadonlyMap<string, number>, base: string): string {
  return html.replace(TEMPAT, (tempat, id: string, label: string, bahasa: Locale) => {
    const bytes = ukuran.get(id);
    if (bytes === undefined) return tempat;
    return `· <a href="${esc(withBase(base, pathPdf(id)))}" download>${label}</a> <span class="kecil">(PDF, ${labelUkuran(bytes, bahasa)})</span>`;
  });
}

/**
 * The book as a CSL-JSON item, for its "how to cite": by the model's authors (or the publisher),
 * dated by its newest chapter, with its edition and review status in APA's brackets.
 */
export function itemBuku(o: { id: string; judul: string; penulis: readonly string[]; penerbit: string; tanggal: string; url: string; catatan?: string | undefined }): ItemCsl {
  const [y, m, d] = o.tanggal.split('-').map(Number);
  return {
    id: `buku-${o.id}`,
    'citation-key': `buku-${o.id}`,
    type: 'book',
    title: o.judul,
    author: (o.penulis.length ? o.penulis : [o.penerbit]).map((literal) => ({ literal })),
    ...(o.penulis.includes(o.penerbit) ? {} : { publisher: o.penerbit }),
    issued: { 'date-parts': [[y!, m!, d!]] },
    URL: new URL(o.url).href,
    ...(o.catatan ? { genre: o.catatan } : {}),
    language: 'id',
  };
}

/**
 * A PDF that two builds of one commit print to the same bytes: its creation and modification
 * dates are the book's date, not the moment it was printed, and the ids Chromium gives the tagged
 * structure (from its own DOM node counter, which differs from run to run) are renumbered in their
 * order. Every replacement keeps its length, so the file's cross-reference offsets stay right,
 * and the renumbering keeps the ids' order, so the structure's sorted id tree stays sorted.
 */
export function pdfTetap(pdf: Buffer, tanggal: string): Buffer {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tanggal)) throw new Error(`tanggal buku "${tanggal}" bukan YYYY-MM-DD`);
  const stempel = `D:${tanggal.replace(/-/g, '')}000000+00'00'`;
  const teks = pdf.toString('latin1');
  const nomor = [...new Set([...teks.matchAll(/\(node(\d{8})\)/g)].map((m) => m[1]!))].sort();
  const urutan = new Map(nomor.map((n, i) => [n, String(i).padStart(8, '0')]));
  const tetap = teks
    .replace(/\/(CreationDate|ModDate) \(D:\d{14}(?:Z|[+-]\d{2}'\d{2}'?)?\)/g, (m, kunci: string) => {
      const ganti = `/${kunci} (${stempel})`;
      if (ganti.length !== m.length) throw new Error(`cap tanggal PDF "${m}" tidak berformat D:YYYYMMDDHHmmSS+HH'mm'`);
      return ganti;
    })
    .replace(/\(node(\d{8})\)/g, (_, n: string) => `(node${urutan.get(n)})`);
  return Buffer.from(tetap, 'latin1');
}
