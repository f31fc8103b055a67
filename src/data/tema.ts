import type { Term } from './vocab.ts';

/** RB Tematik focuses (PermenPANRB 3/2023 amending 25/2020, Road Map RB 2020–2024). */
export const TEMA_RB = [
  { slug: 'pengentasan-kemiskinan', id: 'Pengentasan Kemiskinan', en: 'Poverty alleviation' },
  { slug: 'peningkatan-investasi', id: 'Peningkatan Investasi', en: 'Investment promotion' },
  {
    slug: 'digitalisasi-administrasi-pemerintahan',
    id: 'Digitalisasi Administrasi Pemerintahan',
    en: 'Digital government administration',
  },
  {
    slug: 'percepatan-prioritas-presiden',
    id: 'Percepatan Prioritas Presiden',
    en: 'Presidential priorities',
  },
] as const satisfies readonly Term[];

/** The RB Tematik focus under which the presidential priorities sit. */
export const TEMA_PRIORITAS_PRESIDEN = 'percepatan-prioritas-presiden';

/** Presidential priorities of the 2024 model books (stunting, inflation, P3DN). */
export const PRIORITAS_PRESIDEN = [
  { slug: 'penanganan-stunting', id: 'Penanganan Stunting', en: 'Stunting reduction' },
  { slug: 'pengendalian-inflasi', id: 'Pengendalian Inflasi', en: 'Inflation control' },
  {
    slug: 'p3dn',
    id: 'Peningkatan Penggunaan Produk Dalam Negeri (P3DN)',
    en: 'Use of domestic products (P3DN)',
  },
] as const satisfies readonly Term[];
