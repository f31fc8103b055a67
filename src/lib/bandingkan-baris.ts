import { ANATOMI } from '../rules/anatomy.ts';
import { jangkar } from '../rules/jangkar.ts';

/**
 * The anchor of a section that practices and models both have, from its heading in the anatomy
 * (src/rules/anatomy.ts) by the renderer's own anchor function (src/rules/jangkar.ts): a renamed
 * section moves its row with it, and a heading that is not in both anatomies stops the build.
 */
function bagian(judul: string): string {
  const tanpa = (['praktik', 'model'] as const).filter((k) => !ANATOMI[k].some((b) => b.judul === judul));
  if (tanpa.length) throw new Error(`baris perbandingan "${judul}" bukan bagian anatomi ${tanpa.join(' dan ')} (src/rules/anatomy.ts)`);
  return `#${jangkar(judul)}`;
}

/**
 * The rows of the comparison: which part of each entry page fills them. The readiness card and the
 * prerequisites are drawn by the entry page (src/components/halaman/HalamanEntri.astro); the rest
 * are sections of the body. Built into the compare page's configuration, so the island itself
 * carries neither the anatomy nor the slugger.
 */
export const BARIS_BANDINGKAN = [
  { kunci: 'kartu', pilih: '.kesiapan' },
  { kunci: 'prasyarat', pilih: '#prasyarat' },
  { kunci: 'biaya', pilih: bagian('Sumber Daya dan Biaya') },
  { kunci: 'aktor', pilih: bagian('Aktor, Peran, dan Tata Kelola') },
  { kunci: 'hukum', pilih: bagian('Dasar Hukum dan Regulasi Pendukung') },
  { kunci: 'langkah', pilih: bagian('Tahapan Implementasi') },
  { kunci: 'indikator', pilih: bagian('Indikator dan Pengukuran') },
  { kunci: 'replikasi', pilih: bagian('Rekam Jejak Replikasi') },
] as const;
