/**
 * Hosts whose links say little about a source. A URL shortener hides where it leads and can be
 * redirected later; a document-sharing site holds a copy someone uploaded, not the publisher's
 * own. Authors cite the publisher's page, or say that a source is an uploaded copy.
 */

/** Shorteners seen in Indonesian public communication; a link through one is refused. */
export const PEMENDEK_URL = [
  'bit.ly', 'bitly.com', 's.id', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rb.gy', 'cutt.ly', 'shorturl.at',
  'tiny.cc', 'lnkd.in', 'bit.do', 'v.gd', 'rebrand.ly', 't.ly', 'shorte.st', 'adf.ly', 'linktr.ee', 'heylink.me', 'tautan.id',
] as const;

/** Document-sharing sites: a source there must be recorded with `jenis: unggahan-pengguna`. */
export const SITUS_UNGGAHAN = [
  'scribd.com', 'slideshare.net', 'slidepub.com', 'pdfslide.net', 'docplayer.info', 'dokumen.tips', 'pdfcoffee.com', 'studocu.com',
  'idoc.pub', 'fdokumen.com', 'vdokumen.net', 'slideplayer.info', 'slideplayer.com', 'adoc.pub', 'text-id.123dok.com', '123dok.com',
] as const;

/** True when `host` is `domain` or one of its subdomains (`id.scribd.com` is on `scribd.com`). */
export const diDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);
