import { z } from 'zod';
import { JENIS_INOVASI, BENTUK_INOVASI, CAKUPAN_WILAYAH, STATUS_KEBERLANJUTAN, STATUS_PUBLIKASI, TAHAP_SIKLUS, TAHAPAN_IID, TINGKAT_VERIFIKASI } from '../data/klasifikasi.ts';
import { PRIORITAS_PRESIDEN, TEMA_PRIORITAS_PRESIDEN, TEMA_RB } from '../data/tema.ts';
import { SDGS } from '../data/sdg.ts';
import { URUSAN_PEMERINTAHAN } from '../data/urusan.ts';
import { masalahBiaya, masalahBukti, masalahDampak, masalahKompleksitas, masalahPerubahan, masalahVerifikasi, type DataBukti, type DataKompleksitas, type DataPerubahan, type DataVerifikasi, type MasalahPenilaian } from './penilaian.ts';
import { tinjauanEntri } from './tinjauan.ts';
import { namaBaku } from './alamat-teks.ts';
import { idEntri, jumlahKata, numericVocab, ref, slug, tahun, tanggal, teks, teksSebaris, vocab } from './common.ts';
import { masalahStatus } from './keberlanjutan.ts';
import { instansiAsal, instansiMitra, kontak } from './instansi.ts';
import { kesiapan } from './kesiapan.ts';
import { penghargaan } from './penghargaan.ts';
import { denganPesan } from './pesan.ts';
import { riwayat } from './riwayat.ts';
import { dasarHukum, lampiran, masalahAlamatBukti, sumber, type AlamatBukti } from './sumber.ts';

/** Longest card summary, in words; the 200-word summary lives in the body. */
export const RINGKASAN_MAKS_KATA = 60;

const ringkasan = () =>
  teks().refine((s) => jumlahKata(s) <= RINGKASAN_MAKS_KATA, {
    error: (iss) =>
      `terlalu panjang: ${jumlahKata(String(iss.input))} kata, paling banyak ${RINGKASAN_MAKS_KATA}; ringkasan 200 kata ditulis di bagian "Ringkasan" isi entri`,
  });

/** What an entry is and how it is classified: the first fields of every entry file. */
const identitas = {
  /** Permanent id, kebab-case, the same as the file name without `.mdx`; never change it once published. */
  id: idEntri(),
  /** Name as officially written, e.g. "PanganKu" or "Model Inovasi Bidang Penanganan Stunting". */
  judul: teksSebaris(),
  /** Expansion of an acronym name, e.g. "Sistem Informasi Pencegahan Stunting Terintegrasi". */
  kepanjangan: teksSebaris().optional(),
  /** At most 60 words for cards and search results: what it is, for whom, and its result. */
  ringkasan: ringkasan(),
  /** Optional English summary for English pages, at most 60 words. */
  ringkasan_en: ringkasan().optional(),
  /** Other names and acronyms readers may search for, e.g. ["TPID", "4K"]. */
  alias: z.array(teksSebaris()).default([]),
  /** RB Tematik focus. Use `percepatan-prioritas-presiden` for stunting, inflation and P3DN. */
  tema_rb: vocab(TEMA_RB),
  /** Presidential priority; required exactly when `tema_rb` is `percepatan-prioritas-presiden`. */
  prioritas_presiden: vocab(PRIORITAS_PRESIDEN).optional(),
  /** SDG numbers 1–17 (Perpres 59/2017) the entry contributes to; at least one. */
  sdgs: z.array(numericVocab(SDGS)).min(1),
  /** Government affairs (UU 23/2014) it belongs to; at least one. */
  urusan_pemerintahan: z.array(vocab(URUSAN_PEMERINTAHAN)).min(1),
  /** Free keywords readers may search for, e.g. ["1000 HPK", "posyandu"]. */
  kata_kunci: z.array(teksSebaris()).default([]),
};

/**
 * The entry's record after its own fields: legal bases, the card, attachments, contact, sources,
 * and who wrote and reviewed it. The order is the order of the file (and of the studio's form).
 */
const rekam = <K extends z.ZodType>(kontakEntri: K) => ({
  /** Legal bases: national rules and the instruments an adopter must issue. */
  dasar_hukum: z.array(dasarHukum).default([]),
  /** The replication-readiness card shown at the top of the page. */
  kesiapan,
  /** Downloadable SOPs, sample regulations, templates, videos. */
  lampiran: z.array(lampiran).default([]),
  /** Institutional contact; no personal names, phones or e-mails. */
  kontak: kontakEntri,
  /** Every source of a fact in the entry, with the date you consulted it; at least one. */
  sumber: z.array(sumber).min(1).superRefine((daftar, ctx) => {
    const dilihat = new Map<string, number>();
    daftar.forEach((s, i) => {
      const lain = dilihat.get(s.kunci);
      if (lain !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'kunci'], input: s.kunci, message: `kunci "${s.kunci}" sudah dipakai sumber ke-${lain + 1}; setiap sumber perlu kunci sendiri` });
      else dilihat.set(s.kunci, i);
    });
  }),
  /** How far the facts were checked; be honest: media reports are `media-terverifikasi`. */
  tingkat_verifikasi: vocab(TINGKAT_VERIFIKASI),
  /** Ids of the authors in `content/penulis/`, at least one. */
  penulis: z.array(ref('penulis')).min(1),
  /** Ids of the reviewers in `content/penulis/`; leave empty until someone has reviewed it (the page then says so). */
  peninjau: z.array(ref('penulis')).default([]),
  /** Publication status: `draf` → `tinjauan` → `terbit`. A draft is never published; `tinjauan` appears labelled as awaiting review except in the official edition, which shows only `terbit`. In the studio the workflow column sets it. */
  status: vocab(STATUS_PUBLIKASI),
  /** Change history, newest first; a `besar` change needs a note. */
  riwayat,
});

/** One documented innovation (a KIPP winner or similar), with its own readiness card. */
export const praktikSchema = z
  .strictObject({
    ...identitas,
    /** Ids of the thematic models that synthesise this practice, if any; each model must list it too. */
    model: z.array(ref('model')).default([]),
    /** Form of innovation (PP 38/2017). */
    bentuk_inovasi: vocab(BENTUK_INOVASI),
    /** `digital` or `non-digital`. */
    jenis_inovasi: vocab(JENIS_INOVASI),
    /** What kind of thing it is, in a few words, e.g. "sistem informasi", "layanan jemput bola". */
    jenis_detail: teksSebaris().optional(),
    /** The agency that owns the innovation. */
    instansi_asal: instansiAsal,
    /** Partners and their roles. */
    instansi_mitra: z.array(instansiMitra).default([]),
    /** Geographic reach of the service. */
    cakupan_wilayah: vocab(CAKUPAN_WILAYAH),
    /** Year the innovation was put into practice. */
    tahun_mulai: tahun(),
    /** Year it stopped, only if it stopped. */
    tahun_selesai: tahun().optional(),
    /** Lifecycle stage (OECD OPSI). */
    tahap_siklus: vocab(TAHAP_SIKLUS),
    /** IID stage, if the agency reports one. */
    tahapan_iid: vocab(TAHAPAN_IID).optional(),
    /** Whether it still runs; `berhenti-vakum` puts a warning on the page. */
    status_keberlanjutan: vocab(STATUS_KEBERLANJUTAN),
    /** Date the sustainability status was last checked (YYYY-MM-DD). */
    tanggal_status: tanggal(),
    /** Keys of the sources (in `sumber`, each with `terbit`) that show the status; `berlanjut` needs one published at most 24 months before `tanggal_status`; leave out for `belum-diverifikasi`. */
    status_sumber: z.array(slug()).min(1).optional(),
    /** Awards, each tied to its year and with a source. */
    penghargaan: z.array(penghargaan).default([]),
    ...rekam(kontak),
  })
  .superRefine((v, ctx) => {
    temaRefine(v, ctx);
    if (v.tahun_selesai !== undefined && v.tahun_selesai < v.tahun_mulai) {
      ctx.addIssue({
        code: 'custom',
        path: ['tahun_selesai'],
        message: `tidak mungkin sebelum tahun_mulai (${v.tahun_mulai})`,
      });
    }
    if (v.tahun_selesai !== undefined && v.status_keberlanjutan !== 'berhenti-vakum') {
      ctx.addIssue({
        code: 'custom',
        path: ['status_keberlanjutan'],
        message: `harus "berhenti-vakum" karena tahun_selesai diisi (${v.tahun_selesai})`,
      });
    }
    // The innovating agency running its own innovation again is not evidence that others can.
    const asal = namaBaku(v.instansi_asal.nama);
    v.kesiapan.replikasi.forEach((r, i) => {
      if (namaBaku(r.instansi) === asal) {
        ctx.addIssue({ code: 'custom', path: ['kesiapan', 'replikasi', i, 'instansi'], message: `"${r.instansi}" adalah instansi_asal inovasi ini, jadi bukan replikasi: replikasi adalah penerapan oleh instansi lain; hapus butir ini, atau tulis instansi yang menirunya` });
      }
    });
    penilaianRefine(v, ctx, [...masalahDampak(v), ...masalahStatus(v)]);
    alamatBuktiRefine(v, ctx);
    tinjauanRefine(v, ctx);
  });

/** A thematic implementation model that synthesises several practices into one replicable design. */
export const modelSchema = z
  .strictObject({
    ...identitas,
    /** Cohort of the PANRB model books: 2023 (RB Tematik) or 2024 (presidential priorities). */
    tahun_model: tahun(),
    /** Ids of the practices this model synthesises, at least two once past `draf`; each must list this model in its `model`. */
    praktik: z.array(ref('praktik')).default([]),
    ...rekam(kontak.optional()),
  })
  .superRefine((v, ctx) => {
    temaRefine(v, ctx);
    penilaianRefine(v, ctx);
    alamatBuktiRefine(v, ctx);
    tinjauanRefine(v, ctx);
  });

type Ctx = z.core.$RefinementCtx;

function temaRefine(v: { tema_rb: string; prioritas_presiden?: string | undefined }, ctx: Ctx) {
  const prioritas = v.tema_rb === TEMA_PRIORITAS_PRESIDEN;
  if (prioritas && !v.prioritas_presiden) {
    ctx.addIssue({
      code: 'custom',
      path: ['prioritas_presiden'],
      message: `wajib diisi karena tema_rb "${TEMA_PRIORITAS_PRESIDEN}". Pilihan: ${PRIORITAS_PRESIDEN.map((p) => p.slug).join(', ')}`,
    });
  }
  if (!prioritas && v.prioritas_presiden) {
    ctx.addIssue({
      code: 'custom',
      path: ['prioritas_presiden'],
      message: `hanya boleh diisi bila tema_rb "${TEMA_PRIORITAS_PRESIDEN}" (ditemukan tema_rb "${v.tema_rb}"); hapus baris ini atau ubah tema_rb`,
    });
  }
}

/**
 * `terbit` means reviewed: at least one reviewer, and not only the authors reviewing themselves.
 * Until then the entry is `tinjauan`, which every edition but the official one shows, labelled.
 */
function tinjauanRefine(v: { status: string; penulis: { id: string }[]; peninjau: { id: string }[] }, ctx: Ctx) {
  const m = tinjauanEntri(v.status, v.penulis.map((p) => p.id), v.peninjau.map((p) => p.id));
  if (m) ctx.addIssue({ code: 'custom', path: m.path, message: m.message });
}

/**
 * A rating is a claim about the fields: src/schema/penilaian.ts says what each level needs. A
 * model's impact follows its practices instead (src/rules/references.ts), so only a practice
 * passes its impact problems in.
 */
function penilaianRefine(v: DataBukti & DataKompleksitas & DataPerubahan & DataVerifikasi & { kesiapan: { biaya: number; biaya_juta_per_tahun: number } }, ctx: Ctx, lain: MasalahPenilaian[] = []) {
  for (const m of [...masalahBukti(v), ...lain, ...masalahPerubahan(v), ...masalahBiaya(v.kesiapan), ...masalahKompleksitas(v), ...masalahVerifikasi(v)]) {
    ctx.addIssue({ code: 'custom', path: [...m.path], message: m.message });
  }
}

/** An address given as evidence is a source: it belongs in the reference list (./sumber.ts). */
function alamatBuktiRefine(v: AlamatBukti, ctx: Ctx) {
  for (const m of masalahAlamatBukti(v)) ctx.addIssue({ code: 'custom', path: m.path, message: m.message });
}

/** Their problems are worded in Indonesian while they parse, whoever parses them (./pesan.ts). */
denganPesan(praktikSchema);
denganPesan(modelSchema);

export type Praktik = z.infer<typeof praktikSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Entri = Praktik | Model;
export type JenisEntri = 'model' | 'praktik';
