import type { Locale } from '../data/vocab.ts';

const BULAN: Record<Locale, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-11-28" → "28 November 2026" (id) or "28 November 2026" (en); no Intl so output is identical on every machine. */
export function formatTanggal(iso: string, locale: Locale = 'id'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${BULAN[locale][m - 1]} ${y}`;
}
