/**
 * The content loader for MDX entries: Astro's glob() loader, with `.mdx` files rendered to HTML by
 * ./render.ts while the collection syncs instead of being compiled into Vite's bundle.
 *
 * The HTML goes to a file in Astro's cache folder, named by its hash, and the content store keeps
 * only that name and the headings. Astro bundles the whole content store into the build as one
 * module: with every body inside, that module grew by ~35 KB per entry, and at 5,000 entries
 * bundling it took 22 s and most of the build's 3.7 GB (npm run bench). Pages read the file with
 * ./isi.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { diperiksa } from '../../integrations/content-rules.ts';
import { folderIsi, type MetadataIsi } from './isi.ts';
import { renderMdx } from './render.ts';

/** The part of Astro's (internal) content entry type this loader relies on. */
interface JenisEntri {
  extensions: string[];
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
  getRenderFunction?(config: LoaderContext['config']): Promise<(entry: { id: string; body?: string; filePath?: string }) => Promise<unknown>>;
}
type KonteksPemuat = LoaderContext & { entryTypes: Map<string, JenisEntri> };

/**
 * Files whose code decides what an entry renders to. The content store keeps rendered entries
 * between builds and re-renders only changed files, so a change to the renderer itself must
 * invalidate every entry (Astro only watches its config and content.config.ts).
 */
const FOLDER_PENYAJI = ['src/lib/mdx', 'src/components/mdx'];

function sidikPenyaji(root: URL): string {
  const hash = createHash('sha1');
  for (const folder of FOLDER_PENYAJI) {
    const dir = join(fileURLToPath(root), folder);
    for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex');
}

export function pemuatMdx(opts: { base: string }): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: opts.base, retainBody: false });
  return diperiksa({
    name: 'pustaka-mdx',
    async load(context) {
      const ctx = context as KonteksPemuat;
      const mdx = ctx.entryTypes.get('.mdx');
      if (!mdx) throw new Error('Integrasi @astrojs/mdx tidak terpasang: berkas .mdx tidak dapat dibaca.');

      const folder = folderIsi(ctx.config.cacheDir, ctx.collection);
      const sidik = sidikPenyaji(ctx.config.root);
      if (ctx.meta.get('penyaji') !== sidik) {
        ctx.store.clear();
        rmSync(folder, { recursive: true, force: true });
        ctx.meta.set('penyaji', sidik);
      }
      mkdirSync(folder, { recursive: true });
      // A cache restored in part (the store without the body files) must not yield empty pages:
      // entries whose file is gone are dropped, so glob() renders them again.
      for (const e of ctx.store.values()) {
        const berkas = (e.rendered?.metadata as MetadataIsi | undefined)?.berkasIsi;
        if (!berkas || !existsSync(berkas)) ctx.store.delete(e.id);
      }

      // glob() only logs a render error and stores the entry without a body; collect them and
      // fail the sync instead, so no page is ever published empty.
      const gagal: { id: string; pesan: string }[] = [];
      const html: JenisEntri = {
        extensions: ['.mdx'],
        getEntryInfo: (params) => mdx.getEntryInfo(params),
        async getRenderFunction(config) {
          return async (entry: { id: string; body?: string; filePath?: string }) => {
            try {
              const { html, headings } = await renderMdx(entry.body ?? '', {
                base: config.base,
                ...(entry.filePath ? { fileURL: pathToFileURL(entry.filePath) } : {}),
              });
              const sidikIsi = createHash('sha1').update(html).digest('hex');
              const berkasIsi = join(folder, `${sidikIsi}.html`);
              writeFileSync(berkasIsi, html);
              const metadata: MetadataIsi = { headings, sidikIsi, berkasIsi };
              return { html: '', metadata };
            } catch (error) {
              gagal.push({ id: entry.id, pesan: `${entry.filePath}: ${(error as Error).message}` });
              throw error;
            }
          };
        },
      };
      const entryTypes = new Map(ctx.entryTypes).set('.mdx', html);
      await inner.load({ ...ctx, entryTypes } as KonteksPemuat);
      if (gagal.length) {
        // Not kept: an unchanged file would otherwise be skipped, bodiless, on the next build.
        for (const g of gagal) ctx.store.delete(g.id);
        throw new Error(`Isi entri gagal dirender:\n${gagal.map((g) => g.pesan).join('\n')}`);
      }
      // Bodies of entries that changed or went away since the last build.
      const dipakai = new Set(ctx.store.values().map((e) => (e.rendered?.metadata as MetadataIsi | undefined)?.sidikIsi));
      for (const name of readdirSync(folder)) if (!dipakai.has(name.replace(/\.html$/, ''))) rmSync(join(folder, name));
    },
  });
}
