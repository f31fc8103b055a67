import type { KoleksiEntri } from '../data/routes.ts';
import type { Model, Praktik } from '../schema/entri.ts';
import { bacaKolom, FASET, kolomFaset, type Faset } from './daftar-faset.ts';
import { headline, replikasiTerverifikasi, type Headline } from './kesiapan.ts';

/**
 * The compact record of an entry that lists, facets, the fit-finder, the map and the catalogue's
 * client index all use. Derived from the schema's output; never typed by hand elsewhere: what a
 * reader of it needs is a `Pick` of it (KartuRecord, FacetRecord, Kandidat, the map's counts).
 */
export interface Ringkas {
  koleksi: KoleksiEntri;
  id: string;
  judul: string;
  kepanjangan?: string | undefined;
  ringkasan: string;
  ringkasan_en?: string | undefined;
  alias: string[];
  tema: string;
  prioritas?: string | undefined;
  sdgs: number[];
  urusan: string[];
  /** Agency type; models have none. */
  instansi?: string | undefined;
  instansiNama?: string | undefined;
  provinsi?: string | undefined;
  kabkota?: string | undefined;
  daerah3t: boolean;
  jenisInovasi?: string | undefined;
  tahun?: number | undefined;
  bukti: number;
  biaya: number;
  kompleksitas: string;
  dampak: string;
  persiapan: number;
  prasyarat: string[];
  headline: Headline;
  replikasi: number;
  /** Provinces where a replication is recorded (any status). */
  provinsiReplikasi: string[];
  /** Award programmes and tiers, e.g. "kipp:top-45". */
  penghargaan: string[];
  keberlanjutan?: string | undefined;
  mitra: number;
  model: string[];
  status: string;
  /**
   * Values of the facets that have no field above (src/lib/daftar-faset.ts: no `nilai`), by facet
   * key, read from the facet's field; absent when every facet has its own field.
   */
  faset?: Partial<Record<string, string[]>> | undefined;
}

// Lists on many pages summarise the same entries; each is summarised once per build.
const cache = new WeakMap<object, Ringkas>();
const memo = <D extends object>(f: (d: D) => Ringkas) => (d: D): Ringkas => {
  let r = cache.get(d);
  if (!r) cache.set(d, (r = f(d)));
  return r;
};

export const ringkasPraktik = memo((d: Praktik): Ringkas => ({
    ...dasar(d, 'praktik'),
    instansi: d.instansi_asal.jenis,
    instansiNama: d.instansi_asal.nama,
    provinsi: d.instansi_asal.kode_provinsi,
    kabkota: d.instansi_asal.kode_kabkota,
    daerah3t: d.instansi_asal.daerah_3t,
    jenisInovasi: d.jenis_inovasi,
    tahun: d.tahun_mulai,
    penghargaan: [...new Set(d.penghargaan.map((p) => `${p.program}:${p.predikat}`))],
    keberlanjutan: d.status_keberlanjutan,
    mitra: d.instansi_mitra.length,
    model: d.model.map((m) => m.id),
}));

export const ringkasModel = memo((d: Model): Ringkas => ({
  ...dasar(d, 'model'),
  daerah3t: false,
  tahun: d.tahun_model,
  penghargaan: [],
  mitra: 0,
  model: [],
}));

function dasar(d: Praktik | Model, koleksi: KoleksiEntri) {
  const k = d.kesiapan;
  return {
    koleksi,
    id: d.id,
    judul: d.judul,
    kepanjangan: d.kepanjangan,
    ringkasan: d.ringkasan,
    ringkasan_en: d.ringkasan_en,
    alias: d.alias,
    tema: d.tema_rb,
    prioritas: d.prioritas_presiden,
    sdgs: d.sdgs,
    urusan: d.urusan_pemerintahan,
    bukti: k.kekuatan_bukti,
    biaya: k.biaya,
    kompleksitas: k.kompleksitas,
    dampak: k.tingkat_dampak,
    persiapan: k.lama_persiapan_bulan,
    prasyarat: k.prasyarat,
    headline: headline(k),
    replikasi: replikasiTerverifikasi(k),
    provinsiReplikasi: [...new Set(k.replikasi.flatMap((r) => (r.kode_provinsi ? [r.kode_provinsi] : [])))],
    status: d.status,
    ...nilaiFaset(d, koleksi),
  };
}

/** The values of the facets without a record field of their own, read from their fields in the entry's data. */
function nilaiFaset(d: Praktik | Model, koleksi: KoleksiEntri): { faset?: Partial<Record<string, string[]>> } {
  const faset: Partial<Record<string, string[]>> = {};
  for (const f of FASET as readonly Faset[]) {
    const kolom = kolomFaset(f, koleksi);
    const nilai = !f.nilai && kolom ? bacaKolom(d, kolom) : [];
    if (nilai.length) faset[f.key] = nilai;
  }
  return Object.keys(faset).length ? { faset } : {};
}
