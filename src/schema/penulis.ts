import { z } from 'zod';
import { denganPesan } from './pesan.ts';
import { JENIS_PENULIS } from '../data/klasifikasi.ts';
import { idEntri, teks, url, vocab } from './common.ts';

/**
 * An author or reviewer. The handbook credits institutions and teams, never invented people:
 * a person is only listed with their consent, by a maintainer.
 */
export const penulisSchema = z.strictObject({
  /** Permanent id, the same as the file name without `.yaml`. */
  id: idEntri(),
  /** Name of the institution or team, e.g. "Universitas Gadjah Mada". */
  nama: teks(),
  /** `institusi` for a university or agency, `tim` for an editorial team. */
  jenis: vocab(JENIS_PENULIS),
  /** Faculty, department or parent body, e.g. "Fakultas Ilmu Sosial dan Ilmu Politik". */
  unit: teks().optional(),
  /** The institution's website. */
  situs: url().optional(),
  /** One or two sentences on the role in the handbook. */
  keterangan: teks(),
});

/** Its problems are worded in Indonesian while it parses, whoever parses it (./pesan.ts). */
denganPesan(penulisSchema);

export type Penulis = z.infer<typeof penulisSchema>;
