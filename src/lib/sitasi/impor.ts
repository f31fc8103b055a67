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
import { slugify } from '../../schema/common.ts';

type Csl = Record<string, unknown> & { id?: string; type?: string; URL?: string; title?: string };

/** The items of a `.bib` or `.json` export. Only these two formats: nothing is fetched or guessed. */
export function bacaPustaka(teks: string, namaBerkas: string): Csl[] {
  if (/\.json$/i.test(namaBerkas)) {
    const data: unknown = JSON.parse(teks);
    return (Array.isArray(data) ? data : [data]) as Csl[];
  }
  if (/\.bib$/i.test(namaBerkas)) return plugins.input.chain(teks, { forceType: '@biblatex/text', generateGraph: false } as never) as Csl[];
  throw new Error(`${namaBerkas}: hanya berkas .bib (BibTeX) atau .json (CSL-JSON) yang dapat diimpor`);
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
    if (typeof item.URL !== 'string' || !item.URL) {
      out.dilewati.push(`${nama}: tidak punya alamat web (URL); pembaca harus dapat membuka setiap sumber`);
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
      out.dilewati.push(`${nama}: ${hasil.error.issues.map((i) => `${i.path.join('.') || 'butir'} ${i.message}`).join('; ')}`);
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
