/**
 * What each evidence level (0–5) requires of an entry's structured fields. One list, read by the
 * schema (so `npm run check` and the build refuse a rating its fields do not support) and by the
 * rating guide, whose table `<TabelBukti />` renders from it. Each level requires everything the
 * levels below it require.
 */
import { KEKUATAN_BUKTI, TINGKAT_DAMPAK } from '../data/klasifikasi.ts';

/** The fields a rating is judged on (a practice's or a model's frontmatter). */
export interface DataBukti {
  kesiapan: {
    kekuatan_bukti: number;
    dampak_utama: { baseline: string; hasil: string; periode: string; sumber: string; pembanding?: string | undefined };
    replikasi: readonly { status: string }[];
  };
  sumber: readonly { jenis: string }[];
}

export interface SyaratBukti {
  nilai: number;
  /** What the fields must show, for the guide's table and the checker's message. */
  syarat: string;
  /** The same in English, for the English guide. */
  syarat_en: string;
  /** The field a missing requirement points at. */
  path: readonly (string | number)[];
  terpenuhi(d: DataBukti): boolean;
}

const TIDAK_TERSEDIA = /^\s*"?tidak tersedia/i;
/** Sources that can carry an evaluation by someone other than the agency itself. */
const JENIS_EVALUASI = ['jurnal', 'dokumen-resmi', 'regulasi'];

export const SYARAT_BUKTI: readonly SyaratBukti[] = [
  {
    nilai: 2,
    syarat: 'kesiapan.dampak_utama memuat baseline dan hasil yang berupa angka dari sumber (bukan "tidak tersedia"), periodenya, dan sumbernya',
    syarat_en: 'kesiapan.dampak_utama gives a baseline and a result taken from a source (not "tidak tersedia"), their period, and the source',
    path: ['kesiapan', 'dampak_utama', 'baseline'],
    terpenuhi: ({ kesiapan: { dampak_utama: d } }) => !TIDAK_TERSEDIA.test(d.baseline) && !TIDAK_TERSEDIA.test(d.hasil) && !!d.periode.trim() && !!d.sumber,
  },
  {
    nilai: 3,
    syarat: 'kesiapan.dampak_utama.pembanding menyebut wilayah atau kelompok pembanding beserta hasilnya',
    syarat_en: 'kesiapan.dampak_utama.pembanding names a comparison area or group and its result',
    path: ['kesiapan', 'dampak_utama', 'pembanding'],
    terpenuhi: ({ kesiapan: { dampak_utama: d } }) => !!d.pembanding?.trim() && !TIDAK_TERSEDIA.test(d.pembanding),
  },
  {
    nilai: 4,
    syarat: `paling sedikit satu sumber berjenis ${JENIS_EVALUASI.map((j) => `"${j}"`).join(', ')} yang memuat evaluasi oleh pihak independen`,
    syarat_en: `at least one source of kind ${JENIS_EVALUASI.map((j) => `"${j}"`).join(', ')} holding an evaluation by an independent party`,
    path: ['sumber'],
    terpenuhi: ({ sumber }) => sumber.some((s) => JENIS_EVALUASI.includes(s.jenis)),
  },
  {
    nilai: 5,
    syarat: 'paling sedikit 2 replikasi berstatus "implementasi" di kesiapan.replikasi',
    syarat_en: 'at least 2 replications with status "implementasi" in kesiapan.replikasi',
    path: ['kesiapan', 'replikasi'],
    terpenuhi: ({ kesiapan: { replikasi } }) => replikasi.filter((r) => r.status === 'implementasi').length >= 2,
  },
];

/** Every requirement the entry's evidence rating claims but its fields do not show. */
export function masalahBukti(d: DataBukti): { path: readonly (string | number)[]; message: string }[] {
  const nilai = d.kesiapan.kekuatan_bukti;
  // A value outside the scale is the scale's error, reported on its own.
  if (!KEKUATAN_BUKTI.some((k) => Number(k.slug) === nilai)) return [];
  return SYARAT_BUKTI.filter((s) => s.nilai <= nilai && !s.terpenuhi(d)).map((s) => ({
    path: s.path,
    message: `kekuatan bukti ${nilai} memerlukan: ${s.syarat} (syarat nilai ${s.nilai}). Lengkapi datanya, atau turunkan kesiapan.kekuatan_bukti ke ${s.nilai - 1}`,
  }));
}

/** The guide's table: each level, its name and definition, and what the fields must show. */
export function barisTabelBukti(locale: 'id' | 'en' = 'id'): { nilai: string; nama: string; definisi: string; syarat: string[] }[] {
  return KEKUATAN_BUKTI.map((k) => ({
    nilai: k.slug,
    nama: k[locale],
    definisi: locale === 'en' ? k.keterangan_en : k.keterangan,
    syarat: SYARAT_BUKTI.filter((s) => s.nilai <= Number(k.slug)).map((s) => (locale === 'en' ? s.syarat_en : s.syarat)),
  }));
}

/** The ratings a model's card is checked against its practices on. */
export interface KartuRingkas {
  id: string;
  kekuatan_bukti: number;
  tingkat_dampak: string;
}

const urutanDampak = (slug: string) => TINGKAT_DAMPAK.findIndex((t) => t.slug === slug);

/**
 * The rule a model's card follows: a synthesis is not better evidenced, and does not claim more
 * impact, than the strongest practice it rests on. The model page states it next to the card.
 */
export function masalahModel(model: KartuRingkas, praktik: readonly KartuRingkas[]): { path: readonly string[]; message: string }[] {
  if (!praktik.length) return [];
  const out: { path: readonly string[]; message: string }[] = [];
  const bukti = Math.max(...praktik.map((p) => p.kekuatan_bukti));
  if (model.kekuatan_bukti > bukti) {
    const terkuat = praktik.filter((p) => p.kekuatan_bukti === bukti).map((p) => p.id);
    out.push({
      path: ['kesiapan', 'kekuatan_bukti'],
      message: `kekuatan bukti model (${model.kekuatan_bukti}) melebihi praktik terkuatnya (${terkuat.join(', ')}: ${bukti}); model tidak lebih terbukti daripada praktik yang disintesisnya`,
    });
  }
  const dampak = Math.max(...praktik.map((p) => urutanDampak(p.tingkat_dampak)));
  if (urutanDampak(model.tingkat_dampak) > dampak) {
    out.push({
      path: ['kesiapan', 'tingkat_dampak'],
      message: `tingkat dampak model (${model.tingkat_dampak}) melebihi praktik mana pun (paling tinggi ${TINGKAT_DAMPAK[dampak]?.slug}); turunkan, atau tunjukkan dampaknya di praktik`,
    });
  }
  return out;
}
