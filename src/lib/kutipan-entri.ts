import type { Locale } from '../data/vocab.ts';
import { useTranslations } from '../i18n/index.ts';
import { semua, type Model, type Praktik } from './content.ts';
import { catatanKutipan } from './edisi.ts';
import { EDISI_AKTIF } from './env.ts';
import type { Citable } from './kutipan.ts';
import { entryPath, withBase } from './routes.ts';

/** What the page's "how to cite" box and the reference-manager downloads say of an entry. */
export async function citableEntri(entry: Praktik | Model, locale: Locale, site: URL, base: string, diperbarui: string): Promise<Citable> {
  const all = await semua();
  const d = entry.data;
  return {
    id: entry.id,
    judul: d.judul,
    kepanjangan: d.kepanjangan,
    penulis: d.penulis.map((r) => all.penulis.find((p) => p.id === r.id)?.data.nama).filter((n) => n !== undefined),
    diperbarui,
    url: new URL(withBase(base, entryPath(entry.collection, entry.id)), site).href,
    penerbit: EDISI_AKTIF.penerbit,
    namaSitus: useTranslations(locale)('site.nama'),
    catatan: catatanKutipan(EDISI_AKTIF, d.status),
  };
}

/** Where an entry's references can be downloaded, for the page's links and the endpoint's paths. */
export const pathUnduhanKutipan = (koleksi: 'model' | 'praktik', id: string, format: 'bib' | 'json') => `/data/kutipan/${koleksi}/${id}.${format}`;
