import { z } from 'zod';
import { JENIS_PERUBAHAN } from '../data/klasifikasi.ts';
import { tanggal, vocab } from './common.ts';

/** One line of the entry's change history; newest first. */
const perubahan = z
  .strictObject({
    /** Date of the change (YYYY-MM-DD). */
    tanggal: tanggal(),
    /** `besar` when facts, ratings or recommendations changed; `kecil` for wording and typos. */
    jenis: vocab(JENIS_PERUBAHAN),
    /** What changed and why. Required for a major change. */
    catatan: z.string().trim().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.jenis === 'besar' && !v.catatan) {
      ctx.addIssue({
        code: 'custom',
        path: ['catatan'],
        message: 'wajib diisi untuk perubahan besar: jelaskan apa yang berubah dan mengapa',
      });
    }
  });

export const riwayat = z
  .array(perubahan)
  .min(1)
  .superRefine((list, ctx) => {
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.tanggal > list[i - 1]!.tanggal) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'tanggal'],
          message: `urutan salah: riwayat ditulis dari yang terbaru; ${list[i]!.tanggal} lebih baru daripada ${list[i - 1]!.tanggal} di atasnya`,
        });
      }
    }
  });
