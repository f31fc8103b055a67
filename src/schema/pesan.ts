/**
 * The schemas' error map: every problem zod finds in a frontmatter is worded here, in Indonesian,
 * while it parses, saying what was found and what is expected. Starlight words its config errors
 * with an error map passed to each parse (its `utils/error-map.ts`); ours must also reach the parse
 * Astro runs for the content collections (the loader's `ctx.parseData`), which passes its own
 * per-parse map and would win over zod's global `customError` (and answers every `invalid_type`
 * with "Expected type …" or "Required"). So the map is attached to the schemas themselves: zod asks
 * the schema (or check) that raised an issue before any per-parse or global map. `npm run check`,
 * `npm run dev`, `npm run build`, the studio's import and the tests therefore word a problem the
 * same way, from this one function.
 *
 * A message a schema writes itself (an `error` option, a refinement's message) is kept: as the
 * whole message for a vocabulary or a refinement, after the value for a format (`slug()`: `teks
 * "X" harus berupa slug …`).
 */
import type { z } from 'zod';
import { nearest } from './jarak-edit.ts';
import { potong } from './common.ts';

type Isu = z.core.$ZodRawIssue;
type PetaPesan = (isu: Isu) => string | { message: string } | undefined | null;

const JENIS: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (baris-baris "- …")',
  object: 'kelompok "kunci: nilai"',
  date: 'tanggal TTTT-BB-HH',
  null: 'kosong',
  undefined: 'tidak ada',
};

/** A value as an author would recognise it in the message. */
function uraikan(value: unknown): string {
  if (value === null) return 'nilai kosong';
  if (Array.isArray(value)) return 'daftar';
  if (value instanceof Date) return `tanggal ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `teks "${potong(value, 40)}"`;
  if (typeof value === 'number') return `angka ${value}`;
  if (typeof value === 'boolean') return `nilai ${value}`;
  if (typeof value === 'object') return 'kelompok "kunci: nilai"';
  return String(value);
}

function daftar(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map(String).join(', ');
  return values.length > max ? `${shown}, … (${values.length} pilihan; lihat panduan penulis)` : shown;
}

/** The keys the object schema that raised an `unrecognized_keys` issue allows. */
function kunciDikenal(isu: Isu): string[] {
  const def = (isu.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

/**
 * How to write the value the field wants, when the author's value shows the usual slip: quotes
 * around a year or an amount, quotes missing around a number that is text (a regulation's
 * "nomor"), an amount written the way a letter writes it.
 */
function caraMenulis(expected: string, found: unknown): string {
  if (expected === 'number' && typeof found === 'string') {
    const t = found.trim();
    if (/^-?\d+(?:\.\d+)?$/.test(t)) return `; hapus tanda kutipnya: tulis ${t}, bukan "${t}"`;
    const rupiah = /^rp\.?\s*/i.test(t);
    const angka = t.replace(/^rp\.?\s*/i, '').replace(/[.,\s](?=\d{3}\b)/g, '');
    // The one amount in the frontmatter is in millions of rupiah (biaya_juta_per_tahun).
    if (rupiah && /^\d+$/.test(angka) && Number(angka) >= 1e6) return `; tulis jumlahnya dalam juta rupiah, tanpa Rp dan tanpa pemisah ribuan: ${Number(angka) / 1e6}`;
    if (/^-?\d+$/.test(angka)) return `; tulis angka saja, tanpa Rp dan tanpa pemisah ribuan: ${angka}`;
  }
  if (expected === 'string' && (typeof found === 'number' || typeof found === 'boolean')) return `; apit dengan tanda kutip ganda: "${String(found)}"`;
  if (expected === 'boolean' && typeof found === 'string') return '; tulis true atau false, tanpa tanda kutip';
  return '';
}

/** How many unknown keys of one group are named, each with its suggestion. */
export const SARAN_KUNCI = 20;

const tanpaPesan = (m: ReturnType<PetaPesan>): string | undefined => (typeof m === 'string' ? m : (m?.message ?? undefined));

/**
 * The Indonesian message of a zod issue, as zod hands it to an error map (with the value found,
 * `input`, and the schema that raised it, `inst`). `sendiri` is the message the schema wrote for
 * it, if any.
 */
export function pesanIsu(isu: Isu, sendiri?: string): string {
  const found = isu.input;
  const missing = found === undefined;
  switch (isu.code) {
    case 'invalid_type': {
      const jenis = JENIS[isu.expected] ?? isu.expected;
      if (missing) return `wajib diisi, tetapi tidak ada. Diharapkan: ${jenis}`;
      return `jenis nilai salah: ditemukan ${uraikan(found)}, diharapkan ${jenis}${caraMenulis(isu.expected, found)}`;
    }
    case 'invalid_value': {
      const allowed = isu.values.map(String);
      if (missing) return `wajib diisi, tetapi tidak ada. Pilihan: ${daftar(allowed)}`;
      // A message written in the schema knows the vocabulary better than a generic one.
      if (sendiri) return sendiri;
      const guess = typeof found === 'string' ? nearest(found, allowed) : undefined;
      // Cut: a hostile value of 480 KB was quoted whole, one line of the log.
      return `nilai ${JSON.stringify(typeof found === 'string' ? potong(found, 80) : found)} tidak dikenal. Pilihan: ${daftar(allowed)}${guess ? `. Mungkin maksud Anda "${guess}"?` : ''}`;
    }
    case 'unrecognized_keys': {
      const known = kunciDikenal(isu);
      // An author mistypes a few keys; thousands are a hostile file, whose suggestions and repeated
      // list made one message of megabytes and took the checker seconds.
      const sisa = isu.keys.length - SARAN_KUNCI;
      const pesan = isu.keys.slice(0, SARAN_KUNCI).map((k) => {
        const guess = nearest(k, known);
        return `kunci "${k}" tidak dikenal${guess ? `; mungkin maksud Anda "${guess}"?` : '.'} Kunci yang diizinkan: ${daftar(known, 40)}`;
      });
      if (sisa > 0) pesan.push(`dan ${sisa.toLocaleString('id-ID')} kunci lain juga tidak dikenal`);
      return pesan.join(' | ');
    }
    case 'too_small': {
      const n = Number(isu.minimum);
      if (isu.origin === 'array') return `terlalu sedikit: ${Array.isArray(found) ? found.length : 0} butir, paling sedikit ${n}`;
      if (isu.origin === 'string') return n <= 1 ? 'tidak boleh kosong' : `terlalu pendek: paling sedikit ${n} karakter`;
      return `terlalu kecil: ditemukan ${uraikan(found)}, paling kecil ${n}`;
    }
    case 'too_big': {
      const n = Number(isu.maximum);
      if (isu.origin === 'array') return `terlalu banyak: ${Array.isArray(found) ? found.length : 0} butir, paling banyak ${n}`;
      if (isu.origin === 'string') return `terlalu panjang: ${typeof found === 'string' ? `${found.length.toLocaleString('id-ID')} karakter, ` : ''}paling banyak ${n.toLocaleString('id-ID')} karakter`;
      return `terlalu besar: ditemukan ${uraikan(found)}, paling besar ${n}`;
    }
    case 'invalid_format': {
      const v = uraikan(found);
      switch (isu.format) {
        case 'url':
          return `${v} bukan URL yang sah; tulis alamat lengkap yang diawali https://`;
        case 'date':
          return `${v} bukan tanggal yang sah; gunakan format TTTT-BB-HH, mis. 2026-11-28`;
        case 'email':
          return `${v} ${sendiri ?? 'bukan alamat e-mail yang sah'}`;
        case 'regex':
          return sendiri ? `${v} ${sendiri}` : `${v} tidak sesuai format yang diminta`;
        default:
          return `${v} tidak sesuai format ${isu.format}`;
      }
    }
    case 'invalid_union':
      if (missing) return 'wajib diisi, tetapi tidak ada';
      if (isu.errors.flat().some((e) => e.code === 'invalid_format' && e.format === 'date')) return `${uraikan(found)} bukan tanggal yang sah; gunakan format TTTT-BB-HH, mis. 2026-11-28`;
      return `nilai tidak sah: ditemukan ${uraikan(found)}`;
    case 'custom':
      return sendiri ?? `nilai tidak sah: ditemukan ${uraikan(found)}`;
    default:
      return sendiri ?? `nilai tidak sah: ditemukan ${uraikan(found)}`;
  }
}

interface Bagian {
  _zod: { def: { error?: PetaPesan } & Record<string, unknown> };
}
const bagianZod = (v: unknown): v is Bagian => typeof v === 'object' && v !== null && '_zod' in v && typeof (v as Bagian)._zod?.def === 'object';

const SUDAH = new WeakSet<object>();
/** The maps this module attached: a schema cloned from a mapped one (`.extend()`) carries one already. */
const PETA = new WeakSet<PetaPesan>();

/**
 * Attach the map to a schema and to every schema and check inside it (object fields, list items,
 * union options, wrapped and piped schemas, `.min()`, `.regex()`, refinements…). Each keeps its
 * own message, passed to the map as `sendiri`. Returns the schema, so a module can export
 * `denganPesan(z.object(…))`. Attaching twice changes nothing; a schema made from a mapped one
 * (`.extend()`) keeps its map, and attaching it maps the fields it added.
 */
export function denganPesan<S extends z.ZodType>(schema: S): S {
  const antre: unknown[] = [schema];
  while (antre.length) {
    const b = antre.pop();
    if (!bagianZod(b) || SUDAH.has(b)) continue;
    SUDAH.add(b);
    const def = b._zod.def;
    const asli = def.error;
    if (!asli || !PETA.has(asli)) {
      const peta: PetaPesan = (isu) => pesanIsu(isu, asli ? tanpaPesan(asli(isu)) : undefined);
      PETA.add(peta);
      def.error = peta;
    }
    for (const v of Object.values(def)) {
      if (Array.isArray(v)) antre.push(...v);
      else if (bagianZod(v)) antre.push(v);
      // An object's fields (`shape`): a plain record of schemas.
      else if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) antre.push(...Object.values(v));
    }
    if (def.type === 'lazy' && typeof def.getter === 'function') antre.push((def.getter as () => unknown)());
  }
  return schema;
}
