import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Judul } from '../lib/mdx/render.ts';
import type { Gambar } from '../validate/gambar.ts';

/** What the content store keeps of a rendered body (./loader.ts writes the HTML itself to a file). */
export type MetadataIsi = {
  headings: Judul[];
  /** SHA-1 of the HTML: the file's name, and part of each page's incremental-build key. */
  sidikIsi: string;
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
