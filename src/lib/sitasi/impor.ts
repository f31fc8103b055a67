/**
 * Import of an author's reference library (a BibTeX or CSL-JSON export of Zotero, Mendeley or
 * JabRef) into an entry's `sumber` list. Parsing is citation-js's; what becomes a source, and
 * where it goes in the file, is decided here.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { stringify } from 'yaml';
import { diDomain, SITUS_UNGGAHAN } from '../../data/sumber-lemah.ts';
import { sumber as skemaSumber, type Sumber } from '../../schema/sumber.ts';
import { potong, slugify } from '../../schema/common.ts';

type Csl = Record<string, unknown> & { id?: string; type?: string; URL?: string; title?: string };

/**
 * Largest library file imported, in bytes. A Zotero export of 300 items with abstracts is about
 * 400 KB; the reviewer who runs the import on an author's file must not wait on a larger one.
 */
export const BATAS_PUSTAKA_BYTE = 1024 * 1024;
/** Longest text one BibTeX `@string` macro may stand for. Journal names are under 100 characters. */
export const BATAS_MAKRO = 10_000;
/** Most characters macro uses may add across a whole `.bib` (every use counted): about the file limit. */
export const BATAS_MAKRO_TOTAL = 1_000_000;

/**
 * Most entries with a `crossref` field: citation-js copies each one's parent chain again for every
 * entry (a chain of 30,000 took 23 s to overflow the stack). Entries cited by one page use a few.
 */
export const BATAS_CROSSREF = 200;

/** Longest title, address or publisher read from an item; the schema allows 500 characters for a title. */
const BATAS_TEKS_BUTIR = 4_000;
/** The CSL fields a source is made of, by the name its `sumber` key has. */
const KOLOM_TEKS: Record<string, string> = { URL: 'url', title: 'judul', 'container-title': 'penerbit', publisher: 'penerbit' };

const angka = (n: number) => n.toLocaleString('id-ID');

/** The items of a `.bib` or `.json` export. Only these two formats: nothing is fetched or guessed. */
export function bacaPustaka(teks: string, namaBerkas: string): Csl[] {
  const jenis = /\.json$/i.test(namaBerkas) ? 'json' : /\.bib$/i.test(namaBerkas) ? 'bib' : undefined;
  if (!jenis) throw new Error(`${namaBerkas}: hanya berkas .bib (BibTeX) atau .json (CSL-JSON) yang dapat diimpor`);
  const ukuran = Buffer.byteLength(teks);
  if (ukuran > BATAS_PUSTAKA_BYTE) throw new Error(pesanPustakaBesar(ukuran));
  if (jenis === 'json') {
    const data: unknown = JSON.parse(teks);
    return (Array.isArray(data) ? data : [data]) as Csl[];
  }
  // citation-js expands every macro as it reads, eagerly: refused here first, from lengths alone.
  periksaMakroBibtex(teks);
  return plugins.input.chain(teks, { forceType: '@biblatex/text', generateGraph: false } as never) as Csl[];
}

export const pesanPustakaBesar = (byte: number): string =>
  `berkas berukuran ${angka(byte)} byte, di atas batas ${angka(BATAS_PUSTAKA_BYTE)} byte (1 MB); ekspor pustaka sekecil itu memuat ribuan butir: ekspor hanya butir yang dirujuk entri ini`;

/**
 * A BibTeX `@string` macro may be built from others (`a2 = a1 # a1`), so 25 short lines can stand
 * for 167 million characters, which citation-js would build in memory, again for every item that
 * uses the macro. This pass reads the file the way citation-js's grammar does
 * (@citation-js/plugin-bibtex, lib/input/file.js: the same tokens, comments, quoted and braced
 * strings, `#` joins) but keeps only lengths, in one pass: each macro's length is the sum of its
 * parts' lengths. A macro longer than BATAS_MAKRO, macro uses adding more than BATAS_MAKRO_TOTAL
 * in all, or more than BATAS_CROSSREF entries with a `crossref`, is refused before citation-js
 * sees the file. Where the grammar would stop with a syntax error, this pass refuses the file at
 * the same place, so nothing after it can slip past uncounted.
 */
export function periksaMakroBibtex(teks: string): void {
  const makro = new Map<string, number>();
  let total = 0;
  let crossref = 0;
  let i = 0;
  const letak = (at: number) => {
    const sebelum = teks.slice(0, at).split('\n');
    return `baris ${sebelum.length}, kolom ${sebelum.at(-1)!.length + 1}`;
  };
  const tolak = (apa: string): never => {
    throw new Error(`BibTeX tidak dapat dibaca di ${letak(i)}: ${apa}`);
  };
  const cocok = (re: RegExp): string | undefined => {
    re.lastIndex = i;
    const m = re.exec(teks);
    if (!m) return undefined;
    i += m[0].length;
    return m[0];
  };
  const spasi = () => void cocok(/(?:\s+|%.*)+/y);
  const IDENT = /[a-zA-Z_][a-zA-Z0-9_:+-]*/y;
  const harus = (re: RegExp, apa: string) => cocok(re) ?? tolak(`diharapkan ${apa}`);

  /** Raw length between the delimiters of a quoted or braced string: what citation-js keeps. */
  const literal = (kutip: boolean): number => {
    const mulai = ++i;
    let dalam = kutip ? 0 : 1;
    for (;;) {
      const c = teks[i];
      if (c === undefined) return tolak(kutip ? 'tanda petik penutup' : 'kurung kurawal penutup');
      const lolos = dalam ? '\\{}' : '\\{';
      if (c === '\\' && i + 1 < teks.length && lolos.includes(teks[i + 1]!)) i += 2;
      else if (c === '{') (dalam++, i++);
      else if (c === '}' && dalam) {
        dalam--;
        i++;
        if (!dalam && !kutip) return i - 1 - mulai;
      } else if (c === '"' && !dalam && kutip) return ++i - 1 - mulai;
      else i++;
    }
  };
  const bagian = (): number => {
    const nama = cocok(IDENT);
    if (nama !== undefined) {
      // Undefined names are empty in citation-js, built-in ones (jan, cacm) under 100 characters.
      const n = makro.get(nama.toLowerCase()) ?? 100;
      total += n;
      if (total > BATAS_MAKRO_TOTAL) {
        throw new Error(`makro @string dipakai berulang kali: sampai ${letak(i)} isinya sudah menjadi ${angka(total)} karakter, di atas batas ${angka(BATAS_MAKRO_TOTAL)}; berkas ini tidak diimpor`);
      }
      return n;
    }
    const bilangan = cocok(/-?\d+/y);
    if (bilangan !== undefined) return bilangan.length;
    if (teks[i] === '"') return literal(true);
    if (teks[i] === '{') return literal(false);
    return tolak('nilai (teks dalam "…" atau {…}, angka, atau nama makro)');
  };
  const ekspresi = (): number => {
    let n = bagian();
    spasi();
    while (teks[i] === '#') {
      i++;
      spasi();
      n += bagian();
      spasi();
    }
    return n;
  };
  const tutup = () => harus(/[})]/y, 'kurung penutup "}"');

  while (i < teks.length) {
    const at = teks.indexOf('@', i);
    if (at < 0) break;
    i = at;
    // Outside entries everything is a comment; "@comment" hides the rest of its line only.
    if (cocok(/@[cC][oO][mM][mM][eE][nN][tT].+/y) !== undefined) continue;
    i++;
    spasi();
    const lain = cocok(/[sS][tT][rR][iI][nN][gG]|[pP][rR][eE][aA][mM][bB][lL][eE]/y)?.toLowerCase();
    if (lain === undefined) harus(IDENT, 'jenis entri setelah "@"');
    spasi();
    harus(/[{(]/y, 'kurung pembuka "{"');
    spasi();
    if (lain === 'string') {
      const mulai = i;
      const nama = harus(IDENT, 'nama makro').toLowerCase();
      spasi();
      harus(/=/y, '"="');
      spasi();
      const n = ekspresi();
      if (n > BATAS_MAKRO) {
        i = mulai;
        throw new Error(
          `makro @string "${potong(nama, 60)}" (${letak(mulai)}) menjadi ${angka(n)} karakter, di atas batas ${angka(BATAS_MAKRO)}: makro yang disusun dari makro lain berlipat ganda; berkas ini tidak diimpor`,
        );
      }
      makro.set(nama, n);
    } else if (lain === 'preamble') {
      ekspresi();
    } else {
      harus(/[^,\s]+/y, 'kunci entri');
      spasi();
      harus(/,/y, '"," setelah kunci entri');
      spasi();
      for (let kolom = cocok(IDENT); kolom !== undefined; kolom = cocok(IDENT)) {
        if (kolom.toLowerCase() === 'crossref' && ++crossref > BATAS_CROSSREF) {
          throw new Error(
            `lebih dari ${angka(BATAS_CROSSREF)} entri memakai "crossref" (sampai ${letak(i)}): setiap entri seperti itu dibaca ulang bersama seluruh induknya, dan rantai yang panjang melambat berlipat; ekspor hanya butir yang dirujuk entri ini`,
          );
        }
        spasi();
        harus(/=/y, '"=" setelah nama kolom');
        spasi();
        ekspresi();
        if (!cocok(/,/y)) break;
        spasi();
      }
    }
    spasi();
    tutup();
  }
}

/** The source kind a CSL type most likely is; the author checks it. */
const JENIS_DARI_TIPE: Record<string, Sumber['jenis']> = {
  legislation: 'regulasi',
  legal_case: 'regulasi',
  bill: 'regulasi',
  regulation: 'regulasi',
  'article-journal': 'jurnal',
  'paper-conference': 'jurnal',
  thesis: 'jurnal',
  book: 'jurnal',
  chapter: 'jurnal',
  report: 'dokumen-resmi',
  'article-newspaper': 'berita-media',
  'article-magazine': 'berita-media',
  broadcast: 'berita-media',
};

const tanggal = (d: unknown): number[] | undefined => {
  const parts = (d as { 'date-parts'?: unknown[][] } | undefined)?.['date-parts']?.[0];
  return Array.isArray(parts) && parts.every((n) => Number.isInteger(Number(n))) && parts.length ? parts.map(Number) : undefined;
};
const dua = (n: number) => String(n).padStart(2, '0');

export type HasilImpor = { sumber: Sumber[]; dilewati: string[] };

/**
 * The items as `sumber` entries, each checked by the same schema as the entry: keys come from the
 * citation keys, made unique against the entry's existing ones; an item without a web address,
 * or whose address the rules refuse, is skipped with the reason.
 */
export function keSumber(items: readonly Csl[], kunciAda: ReadonlySet<string>, hariIni: string): HasilImpor {
  const dipakai = new Set(kunciAda);
  const out: HasilImpor = { sumber: [], dilewati: [] };
  for (const item of items) {
    const nama = String(item['citation-key'] ?? item.id ?? item.title ?? '?');
    // Cut here, where the reason after it is known; scripts/impor-sumber.ts shows what it prints
    // with tampakkan (this layer may not import src/lib), so no escape sequence reaches a terminal.
    const tampak = potong(nama, 120);
    if (typeof item.URL !== 'string' || !item.URL) {
      out.dilewati.push(`${tampak}: tidak punya alamat web (URL); pembaca harus dapat membuka setiap sumber`);
      continue;
    }
    // BibTeX's crossref gives thousands of items one parent's text: the schema's character checks
    // would read a 500,000-character title again for each (13 s for a 900 KB file), so an
    // overlong text is refused by its length alone.
    const panjang = Object.entries(KOLOM_TEKS).find(([k]) => typeof item[k] === 'string' && (item[k] as string).length > BATAS_TEKS_BUTIR);
    if (panjang) {
      out.dilewati.push(`${tampak}: ${panjang[1]} terlalu panjang: ${angka((item[panjang[0]] as string).length)} karakter`);
      continue;
    }
    let dasar = slugify(nama).slice(0, 40) || 'sumber';
    let kunci = dasar;
    for (let i = 2; dipakai.has(kunci); i++) kunci = `${dasar}-${i}`;
    let host = '';
    try {
      host = new URL(item.URL).hostname.toLowerCase();
    } catch {
      // The schema reports the address below.
    }
    const terbit = tanggal(item.issued);
    const diakses = tanggal(item.accessed);
    const penerbit = item['container-title'] ?? item.publisher;
    const calon = {
      kunci,
      judul: String(item.title ?? '').trim(),
      url: item.URL,
      jenis: SITUS_UNGGAHAN.some((d) => diDomain(host, d)) ? 'unggahan-pengguna' : (JENIS_DARI_TIPE[String(item.type)] ?? 'lainnya'),
      ...(typeof penerbit === 'string' && penerbit.trim() ? { penerbit: penerbit.trim() } : {}),
      ...(terbit ? { terbit: terbit.length === 1 ? terbit[0] : terbit.map((n, i) => (i ? dua(n) : String(n))).join('-') } : {}),
      diakses: diakses?.length === 3 ? `${diakses[0]}-${dua(diakses[1]!)}-${dua(diakses[2]!)}` : hariIni,
    };
    const hasil = skemaSumber.safeParse(calon);
    if (!hasil.success) {
      out.dilewati.push(`${tampak}: ${hasil.error.issues.map((i) => potong(`${i.path.join('.') || 'butir'} ${i.message}`, 300)).join('; ')}`);
      continue;
    }
    dipakai.add(kunci);
    out.sumber.push(hasil.data);
  }
  return out;
}

/**
 * The entry's text with the sources appended to its `sumber` list, written in the list's own
 * indentation; the rest of the file is left byte for byte as it was.
 */
export function sisipkanSumber(teks: string, baru: readonly Sumber[]): string {
  if (!baru.length) return teks;
  const baris = teks.split('\n');
  const akhirFm = baris.indexOf('---', 1);
  const mulai = baris.findIndex((b, i) => i < akhirFm && /^sumber:\s*(\[\s*\])?\s*$/.test(b));
  if (baris[0] !== '---' || akhirFm < 0 || mulai < 0) throw new Error('frontmatter entri tidak memuat daftar "sumber:" di tingkat teratas');
  let akhir = mulai + 1;
  while (akhir < akhirFm && (/^\s/.test(baris[akhir]!) || baris[akhir] === '')) akhir++;
  // Blank lines at the end of the block stay after the new items.
  while (akhir > mulai + 1 && baris[akhir - 1] === '') akhir--;
  const indent = /^(\s*)-/.exec(baris.slice(mulai + 1, akhir).find((b) => /^\s*-/.test(b)) ?? '  -')![1]!;
  const yaml = stringify(baru.map((s) => ({ ...s })), { lineWidth: 0 })
    .trimEnd()
    .split('\n')
    .map((b) => indent + b);
  baris[mulai] = 'sumber:';
  baris.splice(akhir, 0, ...yaml);
  return baris.join('\n');
}
