import type { SkemaUrl } from './keadaan-url.ts';

/** At most four entries fit side by side on a page and on paper. */
export const MAKS_BANDINGKAN = 4;

/**
 * The selection in the page's URL (read and written by src/lib/keadaan-url.ts):
 * `?id=praktik/a,model/b`, comma-joined or repeated (`?id=praktik/a&id=model/b`), each item once,
 * malformed ones dropped, at most MAKS_BANDINGKAN.
 */
export const URL_BANDINGKAN = {
  id: { jenis: 'daftar', pola: /^(model|praktik)\/[a-z0-9]+(?:-[a-z0-9]+)*$/, maks: MAKS_BANDINGKAN },
} as const satisfies SkemaUrl;
