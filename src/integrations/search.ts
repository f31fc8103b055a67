import type { AstroIntegration } from 'astro';
import { open, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gunzipSync } from 'node:zlib';
import type { Locale } from '../data/vocab.ts';
import { halamanEntri, KOLEKSI_ENTRI } from '../data/routes.ts';
import { dataUrut, KUNCI_URUT } from '../lib/cari.ts';
import { keluarSesudahLog } from '../lib/keluar.ts';

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
const DATA_INDEKS = /<div hidden data-pagefind-ignore data-indeks-saja>[\s\S]*?<\/div>/;

/**
 * Runs `kerja` on every item, a few files at a time: read all at once, the 10,000 pages of 5,000
 * entries would sit in memory together, while Pagefind, writing beside this, holds its whole index.
 */
async function sedikitSekaligus<T>(items: readonly T[], kerja: (item: T) => Promise<void>): Promise<void> {
  const antre = [...items];
  const satu = async () => {
    for (let x = antre.pop(); x !== undefined; x = antre.pop()) await kerja(x);
  };
  await Promise.all(Array.from({ length: 8 }, satu));
}

/** The sort keys IndeksCari.astro writes in the block (`<span data-urut="tahun">2019</span>`). */
const NILAI_URUT = new RegExp(`<span data-urut="(${KUNCI_URUT.join('|')})">([^<]*)</span>`, 'g');

/** An entry page's sort keys, by its URL path (`/praktik/x/`, as Pagefind names it). */
type KunciHalaman = Map<string, { locale: Locale; tahun?: number; diperbarui: string }>;

/**
 * Once indexed, the entry pages drop the block written only for the indexer (filters, sort keys,
 * result-card metadata, thesaurus terms): about 0.4 KiB gzip each that no reader needs. The sort
 * keys are read from it first.
 */
async function lepasDataIndeks(site: string, pathnames: readonly string[]): Promise<KunciHalaman> {
  const kunci: KunciHalaman = new Map();
  const entri = pathnames.flatMap((p) => {
    const h = halamanEntri(p, KOLEKSI_ENTRI);
    return h ? [{ p, locale: h.locale }] : [];
  });
  await sedikitSekaligus(entri, async (x) => {
    const file = join(site, x.p, 'index.html');
    const html = await readFile(file, 'utf8');
    const blok = DATA_INDEKS.exec(html)?.[0];
    if (blok === undefined) return;
    const nilai = Object.fromEntries([...blok.matchAll(NILAI_URUT)].map((m) => [m[1], m[2]]));
    if (nilai.diperbarui) kunci.set(`/${x.p}`, { locale: x.locale, diperbarui: nilai.diperbarui, ...(nilai.tahun ? { tahun: Number(nilai.tahun) } : {}) });
    await writeFile(file, html.replace(blok, ''));
  });
  return kunci;
}

/**
 * The URL of each page Pagefind wrote a fragment for, by page id (the fragment's name). Pagefind
 * writes `url` first, so the first few hundred bytes usually tell; a fragment that does not start
 * so is read whole.
 */
export async function urlFragmen(outputPath: string): Promise<Map<string, string>> {
  const dir = join(outputPath, 'fragment');
  const out = new Map<string, string>();
  const baca = (b: Buffer, utuh: boolean) => gunzipSync(b, utuh ? {} : { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8').replace(/^pagefind_dcd/, '');
  await sedikitSekaligus((await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')), async (f) => {
    const fh = await open(join(dir, f));
    const { buffer, bytesRead } = await fh.read({ buffer: Buffer.alloc(512) });
    await fh.close();
    const url = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(baca(buffer.subarray(0, bytesRead), false))?.[1];
    out.set(f.slice(0, -'.pf_fragment'.length), url !== undefined ? (JSON.parse(url) as string) : (JSON.parse(baca(await readFile(join(dir, f)), true)) as { url: string }).url);
  });
  return out;
}

/**
 * Writes `urut.<lang>.json` beside the index: the sort keys of each language's entry pages by
 * page id, which the search page fetches only when a reader sorts (DataUrut, src/lib/cari.ts).
 */
async function tulisUrut(outputPath: string, kunci: KunciHalaman): Promise<void> {
  const perBahasa: Record<Locale, Parameters<typeof dataUrut>[0][number][]> = { id: [], en: [] };
  for (const [id, url] of await urlFragmen(outputPath)) {
    const k = kunci.get(url);
    if (k) perBahasa[k.locale].push({ id, tahun: k.tahun, diperbarui: k.diperbarui });
  }
  await Promise.all((Object.keys(perBahasa) as Locale[]).map((l) => writeFile(join(outputPath, `urut.${l}.json`), JSON.stringify(dataUrut(perBahasa[l])))));
}

/**
 * Builds the search index after the site is written (Pagefind's Node API, as Starlight does), into
 * `<outDir>/pagefind/`. Only built pages are read, and a production build has no page for a draft,
 * so drafts never reach the index. Each page is indexed under its `<html lang>`: `id` and `en` get
 * separate indexes, and the search page loads the one of its own language. The entry pages' sort
 * keys go beside them in `urut.<lang>.json` (tulisUrut), not into Pagefind's metadata.
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
            const [written, kunci] = await Promise.all([index.writeFiles({ outputPath }), lepasDataIndeks(site, pages.map((p) => p.pathname))]);
            gagal.push(...written.errors);
            if (!written.errors.length) await tulisUrut(outputPath, kunci);
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
          await keluarSesudahLog(1);
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
