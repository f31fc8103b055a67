/**
 * What each rating on the readiness card (evidence 0–5, impact, cost, complexity) requires of an
 * entry's structured fields. One module, read by the schema (so `npm run check` and the build
 * refuse a rating its fields do not support) and by the rating guide, whose tables
 * (`<TabelPenilaian unsur="…" />`) render from it.
 */
import { namaBaku } from './alamat-teks.ts';
import { BIAYA, CAKUPAN_WILAYAH, JENIS_DASAR_HUKUM, JENIS_SUMBER_RESMI, KEKUATAN_BUKTI, KOMPLEKSITAS, SISTEM_INFORMASI, TINGKAT_DAMPAK, TINGKAT_VERIFIKASI } from '../data/klasifikasi.ts';

type Bahasa = 'id' | 'en';
/** A rating the fields do not support, on the field to change. */
export interface MasalahPenilaian {
  path: readonly (string | number)[];
  message: string;
}

/** The fields a rating is judged on (a practice's or a model's frontmatter). */
export interface DataBukti {
  kesiapan: {
    kekuatan_bukti: number;
    dampak_utama: { baseline: string; hasil: string; periode: string; sumber: string; pembanding?: string | undefined };
    replikasi: readonly { status: string; instansi?: string }[];
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
export const JENIS_EVALUASI: readonly string[] = ['jurnal', 'dokumen-resmi', 'regulasi'];
/** The least evidence that rests on an independent evaluation, which the entry must then cite where it reports results. */
export const BUKTI_EVALUASI = 4;

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
    syarat: 'paling sedikit 2 replikasi berstatus "implementasi" oleh instansi yang berbeda di kesiapan.replikasi',
    syarat_en: 'at least 2 replications with status "implementasi" by different agencies in kesiapan.replikasi',
    path: ['kesiapan', 'replikasi'],
    // One adopter written twice (or once per stage) is one replication.
    terpenuhi: ({ kesiapan: { replikasi } }) => new Set(replikasi.filter((r) => r.status === 'implementasi').map((r, i) => (r.instansi === undefined ? i : namaBaku(r.instansi)))).size >= 2,
  },
];


/** Every requirement the entry's evidence rating claims but its fields do not show. */
export function masalahBukti(d: DataBukti): MasalahPenilaian[] {
  const nilai = d.kesiapan.kekuatan_bukti;
  // A value outside the scale is the scale's error, reported on its own.
  if (!KEKUATAN_BUKTI.some((k) => Number(k.slug) === nilai)) return [];
  return SYARAT_BUKTI.filter((s) => s.nilai <= nilai && !s.terpenuhi(d)).map((s) => ({
    path: s.path,
    message: `kekuatan bukti ${nilai} memerlukan: ${s.syarat} (syarat nilai ${s.nilai}). Lengkapi datanya, atau turunkan kesiapan.kekuatan_bukti ke ${s.nilai - 1}`,
  }));
}

/** The guide's table: each level, its name and definition, and what the fields must show. */
function barisTabelBukti(locale: Bahasa = 'id'): { nilai: string; nama: string; definisi: string; syarat: string[] }[] {
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
export function masalahModel(model: KartuRingkas, praktik: readonly KartuRingkas[]): MasalahPenilaian[] {
  if (!praktik.length) return [];
  const out: MasalahPenilaian[] = [];
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

/* ---------- Wording ---------- */

/** Words that claim an innovation works; a reader takes them at their word. */
export const KATA_TERBUKTI = /\b(terbukti|terbuktikan|dibuktikan|membuktikan|proven|proved|proves)\b/gi;
/** A denial just before the word ("belum terbukti", "sulit dibuktikan", "tidak dapat membuktikan") says the opposite… */
const SANGKALAN = /\b(?:belum|tidak|tak|bukan|sulit|tanpa|not|never|yet to be)\s+(?:\p{L}+\s+)?$/iu;
/** …unless it only widens the claim ("tidak hanya terbukti", "not only proven"). */
const BUKAN_SANGKALAN = /\b(?:tidak|bukan|not)\s+(?:hanya|saja|only|just)\s+$/iu;

/** Where a text calls the innovation proven, not counting where it says that it is not. */
export function klaimTerbukti(teks: string): { kata: string; index: number }[] {
  const out: { kata: string; index: number }[] = [];
  // Every text node and frontmatter text is asked; each of the words holds one of these, and a
  // search for them is a fifth of the pattern's cost.
  if (!/bukti|prov/i.test(teks)) return out;
  for (const m of teks.matchAll(KATA_TERBUKTI)) {
    const sebelum = teks.slice(Math.max(0, m.index - 40), m.index);
    if (SANGKALAN.test(sebelum) && !BUKAN_SANGKALAN.test(sebelum)) continue;
    out.push({ kata: m[0], index: m.index });
  }
  return out;
}
/** The least evidence that may be called proven: a result set against a comparison (level 3). */
export const BUKTI_UNTUK_TERBUKTI = 3;

/* ---------- Impact ---------- */

/** The fields an impact rating is judged on. Models have no reach of their own: they follow their practices (`masalahModel`). */
export interface DataDampak {
  cakupan_wilayah?: string | undefined;
  kesiapan: { tingkat_dampak: string; kekuatan_bukti: number; dampak_utama: { perubahan_persen?: number | undefined } };
}

/** A change of at least this share of the baseline counts as large (the guide's "a third or more"). */
const PERUBAHAN_BESAR_PERSEN = 33;
const CAKUPAN_LUAS = ['kabupaten-kota', 'provinsi', 'nasional'];
const CAKUPAN_SKALA_BESAR = ['provinsi', 'nasional'];
/** "a, b atau c" / "a, b or c". */
const atau = (kata: string[], b: Bahasa) => (kata.length < 2 ? kata.join('') : `${kata.slice(0, -1).join(', ')} ${b === 'en' ? 'or' : 'atau'} ${kata.at(-1)}`);
const namaCakupan = (slugs: string[], b: Bahasa) => atau(slugs.map((s) => CAKUPAN_WILAYAH.find((c) => c.slug === s)![b].toLowerCase()), b);

interface SyaratDampak {
  tingkat: string;
  syarat: (b: Bahasa) => string;
  terpenuhi(d: DataDampak): boolean;
}

const SYARAT_DAMPAK: readonly SyaratDampak[] = [
  {
    tingkat: 'sedang',
    syarat: (b) =>
      b === 'en'
        ? `evidence 2 or more (a measured change in the main indicator), or a reach (cakupan_wilayah) of ${namaCakupan(CAKUPAN_LUAS, b)}`
        : `kekuatan bukti paling sedikit 2 (perubahan terukur pada indikator utama), atau cakupan_wilayah ${namaCakupan(CAKUPAN_LUAS, b)}`,
    terpenuhi: (d) => d.kesiapan.kekuatan_bukti >= 2 || CAKUPAN_LUAS.includes(d.cakupan_wilayah ?? ''),
  },
  {
    tingkat: 'tinggi',
    syarat: (b) =>
      b === 'en'
        ? `evidence 2 or more, and a change (dampak_utama.perubahan_persen) of at least ${PERUBAHAN_BESAR_PERSEN}% either way or a reach of ${namaCakupan(CAKUPAN_SKALA_BESAR, b)}`
        : `kekuatan bukti paling sedikit 2, dan perubahan (dampak_utama.perubahan_persen) paling sedikit ${PERUBAHAN_BESAR_PERSEN}% naik atau turun atau cakupan_wilayah ${namaCakupan(CAKUPAN_SKALA_BESAR, b)}`,
    terpenuhi: (d) =>
      d.kesiapan.kekuatan_bukti >= 2 &&
      (Math.abs(d.kesiapan.dampak_utama.perubahan_persen ?? 0) >= PERUBAHAN_BESAR_PERSEN || CAKUPAN_SKALA_BESAR.includes(d.cakupan_wilayah ?? '')),
  },
];

/** A practice's impact level its fields do not support. */
export function masalahDampak(d: DataDampak): MasalahPenilaian[] {
  const s = SYARAT_DAMPAK.find((x) => x.tingkat === d.kesiapan.tingkat_dampak);
  if (!s || s.terpenuhi(d)) return [];
  const lebihRendah = TINGKAT_DAMPAK[urutanDampak(s.tingkat) - 1]!.slug;
  return [{ path: ['kesiapan', 'tingkat_dampak'], message: `tingkat dampak "${s.tingkat}" memerlukan ${s.syarat('id')}. Lengkapi datanya, atau turunkan ke "${lebihRendah}"` }];
}

/** A year inside a baseline or result ("11% (2021)") says when, not how much. */
const TAHUN_DALAM_TEKS = /\b(?:19|20)\d{2}\b/g;
/** Does a baseline or result record a figure, not "tidak tersedia" or a year alone? */
const memuatAngka = (teks: string) => !TIDAK_TERSEDIA.test(teks) && /\d/.test(teks.replace(TAHUN_DALAM_TEKS, ''));

/**
 * A percentage change is arithmetic on the baseline and the result; without both figures it is
 * invented, and the card would show it (and rate the impact on it) all the same.
 */
export interface DataPerubahan {
  kesiapan: { dampak_utama: { baseline: string; hasil: string; perubahan_persen?: number | undefined } };
}

/** Magnitude words after a figure ("Rp1,2 miliar"). */
const PENGALI: Record<string, number> = { ribu: 1e3, rb: 1e3, juta: 1e6, jt: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 };

/**
 * The first figure of a baseline or result, read the Indonesian way ("1.425" is 1425, "12,05" is
 * 12.05), with its magnitude word and without years: "12,05% (2020)" is 12.05.
 */
export function angkaPertama(teks: string): number | undefined {
  const m = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(ribu|rb|juta|jt|miliar|milyar|triliun)\b)?/i.exec(teks.replace(TAHUN_DALAM_TEKS, ' '));
  if (!m) return undefined;
  return Number(`${m[1]!.replace(/\./g, '')}.${m[2] ?? '0'}`) * (m[3] ? PENGALI[m[3].toLowerCase()]! : 1);
}

/** A number as an Indonesian reader writes it: decimal comma, at most two decimals. */
const angkaId = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

export function masalahPerubahan(d: DataPerubahan): MasalahPenilaian[] {
  const { baseline, hasil, perubahan_persen } = d.kesiapan.dampak_utama;
  if (perubahan_persen === undefined) return [];
  const tanpaAngka = Object.entries({ baseline, hasil }).filter(([, v]) => !memuatAngka(v));
  if (!tanpaAngka.length) {
    // The card rates the impact on this number, so it must be the arithmetic it claims to be.
    const b = angkaPertama(baseline);
    const h = angkaPertama(hasil);
    if (b === undefined || h === undefined || b === 0) return [];
    const hitung = ((h - b) / b) * 100;
    if (Math.abs(hitung - perubahan_persen) <= Math.max(1, Math.abs(hitung) * 0.02)) return [];
    return [
      {
        path: ['kesiapan', 'dampak_utama', 'perubahan_persen'],
        message: `perubahan_persen ${perubahan_persen} tidak sesuai angka yang tercatat: dari baseline ${angkaId(b)} ke hasil ${angkaId(h)} perubahannya (${angkaId(h)} − ${angkaId(b)}) ÷ ${angkaId(b)} = ${angkaId(hitung)} persen. Tulis perubahan_persen: ${Math.round(hitung)}, atau periksa baseline dan hasil (angka pertama masing-masing dibaca sebagai nilai indikatornya)`,
      },
    ];
  }
  return [
    {
      path: ['kesiapan', 'dampak_utama', 'perubahan_persen'],
      message: `perubahan_persen ${perubahan_persen} harus dihitung dari baseline dan hasil yang tercatat, tetapi ${tanpaAngka.map(([k, v]) => `${k} "${v}"`).join(' dan ')} tidak memuat angka. Hapus perubahan_persen, atau isi baseline dan hasil dengan angka dari sumber`,
    },
  ];
}

/* ---------- Verification ---------- */

const TINGKAT_DOKUMEN_RESMI = 'dokumen-resmi' satisfies (typeof TINGKAT_VERIFIKASI)[number]['slug'];

/**
 * "Verified against official documents" names what the facts were checked against: at least one
 * source must be such a document. The author guide: an entry resting on media reports and official
 * websites is `media-terverifikasi`, the next level down.
 */
export interface DataVerifikasi {
  tingkat_verifikasi: string;
  sumber: readonly { jenis: string }[];
}

export function masalahVerifikasi(d: DataVerifikasi): MasalahPenilaian[] {
  if (d.tingkat_verifikasi !== TINGKAT_DOKUMEN_RESMI) return [];
  const resmi: readonly string[] = JENIS_SUMBER_RESMI;
  if (d.sumber.some((s) => resmi.includes(s.jenis))) return [];
  const jenis = [...new Set(d.sumber.map((s) => s.jenis))];
  const lebihRendah = TINGKAT_VERIFIKASI[TINGKAT_VERIFIKASI.findIndex((t) => t.slug === TINGKAT_DOKUMEN_RESMI) + 1]!.slug;
  return [
    {
      path: ['tingkat_verifikasi'],
      message: `tingkat verifikasi "${TINGKAT_DOKUMEN_RESMI}" memerlukan paling sedikit satu sumber berjenis ${atau(JENIS_SUMBER_RESMI.map((j) => `"${j}"`), 'id')} (sumber entri ini berjenis ${jenis.join(', ')}). Tambahkan dokumen resminya ke sumber, atau turunkan tingkat_verifikasi ke "${lebihRendah}"`,
    },
  ];
}

/* ---------- Cost ---------- */

/** The band a yearly amount (millions of rupiah) falls in. */
export function pitaBiaya(juta: number): number {
  return Number(BIAYA.find((b) => juta < b.sampai_juta)!.slug);
}

export function masalahBiaya(k: { biaya: number; biaya_juta_per_tahun: number }): MasalahPenilaian[] {
  const pita = pitaBiaya(k.biaya_juta_per_tahun);
  if (pita === k.biaya) return [];
  const def = BIAYA.find((b) => Number(b.slug) === pita)!;
  return [{ path: ['kesiapan', 'biaya'], message: `biaya ${k.biaya} tidak sesuai biaya_juta_per_tahun ${k.biaya_juta_per_tahun} (Rp${k.biaya_juta_per_tahun} juta masuk biaya ${pita}: ${def.keterangan.replace(/\.$/, '')}). Ubah salah satunya` }];
}

/* ---------- Complexity ---------- */

/** The fields complexity is scored on. */
export interface DataKompleksitas {
  kesiapan: { kompleksitas: string; kriteria_kompleksitas: { instansi_terlibat: number; tingkat_pemerintahan: number; sistem_informasi: string } };
  dasar_hukum: readonly { jenis: string; wajib_replikator: boolean }[];
}

type JenisHukum = (typeof JENIS_DASAR_HUKUM)[number]['slug'];
/** Instruments an adopter issues within its own unit, or that need no enactment, weigh nothing. */
const REGULASI_SKOR: Record<JenisHukum, number> = { sk: 0, lainnya: 0, kepmen: 1, perkada: 1, inpres: 2, keppres: 2, permen: 2, perda: 2, pp: 2, perpres: 2, uu: 2 };
const SISTEM_SKOR: Record<(typeof SISTEM_INFORMASI)[number]['slug'], number> = { 'tanpa-aplikasi': 0, 'aplikasi-yang-ada': 0, 'aplikasi-baru': 1, 'integrasi-sistem-nasional': 2 };
const namaHukum = (slugs: string[], b: Bahasa) => slugs.map((s) => JENIS_DASAR_HUKUM.find((j) => j.slug === s)![b]).join(', ');
const namaSistem = (slugs: string[], b: Bahasa) => atau(slugs.map((s) => SISTEM_INFORMASI.find((j) => j.slug === s)![b].toLowerCase()), b);
const hukumBerskor = (n: number) => Object.entries(REGULASI_SKOR).filter(([, v]) => v === n).map(([k]) => k);
const sistemBerskor = (n: number) => Object.entries(SISTEM_SKOR).filter(([, v]) => v === n).map(([k]) => k);

/** One criterion, its 0–2 score and what each score means in the guide. */
interface KriteriaSkor {
  medan: string;
  nama: Record<Bahasa, string>;
  skor(d: DataKompleksitas): number;
  arti: Record<Bahasa, [string, string, string]>;
}

export const KRITERIA_KOMPLEKSITAS: readonly KriteriaSkor[] = [
  {
    medan: 'kriteria_kompleksitas.instansi_terlibat',
    nama: { id: 'Instansi yang terlibat', en: 'Agencies involved' },
    skor: ({ kesiapan: { kriteria_kompleksitas: k } }) => (k.instansi_terlibat >= 4 ? 2 : k.instansi_terlibat >= 2 ? 1 : 0),
    arti: { id: ['1', '2–3', '4 atau lebih'], en: ['1', '2–3', '4 or more'] },
  },
  {
    medan: 'kriteria_kompleksitas.tingkat_pemerintahan',
    nama: { id: 'Tingkat pemerintahan yang bertindak', en: 'Levels of government that act' },
    skor: ({ kesiapan: { kriteria_kompleksitas: k } }) => Math.min(2, k.tingkat_pemerintahan - 1),
    arti: { id: ['1', '2', '3 atau 4'], en: ['1', '2', '3 or 4'] },
  },
  {
    medan: 'dasar_hukum (wajib_replikator: true)',
    nama: { id: 'Regulasi baru yang harus diterbitkan replikator', en: 'New regulation the adopter must issue' },
    skor: ({ dasar_hukum }) => Math.max(0, ...dasar_hukum.filter((h) => h.wajib_replikator).map((h) => REGULASI_SKOR[h.jenis as JenisHukum] ?? 0)),
    arti: {
      id: [`tidak ada, atau ${namaHukum(hukumBerskor(0), 'id')}`, namaHukum(hukumBerskor(1), 'id'), namaHukum(hukumBerskor(2), 'id')],
      en: [`none, or ${namaHukum(hukumBerskor(0), 'en')}`, namaHukum(hukumBerskor(1), 'en'), namaHukum(hukumBerskor(2), 'en')],
    },
  },
  {
    medan: 'kriteria_kompleksitas.sistem_informasi',
    nama: { id: 'Sistem informasi', en: 'Information system' },
    skor: ({ kesiapan: { kriteria_kompleksitas: k } }) => SISTEM_SKOR[k.sistem_informasi as keyof typeof SISTEM_SKOR] ?? 0,
    arti: {
      id: [namaSistem(sistemBerskor(0), 'id'), namaSistem(sistemBerskor(1), 'id'), namaSistem(sistemBerskor(2), 'id')],
      en: [namaSistem(sistemBerskor(0), 'en'), namaSistem(sistemBerskor(1), 'en'), namaSistem(sistemBerskor(2), 'en')],
    },
  },
];

/** Highest total score of each level: 0–2 rendah, 3–4 sedang, 5–8 tinggi. */
const BATAS_KOMPLEKSITAS: Record<(typeof KOMPLEKSITAS)[number]['slug'], number> = { rendah: 2, sedang: 4, tinggi: 8 };

export function skorKompleksitas(d: DataKompleksitas): { total: number; tingkat: string; rincian: { nama: string; skor: number }[] } {
  const rincian = KRITERIA_KOMPLEKSITAS.map((k) => ({ nama: k.nama.id, skor: k.skor(d) }));
  const total = rincian.reduce((a, r) => a + r.skor, 0);
  const tingkat = KOMPLEKSITAS.find((t) => total <= BATAS_KOMPLEKSITAS[t.slug])!.slug;
  return { total, tingkat, rincian };
}

export function masalahKompleksitas(d: DataKompleksitas): MasalahPenilaian[] {
  const { total, tingkat, rincian } = skorKompleksitas(d);
  if (tingkat === d.kesiapan.kompleksitas) return [];
  return [
    {
      path: ['kesiapan', 'kompleksitas'],
      message: `kompleksitas "${d.kesiapan.kompleksitas}" tidak sesuai kriterianya: skor ${total} (${rincian.map((r) => `${r.nama.toLowerCase()} ${r.skor}`).join(', ')}) berarti "${tingkat}". Ubah kompleksitas ke "${tingkat}", atau perbaiki kesiapan.kriteria_kompleksitas`,
    },
  ];
}

/* ---------- The guide's tables ---------- */

export const UNSUR_PENILAIAN = ['bukti', 'dampak', 'biaya', 'kompleksitas', 'tingkat-kompleksitas'] as const;
export type UnsurPenilaian = (typeof UNSUR_PENILAIAN)[number];

/**
 * A guide table's columns, each its interface-text key under `penilaian.kolom.`: the schema may not
 * import the dictionaries (test/lapisan.test.ts), so the renderer puts the words in.
 */
export type KolomPenilaian = 'nilai' | 'nama' | 'tingkat' | 'definisi' | 'definisiBiaya' | 'syarat' | 'kriteria' | 'isian' | 'skor0' | 'skor1' | 'skor2' | 'jumlahSkor';

/** A guide table: its columns and rows of cells (a cell with several lines is a list). */
export function tabelPenilaian(unsur: UnsurPenilaian, b: Bahasa): { kepala: KolomPenilaian[]; baris: (string | string[])[][] } {
  const en = b === 'en';
  const ket = (t: { keterangan: string; keterangan_en: string }) => (en ? t.keterangan_en : t.keterangan);
  switch (unsur) {
    case 'bukti':
      return {
        kepala: ['nilai', 'nama', 'definisi', 'syarat'],
        baris: barisTabelBukti(b).map((r) => [r.nilai, r.nama, r.definisi, r.syarat.length ? r.syarat : '–']),
      };
    case 'dampak':
      return {
        kepala: ['tingkat', 'definisi', 'syarat'],
        baris: TINGKAT_DAMPAK.map((t) => [t[b], ket(t), SYARAT_DAMPAK.find((s) => s.tingkat === t.slug)?.syarat(b) ?? '–']),
      };
    case 'biaya':
      return {
        kepala: ['nilai', 'nama', 'definisiBiaya'],
        baris: BIAYA.map((t) => [t.slug, t[b], ket(t)]),
      };
    case 'kompleksitas':
      return {
        kepala: ['kriteria', 'isian', 'skor0', 'skor1', 'skor2'],
        baris: KRITERIA_KOMPLEKSITAS.map((k) => [k.nama[b], k.medan, ...k.arti[b]]),
      };
    case 'tingkat-kompleksitas':
      return {
        kepala: ['tingkat', 'jumlahSkor'],
        baris: KOMPLEKSITAS.map((t) => [t[b], ket(t)]),
      };
  }
}
