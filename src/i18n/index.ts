import type { Locale } from '../data/vocab.ts';
import { en } from './en.ts';
import { id, type Kunci } from './id.ts';

const KAMUS: Record<Locale, Record<Kunci, string>> = { id, en };

/** The interface text of one locale; `t('kartu.judul')`. */
export function useTranslations(locale: Locale) {
  return (key: Kunci): string => KAMUS[locale][key];
}

/** Keys with a singular form under `<key>.satu` (English needs it; Indonesian repeats the same words). */
type KunciJumlah = { [K in Kunci]: `${K}.satu` extends Kunci ? K : never }[Kunci];

/** The noun that goes with a count: "1 replication", "2 replications". */
export function useJumlah(locale: Locale) {
  return (n: number, key: KunciJumlah): string => KAMUS[locale][n === 1 ? (`${key}.satu` as Kunci) : key];
}

export type { Kunci };
