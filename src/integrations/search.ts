import type { AstroIntegration } from 'astro';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { halamanEntri, KOLEKSI_ENTRI } from '../data/routes.ts';

/**
 * Pagefind's UI bundles. The site has its own search page on Pagefind's JS API (src/scripts/cari.ts),
 * so these are never loaded; dropping them keeps ~390 KB of unused files off the server.
 */
const UI_TIDAK_DIPAKAI = ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css'];

/**
 * Word-index chunk size, in word locations (Pagefind's default is 20000). A query downloads the
 * chunks holding its words, and the metadata every query loads lists every chunk. Measured in
 * Chromium on 1,000 generated entries (scripts/bench/search.ts), a two-word query loaded 36.8 KB of
 * chunks at 8000 and 15.9 KB at 4000, for 3.0 KB more metadata; 2000 saved 6 KB more of chunks and
 * cost another 3.2 KB of metadata, which every query pays. The variable is marked unstable by
 * Pagefind (used by its own tests); pagefind is pinned, and were it ignored, the index would only
 * be chunked as by default. Set it in the environment to override.
 */
const CHUNK_INDEKS = '4000';

/** Entry pages (practices and models: `praktik/<id>/`, `en/model/<id>/`…) by language, from the built routes. */
export function hitungHalamanEntri(pathnames: readonly string[]): { id: number; en: number } {
  const out = { id: 0, en: 0 };
  for (const p of pathnames) {
    const h = halamanEntri(p, KOLEKSI_ENTRI);
    if (h) out[h.locale]++;
  }
  return out;
}

async function ukuranFolder(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += (await stat(join(e.parentPath, e.name))).size;
    files++;
  }
  return { bytes, files };
}

/** An entry page's index-only block (src/components/entri/IndeksCari.astro): text spans, no nested element that could hold `</div>`. */
export const DATA_INDEKS = /<div hidden data-pagefind-ignore data-indeks-saja>[\s\S]*?<\/div>/;

/**
 * Once indexed, the entry pages drop the block written only for the indexer (filters, sort keys,
 * result-card metadata, thesaurus terms): about 0.4 KiB gzip each that no reader needs.
 */
async function lepasDataIndeks(site: string, pathnames: readonly string[]): Promise<void> {
  const antre = pathnames.filter((p) => halamanEntri(p, KOLEKSI_ENTRI));
  // A few pages at a time: read all at once, the 10,000 pages of 5,000 entries would sit in
  // memory together, while Pagefind, writing beside this, holds its whole index.
  const satu = async () => {
    for (let p = antre.pop(); p !== undefined; p = antre.pop()) {
      const file = join(site, p, 'index.html');
      const html = await readFile(file, 'utf8');
      const tanpa = html.replace(DATA_INDEKS, '');
      if (tanpa !== html) await writeFile(file, tanpa);
    }
  };
  await Promise.all(Array.from({ length: 8 }, satu));
}

/**
 * Builds the search index after the site is written (Pagefind's Node API, as Starlight does), into
 * `<outDir>/pagefind/`. Only built pages are read, and a production build has no page for a draft,
 * so drafts never reach the index. Each page is indexed under its `<html lang>`: `id` and `en` get
 * separate indexes, and the search page loads the one of its own language.
 *
 * Indexing runs after the render on purpose. Feeding each page to Pagefind from a build
 * middleware while Astro rendered was built and measured (1,000 generated entries, 2 cores,
 * builds alternating with this version): the render slowed by 5–8 s while the step after it
 * gained 3 s. Pagefind's service parses one page at a time, on the core the render's worker
 * threads and garbage collector already use, and every page crossed the pipe as base64 JSON;
 * addDirectory parses in parallel once the cores are free.
 *
 * The build fails (exit 1) when Pagefind reports an error, or when a language that has entry pages
 * ends up with fewer indexed pages than entries (zero included): a search that silently lost its
 * entries is worse than no deploy.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'pustaka:search',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const entri = hitungHalamanEntri(pages.map((p) => p.pathname));
        const mulai = performance.now();
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= CHUNK_INDEKS;
        const pagefind = await import('pagefind');
        const gagal: string[] = [];
        let bahasa: Record<string, { page_count: number }> = {};
        let dibaca = 0;
        try {
          const { index, errors } = await pagefind.createIndex({});
          gagal.push(...errors);
          if (index) {
            await rm(outputPath, { recursive: true, force: true });
            const added = await index.addDirectory({ path: site });
            gagal.push(...added.errors);
            dibaca = added.page_count;
            // Pagefind has read every page: the entry pages drop their index-only block while it
            // compresses and writes the index (one core, gzip at its best level), not after.
            const [written] = await Promise.all([index.writeFiles({ outputPath }), lepasDataIndeks(site, pages.map((p) => p.pathname))]);
            gagal.push(...written.errors);
          }
        } finally {
          await pagefind.close();
        }
        const ms = Math.round(performance.now() - mulai);
        if (!gagal.length) {
          try {
            bahasa = (JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: typeof bahasa }).languages;
          } catch (e) {
            gagal.push(`pagefind-entry.json tidak terbaca: ${(e as Error).message}`);
          }
        }
        const perBahasa = (l: string) => bahasa[l]?.page_count ?? 0;
        for (const l of ['id', 'en'] as const) {
          if (entri[l] > 0 && perBahasa(l) < entri[l]) {
            gagal.push(`indeks "${l}" memuat ${perBahasa(l)} halaman, padahal ada ${entri[l]} halaman entri terbit: periksa data-pagefind-body dan <html lang> (src/components/entri/).`);
          }
        }
        if (gagal.length) {
          for (const g of gagal) logger.error(`Pagefind: ${g}`);
          logger.error('Build dihentikan: indeks pencarian tidak lengkap.');
          process.exit(1);
        }
        await Promise.all(UI_TIDAK_DIPAKAI.map((f) => rm(join(outputPath, f), { force: true })));
        const total = Object.values(bahasa).reduce((n, l) => n + l.page_count, 0);
        const size = await ukuranFolder(outputPath);
        // The benchmark reads the duration from this exact line.
        logger.info(`Pagefind: ${total} halaman diindeks dalam ${ms} ms`);
        logger.info(
          `Pagefind: ${Object.entries(bahasa)
            .map(([l, v]) => `${l} ${v.page_count}`)
            .join(', ')} halaman dari ${dibaca} berkas HTML; ${size.files} berkas, ${(size.bytes / 1024).toFixed(0)} KiB di ${outputPath}`,
        );
      },
    },
  };
}
