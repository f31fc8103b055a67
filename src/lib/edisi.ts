/**
 * What a page, a citation, the feed and the data say about an entry's standing, from the edition
 * being built and the entry's status: one rule, so no output can say more than another.
 */
import type { Edisi } from '../data/edisi.ts';
import type { Locale } from '../data/vocab.ts';

const LABEL_STATUS = {
  tinjauan: { id: 'menunggu tinjauan', en: 'awaiting review' },
  draf: { id: 'draf', en: 'draft' },
} as const;

/** The status label an unreviewed entry carries ("menunggu tinjauan", "draf"); undefined once reviewed. */
export function labelStatus(status: string, locale: Locale = 'id'): string | undefined {
  return status === 'tinjauan' || status === 'draf' ? LABEL_STATUS[status][locale] : undefined;
}

/**
 * The note a citation carries: the edition unless it is the official one, and the entry's status
 * unless it is reviewed, e.g. "Edisi demonstrasi; menunggu tinjauan".
 */
export function catatanKutipan(edisi: Edisi, status: string, locale: Locale = 'id'): string | undefined {
  const bagian = [edisi.slug === 'resmi' ? undefined : edisi[locale], labelStatus(status, locale)].filter((x): x is string => !!x);
  return bagian.length ? bagian.join('; ') : undefined;
}
