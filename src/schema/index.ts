import type { z } from 'zod';
import { modelSchema, praktikSchema } from './entri.ts';
import { panduanSchema } from './panduan.ts';
import { penulisSchema } from './penulis.ts';

/** Every collection, its schema, and the file extension its entries use. */
export const KOLEKSI = {
  model: { schema: modelSchema, ext: '.mdx' },
  praktik: { schema: praktikSchema, ext: '.mdx' },
  panduan: { schema: panduanSchema, ext: '.mdx' },
  penulis: { schema: penulisSchema, ext: '.yaml' },
} as const satisfies Record<string, { schema: z.ZodType; ext: string }>;

export type Koleksi = keyof typeof KOLEKSI;
export const NAMA_KOLEKSI = Object.keys(KOLEKSI) as Koleksi[];

export { modelSchema, praktikSchema, panduanSchema, penulisSchema };
export type { Model, Praktik, Entri, JenisEntri } from './entri.ts';
export type { Panduan } from './panduan.ts';
export type { Penulis } from './penulis.ts';
