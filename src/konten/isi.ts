import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GalatRender, renderMdx, type GambarSiap, type HasilRender, type Judul, type OpsiBab } from '../lib/mdx/render.ts';
import { withBase } from '../data/routes.ts';
import type { SidikIsi } from '../lib/sekitar-entri.ts';
import { gambarEntri, type Gambar } from '../validate/gambar.ts';
import { bacaTeks } from '../validate/teks.ts';

/** What the content store keeps of a rendered body (./loader.ts writes the HTML itself to a file). */
export type MetadataIsi = SidikIsi & {
  headings: Judul[];
  berkasIsi: string;
  /** The images the body shows, published by src/pages/gambar/[berkas].ts. */
  gambar: Gambar[];
  /** For each source, in the order of `sumber`, the id of the marker first citing it (empty when uncited). */
  kutipan: string[][];
};

export function folderIsi(cacheDir: URL, collection: string): string {
  return join(fileURLToPath(cacheDir), 'isi', collection);
}

type EntriBerisi = { id: string; collection: string; rendered?: { metadata?: object } | undefined };

const metadata = (entry: EntriBerisi) => entry.rendered?.metadata as MetadataIsi | undefined;

/** The rendered body of an entry and its headings, for its page. */
export function isiEntri(entry: EntriBerisi): { html: string; headings: Judul[] } {
  const meta = metadata(entry);
  if (!meta?.berkasIsi) throw new Error(`Isi ${entry.collection}/${entry.id} belum dirender; jalankan build ulang dengan --force.`);
  return { html: readFileSync(meta.berkasIsi, 'utf8'), headings: meta.headings };
}

/** Where each of the entry's sources is first cited in its body, for the reference list's links back. */
export const kutipanBalik = (entry: EntriBerisi): readonly string[][] => metadata(entry)?.kutipan ?? [];

/** The images an entry's body shows. */
export const gambarIsi = (entry: EntriBerisi): readonly Gambar[] => metadata(entry)?.gambar ?? [];

/**
 * The renderer's image resolver for one entry file: a path the entry wrote becomes its published
 * file (recorded in `dipakai`), and a refused one stops the render on its line.
 */
export function penyelesaiGambar(full: string, folderKoleksi: string, gambar: ReadonlySet<string>, base: string, dipakai: Gambar[] = []) {
  return (src: string, line: number, col: number): GambarSiap => {
    const hasil = gambarEntri(src, full, folderKoleksi, gambar);
    if (hasil.masalah !== undefined) throw new GalatRender(hasil.masalah, line, col);
    dipakai.push(hasil.gambar);
    return { src: withBase(base, `/gambar/${hasil.gambar.nama}`), width: hasil.gambar.width, height: hasil.gambar.height };
  };
}

/**
 * An entry's body rendered again as one chapter of a model's book (src/lib/buku.ts): the same file,
 * renderer and rules as its page, with the chapter's ids, heading levels and reference numbers.
 */
export function isiBab(entry: EntriBerisi & { filePath?: string | undefined; data: { sumber: readonly { kunci: string }[] } }, bab: OpsiBab, base: string, dirKonten: string): HasilRender {
  const full = resolve(entry.filePath ?? '');
  const dibaca = bacaTeks(readFileSync(full));
  if (dibaca.masalah) throw new Error(`${entry.filePath}: ${dibaca.masalah.message}`);
  const gambar = new Set(gambarIsi(entry).map((g) => g.sumber));
  return renderMdx(dibaca.teks, {
    base,
    bahasa: 'id',
    sumber: entry.data.sumber.map((s) => s.kunci),
    bab,
    gambar: penyelesaiGambar(full, join(resolve(dirKonten), entry.collection), gambar, base),
  });
}
