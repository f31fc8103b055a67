import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Judul } from './render.ts';

/** What the content store keeps of a rendered body (./loader.ts writes the HTML itself to a file). */
export interface MetadataIsi {
  headings: Judul[];
  /** SHA-1 of the HTML: the file's name, and part of each page's incremental-build key. */
  sidikIsi: string;
  berkasIsi: string;
}

export function folderIsi(cacheDir: URL, collection: string): string {
  return join(fileURLToPath(cacheDir), 'isi', collection);
}

/** The rendered body of an entry and its headings, for its page. */
export function isiEntri(entry: { id: string; collection: string; rendered?: { metadata?: object } | undefined }): { html: string; headings: Judul[] } {
  const meta = entry.rendered?.metadata as MetadataIsi | undefined;
  if (!meta?.berkasIsi) throw new Error(`Isi ${entry.collection}/${entry.id} belum dirender; jalankan build ulang dengan --force.`);
  return { html: readFileSync(meta.berkasIsi, 'utf8'), headings: meta.headings };
}
