import { edisiBernama } from '../data/edisi.ts';

/**
 * Build settings read from the environment, in one place.
 * CONTENT_DIR lets the benchmark and the tests build from a generated or fixture content tree.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** PREVIEW_DRAFTS=1 builds a preview that shows `draf` and `tinjauan` entries with a banner, as `astro dev` does. */
export const PREVIEW_DRAFTS = process.env.PREVIEW_DRAFTS === '1';

/**
 * EDISI=demonstrasi|tinjauan|resmi: which edition the build publishes (src/data/edisi.ts). The
 * default is the demonstration edition, which shows entries awaiting review with a label.
 */
export const EDISI_AKTIF = edisiBernama(process.env.EDISI);
