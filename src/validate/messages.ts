import { z } from 'zod';
import { nearest } from './suggest.ts';

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

function describe(value: unknown): string {
  if (value === null) return 'nilai kosong';
  if (Array.isArray(value)) return 'daftar';
  if (value instanceof Date) return `tanggal ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `teks "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'number') return `angka ${value}`;
  if (typeof value === 'boolean') return `nilai ${value}`;
  if (typeof value === 'object') return 'kelompok "kunci: nilai"';
  return String(value);
}

/** Read a value at a zod path from the raw (unparsed) data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** Walk a schema along a data path, through optional, default, pipe and array wrappers. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let cur: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    if (!cur) return undefined;
    if (cur instanceof z.ZodObject) cur = unwrap(cur.shape[seg as string] as z.ZodType | undefined);
    else if (cur instanceof z.ZodArray) cur = unwrap(cur.element as z.ZodType);
    else return undefined;
  }
  return cur;
}

function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  for (let i = 0; i < 10 && cur; i++) {
    if (cur instanceof z.ZodOptional || cur instanceof z.ZodDefault || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
    else if (cur instanceof z.ZodPipe) cur = cur.in as z.ZodType;
    else break;
  }
  return cur;
}

function list(values: readonly unknown[], max = 12): string {
  const shown = values.slice(0, max).map(String).join(', ');
  return values.length > max ? `${shown}, … (${values.length} pilihan; lihat panduan penulis)` : shown;
}

/** An Indonesian message for a zod issue that says what was found and what is expected. */
export function issueMessage(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): string {
  const found = valueAt(data, issue.path);
  const missing = found === undefined;
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return `wajib diisi, tetapi tidak ada. Diharapkan: ${JENIS[issue.expected] ?? issue.expected}`;
      return `jenis nilai salah: ditemukan ${describe(found)}, diharapkan ${JENIS[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_value': {
      // A message written in the schema knows the vocabulary better than a generic one.
      if (!missing && !issue.message.startsWith('Invalid')) return issue.message;
      const allowed = issue.values.map(String);
      if (missing) return `wajib diisi, tetapi tidak ada. Pilihan: ${list(allowed)}`;
      const guess = typeof found === 'string' ? nearest(found, allowed) : undefined;
      return `nilai ${JSON.stringify(found)} tidak dikenal. Pilihan: ${list(allowed)}${guess ? `. Mungkin maksud Anda "${guess}"?` : ''}`;
    }
    case 'unrecognized_keys': {
      const target = schemaAt(schema, issue.path);
      const known = target instanceof z.ZodObject ? Object.keys(target.shape) : [];
      return issue.keys
        .map((k) => {
          const guess = nearest(k, known);
          return `kunci "${k}" tidak dikenal${guess ? `; mungkin maksud Anda "${guess}"?` : '.'} Kunci yang diizinkan: ${list(known, 40)}`;
        })
        .join(' | ');
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'array') return `terlalu sedikit: ${Array.isArray(found) ? found.length : 0} butir, paling sedikit ${n}`;
      if (issue.origin === 'string') return n <= 1 ? 'tidak boleh kosong' : `terlalu pendek: paling sedikit ${n} karakter`;
      return `terlalu kecil: ditemukan ${describe(found)}, paling kecil ${n}`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'array') return `terlalu banyak: ${Array.isArray(found) ? found.length : 0} butir, paling banyak ${n}`;
      if (issue.origin === 'string') return `terlalu panjang: paling banyak ${n} karakter`;
      return `terlalu besar: ditemukan ${describe(found)}, paling besar ${n}`;
    }
    case 'invalid_format': {
      const v = describe(found);
      switch (issue.format) {
        case 'url':
          return `${v} bukan URL yang sah; tulis alamat lengkap yang diawali https://`;
        case 'date':
          return `${v} bukan tanggal yang sah; gunakan format TTTT-BB-HH, mis. 2026-11-28`;
        case 'email':
          return `${v} bukan alamat e-mail yang sah`;
        case 'regex':
          return issue.message.startsWith('Invalid') ? `${v} tidak sesuai format yang diminta` : `${v} ${issue.message}`;
        default:
          return `${v} tidak sesuai format ${issue.format}`;
      }
    }
    case 'invalid_union':
      if (missing) return 'wajib diisi, tetapi tidak ada';
      if (issue.errors.flat().some((e) => e.code === 'invalid_format' && e.format === 'date'))
        return `${describe(found)} bukan tanggal yang sah; gunakan format TTTT-BB-HH, mis. 2026-11-28`;
      return `nilai tidak sah: ditemukan ${describe(found)}`;
    case 'custom':
      return issue.message;
    default:
      return `nilai tidak sah (${issue.message})`;
  }
}
