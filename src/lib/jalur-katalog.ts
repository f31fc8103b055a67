import { LOCALE_PARAMS, type KoleksiEntri } from '../data/routes.ts';
import { semua } from './content.ts';
import { halaman } from './katalog.ts';

/**
 * The routes of one collection's catalogue pages after the first (`/praktik/halaman/2/` …), in
 * both locales: the model and practice routes differ only in the collection, as their entry
 * routes do (jalurEntri). Page 1 is the collection's index route.
 */
export async function jalurKatalog(koleksi: KoleksiEntri) {
  // Only the count matters here; the page itself lists the entries.
  const entries: readonly unknown[] = (await semua())[koleksi];
  const { pages } = halaman(entries, 1);
  return LOCALE_PARAMS.flatMap(({ lang, locale }) => Array.from({ length: pages - 1 }, (_, i) => ({ params: { lang, hal: String(i + 2) }, props: { locale, page: i + 2 } })));
}
