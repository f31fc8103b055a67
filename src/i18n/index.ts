import type { Locale } from '../data/vocab.ts';
import { en } from './en.ts';
import { id, type Kunci } from './id.ts';

const KAMUS: Record<Locale, Record<Kunci, string>> = { id, en };

/** The interface text of one locale; `t('kartu.judul')`. */
export function useTranslations(locale: Locale) {
  return (key: Kunci): string => KAMUS[locale][key];
}

export type { Kunci };
