import { z } from 'zod';
import { BIAYA, KEKUATAN_BUKTI, KOMPLEKSITAS, SISTEM_INFORMASI, STATUS_REPLIKASI, TINGKAT_DAMPAK } from '../data/klasifikasi.ts';
import { kodeProvinsi } from './instansi.ts';
import { namaBaku } from './alamat-teks.ts';
import { numericVocab, tahun, teks, teksSebaris, url, vocab } from './common.ts';

/** The main measured result, stated so a reader can check it. */
const dampakUtama = z.strictObject({
  /** What was measured, e.g. "prevalensi stunting balita". */
  indikator: teks(),
  /** Value before the innovation, with its year; write "tidak tersedia" if no source gives it. */
  baseline: teks(),
  /** Value after, with its year; write "tidak tersedia" if no source gives it. */
  hasil: teks(),
  /** Period the change covers, e.g. "2018–2021". */
  periode: teksSebaris(),
  /** The source that states both figures. */
  sumber: url(),
  /** For evidence 3 and up: the comparison area or group and its result over the same period, e.g. "kecamatan tanpa program: 30% → 28%". */
  pembanding: teks().optional(),
  /** Relative change of the indicator in percent, from baseline to result, e.g. -35 for a fall by about a third; leave it out when either figure is "tidak tersedia". */
  perubahan_persen: z.number().min(-100).max(100_000).optional(),
});

/** What makes a replication hard, scored by the rule in the rating guide (src/schema/penilaian.ts). */
const kriteriaKompleksitas = z.strictObject({
  /** Agencies, OPD and partners whose work an adopter's service needs, counting the adopter's own unit, e.g. 3. */
  instansi_terlibat: z.int().min(1).max(1_000),
  /** How many levels of government must act, 1 to 4 (desa, kabupaten/kota, provinsi, pusat): a count, not a level code, so a ministry service only the centre runs is 1. */
  tingkat_pemerintahan: z.int().min(1).max(4),
  /** The information system an adopter needs. */
  sistem_informasi: vocab(SISTEM_INFORMASI),
});

/** One agency that copied the innovation. */
const replikasi = z.strictObject({
  /** The adopting agency, e.g. "Pemerintah Provinsi Nusa Tenggara Barat". */
  instansi: teksSebaris(),
  /** Province code of the adopter, when it is a regional agency. */
  kode_provinsi: kodeProvinsi().optional(),
  /** Year the replication started. */
  tahun: tahun(),
  /** Where the replication stands. */
  status: vocab(STATUS_REPLIKASI),
  /** Page that reports the replication. */
  sumber: url(),
});

/**
 * The replication-readiness card (after the EEF toolkit and Nesta's standards of evidence).
 * Every rating is defined in the guide "Cara Membaca Kartu Kesiapan" and justified in the entry's text.
 */
export const kesiapan = z.strictObject({
  /** The main measured result. */
  dampak_utama: dampakUtama,
  /** Size of the impact: `rendah`, `sedang` or `tinggi`, as defined in the rating guide. */
  tingkat_dampak: vocab(TINGKAT_DAMPAK),
  /** Evidence strength 0–5 (0 claim only … 5 verified replications), as defined in the rating guide. */
  kekuatan_bukti: numericVocab(KEKUATAN_BUKTI),
  /** One sentence on why this evidence level, naming the evaluation or data. */
  bukti_catatan: teks(),
  /** Cost band 1–5 of the new yearly spending an adopter needs, as defined in the rating guide; it must contain `biaya_juta_per_tahun`. */
  biaya: numericVocab(BIAYA),
  /** New yearly spending an adopter needs, in millions of rupiah, e.g. 120; say in `biaya_catatan` whether a source gives it or it is the editors' estimate. */
  biaya_juta_per_tahun: z.number().min(0).max(10_000_000),
  /** What the cost counts and leaves out, e.g. "aplikasi dan pelatihan; gaji ASN tidak dihitung". */
  biaya_catatan: teks(),
  /** Complexity of replicating it: `rendah`, `sedang` or `tinggi`, the level `kriteria_kompleksitas` scores to. */
  kompleksitas: vocab(KOMPLEKSITAS),
  /** The facts the complexity is scored on; a new regulation is read from `dasar_hukum` entries with `wajib_replikator: true`. */
  kriteria_kompleksitas: kriteriaKompleksitas,
  /** Months an adopter needs to prepare before the first service runs. */
  lama_persiapan_bulan: z.int().min(0).max(60),
  /** Conditions without which a replication fails, one short line each. */
  prasyarat: z.array(teks()).min(1),
  /** Known replications by other agencies, one item per adopter with where it stands now; leave empty (`[]`) if none is documented. */
  replikasi: z
    .array(replikasi)
    .default([])
    .superRefine((daftar, ctx) => {
      // The card counts implemented replications (and evidence 5 needs two): one adopter is one.
      const dilihat = new Map<string, number>();
      daftar.forEach((r, i) => {
        const nama = namaBaku(r.instansi);
        const lain = dilihat.get(nama);
        if (lain === undefined) dilihat.set(nama, i);
        else ctx.addIssue({ code: 'custom', path: [i, 'instansi'], input: r.instansi, message: `"${r.instansi}" sudah tercatat sebagai replikasi ke-${lain + 1}; satu instansi satu butir replikasi, dengan status terakhirnya` });
      });
    }),
});

export type Kesiapan = z.infer<typeof kesiapan>;
