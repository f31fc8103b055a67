import type { z } from 'zod';
import { modelSchema, praktikSchema } from './entri.ts';
import { panduanSchema } from './panduan.ts';
import { penulisSchema } from './penulis.ts';
import { denganPesan } from './pesan.ts';

/**
 * Every collection, its schema, and the file extension its entries use. Each schema words its
 * problems in Indonesian while it parses (./pesan.ts); attached here too, so a collection schema
 * made from another (`.extend()` adds fields without the map) still has it on every field.
 */
export const KOLEKSI = {
  model: { schema: denganPesan(modelSchema), ext: '.mdx' },
  praktik: { schema: denganPesan(praktikSchema), ext: '.mdx' },
  panduan: { schema: denganPesan(panduanSchema), ext: '.mdx' },
  penulis: { schema: denganPesan(penulisSchema), ext: '.yaml' },
} as const satisfies Record<string, { schema: z.ZodType; ext: string }>;

export type Koleksi = keyof typeof KOLEKSI;
export const NAMA_KOLEKSI = Object.keys(KOLEKSI) as Koleksi[];

export { modelSchema, praktikSchema, panduanSchema, penulisSchema };
export type { Model, Praktik, Entri, JenisEntri } from './entri.ts';
export type { Panduan } from './panduan.ts';
export type { Penulis } from './penulis.ts';
