import { z } from 'zod';
import { denganPesan } from './pesan.ts';
import { STATUS_PUBLIKASI } from '../data/klasifikasi.ts';
import { riwayat } from './riwayat.ts';
import { idEntri, ref, teks, teksSebaris, vocab } from './common.ts';

/** A chapter of the handbook: how to use it, how to replicate, how ratings are defined, glossary. */
export const panduanSchema = z.strictObject({
  /** Permanent id, the same as the file name without `.mdx`. */
  id: idEntri(),
  /** Title of the guide. */
  judul: teksSebaris(),
  /** One or two sentences on what the reader learns here. */
  ringkasan: teks(),
  /** Language of this file: `id`, or `en` for a translation stored under `content/panduan/en/`. */
  bahasa: z.enum(['id', 'en']).default('id'),
  /** Position in the guide sequence (1 first); previous/next links follow it. */
  urutan: z.int().min(1),
  /** Ids of the authors in `content/penulis/`. */
  penulis: z.array(ref('penulis')).min(1),
  /** Publication status: `draf` → `tinjauan` → `terbit`. */
  status: vocab(STATUS_PUBLIKASI),
  /** Change history, newest first; a `besar` change needs a note. */
  riwayat,
});

/** Its problems are worded in Indonesian while it parses, whoever parses it (./pesan.ts). */
denganPesan(panduanSchema);

export type Panduan = z.infer<typeof panduanSchema>;
