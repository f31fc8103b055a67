import type { Term } from './vocab.ts';

/** The 17 goals of Perpres 59/2017 (TPB/SDGs), with their official Indonesian names. */
export const SDGS = [
  { slug: '1', id: 'Tanpa Kemiskinan', en: 'No poverty' },
  { slug: '2', id: 'Tanpa Kelaparan', en: 'Zero hunger' },
  { slug: '3', id: 'Kehidupan Sehat dan Sejahtera', en: 'Good health and well-being' },
  { slug: '4', id: 'Pendidikan Berkualitas', en: 'Quality education' },
  { slug: '5', id: 'Kesetaraan Gender', en: 'Gender equality' },
  { slug: '6', id: 'Air Bersih dan Sanitasi Layak', en: 'Clean water and sanitation' },
  { slug: '7', id: 'Energi Bersih dan Terjangkau', en: 'Affordable and clean energy' },
  { slug: '8', id: 'Pekerjaan Layak dan Pertumbuhan Ekonomi', en: 'Decent work and economic growth' },
  { slug: '9', id: 'Industri, Inovasi dan Infrastruktur', en: 'Industry, innovation and infrastructure' },
  { slug: '10', id: 'Berkurangnya Kesenjangan', en: 'Reduced inequalities' },
  { slug: '11', id: 'Kota dan Permukiman yang Berkelanjutan', en: 'Sustainable cities and communities' },
  { slug: '12', id: 'Konsumsi dan Produksi yang Bertanggung Jawab', en: 'Responsible consumption and production' },
  { slug: '13', id: 'Penanganan Perubahan Iklim', en: 'Climate action' },
  { slug: '14', id: 'Ekosistem Lautan', en: 'Life below water' },
  { slug: '15', id: 'Ekosistem Daratan', en: 'Life on land' },
  { slug: '16', id: 'Perdamaian, Keadilan dan Kelembagaan yang Tangguh', en: 'Peace, justice and strong institutions' },
  { slug: '17', id: 'Kemitraan untuk Mencapai Tujuan', en: 'Partnerships for the goals' },
] as const satisfies readonly Term[];
