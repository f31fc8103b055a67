import { TEMA_RB, PRIORITAS_PRESIDEN } from './tema.ts';

/**
 * The site's pages that are not entries, as paths without the base path. Pages link to them
 * through src/data/routes.ts; the link rule (src/rules/links.ts) accepts an author's link to exactly
 * these, so a page and a link can never disagree.
 */
export const HALAMAN_STATIS = [
  '/',
  '/model/',
  '/praktik/',
  '/panduan/',
  '/tema/',
  '/provinsi/',
  '/cari/',
  '/temukan/',
  '/bandingkan/',
  '/peta/',
  '/replikasi/',
  '/tentang/',
  '/data/',
] as const;

/** Every theme page: the four RB Tematik focuses and the three presidential priorities. */
export const TEMA_HALAMAN = [...TEMA_RB, ...PRIORITAS_PRESIDEN].map((t) => t.slug);
