import type { Locale } from '../data/vocab.ts';
import { TEMA_RB, PRIORITAS_PRESIDEN } from '../data/tema.ts';
import { PROVINSI } from '../data/wilayah.ts';
import { useTranslations } from '../i18n/index.ts';
import type { KartuLabels } from './kartu-html.ts';
import type { HeadlineWords } from './kesiapan.ts';
import { localePath, withBase } from '../data/routes.ts';

/** The headline's words in a locale. */
export function headlineWords(locale: Locale): HeadlineWords {
  const t = useTranslations(locale);
  return {
    dampak: t('kartu.headline.dampak'),
    biaya: t('kartu.headline.biaya'),
    bukti: t('kartu.headline.bukti'),
    rendah: t('kartu.level.rendah'),
    sedang: t('kartu.level.sedang'),
    tinggi: t('kartu.level.tinggi'),
    lemah: t('kartu.level.lemah'),
    kuat: t('kartu.level.kuat'),
  };
}

const byLocale = (terms: readonly { slug: string; id: string; en: string }[], locale: Locale) => Object.fromEntries(terms.map((t) => [t.slug, t[locale]]));

const labelCache = new Map<string, KartuLabels>();

/**
 * Server side: the labels every card on a page uses (server-only, since provinces come from
 * files). Built once per locale and base: a build renders hundreds of thousands of cards.
 */
export function kartuLabels(locale: Locale, base: string): KartuLabels {
  const key = `${locale}|${base}`;
  const cached = labelCache.get(key);
  if (cached) return cached;
  const t = useTranslations(locale);
  const labels: KartuLabels = {
    locale,
    jenis: { model: t('entri.model'), praktik: t('entri.praktik') },
    tema: { ...byLocale(TEMA_RB, locale), ...byLocale(PRIORITAS_PRESIDEN, locale) },
    provinsi: byLocale(PROVINSI, locale),
    words: headlineWords(locale),
    prefix: withBase(base, localePath(locale, '/')),
  };
  labelCache.set(key, labels);
  return labels;
}
