import { z } from 'zod';
import { INSTANSI_DAERAH, INSTANSI_KABKOTA, JENIS_INSTANSI } from '../data/instansi.ts';
import { KABKOTA, PROVINSI } from '../data/wilayah.ts';
import { email, pola, teks, teksSebaris, url, vocab } from './common.ts';
import { pesanKodeKabkota, pesanKodeProvinsi } from './kode-wilayah.ts';

/** A Kemendagri province code; the list is long, so the message points to the reference, or to the code meant. */
export const kodeProvinsi = () => vocab(PROVINSI, { error: (iss) => pesanKodeProvinsi(iss.input) });

/** A Kemendagri regency/city code "PP.KK". */
const kodeKabkota = () => vocab(KABKOTA, { error: (iss) => pesanKodeKabkota(iss.input) });

/** The agency that owns the innovation. */
export const instansiAsal = z
  .strictObject({
    /** Full official name of the agency, e.g. "Pemerintah Kabupaten Kulon Progo". */
    nama: teksSebaris(),
    /** Agency type; one of the JIPPNas/KIPP clusters, e.g. `pemerintah-kabupaten`. */
    jenis: vocab(JENIS_INSTANSI),
    /** The unit that runs the innovation (UPP/OPD), e.g. "Dinas Pertanian dan Pangan". */
    unit: teksSebaris(),
    /** Kemendagri province code as a quoted string, e.g. "34" for DI Yogyakarta. Required for regional agencies. */
    kode_provinsi: kodeProvinsi().optional(),
    /** Kemendagri regency/city code "PP.KK", e.g. "34.01" for Kabupaten Kulon Progo. Required for regencies, cities and villages. */
    kode_kabkota: kodeKabkota().optional(),
    /** `true` when the area is a 3T region (tertinggal, terdepan, terluar). */
    daerah_3t: z.boolean().default(false),
    /** The innovation's or agency's page on JIPPNas, if there is one. */
    jippnas_url: url().optional(),
  })
  .superRefine((v, ctx) => {
    const daerah = (INSTANSI_DAERAH as readonly string[]).includes(v.jenis);
    // The scaffold fills both codes in; a region code files a national agency's innovation under that region.
    for (const kolom of ['kode_provinsi', 'kode_kabkota'] as const) {
      if (daerah || !v[kolom]) continue;
      ctx.addIssue({
        code: 'custom',
        path: [kolom],
        message: `hapus baris ${kolom}: kode wilayah hanya untuk instansi daerah (pemerintah provinsi, kabupaten, kota, desa, dan BUMD), bukan untuk instansi berjenis "${v.jenis}"; dengan kode ini entri masuk saringan wilayah tersebut`,
      });
    }
    if (v.jenis === 'pemerintah-provinsi' && v.kode_kabkota) {
      ctx.addIssue({
        code: 'custom',
        path: ['kode_kabkota'],
        message: 'hapus baris kode_kabkota: pemerintah provinsi hanya memakai kode_provinsi; kode kabupaten/kota hanya untuk pemerintah kabupaten, kota, desa, dan BUMD milik kabupaten/kota',
      });
    }
    if (daerah && !v.kode_provinsi) {
      ctx.addIssue({
        code: 'custom',
        path: ['kode_provinsi'],
        message: `wajib diisi untuk instansi berjenis "${v.jenis}": tulis kode provinsi Kemendagri, mis. "34"`,
      });
    }
    if ((INSTANSI_KABKOTA as readonly string[]).includes(v.jenis) && !v.kode_kabkota) {
      ctx.addIssue({
        code: 'custom',
        path: ['kode_kabkota'],
        message: `wajib diisi untuk instansi berjenis "${v.jenis}": tulis kode kabupaten/kota Kemendagri, mis. "34.01"`,
      });
    }
    if (v.kode_kabkota && v.kode_provinsi && !v.kode_kabkota.startsWith(`${v.kode_provinsi}.`)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kode_kabkota'],
        message: `kode "${v.kode_kabkota}" bukan kabupaten/kota di provinsi "${v.kode_provinsi}": dua digit pertamanya harus sama dengan kode_provinsi`,
      });
    }
  });

/** A partner organisation and what it contributes. */
export const instansiMitra = z.strictObject({
  /** Name of the partner, e.g. "Perum Bulog" or "Bank Indonesia". */
  nama: teksSebaris(),
  /** Its role in one short phrase, e.g. "penyedia aplikasi dan 300 ponsel". */
  peran: teks(),
});

/** Institutional contact only: a unit, an office e-mail or telephone, a website. Never a person. */
export const kontak = z.strictObject({
  /** The unit to contact, e.g. "Bidang Ketersediaan Pangan, Dinas Pertanian dan Pangan". */
  unit: teksSebaris(),
  /** An office e-mail address (not a personal one). */
  email: email().optional(),
  /** An office telephone number, e.g. "(0274) 123456". */
  telepon: pola(/^[0-9()+\-\s]{6,20}$/, 'harus berupa nomor telepon kantor, 6–20 karakter: angka, spasi, "+", "-", dan tanda kurung, mis. "(0274) 123456"').optional(),
  /** The agency's website. */
  situs: url().optional(),
});
