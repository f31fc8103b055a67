import { isi } from './format.ts';
import { tulisUrl, type SkemaUrl } from './keadaan-url.ts';

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

/**
 * The compare page's query for these entries, in their order, the first MAKS_BANDINGKAN of them:
 * a model's link to its practices side by side, a fit-finder result's link to itself.
 */
export function kueriBandingkan(entri: readonly { koleksi: 'model' | 'praktik'; id: string }[]): string {
  return tulisUrl(URL_BANDINGKAN, { id: entri.slice(0, MAKS_BANDINGKAN).map((e) => `${e.koleksi}/${e.id}`) });
}

export interface KataBandingkan {
  /** "{0} ditambahkan." and "{0} dihapus." (the entry's title). */
  ditambah: string;
  dihapus: string;
  /** "{0} entri dibandingkan." */
  jumlah: string;
  /** Said while fewer than two entries are chosen. */
  kosong: string;
  /** Said once the table holds MAKS_BANDINGKAN entries. */
  penuh: string;
}

/**
 * What the live region says: the entry just added or removed, then how many are compared (or
 * that a second is needed, or that the table is full), so each change is confirmed.
 */
export function teksBandingkan(n: number, w: KataBandingkan, aksi?: { jenis: 'tambah' | 'hapus'; judul: string }): string {
  const keadaan = n < 2 ? w.kosong : n >= MAKS_BANDINGKAN ? `${isi(w.jumlah, n)} ${w.penuh}` : isi(w.jumlah, n);
  return aksi ? `${isi(aksi.jenis === 'tambah' ? w.ditambah : w.dihapus, aksi.judul)} ${keadaan}` : keadaan;
}
