import type { Locale } from '../data/vocab.ts';
import { semua, type Model, type Praktik } from './content.ts';
import { citable, type Citable } from './kutipan.ts';

/** The citation facts of an entry page: its authors' names come from the penulis collection. */
export async function citableEntri(entry: Praktik | Model, locale: Locale, site: URL, base: string, diperbarui: string): Promise<Citable> {
  const all = await semua();
  const d = entry.data;
  const penulis = d.penulis.map((r) => all.penulis.find((p) => p.id === r.id)?.data.nama).filter((n) => n !== undefined);
  return citable({ id: entry.id, koleksi: entry.collection, judul: d.judul, kepanjangan: d.kepanjangan, penulis, status: d.status }, { site, base, locale, diperbarui });
}

/** Where an entry's references can be downloaded, for the page's links and the endpoint's paths. */
export const pathUnduhanKutipan = (koleksi: 'model' | 'praktik', id: string, format: 'bib' | 'json') => `/data/kutipan/${koleksi}/${id}.${format}`;
