/**
 * Site paths without the base path. Pages build links with these and prefix the base; the pages
 * that are not entries are listed in src/data/halaman.ts, which the link rule checks against.
 */
export type KoleksiHalaman = 'model' | 'praktik' | 'panduan';

export const entryPath = (koleksi: KoleksiHalaman, id: string) => `/${koleksi}/${id}/`;
export const temaPath = (slug: string) => `/tema/${slug}/`;
export const provinsiPath = (kode: string) => `/provinsi/${kode}/`;

/** Prefix a site path with the deployment base (`/` or `/sub/path/`). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith('/') ? `${b}${path.slice(1)}` : `${b}${path}`;
}

/** The same site path in another locale: Indonesian at the root, English under /en/. */
export function localePath(locale: 'id' | 'en', path: string): string {
  return locale === 'en' ? `/en${path}` : path;
}

/** Route params for pages that exist in both locales: `[...lang]` is empty for Indonesian, `en` for English. */
export const LOCALE_PARAMS = [
  { lang: undefined, locale: 'id' },
  { lang: 'en', locale: 'en' },
] as const;
