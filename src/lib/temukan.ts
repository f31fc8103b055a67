/**
 * The fit-finder's ranking: which practices and models suit an agency, and why. Pure and
 * deterministic; the weights below are explained, with the same numbers, in the guide
 * "Cara Kerja Temukan" (a unit test keeps the two in step).
 */
import type { SkemaUrl } from './keadaan-url.ts';
import type { Ringkas } from './ringkas.ts';

/** An agency's answers; every question is optional. */
export interface Jawaban {
  instansi?: string | undefined;
  provinsi?: string | undefined;
  daerah3t?: boolean | undefined;
  tema?: string | undefined;
  /** Highest cost band (1–5) the agency can fund each year. */
  anggaran?: number | undefined;
  digital?: 'rendah' | 'sedang' | 'tinggi' | undefined;
  /** Months available before the service must start. */
  bulan?: number | undefined;
  /** Whether partners (university, BUMN/BUMD, CSR, NGO) are available. */
  mitra?: boolean | undefined;
}

/** What the ranking reads of an entry's summary record (./ringkas.ts). */
export type Kandidat = Pick<
  Ringkas,
  'koleksi' | 'id' | 'judul' | 'tema' | 'prioritas' | 'instansi' | 'provinsi' | 'daerah3t' | 'jenisInovasi' | 'biaya' | 'bukti' | 'kompleksitas' | 'persiapan' | 'replikasi' | 'mitra' | 'keberlanjutan' | 'prasyarat'
>;

/** A reason, as a code and its values; the page words it in the reader's language. */
export interface Alasan {
  kode: string;
  nilai?: (string | number)[];
}

/** A ranked candidate with its reasons (not a search result: that is HasilCari in cari.ts). */
export interface HasilTemukan<K extends Kandidat = Kandidat> {
  kandidat: K;
  skor: number;
  cocok: Alasan[];
  perlu: Alasan[];
}

/** The points each criterion adds or subtracts. */
export const BOBOT = {
  temaSama: 30,
  instansiSama: 10,
  tingkatSama: 5,
  provinsiSama: 5,
  terbukti3t: 10,
  kompleks3t: -5,
  biayaSesuai: 15,
  biayaLebihPerPita: -10,
  waktuCukup: 10,
  waktuKurang: -5,
  digitalSesuai: 5,
  digitalKurang: -10,
  nonDigitalSederhana: 5,
  mitraTersedia: 3,
  mitraTidakAda: -5,
  kompleksitasRendah: 6,
  kompleksitasSedang: 3,
  buktiPerTingkat: 2,
  replikasiPerBuah: 3,
  replikasiMaks: 9,
  vakum: -15,
} as const;

const TINGKAT: Record<string, string> = {
  'pemerintah-provinsi': 'provinsi',
  'pemerintah-kabupaten': 'kabkota',
  'pemerintah-kota': 'kabkota',
  'pemerintah-desa': 'desa',
  kementerian: 'pusat',
  lembaga: 'pusat',
  bumn: 'usaha',
  bumd: 'usaha',
};

/** Rank candidates for an agency's answers, best first. A chosen theme is a filter, not a weight. */
export function peringkat<K extends Kandidat>(kandidat: readonly K[], j: Jawaban): HasilTemukan<K>[] {
  const pool = j.tema ? kandidat.filter((k) => k.tema === j.tema || k.prioritas === j.tema) : kandidat;
  return pool
    .map((k) => nilai(k, j))
    .sort((a, b) => b.skor - a.skor || a.kandidat.judul.localeCompare(b.kandidat.judul, 'id'));
}

function nilai<K extends Kandidat>(k: K, j: Jawaban): HasilTemukan<K> {
  const B = BOBOT;
  let skor = 0;
  const cocok: Alasan[] = [];
  const perlu: Alasan[] = [];
  const add = (points: number, list: Alasan[] | undefined, alasan?: Alasan) => {
    skor += points;
    if (list && alasan) list.push(alasan);
  };

  if (j.tema) add(B.temaSama, cocok, { kode: 'tema', nilai: [j.tema] });
  if (j.instansi && k.instansi) {
    if (k.instansi === j.instansi) add(B.instansiSama, cocok, { kode: 'instansiSama', nilai: [k.instansi] });
    else if (TINGKAT[k.instansi] === TINGKAT[j.instansi]) add(B.tingkatSama, cocok, { kode: 'tingkatSama' });
  }
  if (j.provinsi && k.provinsi === j.provinsi) add(B.provinsiSama, cocok, { kode: 'provinsiSama', nilai: [k.provinsi] });
  if (j.daerah3t) {
    if (k.daerah3t) add(B.terbukti3t, cocok, { kode: 'terbukti3t' });
    if (k.kompleksitas === 'tinggi') add(B.kompleks3t, perlu, { kode: 'kompleks3t' });
  }
  if (j.anggaran !== undefined) {
    if (k.biaya <= j.anggaran) add(B.biayaSesuai, cocok, { kode: 'biayaSesuai', nilai: [k.biaya] });
    else add(B.biayaLebihPerPita * (k.biaya - j.anggaran), perlu, { kode: 'biayaLebih', nilai: [k.biaya, j.anggaran] });
  }
  if (j.bulan !== undefined) {
    if (k.persiapan <= j.bulan) add(B.waktuCukup, cocok, { kode: 'waktuCukup', nilai: [k.persiapan] });
    else add(B.waktuKurang, perlu, { kode: 'waktuKurang', nilai: [k.persiapan, j.bulan] });
  }
  if (j.digital && k.jenisInovasi) {
    if (k.jenisInovasi === 'digital' && j.digital === 'rendah') add(B.digitalKurang, perlu, { kode: 'digitalKurang' });
    else if (k.jenisInovasi === 'digital') add(B.digitalSesuai, cocok, { kode: 'digitalSesuai' });
    else if (j.digital === 'rendah') add(B.nonDigitalSederhana, cocok, { kode: 'nonDigital' });
  }
  if (j.mitra !== undefined && k.mitra > 0) {
    if (j.mitra) add(B.mitraTersedia, cocok, { kode: 'mitraTersedia', nilai: [k.mitra] });
    else add(B.mitraTidakAda, perlu, { kode: 'mitraPerlu', nilai: [k.mitra] });
  }
  if (k.kompleksitas === 'rendah') add(B.kompleksitasRendah, cocok, { kode: 'kompleksitasRendah' });
  else if (k.kompleksitas === 'sedang') add(B.kompleksitasSedang, undefined);
  if (k.bukti > 0) add(B.buktiPerTingkat * k.bukti, k.bukti >= 2 ? cocok : undefined, { kode: 'bukti', nilai: [k.bukti] });
  if (k.replikasi > 0) add(Math.min(B.replikasiPerBuah * k.replikasi, B.replikasiMaks), cocok, { kode: 'replikasi', nilai: [k.replikasi] });
  if (k.keberlanjutan === 'berhenti-vakum') add(B.vakum, perlu, { kode: 'vakum' });
  for (const p of k.prasyarat.slice(0, 3)) perlu.push({ kode: 'prasyarat', nilai: [p] });
  return { kandidat: k, skor, cocok, perlu };
}

/**
 * The answers in the page's URL (read and written by src/lib/keadaan-url.ts):
 * `?instansi=pemerintah-kabupaten&provinsi=94&3t=ya&tema=…&anggaran=2&digital=rendah&bulan=6&mitra=tidak`.
 * Anything malformed is ignored; the island passes the options its form offers as `dikenal`.
 */
export const URL_TEMUKAN = {
  instansi: { jenis: 'satu' },
  provinsi: { jenis: 'satu' },
  daerah3t: { jenis: 'yaTidak', kunci: '3t' },
  tema: { jenis: 'satu' },
  anggaran: { jenis: 'bilangan', min: 1, maks: 5 },
  digital: { jenis: 'pilih', nilai: ['rendah', 'sedang', 'tinggi'] },
  bulan: { jenis: 'bilangan', min: 1, maks: 60 },
  mitra: { jenis: 'yaTidak' },
} as const satisfies SkemaUrl;
