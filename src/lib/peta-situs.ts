/**
 * Which built pages belong in the sitemap. A search engine is told to index the canonical URL of
 * a page; a sitemap listing another URL (an untranslated guide under /en/, whose canonical is the
 * Indonesian guide) or a page kept out of the index (`noindex`) contradicts the page itself.
 */

/** The `<head>` of a page: everything before `</head>`, or the whole text if it has none. */
export function kepalaHtml(html: string): string {
  const end = html.indexOf('</head>');
  return end === -1 ? html : html.slice(0, end);
}

/** The value of an attribute in one tag's text, quoted or not (Astro's compressed HTML drops quotes). */
function atribut(tag: string, nama: string): string | undefined {
  const m = new RegExp(`\\s${nama}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/**
 * Whether a page belongs in the sitemap: it is not `noindex`, and its canonical URL, if it has
 * one, is its own address. `alamat` is the page's absolute URL.
 */
export function masukPetaSitus(kepala: string, alamat: string): boolean {
  for (const [tag] of kepala.matchAll(/<(?:meta|link)\b[^>]*>/gi)) {
    if (/^<meta/i.test(tag) && atribut(tag, 'name')?.toLowerCase() === 'robots' && /\bnoindex\b/i.test(atribut(tag, 'content') ?? '')) return false;
    if (/^<link/i.test(tag) && (atribut(tag, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const href = atribut(tag, 'href');
      if (href === undefined) continue;
      let kanonik: URL;
      try {
        kanonik = new URL(href, alamat);
      } catch {
        continue;
      }
      const diri = new URL(alamat);
      if (kanonik.origin !== diri.origin || kanonik.pathname !== diri.pathname) return false;
    }
  }
  return true;
}
