import { defineCollection } from 'astro:content';
import { pemuatKonten } from './konten/loader.ts';
import { modelSchema, panduanSchema, penulisSchema, praktikSchema } from './schema/index.ts';
import { CONTENT_DIR } from './lib/env.ts';

// Collections only: the schemas live in src/schema so the checker and the tests use the same ones,
// and they word their problems themselves while Astro parses (src/schema/pesan.ts).
// One loader reads every collection from the checker's list of files (src/konten/loader.ts).
export const collections = {
  model: defineCollection({ loader: pemuatKonten('model', CONTENT_DIR), schema: modelSchema }),
  praktik: defineCollection({ loader: pemuatKonten('praktik', CONTENT_DIR), schema: praktikSchema }),
  panduan: defineCollection({ loader: pemuatKonten('panduan', CONTENT_DIR), schema: panduanSchema }),
  penulis: defineCollection({ loader: pemuatKonten('penulis', CONTENT_DIR), schema: penulisSchema }),
};
