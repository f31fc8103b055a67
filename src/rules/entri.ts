/**
 * Rules of one entry as a file, beyond its schema: its id is its file name, a guide's language is
 * its folder, its frontmatter keeps no template text, and none of its dates lies in the future.
 * The checker (src/validate/run.ts) finds each problem's line from its field path.
 */
import { dariAstroId } from '../data/routes.ts';
import type { Koleksi } from '../schema/index.ts';
import { PLACEHOLDER } from './body.ts';
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

/** Template text and empty sections are a warning while the entry is a draft, an error after. */
export const tingkatIsian = (status: string | undefined): Tingkat => (status === 'draf' ? 'warning' : 'error');

/** Every problem of the entry's frontmatter against its file, in the order of its fields. */
export function masalahEntri({ koleksi, namaBerkas, astroId, raw, today }: BerkasEntri): MasalahIsian[] {
  const out: MasalahIsian[] = [];
  if (typeof raw.id === 'string' && raw.id !== namaBerkas) {
    out.push({ path: ['id'], level: 'error', message: `id "${raw.id}" harus sama dengan nama berkas "${namaBerkas}"; ganti id atau nama berkasnya (id yang sudah terbit tidak boleh diubah)` });
  }
  if (koleksi === 'panduan') {
    const inEn = dariAstroId(koleksi, astroId).bahasa === 'en';
    if (inEn !== (raw.bahasa === 'en')) {
      out.push({ path: ['bahasa'], level: 'error', message: inEn ? 'berkas di content/panduan/en/ harus memakai bahasa: en' : 'bahasa: en hanya untuk berkas di content/panduan/en/' });
    }
  }
  const isian = tingkatIsian(typeof raw.status === 'string' ? raw.status : undefined);
  for (const [path, value] of strings(raw)) {
    if (PLACEHOLDER.test(value)) out.push({ path, level: isian, message: `masih berisi teks isian: "${value.slice(0, 60)}"` });
    const last = path[path.length - 1];
    if ((last === 'diakses' || last === 'tanggal_status' || last === 'tanggal') && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today) {
      out.push({ path, level: 'error', message: `tanggal ${value} ada di masa depan (hari ini ${today})` });
    }
  }
  return out;
}

/** Every string in the raw frontmatter with its path. */
export function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}
