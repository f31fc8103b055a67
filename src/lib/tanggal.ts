import type { Locale } from '../data/vocab.ts';
import { useTranslations, type Kunci } from '../i18n/index.ts';

const BULAN = [
  'tanggal.bulan.1',
  'tanggal.bulan.2',
  'tanggal.bulan.3',
  'tanggal.bulan.4',
  'tanggal.bulan.5',
  'tanggal.bulan.6',
  'tanggal.bulan.7',
  'tanggal.bulan.8',
  'tanggal.bulan.9',
  'tanggal.bulan.10',
  'tanggal.bulan.11',
  'tanggal.bulan.12',
] as const satisfies readonly Kunci[];

/**
 * "2026-11-28" → "28 November 2026" (id) or "28 November 2026" (en), and a partial date as precise
 * as it is ("2026-11" → "November 2026", "2026" → "2026"), as sources record their publication. No
 * Intl, so the output is identical on every machine.
 */
export function formatTanggal(iso: string, locale: Locale = 'id'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  if (m === undefined) return String(y);
  const bulan = BULAN[m - 1];
  if (!bulan || Number.isNaN(d)) return iso;
  const nama = useTranslations(locale)(bulan);
  return d === undefined ? `${nama} ${y}` : `${d} ${nama} ${y}`;
}
