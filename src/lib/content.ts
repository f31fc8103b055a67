import { getCollection, type CollectionEntry } from 'astro:content';
import { EDISI_AKTIF, PREVIEW_DRAFTS, CONTENT_DIR } from './env.ts';
import { LOCALE_PARAMS } from '../data/routes.ts';
import { kunciCache, sekitarEntri } from './sekitar-entri.ts';
import { diperbaruiDari, tanggalGit } from './git-tanggal.ts';

/**
 * Access to content for pages. Which statuses a build shows is the edition's rule
 * (src/data/edisi.ts): the official edition only reviewed entries, the others entries in review
 * too, labelled. Drafts appear only in `astro dev` and in a PREVIEW_DRAFTS=1 build. An entry a
 * build does not show gets no page, no search record, no data row and no sitemap URL.
 */
// MODE, not DEV: Vite derives DEV from NODE_ENV, and a build started from a test runner
// (NODE_ENV=test) must still be a production build.
const SHOW_DRAFTS = import.meta.env.MODE === 'development' || PREVIEW_DRAFTS;

const isVisible = (status: string) => SHOW_DRAFTS || (EDISI_AKTIF.tampil as readonly string[]).includes(status);

export type Praktik = CollectionEntry<'praktik'>;
export type Model = CollectionEntry<'model'>;
export type Panduan = CollectionEntry<'panduan'>;
export type Penulis = CollectionEntry<'penulis'>;

const byJudul = (a: { data: { judul: string } }, b: { data: { judul: string } }) => a.data.judul.localeCompare(b.data.judul, 'id');

// Every page asks for the same lists; computing them once per build keeps thousands of pages linear.
let cache: Promise<{ praktik: Praktik[]; model: Model[]; panduan: Panduan[]; penulis: Penulis[] }> | undefined;

export function semua() {
  cache ??= (async () => ({
    praktik: (await getCollection('praktik', (e) => isVisible(e.data.status))).sort(byJudul),
    model: (await getCollection('model', (e) => isVisible(e.data.status))).sort(byJudul),
    panduan: (await getCollection('panduan', (e) => isVisible(e.data.status))).sort((a, b) => a.data.urutan - b.data.urutan || byJudul(a, b)),
    penulis: (await getCollection('penulis')).sort((a, b) => a.data.nama.localeCompare(b.data.nama, 'id')),
  }))();
  return cache;
}

let gitDates: Map<string, string> | undefined;

/**
 * Date of the last commit that touched each content file, from one `git log` over the content
 * folder. Falls back to the entry's newest change-history date outside a Git checkout.
 */
export function terakhirDiperbarui(filePath: string | undefined, riwayat: readonly { tanggal: string }[]): string {
  gitDates ??= tanggalGit(CONTENT_DIR);
  return diperbaruiDari(gitDates, filePath, riwayat);
}

export type SekitarEntri = ReturnType<typeof sekitarEntri<Praktik, Model>>;

/**
 * The routes of one collection's entry pages, in both locales. Each page gets what it shows around
 * its entry and its last-updated date as props, and the incremental-build key hashes those very
 * values, so a reused page can never differ from what a new render would show.
 */
export async function jalurEntri(koleksi: 'praktik' | 'model') {
  const all = await semua();
  const entries: readonly (Praktik | Model)[] = all[koleksi];
  return entries.flatMap((entry) => {
    const sekitar: SekitarEntri = sekitarEntri<Praktik, Model>(entry, all, entry.data);
    const diperbarui = terakhirDiperbarui(entry.filePath, entry.data.riwayat);
    const cacheKey = kunciCache(entry, sekitar, diperbarui);
    return LOCALE_PARAMS.map(({ lang, locale }) => ({ params: { lang, id: entry.id }, props: { entry, locale, sekitar, diperbarui }, cacheKey }));
  });
}
