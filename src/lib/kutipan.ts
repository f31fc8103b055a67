/**
 * How to cite an entry: the entry as a CSL-JSON item, which the CSL processor (./sitasi/)
 * formats in APA 7 and exports as BibTeX and CSL-JSON, together with the entry's own sources.
 */
import { apaTeks, itemSumber, type Bahasa, type ItemCsl } from './sitasi/index.ts';
import type { Locale } from '../data/vocab.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Sumber } from '../schema/sumber.ts';
import { catatanKutipan } from './edisi.ts';
import { EDISI_AKTIF } from './env.ts';
import { entryPath, withBase } from '../data/routes.ts';

/** What a citation needs to know of an entry. */
export interface Citable {
  judul: string;
  kepanjangan?: string | undefined;
  penulis: string[];
  /** Date of the last substantive change (YYYY-MM-DD): the version being cited. */
  diperbarui: string;
  url: string;
  penerbit: string;
  namaSitus: string;
  id: string;
  /** The edition and review status, when the entry is not an official, reviewed one (src/lib/edisi.ts). */
  catatan?: string | undefined;
}

/** The entry as a CSL-JSON item: a page of the handbook, by its authors (or its publisher). */
export function itemEntri(c: Citable): ItemCsl {
  const [y, m, d] = c.diperbarui.split('-').map(Number);
  return {
    id: `pustaka-${c.id}`,
    'citation-key': `pustaka-${c.id}`,
    type: 'webpage',
    title: c.kepanjangan ? `${c.judul}: ${c.kepanjangan}` : c.judul,
    author: (c.penulis.length ? c.penulis : [c.penerbit]).map((literal) => ({ literal })),
    'container-title': c.namaSitus,
    // APA leaves the publisher out when it is also the author.
    ...(c.penulis.includes(c.penerbit) ? {} : { publisher: c.penerbit }),
    issued: { 'date-parts': [[y!, m!, d!]] },
    URL: new URL(c.url).href,
    // APA's bracketed description says what the work is: here, its edition and review status.
    ...(c.catatan ? { genre: c.catatan } : {}),
    language: 'id',
  };
}

/** APA 7 reference of the entry, in the page's language. */
export const apa = (c: Citable, bahasa: Bahasa): string => apaTeks(itemEntri(c), bahasa);

/** The entry and every source it cites, for a reference manager (BibTeX or CSL-JSON download). */
export const itemUnduhan = (c: Citable, sumber: readonly Sumber[]): ItemCsl[] => [itemEntri(c), ...sumber.map(itemSumber)];

/** What the page's "how to cite" box and the reference-manager downloads say of an entry. */
export function citable(
  e: { id: string; koleksi: 'model' | 'praktik'; judul: string; kepanjangan?: string | undefined; penulis: string[]; status: string },
  o: { site: URL | string; base: string; locale: Locale; diperbarui: string },
): Citable {
  return {
    id: e.id,
    judul: e.judul,
    kepanjangan: e.kepanjangan,
    penulis: e.penulis,
    diperbarui: o.diperbarui,
    url: new URL(withBase(o.base, entryPath(e.koleksi, e.id)), o.site).href,
    penerbit: EDISI_AKTIF.penerbit,
    namaSitus: useTranslations(o.locale)('site.nama'),
    catatan: catatanKutipan(EDISI_AKTIF, e.status, o.locale),
  };
}
