/**
 * Rules of one entry as a file, beyond its schema: its id is its file name, a guide's language is
 * its folder, its frontmatter keeps no template text, none of its dates or years lies in the
 * future, and its contact shows no sign of a person (./kontak.ts). They need today's date, or
 * raise warnings, which a schema cannot. The checker (src/validate/run.ts) finds each problem's
 * line from its field path.
 */
import { dariAstroId, SEGMEN_HALAMAN } from '../data/routes.ts';
import { tahun } from '../schema/common.ts';
import type { Koleksi } from '../schema/index.ts';
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
  // Awards judge an innovation that runs; one before its start is more often a slip in either year.
  const mulai = raw.tahun_mulai;
  if (adalahTahun(mulai) && Array.isArray(raw.penghargaan)) {
    raw.penghargaan.forEach((p: unknown, i) => {
      const t = p && typeof p === 'object' ? (p as Record<string, unknown>).tahun : undefined;
      if (adalahTahun(t) && t < mulai) {
        out.push({ path: ['penghargaan', i, 'tahun'], level: 'warning', message: `tahun penghargaan ${t} lebih awal daripada tahun_mulai ${mulai}: penghargaan diberikan kepada inovasi yang sudah berjalan; periksa kedua tahun itu` });
      }
    });
  }
  out.push(...masalahKontak(raw.kontak));
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
