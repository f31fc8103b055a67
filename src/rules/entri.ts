/**
 * Rules of one entry as a file, beyond its schema: its id is its file name, a guide's language is
 * its folder, its frontmatter keeps no template text, none of its dates or years lies in the
 * future, and its contact shows no sign of a person (./kontak.ts). They need today's date, or
 * raise warnings, which a schema cannot. The checker (src/validate/run.ts) finds each problem's
 * line from its field path.
 */
import { dariAstroId, SEGMEN_HALAMAN } from '../data/routes.ts';
import { kunciAlamat, tahun } from '../schema/common.ts';
import type { Koleksi } from '../schema/index.ts';
import { BATAS } from './batas.ts';
import { PLACEHOLDER } from './body.ts';
import { masalahKontak } from './kontak.ts';
import type { MasalahIsian, Tingkat } from './masalah.ts';

export interface BerkasEntri {
  koleksi: Koleksi;
  /** The file's name without its extension. */
  namaBerkas: string;
  /** The id as Astro derives it from the file path (e.g. `en/cara-replikasi`). */
  astroId: string;
  /** The frontmatter as written. */
  raw: Record<string, unknown>;
  /** Today's date (YYYY-MM-DD). */
  today: string;
}

/** Fields holding a year (`tahun()` in the schema, and a source's `terbit` written as a year): each names something that has happened. */
const KOLOM_TAHUN = new Set<PropertyKey>(['tahun', 'tahun_mulai', 'tahun_selesai', 'tahun_model', 'terbit']);
/** Fields holding a date, `YYYY-MM-DD` (a source's `terbit` may also be `YYYY-MM`). */
const KOLOM_TANGGAL = new Set<PropertyKey>(['diakses', 'tanggal_status', 'tanggal', 'terbit']);

const TAHUN = tahun();
/** A year the schema accepts; anything else is the schema's error, reported on its own. */
const adalahTahun = (v: unknown): v is number => TAHUN.safeParse(v).success;

/** Template text and empty sections are a warning while the entry is a draft, an error after. */
export const tingkatIsian = (status: string | undefined): Tingkat => (status === 'draf' ? 'warning' : 'error');

/** Every problem of the entry's frontmatter against its file, in the order of its fields. */
export function masalahEntri({ koleksi, namaBerkas, astroId, raw, today }: BerkasEntri): MasalahIsian[] {
  const out: MasalahIsian[] = [];
  if (typeof raw.id === 'string' && raw.id !== namaBerkas) {
    out.push({ path: ['id'], level: 'error', message: `id "${raw.id}" harus sama dengan nama berkas "${namaBerkas}"; ganti id atau nama berkasnya (id yang sudah terbit tidak boleh diubah)` });
  }
  if ((koleksi === 'praktik' || koleksi === 'model') && namaBerkas === SEGMEN_HALAMAN) {
    out.push({ path: ['id'], level: 'error', message: `id "${SEGMEN_HALAMAN}" dipakai alamat halaman daftar (/${koleksi}/${SEGMEN_HALAMAN}/2/), jadi halaman entri ini akan tertukar dengannya; pilih id lain, mis. "${SEGMEN_HALAMAN}-layanan", dan ganti nama berkasnya juga` });
  }
  if (koleksi === 'panduan') {
    const inEn = dariAstroId(koleksi, astroId).bahasa === 'en';
    if (inEn !== (raw.bahasa === 'en')) {
      out.push({ path: ['bahasa'], level: 'error', message: inEn ? 'berkas di content/panduan/en/ harus memakai bahasa: en' : 'bahasa: en hanya untuk berkas di content/panduan/en/' });
    }
  }
  if (koleksi === 'praktik' || koleksi === 'model') out.push(...masalahIstilah(raw));
  const isian = tingkatIsian(typeof raw.status === 'string' ? raw.status : undefined);
  const tahunIni = Number(today.slice(0, 4));
  for (const [path, value] of daun(raw)) {
    const last = path[path.length - 1];
    if (typeof value === 'number') {
      if (KOLOM_TAHUN.has(last!) && adalahTahun(value) && value > tahunIni) out.push({ path, level: 'error', message: `tahun ${value} ada di masa depan (hari ini ${today})` });
      continue;
    }
    if (typeof value !== 'string') continue;
    if (PLACEHOLDER.test(value)) out.push({ path, level: isian, message: `masih berisi teks isian: "${value.slice(0, 60)}"` });
    // A month is in the future once it is after this month: compare as many characters as were written.
    if (KOLOM_TANGGAL.has(last!) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(value) && (value.length === 10 || last === 'terbit') && value > today.slice(0, value.length)) {
      out.push({ path, level: 'error', message: `tanggal ${value} ada di masa depan (hari ini ${today})` });
    }
  }
  out.push(...masalahTahunBukti(raw));
  out.push(...masalahKontak(raw.kontak));
  return out;
}

const objek = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const daftar = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(objek) : []);
/** The year a source's `terbit` (YYYY, YYYY-MM or YYYY-MM-DD) falls in. */
const tahunTerbit = (v: unknown): number | undefined => (typeof v === 'number' || typeof v === 'string' ? Number(String(v).slice(0, 4)) || undefined : undefined);
/** The year a decree's number gives ("KepmenPANRB 192/2020", "… Tahun 2020"). */
const TAHUN_PENETAPAN = /\/\s*((?:19|20)\d{2})\b|\btahun\s+((?:19|20)\d{2})\b/i;

/**
 * Years that contradict each other or the evidence's own date: an award or a replication before the
 * innovation began, an award whose decree is of another year, and a page published before the year
 * it is cited for (it cannot state an award, a replication or a result that came later). Each is more
 * often a slip in one of the years than a fact, so each is a warning, an error once published.
 */
function masalahTahunBukti(raw: Record<string, unknown>): MasalahIsian[] {
  const out: MasalahIsian[] = [];
  const terbitDi = new Map<string, number>();
  for (const s of daftar(raw.sumber)) {
    const t = tahunTerbit(s.terbit);
    if (typeof s.url === 'string' && t !== undefined) terbitDi.set(kunciAlamat(s.url), t);
  }
  const sumberLebihAwal = (alamat: unknown, tahun: number) => {
    const t = typeof alamat === 'string' ? terbitDi.get(kunciAlamat(alamat)) : undefined;
    return t !== undefined && t < tahun ? t : undefined;
  };
  const mulai = adalahTahun(raw.tahun_mulai) ? raw.tahun_mulai : undefined;
  daftar(raw.penghargaan).forEach((p, i) => {
    const t = p.tahun;
    if (!adalahTahun(t)) return;
    // Awards judge an innovation that runs; one before its start is more often a slip in either year.
    if (mulai !== undefined && t < mulai) {
      out.push({ path: ['penghargaan', i, 'tahun'], level: 'warning', message: `tahun penghargaan ${t} lebih awal daripada tahun_mulai ${mulai}: penghargaan diberikan kepada inovasi yang sudah berjalan; periksa kedua tahun itu` });
    }
    const dasar = typeof p.dasar_penetapan === 'string' ? TAHUN_PENETAPAN.exec(p.dasar_penetapan) : null;
    const tahunDasar = dasar ? Number(dasar[1] ?? dasar[2]) : undefined;
    // A competition's winners may be decreed early the next year; a decree before the award's year, or later than that, is a slip.
    if (tahunDasar !== undefined && (tahunDasar < t || tahunDasar > t + 1)) {
      out.push({ path: ['penghargaan', i, 'tahun'], level: 'warning', message: `tahun penghargaan ${t} berbeda dari tahun dasar_penetapan "${String(p.dasar_penetapan)}" (${tahunDasar}); periksa keduanya pada sumber penghargaan` });
    }
    const awal = sumberLebihAwal(p.sumber, t);
    if (awal !== undefined) {
      out.push({ path: ['penghargaan', i, 'sumber'], level: 'warning', message: `sumber penghargaan ini terbit ${awal}, sebelum tahun penghargaan ${t}, jadi tidak dapat menyatakan penghargaan itu; periksa tahun penghargaan, atau rujuk sumber yang mengumumkannya` });
    }
  });
  const kesiapan = objek(raw.kesiapan);
  daftar(kesiapan.replikasi).forEach((r, i) => {
    const t = r.tahun;
    if (!adalahTahun(t)) return;
    if (mulai !== undefined && t < mulai) {
      out.push({ path: ['kesiapan', 'replikasi', i, 'tahun'], level: 'warning', message: `tahun replikasi ${t} lebih awal daripada tahun_mulai ${mulai}: inovasi tidak dapat ditiru sebelum dimulai; periksa kedua tahun itu` });
    }
    const awal = sumberLebihAwal(r.sumber, t);
    if (awal !== undefined) {
      out.push({ path: ['kesiapan', 'replikasi', i, 'sumber'], level: 'warning', message: `sumber replikasi ini terbit ${awal}, sebelum tahun replikasinya ${t}, jadi tidak dapat melaporkannya; periksa tahun replikasi, atau rujuk sumber yang melaporkannya` });
    }
  });
  // The card's result needs a source that was written after the period it reports on ended (a result
  // the sources do not give, "tidak tersedia", has no such source).
  const dampak = objek(kesiapan.dampak_utama);
  const adaHasil = typeof dampak.hasil === 'string' && !/^\s*"?tidak tersedia/i.test(dampak.hasil);
  const akhir = adaHasil && typeof dampak.periode === 'string' ? Math.max(0, ...[...dampak.periode.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]))) : 0;
  const awal = akhir ? sumberLebihAwal(dampak.sumber, akhir) : undefined;
  if (awal !== undefined) {
    out.push({ path: ['kesiapan', 'dampak_utama', 'sumber'], level: 'warning', message: `sumber dampak utama terbit ${awal}, sebelum akhir periodenya (${akhir}), jadi tidak dapat memuat hasil ${akhir}; periksa periode, atau rujuk sumber yang memuat hasil itu` });
  }
  return out;
}

/** Every value in the raw frontmatter that is not a list or a group, with its path. */
function* daun(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], unknown]> {
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* daun(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* daun(v, [...path, k]);
  else yield [path, value];
}

/** Every string in the raw frontmatter with its path. */
export function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  for (const [p, v] of daun(value, path)) if (typeof v === 'string') yield [p, v];
}

/**
 * Aliases and keywords are what search matches first: a long list of other topics' words puts the
 * entry at the top of searches it does not answer. One problem per list, at its first item over
 * the limit, and one per item that is a sentence rather than a name.
 */
function masalahIstilah(raw: Record<string, unknown>): MasalahIsian[] {
  const out: MasalahIsian[] = [];
  const daftar = [
    ['alias', BATAS.jumlahAlias, 'nama lain'],
    ['kata_kunci', BATAS.jumlahKataKunci, 'kata kunci'],
  ] as const;
  for (const [kolom, maks, sebutan] of daftar) {
    const isi = raw[kolom];
    if (!Array.isArray(isi)) continue;
    // As the schema's own array limits do, the count is judged once every item is a one-line text:
    // a list of broken items already has a problem per item.
    const utuh = isi.every((v) => typeof v === 'string' && v.trim() !== '' && !/[\r\n\u2028\u2029]/.test(v));
    if (utuh && isi.length > maks) {
      out.push({
        path: [kolom, maks],
        level: 'error',
        message: `${kolom} berisi ${isi.length} ${sebutan}, paling banyak ${maks}: pencarian mencocokkan ${sebutan} lebih dulu daripada isi, jadi daftar panjang menaruh entri ini di atas hasil pencarian yang tidak dijawabnya. Sisakan nama dan istilah yang benar-benar dipakai untuk inovasi ini`,
      });
    }
    isi.forEach((v, i) => {
      if (typeof v === 'string' && v.trim().length > BATAS.panjangIstilah) {
        out.push({ path: [kolom, i], level: 'error', message: `${sebutan} ini ${v.trim().length} karakter, paling banyak ${BATAS.panjangIstilah}: tulis satu nama atau istilah, bukan kalimat` });
      }
    });
  }
  return out;
}
