import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { modelSchema, panduanSchema, penulisSchema, praktikSchema } from './schema/index.ts';
import { CONTENT_DIR } from './lib/env.ts';

// Collections only: the schemas live in src/schema so the checker and the tests use the same ones.
export const collections = {
  model: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/model` }), schema: modelSchema }),
  praktik: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/praktik` }), schema: praktikSchema }),
  panduan: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: `${CONTENT_DIR}/panduan` }), schema: panduanSchema }),
  penulis: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${CONTENT_DIR}/penulis` }), schema: penulisSchema }),
};
