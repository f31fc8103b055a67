import { z } from 'zod';
import { KELOMPOK_KIPP, PREDIKAT_PENGHARGAAN, PROGRAM_PENGHARGAAN } from '../data/klasifikasi.ts';
import { tahun, teksSebaris, url, vocab } from './common.ts';

/** One award, always tied to its year, because the KIPP tiers changed from year to year. */
export const penghargaan = z
  .strictObject({
  /** Award programme; provincial KIPP rounds are `kipp-provinsi`, not `kipp`. */
  program: vocab(PROGRAM_PENGHARGAAN),
  /** Year of the award. */
  tahun: tahun(),
  /** Tier as awarded that year, e.g. `top-45`. */
  predikat: vocab(PREDIKAT_PENGHARGAAN),
  /** KIPP group (umum, replikasi, khusus), when known. */
  kelompok_kipp: vocab(KELOMPOK_KIPP).optional(),
  /** Category as named that year, e.g. "Kategori Kementerian". */
  kategori: teksSebaris().optional(),
  /** The legal instrument that set the award, e.g. "KepmenPANRB 192/2020". */
  dasar_penetapan: teksSebaris().optional(),
  /** `true` only when a source states the award; otherwise `false` and the page says it is unverified. */
  terverifikasi: z.boolean(),
  /** Page that states the award. */
  sumber: url(),
})
  .superRefine((p, ctx) => {
    // The page names the award by its kategori where the vocabulary has no name for it.
    if ((p.program === 'lainnya' || p.predikat === 'lainnya') && !p.kategori) {
      ctx.addIssue({ code: 'custom', path: ['kategori'], message: 'wajib diisi bila program atau predikat "lainnya": tulis nama penghargaannya, mis. "Juara I KIPP Tingkat Kabupaten Luwu Utara"' });
    }
  });

export type Penghargaan = z.infer<typeof penghargaan>;
