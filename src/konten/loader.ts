/**
 * The content loader of every collection. It reads exactly the files `npm run check` reads
 * (src/validate/berkas.ts), parses their frontmatter with the checker's parser, and renders MDX
 * from its syntax tree (src/lib/mdx/render.ts): no entry is ever compiled to JavaScript or
 * evaluated. Before it renders anything it waits for the content check: a build stops on the
 * check's first error, and the dev server serves only the entries without one.
 *
 * The HTML goes to a file in Astro's cache folder, named by its hash, and the content store keeps
 * only that name and the headings: Astro bundles the whole store into the build as one module, and
 * with every body inside it grew by ~35 KB per entry (npm run bench). Unchanged entries are not
 * rendered again on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { dariAstroId } from '../data/routes.ts';
import { renderMdx, GalatRender } from '../lib/mdx/render.ts';
import { jenisHalaman } from '../rules/jangkar.ts';
import { BERKAS_PER_GILIRAN, giliran } from '../lib/giliran.ts';
import { keluarSesudahLog } from '../lib/keluar.ts';
import type { Sumber } from '../schema/sumber.ts';
import type { Koleksi } from '../schema/index.ts';
import { daftarKonten, type BerkasEntri, type DaftarKonten } from '../validate/berkas.ts';
import { parseFrontmatter } from '../validate/frontmatter.ts';
import type { Gambar } from '../validate/gambar.ts';
import { bacaTeks } from '../validate/teks.ts';
import { folderIsi, penyelesaiGambar, type MetadataIsi } from './isi.ts';
import { lapor, longgar, lupakan, pemeriksaan } from './pemeriksaan.ts';

/**
 * Code that decides what an entry renders to: the renderer and the loader's render path, with every
 * project module they import, followed through the imports so a module added to the renderer later
 * is covered without anyone listing it. The store keeps rendered entries between builds and
 * re-renders only changed files, so a change to this code must invalidate every entry (Astro only
 * watches its config and content.config.ts).
 */
const AKAR_PENYAJI = ['src/lib/mdx/render.ts', 'src/konten/isi.ts', 'src/konten/loader.ts'];
/** Relative imports of a module, types included (a type change can change what is rendered). */
const IMPOR = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** The project files `akar` reach through their relative imports, sorted. */
export function kodePenyaji(root: string, akar: readonly string[] = AKAR_PENYAJI): string[] {
  const seen = new Set<string>();
  const antre = akar.map((p) => join(root, p));
  while (antre.length) {
    const full = antre.pop()!;
    if (seen.has(full)) continue;
    seen.add(full);
    // The loader itself counts, but what it imports for checking and listing files does not decide the HTML.
    if (full.endsWith(join('src', 'konten', 'loader.ts'))) continue;
    for (const m of readFileSync(full, 'utf8').matchAll(IMPOR)) antre.push(resolve(dirname(full), (m[1] ?? m[2])!));
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

function sidikKode(root: string): string {
  const hash = createHash('sha1');
  for (const path of kodePenyaji(root)) hash.update(path).update(readFileSync(join(root, path)));
  return hash.digest('hex');
}

/** Bytes of every image beside the entries: an image that changes must re-render the entries showing it. */
function sidikGambar(gambar: ReadonlySet<string>): string {
  const hash = createHash('sha1');
  for (const full of [...gambar].sort()) hash.update(full).update(readFileSync(full));
  return hash.digest('hex');
}

/**
 * The file list and the renderer's fingerprint, made once per check and shared by the four
 * collections' loaders (one module instance): each would otherwise list the folder and read every
 * image and renderer file again.
 */
let bersama: { untuk: Promise<unknown>; daftar: DaftarKonten; sidikKonten: string } | undefined;
function bersamaSatuPemeriksaan(untuk: Promise<unknown>, root: string, dirKonten: string) {
  if (bersama?.untuk !== untuk) {
    const daftar = daftarKonten(root, dirKonten);
    bersama = { untuk, daftar, sidikKonten: createHash('sha1').update(sidikKode(root)).update(sidikGambar(daftar.gambar)).digest('hex') };
  }
  return bersama;
}

export function pemuatKonten(koleksi: Koleksi, contentDir: string): Loader {
  return {
    name: `pustaka-${koleksi}`,
    async load(ctx) {
      await sinkron(ctx, koleksi, contentDir);
      if (!ctx.watcher) return;
      // The dev server: any change under the content folder is checked again, then synced.
      const folder = resolve(fileURLToPath(ctx.config.root), contentDir);
      ctx.watcher.add(folder);
      let antre = Promise.resolve();
      const ulang = (path: string) => {
        if (relative(folder, path).startsWith('..')) return;
        // Every collection's handler forgets the old check in the same tick, before any of them
        // asks for the new one, so the four loaders share one fresh check.
        lupakan();
        antre = antre.then(() => new Promise((r) => setTimeout(r, 30))).then(() => sinkron(ctx, koleksi, contentDir)).catch((e: Error) => ctx.logger.error(e.message));
      };
      for (const event of ['add', 'change', 'unlink'] as const) ctx.watcher.on(event, ulang);
    },
  };
}

/** The build's stop on content errors, once for all collections. */
let berhenti: Promise<never> | undefined;

async function sinkron(ctx: LoaderContext, koleksi: Koleksi, contentDir: string): Promise<void> {
  const root = fileURLToPath(ctx.config.root);
  const dirKonten = resolve(root, contentDir);
  const hasilJanji = pemeriksaan(root, dirKonten, ctx.logger);
  const hasil = await hasilJanji;
  const galat = hasil.problems.filter((p) => p.level === 'error');
  if (galat.length && !longgar()) {
    // Exit rather than throw: a thrown error prints a stack trace, and an author's mistake
    // deserves only the list. Every collection's loader gets here; the list is printed once.
    berhenti ??= (() => {
      lapor(hasil, ctx.logger);
      return keluarSesudahLog(1);
    })();
    return berhenti;
  }
  const salah = new Set(galat.map((p) => p.file));

  const { daftar, sidikKonten } = bersamaSatuPemeriksaan(hasilJanji, root, dirKonten);
  const folder = folderIsi(ctx.config.cacheDir, ctx.collection);
  const sidik = createHash('sha1').update(sidikKonten).update(ctx.config.base).digest('hex');
  if (ctx.meta.get('penyaji') !== sidik) {
    ctx.store.clear();
    rmSync(folder, { recursive: true, force: true });
    ctx.meta.set('penyaji', sidik);
  }
  mkdirSync(folder, { recursive: true });

  const tersisa = new Set(ctx.store.keys());
  const gagal: string[] = [];
  let dibaca = 0;
  for (const berkas of daftar.entri) {
    if (berkas.koleksi !== koleksi) continue;
    if (++dibaca % BERKAS_PER_GILIRAN === 0) await giliran();
    if (salah.has(berkas.file)) {
      ctx.logger.warn(`${berkas.file} tidak dimuat sampai galatnya diperbaiki (lihat daftar di atas).`);
      continue;
    }
    tersisa.delete(berkas.astroId);
    try {
      await muat(ctx, berkas, folder, daftar.gambar, dirKonten);
    } catch (e) {
      const at = e instanceof GalatRender ? `:${e.line}:${e.col}` : '';
      gagal.push(`${berkas.file}${at}  ${e instanceof GalatRender ? e.pesan : (e as Error).message}`);
      ctx.store.delete(berkas.astroId);
    }
  }
  for (const id of tersisa) ctx.store.delete(id);
  // The check passed these files, so a refusal here means the check and the renderer disagree:
  // never publish a page without its body.
  if (gagal.length) {
    const pesan = `Isi entri gagal dirender:\n${gagal.join('\n')}`;
    if (!longgar()) throw new Error(pesan);
    ctx.logger.error(pesan);
  }
  // Bodies of entries that changed or went away since the last build.
  const dipakai = new Set(ctx.store.values().map((e) => (e.rendered?.metadata as MetadataIsi | undefined)?.sidikIsi));
  for (const name of readdirSync(folder)) if (!dipakai.has(name.replace(/\.html$/, ''))) rmSync(join(folder, name));
}

async function muat(ctx: LoaderContext, berkas: BerkasEntri, folder: string, gambar: ReadonlySet<string>, dirKonten: string): Promise<void> {
  const dibaca = bacaTeks(readFileSync(berkas.full));
  if (dibaca.masalah) throw new GalatRender(dibaca.masalah.message, dibaca.masalah.line, dibaca.masalah.col);
  const teks = dibaca.teks;
  const digest = ctx.generateDigest(teks);
  const lama = ctx.store.get(berkas.astroId);
  const berkasIsi = (lama?.rendered?.metadata as MetadataIsi | undefined)?.berkasIsi;
  // Unchanged, and its body file survived (a cache restored in part must not yield empty pages).
  if (lama?.digest === digest && (berkas.koleksi === 'penulis' || (berkasIsi && existsSync(berkasIsi)))) return;

  // The store skips a set whose digest it already holds; a body file lost from the cache must be replaced.
  if (lama) ctx.store.delete(berkas.astroId);
  const fm = parseFrontmatter(teks, berkas.koleksi === 'penulis');
  if (fm.errors.length) throw new GalatRender(fm.errors[0]!.message, fm.errors[0]!.line, fm.errors[0]!.col);
  const data = await ctx.parseData({ id: berkas.astroId, data: fm.data, filePath: berkas.full });
  if (berkas.koleksi === 'penulis') {
    ctx.store.set({ id: berkas.astroId, data, filePath: berkas.file, digest });
    return;
  }

  const dipakai: Gambar[] = [];
  const folderKoleksi = join(dirKonten, berkas.koleksi);
  const sumber = (data as { sumber?: Pick<Sumber, 'kunci'>[] }).sumber ?? [];
  const { html, headings, kutipan } = renderMdx(teks, {
    sumber: sumber.map((s) => s.kunci),
    base: ctx.config.base,
    bahasa: dariAstroId(berkas.koleksi, berkas.astroId).bahasa,
    halaman: jenisHalaman(berkas.koleksi),
    gambar: penyelesaiGambar(berkas.full, folderKoleksi, gambar, ctx.config.base, dipakai),
  });
  const sidikIsi = createHash('sha1').update(html).digest('hex');
  const berkasBaru = join(folder, `${sidikIsi}.html`);
  writeFileSync(berkasBaru, html);
  const metadata: MetadataIsi = { headings, sidikIsi, berkasIsi: berkasBaru, gambar: dipakai, kutipan };
  ctx.store.set({ id: berkas.astroId, data, filePath: berkas.file, digest, rendered: { html: '', metadata } });
}
