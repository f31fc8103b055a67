import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PagefindIndex } from 'pagefind';
import { halamanEntri, KOLEKSI_ENTRI } from '../data/routes.ts';
import { AntrianIndeks, ANTRIAN, type CatatanIndeks, type IoIndeks, type PenerimaHalaman } from './indeks-antrian.ts';

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

/** The output file of a page, from its URL path without the base: `praktik/x/` → `praktik/x/index.html`, `404` → `404.html`. */
export function fileHalaman(pathname: string): string {
  const p = pathname.replace(/^\/+/, '');
  if (p === '' || p.endsWith('/')) return `${p}index.html`;
  return /\.[a-z0-9]+$/i.test(p) ? p : `${p}.html`;
}

/** Pagefind's URL for an output file, as its directory walk gives it. */
const urlPagefind = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const sidik = (s: string) => createHash('sha256').update(s).digest('hex');

async function bacaCatatan(file: string): Promise<CatatanIndeks> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as CatatanIndeks;
  } catch {
    return { urutan: [], blok: {} };
  }
}

/**
 * Builds the search index (Pagefind's Node API, as Starlight does) into `<outDir>/pagefind/`, fed
 * page by page while Astro renders (src/integrations/indeks-antrian.ts). Only built pages are
 * read, and a production build has no page for a draft, so drafts never reach the index. Each page
 * is indexed under its `<html lang>`: `id` and `en` get separate indexes, and the search page loads
 * the one of its own language. Entry pages are published without the block written only for the
 * indexer (filters, sort keys, card metadata, thesaurus terms): about 0.4 KiB gzip each.
 *
 * The build fails (exit 1) when Pagefind reports an error, or when a language that has entry pages
 * ends up with fewer indexed pages than entries (zero included): a search that silently lost its
 * entries is worse than no deploy.
 */
export function searchIndex(): AstroIntegration {
  let catatanFile = '';
  let base = '/';
  let pagefind: typeof import('pagefind') | undefined;
  let index: PagefindIndex | undefined;
  let antrian: AntrianIndeks | undefined;
  let site = '';
  const gagal: string[] = [];
  const io = (): IoIndeks => ({
    ada: (f) => existsSync(join(site, f)),
    baca: (f) => readFile(join(site, f), 'utf8'),
    tulis: (f, isi) => writeFile(join(site, f), isi),
    kirim: async (f, content) => (await index!.addHTMLFile({ url: urlPagefind(f), content })).errors,
    sidik,
    entri: (f) => halamanEntri(f.replace(/index\.html$/, ''), KOLEKSI_ENTRI) !== undefined,
  });
  return {
    name: 'pustaka:search',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./indeks-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        catatanFile = fileURLToPath(new URL('indeks-cari.json', config.cacheDir));
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= CHUNK_INDEKS;
        pagefind = await import('pagefind');
        const dibuat = await pagefind.createIndex({});
        gagal.push(...dibuat.errors);
        index = dibuat.index;
        if (!index) return;
        const a = new AntrianIndeks(await bacaCatatan(catatanFile), io());
        antrian = a;
        const penerima: PenerimaHalaman = { dirender: (pathname, html) => a.dirender(fileHalaman(pathname.startsWith(base) ? pathname.slice(base.length) : pathname), html) };
        (globalThis as { [ANTRIAN]?: PenerimaHalaman })[ANTRIAN] = penerima;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        delete (globalThis as { [ANTRIAN]?: PenerimaHalaman })[ANTRIAN];
        site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const entri = hitungHalamanEntri(pages.map((p) => p.pathname));
        const mulai = performance.now();
        let bahasa: Record<string, { page_count: number }> = {};
        let urutanBerubah = false;
        // Astro's order, then any HTML file no route wrote (none today), as Pagefind's walk would find it.
        const dariRute = [...new Set(pages.map((p) => fileHalaman(p.pathname)))].filter((f) => f.endsWith('.html') && existsSync(join(site, f)));
        const dikenal = new Set(dariRute);
        const lain = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !dikenal.has(f)).sort();
        const akhir = [...dariRute, ...lain];
        try {
          if (index && antrian) {
            if (!(await antrian.selesai(akhir))) {
              // Pages moved since the last build: feed them again in this build's order.
              urutanBerubah = true;
              await index.deleteIndex();
              const baru = await pagefind!.createIndex({});
              gagal.push(...baru.errors);
              index = baru.index!;
              for (const f of akhir) gagal.push(...(await index.addHTMLFile({ url: urlPagefind(f), content: await antrian.utuh(f) })).errors);
            }
            gagal.push(...antrian.gagal);
            if (!gagal.length) {
              await rm(outputPath, { recursive: true, force: true });
              gagal.push(...(await index.writeFiles({ outputPath })).errors);
            }
          }
        } catch (e) {
          gagal.push((e as Error).message);
        } finally {
          await pagefind?.close();
        }
        const ms = Math.round(performance.now() - mulai);
        if (!gagal.length) {
          try {
            bahasa = (JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: typeof bahasa }).languages;
          } catch (e) {
            gagal.push(`pagefind-entry.json tidak terbaca: ${(e as Error).message}`);
          }
          for (const l of ['id', 'en'] as const) {
            const n = bahasa[l]?.page_count ?? 0;
            if (entri[l] > 0 && n < entri[l]) {
              gagal.push(`indeks "${l}" memuat ${n} halaman, padahal ada ${entri[l]} halaman entri terbit: periksa data-pagefind-body dan <html lang> (src/components/entri/).`);
            }
          }
        }
        if (gagal.length) {
          for (const g of gagal) logger.error(`Pagefind: ${g}`);
          logger.error('Build dihentikan: indeks pencarian tidak lengkap.');
          process.exit(1);
        }
        await Promise.all(UI_TIDAK_DIPAKAI.map((f) => rm(join(outputPath, f), { force: true })));
        const blok = Object.fromEntries(akhir.filter((f) => antrian!.blok[f]).map((f) => [f, antrian!.blok[f]!]));
        await mkdir(dirname(catatanFile), { recursive: true });
        await writeFile(catatanFile, JSON.stringify({ urutan: akhir, blok } satisfies CatatanIndeks));
        const total = Object.values(bahasa).reduce((n, l) => n + l.page_count, 0);
        const size = await ukuranFolder(outputPath);
        // The benchmark reads the duration from this exact line: the time from the last page
        // rendered to the index written, the part of indexing the render did not hide.
        logger.info(`Pagefind: ${total} halaman diindeks dalam ${ms} ms`);
        logger.info(
          `Pagefind: ${Object.entries(bahasa)
            .map(([l, v]) => `${l} ${v.page_count}`)
            .join(', ')} halaman dari ${akhir.length} berkas HTML (${antrian!.selamaRender} dibaca selama render${urutanBerubah ? '; urutan halaman berubah sejak build lalu, jadi diindeks ulang sesudahnya' : ''}); ${size.files} berkas, ${(size.bytes / 1024).toFixed(0)} KiB di ${outputPath}`,
        );
      },
    },
  };
}
