import { z } from 'zod';
import { denganPesan } from './pesan.ts';
import { JENIS_PENULIS } from '../data/klasifikasi.ts';
import { hostLain } from './alamat-teks.ts';
import { idEntri, teks, teksSebaris, url, vocab } from './common.ts';

/**
 * An author or reviewer. The handbook credits institutions and teams, never invented people:
 * a person is only listed with their consent, by a maintainer.
 */
export const penulisSchema = z
  .strictObject({
  /** Permanent id, the same as the file name without `.yaml`. */
  id: idEntri(),
  /** Name of the institution or team, e.g. "Universitas Gadjah Mada". */
  nama: teksSebaris(),
  /** `institusi` for a university or agency, `tim` for an editorial team. */
  jenis: vocab(JENIS_PENULIS),
  /** Faculty, department or parent body, e.g. "Fakultas Ilmu Sosial dan Ilmu Politik". */
  unit: teksSebaris().optional(),
  /** The institution's website. */
  situs: url().optional(),
  /** One or two sentences on the role in the handbook. */
  keterangan: teks(),
})
  .superRefine((p, ctx) => {
    // The About page shows the name as the link to `situs`: a name that reads as another address
    // ("www.menpan.go.id" opening contoh.invalid) is a link text naming another site.
    const lain = p.situs ? hostLain(p.nama, p.situs) : undefined;
    if (lain) {
      ctx.addIssue({
        code: 'custom',
        path: ['nama'],
        input: p.nama,
        message: `nama "${lain.tampak}" menyebut alamat ${lain.disebut}, tetapi halaman Tentang menautkannya ke situs ${lain.tujuan}: pembaca mengira membuka alamat yang tertulis; tulis nama lembaganya, atau samakan situs dengan alamat itu`,
      });
    }
  });

/** Its problems are worded in Indonesian while it parses, whoever parses it (./pesan.ts). */
denganPesan(penulisSchema);

export type Penulis = z.infer<typeof penulisSchema>;
