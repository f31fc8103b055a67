import { useTranslations } from '../i18n/index.ts';

/** Fill "{0}", "{1}" in a dictionary string. */
export function isi(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (values[Number(i)] !== undefined ? String(values[Number(i)]) : m));
}

// One formatter per locale, made on first use: toLocaleString builds a new one on every call, and
// the build's cards call this thousands of times.
const formatAngka: Partial<Record<'id' | 'en', Intl.NumberFormat>> = {};

/** A yearly amount in millions of rupiah as a reader says it: "Rp150 juta", "Rp1,5 miliar" (id) or "Rp1.5 billion" (en). */
export function rupiahJuta(juta: number, locale: 'id' | 'en'): string {
  const angka = (n: number) => (formatAngka[locale] ??= new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 1 })).format(n);
  const t = useTranslations(locale);
  if (juta >= 1000) return `Rp${angka(juta / 1000)} ${t('angka.miliar')}`;
  return `Rp${angka(juta)} ${t('angka.juta')}`;
}
