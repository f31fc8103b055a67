import type { Locale } from '../data/vocab.ts';

/**
 * The `lang` attributes of an entry page's parts. The article is Indonesian; on English pages the
 * interface parts say so (`L`), and Indonesian content inside them says so again (`ID`). On
 * Indonesian pages neither attribute is needed: both are undefined, so Astro leaves them out.
 */
export function langEntri(locale: Locale): { L: Locale | undefined; ID: 'id' | undefined } {
  return locale === 'id' ? { L: undefined, ID: undefined } : { L: locale, ID: 'id' };
}
