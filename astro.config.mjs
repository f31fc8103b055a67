// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, passthroughImageService } from 'astro/config';
import { alamatSitus, basisDari, situsDari } from './src/integrations/alamat-situs.ts';
import { contentRules } from './src/integrations/content-rules.ts';
import { petaSitus } from './src/integrations/peta-situs.ts';
import { searchIndex } from './src/integrations/search.ts';
import { studio } from './src/integrations/studio.ts';
import { CONTENT_DIR } from './src/lib/env.ts';

/** Deploy under any sub-path: BASE_PATH=/model-inovasi/ npm run build. */
const base = basisDari(process.env.BASE_PATH);
/** Absolute origin for canonical URLs, the sitemap and the feed; set it when publishing. */
const site = situsDari(process.env.SITE_URL);

export default defineConfig({
  // One content store per content folder: the store outlives builds, and entries of another
  // folder (a fixture, the benchmark's generated tree) must never leak into this one.
  cacheDir: `./node_modules/.astro/${createHash('sha1').update(resolve(CONTENT_DIR)).digest('hex').slice(0, 10)}`,
  site,
  base,
  trailingSlash: 'always',
  // Every stylesheet is a file, so the CSP needs no style hashes ('self' only).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The islands (src/scripts) share small pure modules (the URL codec, the escaper, cards, facets):
  // one chunk for every module two or more islands use, so a page loads its island and at most
  // that chunk, instead of one chunk per combination of pages (the catalogue's went to 7 requests).
  // Components and stylesheets stay out of it: a component two page types share (the catalogue's
  // filters, the guides' page list) would carry its CSS into the chunk every page loads.
  vite: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'bersama', test: (id) => !/\.(?:css|astro)(?:\?|$)/.test(id), minShareCount: 2 }] } } } } },
  // Whitespace between tags is bytes on every page a reader on a slow connection loads; removing
  // it changes nothing rendered and is the same on every build.
  compressHTML: true,
  image: { service: passthroughImageService() },
  markdown: { syntaxHighlight: false },
  // No @astrojs/mdx: it compiles MDX to JavaScript and runs it. Entries come from untrusted pull
  // requests, so src/konten/loader.ts renders them from their syntax tree instead.
  // The authoring studio is written to /studio/ only for a site with a repository (REPO_URL).
  integrations: [alamatSitus(process.env.SITE_URL), contentRules(CONTENT_DIR), petaSitus(), searchIndex(), studio({ repo: process.env.REPO_URL, cabang: process.env.EDIT_BRANCH ?? 'main', oauth: process.env.STUDIO_OAUTH_URL })],
  // A rebuild re-renders only the entry pages whose cacheKey (src/lib/sekitar-entri.ts) or code
  // changed; the others are copied from the cache. Lists, catalogues and data files always render.
  experimental: { incrementalBuild: true },
});
