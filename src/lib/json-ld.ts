import type { Edisi } from '../data/edisi.ts';
import { VERSI_SKEMA } from './opendata.ts';
import type { Entri } from '../schema/entri.ts';

/** One step of the page's breadcrumb trail: its name and, except for the page itself, its address. */
export interface Remah {
  name: string;
  item?: string;
}

/**
 * An entry's structured data (schema.org `Article` and `BreadcrumbList`), from its recorded fields
 * only: first published on its oldest history line, modified on the date the page shows, authored
 * by the named authors, published by the edition's publisher (a government body only in the
 * official edition), and `Published` only when the entry's status is `terbit`. `catatan` is the
 * edition's citation note (a demonstration or review edition says so).
 */
export function jsonLdEntri(o: {
  data: Pick<Entri, 'judul' | 'status' | 'riwayat'>;
  penulis: readonly string[];
  diperbarui: string;
  edisi: Pick<Edisi, 'slug' | 'penerbit'>;
  catatan: string | undefined;
  url: string;
  remah: readonly Remah[];
}): object[] {
  const { data: d } = o;
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: d.judul,
      inLanguage: 'id',
      dateModified: o.diperbarui,
      datePublished: d.riwayat[d.riwayat.length - 1]?.tanggal,
      author: o.penulis.map((name) => ({ '@type': 'Organization', name })),
      publisher: penerbit(o.edisi),
      creativeWorkStatus: d.status === 'terbit' ? 'Published' : 'Draft',
      ...(o.catatan ? { description: o.catatan } : {}),
      url: o.url,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: o.remah.map((r, i) => ({ '@type': 'ListItem', position: i + 1, name: r.name, ...(r.item ? { item: r.item } : {}) })),
    },
  ];
}

/** The publisher as schema.org names it: a government body only in the official edition. */
const penerbit = (edisi: Pick<Edisi, 'slug' | 'penerbit'>) => ({ '@type': edisi.slug === 'resmi' ? 'GovernmentOrganization' : 'Organization', name: edisi.penerbit });

/**
 * The open data as a schema.org `Dataset`, so data-set search engines list it: its files, licence,
 * publisher (the edition's, as the data page asks users to credit), schema version and the date
 * of its newest entry, all from what the data files themselves carry.
 */
export function jsonLdData(o: { nama: string; keterangan: string; url: string; berkas: { csv: string; json: string }; edisi: Pick<Edisi, 'slug' | 'penerbit'>; diperbarui: string | null }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: o.nama,
    description: o.keterangan,
    url: o.url,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    creator: penerbit(o.edisi),
    publisher: penerbit(o.edisi),
    version: VERSI_SKEMA,
    ...(o.diperbarui ? { dateModified: o.diperbarui } : {}),
    inLanguage: ['id', 'en'],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: o.berkas.csv },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: o.berkas.json },
    ],
  };
}
