import type { Term } from './vocab.ts';

/**
 * The edition a build publishes: one setting (`EDISI`) that every page, the print, the citations,
 * the structured data, the feed and the open data state. It decides which statuses appear:
 * the official edition shows only reviewed (`terbit`) entries; the others also show entries that
 * await review (`tinjauan`), each labelled as such wherever it appears.
 */
export const EDISI = [
  {
    slug: 'demonstrasi',
    id: 'Edisi demonstrasi',
    en: 'Demonstration edition',
    tampil: ['terbit', 'tinjauan'],
    penerbit: 'Tim Redaksi Pustaka Model Inovasi',
  },
  {
    slug: 'tinjauan',
    id: 'Edisi tinjauan',
    en: 'Review edition',
    tampil: ['terbit', 'tinjauan'],
    penerbit: 'Tim Redaksi Pustaka Model Inovasi',
  },
  { slug: 'resmi', id: 'Edisi resmi', en: 'Official edition', tampil: ['terbit'], penerbit: 'Kementerian PANRB' },
] as const satisfies readonly (Term & { tampil: readonly string[]; penerbit: string })[];

export type Edisi = (typeof EDISI)[number];

/** The edition named by `slug`; an unknown name stops the build with the names it accepts. */
export function edisiBernama(slug: string | undefined): Edisi {
  const e = EDISI.find((x) => x.slug === (slug || 'demonstrasi'));
  if (!e) throw new Error(`EDISI="${slug}" tidak dikenal. Pilihan: ${EDISI.map((x) => x.slug).join(', ')}`);
  return e;
}
