import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { diperiksa } from './integrations/content-rules.ts';
import { pemuatMdx } from './lib/mdx/loader.ts';
import { modelSchema, panduanSchema, penulisSchema, praktikSchema } from './schema/index.ts';
import { CONTENT_DIR } from './lib/env.ts';

// Collections only: the schemas live in src/schema so the checker and the tests use the same ones.
// MDX entries are rendered to HTML as they load (src/lib/mdx/render.ts explains why).
export const collections = {
  model: defineCollection({ loader: pemuatMdx({ base: `${CONTENT_DIR}/model` }), schema: modelSchema }),
  praktik: defineCollection({ loader: pemuatMdx({ base: `${CONTENT_DIR}/praktik` }), schema: praktikSchema }),
  panduan: defineCollection({ loader: pemuatMdx({ base: `${CONTENT_DIR}/panduan` }), schema: panduanSchema }),
  penulis: defineCollection({ loader: diperiksa(glob({ pattern: '**/*.{yaml,yml}', base: `${CONTENT_DIR}/penulis` })), schema: penulisSchema }),
};
