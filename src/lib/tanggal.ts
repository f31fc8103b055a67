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

/** "2026-11-28" → "28 November 2026" (id) or "28 November 2026" (en); no Intl so output is identical on every machine. */
export function formatTanggal(iso: string, locale: Locale = 'id'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const bulan = m ? BULAN[m - 1] : undefined;
  if (!y || !bulan || !d) return iso;
  return `${d} ${useTranslations(locale)(bulan)} ${y}`;
}
