import { FACET_KEYS, SORT_KEYS, type FacetRecord } from './facets.ts';
import type { KartuRecord } from './kartu-html.ts';
import type { KeadaanUrl, SkemaUrl } from './keadaan-url.ts';
import type { Ringkas } from './ringkas.ts';
import type { Kandidat } from './temukan.ts';
import { isi } from './format.ts';

/** Entries per page of the catalogue, with and without JavaScript. */
export const UKURAN_HALAMAN = 24;

/** Practices listed on a theme or province page; the catalogue, filtered, lists the rest. */
export const MAKS_DAFTAR = 48;

/**
 * The catalogue's state in its URL (read and written by src/lib/keadaan-url.ts):
 * `?tema=a,b&provinsi=34&urut=bukti&hal=2`. Filter values may come comma-joined (what the island and
 * the theme and province pages write) or repeated (what the form sends without JavaScript).
 */
export const URL_KATALOG = {
  saring: { jenis: 'kelompok', anggota: FACET_KEYS },
  urut: { jenis: 'pilih', nilai: SORT_KEYS, bawaan: 'judul' },
  hal: { jenis: 'bilangan', min: 1, maks: Number.MAX_SAFE_INTEGER, bawaan: 1 },
} as const satisfies SkemaUrl;
export type KeadaanKatalog = KeadaanUrl<typeof URL_KATALOG>;

/** One row of the client index: what a card shows, what facets read and what the fit-finder weighs. */
export type IndeksRecord = KartuRecord & FacetRecord & Kandidat;

/**
 * The compact record the catalogue and fit-finder islands download (the catalogue only on demand). One file per locale carries only
 * that locale's summary, so readers never download both languages.
 */
export function indeksRecord(r: Ringkas, locale: 'id' | 'en'): IndeksRecord {
  return {
    koleksi: r.koleksi,
    id: r.id,
    judul: r.judul,
    kepanjangan: r.kepanjangan,
    ringkasan: r.ringkasan,
    ringkasan_en: locale === 'en' ? r.ringkasan_en : undefined,
    tema: r.tema,
    prioritas: r.prioritas,
    provinsi: r.provinsi,
    instansi: r.instansi,
    instansiNama: r.instansiNama,
    tahun: r.tahun,
    headline: r.headline,
    sdgs: r.sdgs,
    bukti: r.bukti,
    biaya: r.biaya,
    kompleksitas: r.kompleksitas,
    penghargaan: r.penghargaan,
    daerah3t: r.daerah3t,
    jenisInovasi: r.jenisInovasi,
    persiapan: r.persiapan,
    replikasi: r.replikasi,
    mitra: r.mitra,
    keberlanjutan: r.keberlanjutan,
    // Three prerequisites are enough to say what to prepare; the entry page lists them all.
    prasyarat: r.prasyarat.slice(0, 3),
    // Facets without a record field of their own (src/lib/daftar-faset.ts); absent when there are none.
    ...(r.faset ? { faset: r.faset } : {}),
  };
}

/** The catalogue's status line for one page of results; with nothing found it is the empty-list message, so the live region says it. */
export function teksHalaman(p: Pick<ReturnType<typeof halaman>, 'from' | 'to' | 'total'>, w: { status: string; statusSatu: string; kosong: string }): string {
  return p.total === 0 ? w.kosong : p.total === 1 ? w.statusSatu : isi(w.status, p.from, p.to, p.total);
}

/** Pages of a list: `halaman(list, 2)` is the second page of UKURAN_HALAMAN items. */
export function halaman<T>(list: readonly T[], page: number, size = UKURAN_HALAMAN) {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: list.slice((current - 1) * size, current * size), current, pages, from: list.length ? (current - 1) * size + 1 : 0, to: Math.min(current * size, list.length), total: list.length };
}
