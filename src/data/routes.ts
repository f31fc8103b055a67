/**
 * Routes: the one place that knows how a page's address, the content file behind it and its
 * locale relate. Pages build links with these and prefix the base; the checker (its link and file
 * rules), the loader, the search index, the verify gates, the feed and the open data derive their
 * paths here too, so no two of them can disagree.
 *
 * - A site path is written without the base path: `/praktik/x/`. English pages live under `/en/`.
 * - An entry's Astro id is its file's path inside its collection, without the extension: `x` for
 *   `content/praktik/x.mdx`, `en/x` for the English guide `content/panduan/en/x.mdx`.
 * - Every practice, model and guide has a page in both locales. An English practice or model page
 *   shows the Indonesian entry; an English guide page shows `panduan/en/<id>.mdx` when that
 *   translation exists, and the Indonesian guide otherwise.
 *
 * The pages that are not entries are listed in ./halaman.ts, which the link rule checks against.
 */
import type { Locale } from './vocab.ts';

export const LOCALES = ['id', 'en'] as const satisfies readonly Locale[];

/** Route params for pages that exist in both locales: `[...lang]` is empty for Indonesian, `en` for English. */
export const LOCALE_PARAMS = [
  { lang: undefined, locale: 'id' },
  { lang: 'en', locale: 'en' },
] as const;

/** `getStaticPaths` of a page that exists once per locale and needs nothing else: `export const getStaticPaths = jalurLocale;`. */
export function jalurLocale() {
  return LOCALE_PARAMS.map(({ lang, locale }) => ({ params: { lang }, props: { locale } }));
}

/** Collections whose files become pages. */
export type KoleksiHalaman = 'model' | 'praktik' | 'panduan';
const KOLEKSI_HALAMAN = ['praktik', 'model', 'panduan'] as const satisfies readonly KoleksiHalaman[];

/** Collections of entries: each gets an entry page, a search record and an open-data row. */
export const KOLEKSI_ENTRI = ['praktik', 'model'] as const satisfies readonly KoleksiHalaman[];
export type KoleksiEntri = (typeof KOLEKSI_ENTRI)[number];

/** The extension of the files that become pages. */
export const EKSTENSI_HALAMAN = '.mdx';

/** The folder inside a collection that holds its translation into a locale: only guides are translated. */
const FOLDER_TERJEMAHAN: Readonly<Partial<Record<string, Partial<Record<Locale, string>>>>> = { panduan: { en: 'en' } };

/** Folders of a collection whose files are entries, relative to it: `''` (the collection itself) and its translations'. */
export function folderEntri(koleksi: string): string[] {
  return ['', ...Object.values(FOLDER_TERJEMAHAN[koleksi] ?? {})];
}

/** An Astro id split into the entry's id and the language of its file: `en/x` of `panduan` → `{ id: 'x', bahasa: 'en' }`. */
export function dariAstroId(koleksi: string, astroId: string): { id: string; bahasa: Locale } {
  for (const [bahasa, folder] of Object.entries(FOLDER_TERJEMAHAN[koleksi] ?? {}) as [Locale, string][]) {
    if (astroId.startsWith(`${folder}/`)) return { id: astroId.slice(folder.length + 1), bahasa };
  }
  return { id: astroId, bahasa: 'id' };
}

/** The Astro id of an entry written in a language: the inverse of `dariAstroId`. */
export function astroIdUntuk(koleksi: string, id: string, bahasa: Locale): string {
  const folder = bahasa === 'id' ? undefined : FOLDER_TERJEMAHAN[koleksi]?.[bahasa];
  return folder ? `${folder}/${id}` : id;
}

export const entryPath = (koleksi: KoleksiHalaman, id: string) => `/${koleksi}/${id}/`;
export const temaPath = (slug: string) => `/tema/${slug}/`;
export const provinsiPath = (kode: string) => `/provinsi/${kode}/`;

/** The same site path in another locale: Indonesian at the root, English under /en/. */
export function localePath(locale: Locale, path: string): string {
  return locale === 'en' ? `/en${path}` : path;
}

/** A site path (leading slash optional) split into its locale and the Indonesian path: `/en/cari/` → `{ locale: 'en', path: '/cari/' }`. */
export function pisahLocale(path: string): { locale: Locale; path: string } {
  const m = /^\/?en(\/.*|)$/.exec(path);
  return m ? { locale: 'en', path: m[1] || '/' } : { locale: 'id', path: path.startsWith('/') ? path : `/${path}` };
}

/** Prefix a site path with the deployment base (`/` or `/sub/path/`). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith('/') ? `${b}${path.slice(1)}` : `${b}${path}`;
}

/** How a page in a locale links to the site's pages: `alamatLokal('en', '/sub/')('/tema/')` → `/sub/en/tema/`. */
export function alamatLokal(locale: Locale, base: string): (path: string) => string {
  return (path) => withBase(base, localePath(locale, path));
}

/** The top-level folders of src/pages/[...lang]/: the pages that exist in every locale. */
export const RUTE_BERBAHASA = ['bandingkan', 'cari', 'data', 'model', 'panduan', 'peta', 'praktik', 'provinsi', 'replikasi', 'tema', 'temukan', 'tentang'] as const;

/**
 * An Indonesian body shown on a page of another locale keeps its reader in that locale: each link
 * to a page that exists in every locale (RUTE_BERBAHASA, not a model's book or a data file) points
 * to that locale's page. A link to a spot in a guide stays, because a translated guide's headings,
 * and so its anchors, are its own. `html` is the renderer's output, whose attributes are double-quoted.
 */
export function tautanLokal(html: string, locale: Locale, base: string): string {
  if (locale === 'id') return html;
  const b = withBase(base, '/');
  return html.replace(/(<a\b[^>]*?\shref=")([^"]*)"/g, (m, awal: string, href: string) => {
    if (!href.startsWith(b)) return m;
    const jalur = `/${href.slice(b.length)}`;
    const [halaman = '', sisa = ''] = /^([^?#]*)(.*)$/.exec(jalur)!.slice(1);
    const bagian = halaman.split('/');
    const berbahasa = halaman === '/' || ((RUTE_BERBAHASA as readonly string[]).includes(bagian[1]!) && halaman.endsWith('/') && !/^\/model\/[^/]+\/buku\//.test(halaman));
    if (!berbahasa || (bagian[1] === 'panduan' && sisa.includes('#'))) return m;
    return `${awal}${withBase(base, localePath(locale, halaman))}${sisa}"`;
  });
}

/** The page a content file is shown on: `en/x` of `panduan` → `/en/panduan/x/`, `x` of `praktik` → `/praktik/x/`. */
export function halamanBerkas(koleksi: KoleksiHalaman, astroId: string): string {
  const { id, bahasa } = dariAstroId(koleksi, astroId);
  return localePath(bahasa, entryPath(koleksi, id));
}

export interface HalamanEntri {
  locale: Locale;
  koleksi: KoleksiHalaman;
  id: string;
}

/**
 * The path segment of a catalogue's later pages (`/praktik/halaman/2/`, the folder
 * src/pages/[...lang]/praktik/halaman/): an entry may not take it as its id.
 */
export const SEGMEN_HALAMAN = 'halaman';

/**
 * The page of an entry or guide a site path names (leading slash optional, trailing slash
 * required): `en/praktik/x/` → `{ locale: 'en', koleksi: 'praktik', id: 'x' }`. A list page
 * (`/praktik/`, `/praktik/halaman/2/`), a page of another collection than `koleksi`, or any other
 * page is undefined.
 */
export function halamanEntri(path: string, koleksi: readonly KoleksiHalaman[] = KOLEKSI_HALAMAN): HalamanEntri | undefined {
  const { locale, path: p } = pisahLocale(path);
  const m = /^\/([a-z]+)\/([^/]+)\/$/.exec(p);
  if (!m || m[2] === SEGMEN_HALAMAN || !(koleksi as readonly string[]).includes(m[1]!)) return undefined;
  return { locale, koleksi: m[1] as KoleksiHalaman, id: m[2]! };
}

/**
 * The content files that may produce an entry's page in a locale, relative to the content folder,
 * in the order they are tried: `panduan/en/x.mdx` then `panduan/x.mdx` for an English guide page.
 */
export function berkasHalaman({ locale, koleksi, id }: HalamanEntri): string[] {
  const terjemahan = astroIdUntuk(koleksi, id, locale);
  return [...new Set([terjemahan, id])].map((a) => `${koleksi}/${a}${EKSTENSI_HALAMAN}`);
}
