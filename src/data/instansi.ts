import type { Term } from './vocab.ts';

/** Agency types, following the KIPP clusters plus villages (brief §4.2). */
export const JENIS_INSTANSI = [
  { slug: 'kementerian', id: 'Kementerian', en: 'Ministry' },
  { slug: 'lembaga', id: 'Lembaga', en: 'Agency (non-ministerial)' },
  { slug: 'pemerintah-provinsi', id: 'Pemerintah Provinsi', en: 'Provincial government' },
  { slug: 'pemerintah-kabupaten', id: 'Pemerintah Kabupaten', en: 'Regency government' },
  { slug: 'pemerintah-kota', id: 'Pemerintah Kota', en: 'City government' },
  { slug: 'bumn', id: 'BUMN', en: 'State-owned enterprise' },
  { slug: 'bumd', id: 'BUMD', en: 'Regional-owned enterprise' },
  { slug: 'pemerintah-desa', id: 'Pemerintah Desa', en: 'Village government' },
] as const satisfies readonly Term[];

/** Agency types that belong to a region and so must name their province. */
export const INSTANSI_DAERAH = [
  'pemerintah-provinsi',
  'pemerintah-kabupaten',
  'pemerintah-kota',
  'bumd',
  'pemerintah-desa',
] as const;

/** Agency types that belong to a regency or city and so must name it too. */
export const INSTANSI_KABKOTA = ['pemerintah-kabupaten', 'pemerintah-kota', 'pemerintah-desa'] as const;
