/**
 * References and citations, formatted by a maintained CSL processor (citeproc-js through
 * citation-js) in APA 7, the style the ministry's books use. An entry's `sumber` items and the
 * entry itself become CSL-JSON items here, which also feed the BibTeX and CSL-JSON downloads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { Sumber } from '../../schema/sumber.ts';

const require = createRequire(import.meta.url);

/**
 * The Indonesian CSL locale, from the CSL project's locales repository (CC BY-SA 3.0);
 * citation-js ships only a few European locales.
 */
const csl = plugins.config.get('@csl') as { locales: { add(nama: string, xml: string): void; has(nama: string): boolean } };
if (!csl.locales.has('id-ID')) csl.locales.add('id-ID', readFileSync(require.resolve('./locales-id-ID.xml'), 'utf8'));

// Keys are slugs ("proposal-kipp-2022"): BibTeX allows the hyphen citation-js strips by default.
(plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;

export type Bahasa = 'id' | 'en';
const LOCALE: Record<Bahasa, string> = { id: 'id-ID', en: 'en-US' };

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface ItemCsl {
  id: string;
  type: string;
  title: string;
  URL: string;
  accessed?: { 'date-parts': number[][] };
  issued?: { 'date-parts': number[][] };
  author?: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  genre?: string;
  'citation-key'?: string;
  language?: string;
}

const tanggalCsl = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** How each kind of source reads in APA: news under its outlet's name, documents under their publisher. */
const JENIS_CSL: Record<Sumber['jenis'], string> = {
  regulasi: 'legislation',
  'dokumen-resmi': 'report',
  'berita-resmi': 'webpage',
  'berita-media': 'article-newspaper',
  jurnal: 'article-journal',
  jippnas: 'webpage',
  sinovik: 'webpage',
  'brief-domain': 'report',
  'unggahan-pengguna': 'webpage',
  lainnya: 'webpage',
};

/** One `sumber` item as CSL-JSON; `kunci` is its id and its BibTeX key. */
export function itemSumber(s: Sumber): ItemCsl {
  const type = JENIS_CSL[s.jenis];
  return {
    // citeproc keeps items in plain objects: a key such as "constructor" would meet
    // Object.prototype and the reference would vanish. The BibTeX key stays the author's.
    id: `sumber-${s.kunci}`,
    'citation-key': s.kunci,
    type,
    title: s.judul,
    // Serialised by the URL parser: citeproc writes the address into an href as it is given.
    URL: new URL(s.url).href,
    accessed: tanggalCsl(s.diakses),
    ...(s.terbit !== undefined ? { issued: tanggalCsl(String(s.terbit)) } : {}),
    ...(s.penerbit ? (type === 'article-newspaper' || type === 'article-journal' ? { 'container-title': s.penerbit } : { publisher: s.penerbit }) : {}),
    // APA names what a work is in brackets; a user's upload must say it is one.
    ...(s.jenis === 'unggahan-pengguna' ? { genre: 'Unggahan pengguna' } : {}),
  };
}

/**
 * Formatted references, shared by every module graph of a build (Astro loads its config and its
 * pages separately) so the warm-up worker's results (src/konten/sitasi.ts) reach the pages. Keys
 * hold the whole input: a list is formatted as one bibliography, where APA may tell two works of
 * the same author and year apart, so a list is cached as a list.
 */
const BERSAMA = Symbol.for('pustaka.sitasi.cache');
export const cacheSitasi: Map<string, string | string[]> = ((globalThis as { [BERSAMA]?: Map<string, string | string[]> })[BERSAMA] ??= new Map());

export const kunciDaftar = (items: readonly ItemCsl[], bahasa: Bahasa) => `daftar\u0000${bahasa}\u0000${JSON.stringify(items)}`;
export const kunciApa = (item: ItemCsl, bahasa: Bahasa) => `apa\u0000${bahasa}\u0000${JSON.stringify(item)}`;

/**
 * The items formatted as one APA 7 bibliography in HTML, in the order given (the entry's list is
 * numbered, so it is not re-sorted), URLs as links. citeproc escapes field values itself and
 * reads only CSL's fixed set of rich-text tags in them (`<i>`, `<b>`, `<sup>`, `<sub>`,
 * small caps, `nocase`), so an author can italicise a title, and nothing else becomes markup
 * (test/rujukan.test.ts holds it to that).
 */
export function daftarPustaka(items: readonly ItemCsl[], bahasa: Bahasa): string[] {
  const kunci = kunciDaftar(items, bahasa);
  let hasil = cacheSitasi.get(kunci) as string[] | undefined;
  if (!hasil) {
    const perId = new Map(
      items.length
        ? (plugins.output.format('bibliography', items as never, { format: 'html', template: 'apa', lang: LOCALE[bahasa], nosort: true, hyperlinks: true, asEntryArray: true }) as [string, string][])
        : [],
    );
    hasil = items.map((i) => isiEntri(perId.get(i.id) ?? ''));
    // Never a numbered reference without its text.
    const kosong = items.find((_, n) => !hasil![n]);
    if (kosong) throw new Error(`sumber "${kosong['citation-key'] ?? kosong.id}" tidak dapat diformat oleh pemroses CSL`);
    cacheSitasi.set(kunci, hasil);
  }
  return hasil;
}

/**
 * citeproc writes some CSL formatting as inline styles, which the pages' CSP (no 'unsafe-inline'
 * for styles) would drop and the CSP gate would fail the build on. The one a real title meets, an
 * author's `<i>` inside a title APA already italicises ("Laporan <i>Sinovik</i>"), becomes a class
 * of src/styles/global.css. The rest (small caps from `<sc>`, bold or small caps nested in
 * themselves) are dropped, text kept: each rule would cost every entry page bytes its budget lacks.
 */
const KELAS_CSL: Record<string, string> = { 'font-style:normal;': 'csl-tegak' };

/** The inner HTML of one `<div class="csl-entry">`, without inline styles. */
function isiEntri(html: string): string {
  return html
    .trim()
    .replace(/^<div[^>]*>/, '')
    .replace(/<\/div>$/, '')
    .trim()
    .replace(/<span style="([^"]*)">/g, (_, gaya: string) => (KELAS_CSL[gaya] ? `<span class="${KELAS_CSL[gaya]}">` : '<span>'));
}

/** One item as an APA reference in plain text, for the page's "how to cite" box. */
export function apaTeks(item: ItemCsl, bahasa: Bahasa): string {
  const kunci = kunciApa(item, bahasa);
  let hasil = cacheSitasi.get(kunci) as string | undefined;
  if (hasil === undefined) {
    hasil = (plugins.output.format('bibliography', [item] as never, { format: 'text', template: 'apa', lang: LOCALE[bahasa] }) as string).trim();
    cacheSitasi.set(kunci, hasil);
  }
  return hasil;
}

const BULAN_BIBTEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Items as BibTeX, each keyed by its `citation-key`. citation-js writes the month as `{mar 31}` for
 * a full date and `{11}` for a month alone, which BibTeX styles print literally ("mar 31 2022");
 * BibTeX has no day field, so the month is written as its standard macro (`month = mar`) and the
 * day is left to the CSL-JSON export.
 */
export function bibtex(items: readonly ItemCsl[]): string {
  const teks = (new Cite(items as object[]).format('bibtex', { format: 'text' }) as string).trim();
  return (
    teks.replace(/^(\tmonth = )\{(?:([a-z]{3}) \d{1,2}|(\d{1,2}))\},$/gm, (baris, awal: string, nama?: string, angka?: string) => {
      const makro = nama ?? BULAN_BIBTEX[Number(angka) - 1];
      return makro ? `${awal}${makro},` : baris;
    }) + '\n'
  );
}

/** Items as CSL-JSON, the format Zotero, Mendeley and pandoc read. */
export function cslJson(items: readonly ItemCsl[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
