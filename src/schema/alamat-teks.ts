import { diDomain } from '../data/sumber-lemah.ts';
import { potong } from './common.ts';
import { lipatMirip } from './mirip-latin.ts';

/**
 * Text that names a web address, and the address it actually leads to: a link whose text reads
 * "menpan.go.id" and opens another site, and an author's profile whose name reads like an address
 * (the About page shows the name as the link to `situs`). Readers trust the address they read and
 * cannot see the target before they click. Shared by the body's link rule (src/rules/teks-tautan.ts)
 * and the author profile schema (./penulis.ts).
 */

/** Ideographic full stops, and dots of other scripts: Armenian, Arabic (full stop, digit zero), Syriac, Lisu, Canadian syllabics, middle dots. */
const TITIK_LAIN = /[\u3002\uff61\u0589\u06d4\u0660\u06f0\u0701\u0702\ua4f8\u1427\u00b7\u2027\u2e31\u30fb]/g;

/**
 * Text as a reader reads it: compatibility forms folded (fullwidth "．" and "ｍ" read as "." and
 * "m"), format characters that show nothing removed (zero-width space U+200B, joiners, soft hyphen
 * U+00AD, word joiner U+2060, U+FEFF), the ideographic full stops a browser also takes as a dot
 * between a host's labels, and the marks of other scripts drawn as a dot, which NFKC keeps: "menpanꓸgoꓸid"
 * (Lisu letter U+A4F8), "menpan։go։id" (Armenian full stop) or "menpan·go·id" read as an address.
 */
export const teksTampak = (s: string): string => s.normalize('NFKC').replace(/\p{Cf}/gu, '').replace(TITIK_LAIN, '.');

/**
 * A name as compared (an institution, an adopting agency): letter case, punctuation, runs of
 * spaces, compatibility forms (fullwidth letters), characters that show nothing (a zero-width
 * space) and letters of other scripts drawn like Latin ones (./mirip-latin.ts) do not make another
 * body.
 */
export const namaBaku = (s: string | undefined): string => lipatMirip(teksTampak(s ?? '')).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** File names read like host names ("laporan.pdf"): their last part is one of these, not a domain. */
const EKSTENSI_BERKAS = /\.(pdf|docx?|xlsx?|pptx?|csv|odt|ods|zip|rar|jpe?g|png|gif|webp|txt|html?|mp4|mp3)$/i;

/**
 * Last labels of the hosts a reader of this handbook recognises as an address inside a sentence.
 * A text that is an address and nothing else counts with any last label; inside a sentence the list
 * keeps "Jl.Merdeka" or "S.Sos" from reading as hosts.
 */
const TLD_DIKENAL = new Set([
  'id', 'com', 'org', 'net', 'gov', 'edu', 'int', 'mil', 'info', 'biz', 'io', 'co', 'me', 'app', 'dev', 'site', 'online', 'web', 'news', 'xyz', 'top', 'tv',
  'my', 'sg', 'au', 'uk', 'us', 'jp', 'kr', 'cn', 'in', 'nl', 'de', 'fr', 'eu', 'ly', 'link', 'click', 'page', 'blog', 'pro', 'store', 'shop', 'tech', 'cloud', 'ai',
]);

const LABEL = '[\\p{L}\\p{N}-]+';
/** The whole text is an address: "lapor.go.id", "https://www.lapor.go.id/pengaduan". */
const SELURUH = new RegExp(`^(?:https?://)?((?:${LABEL}\\.)+\\p{L}{2,})(?::\\d+)?(?:[/?#]\\S*)?$`, 'iu');
/** A host inside other text, not part of an e-mail address or a longer word; group 1 is the scheme or `www.` before it. */
const DI_DALAM = new RegExp(`(?<![\\p{L}\\p{N}@._-])(https?://)?((?:${LABEL}\\.)+\\p{L}{2,})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`, 'giu');

/** A host as a browser reads it: lower case, Unicode labels in their `xn--` form, without `www.`. */
function hostBaku(host: string): string {
  let baku = host.toLowerCase();
  try {
    baku = new URL(`http://${baku}/`).hostname;
  } catch {
    // Not a host a browser would open; compared as written.
  }
  return baku.replace(/^www\./, '');
}

/** The domain of an e-mail address in text (group 1): "humas@menpan.go.id". */
const DOMAIN_SUREL = new RegExp(`[\\p{L}\\p{N}._%+-]@((?:${LABEL}\\.)+\\p{L}{2,})`, 'giu');

/** Every host the text names, as `hostBaku` gives it, in order. */
export function hostDisebut(teks: string): string[] {
  const tampak = teksTampak(teks).trim();
  const seluruh = SELURUH.exec(tampak.replace(/[.,;:]+$/, ''));
  if (seluruh) return EKSTENSI_BERKAS.test(seluruh[1]!) ? [] : [hostBaku(seluruh[1]!)];
  const hosts: string[] = [];
  for (const m of tampak.matchAll(DI_DALAM)) {
    const host = m[2]!;
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    if (EKSTENSI_BERKAS.test(host)) continue;
    if (m[1] || /^www\./i.test(host) || TLD_DIKENAL.has(tld)) hosts.push(hostBaku(host));
  }
  return hosts;
}

const decodeURIComponentAman = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * The first host a text names that is not the site `url` opens, with that site; undefined when the
 * text names none or only that site. A subdomain either way is the same site (kompas.com and
 * nasional.kompas.com).
 */
export function hostLain(teks: string, url: string): { disebut: string; tujuan: string; tampak: string } | undefined {
  // A mail link "opens" the domain it writes to, and its text may name it as an address:
  // `[humas@menpan.go.id](mailto:humas@evil.example)`.
  const surel = /^mailto:([^?]*)/i.exec(url.trim());
  const hosts = surel ? [...hostDisebut(teks), ...[...teksTampak(teks).matchAll(DOMAIN_SUREL)].map((m) => hostBaku(m[1]!))] : hostDisebut(teks);
  if (!hosts.length) return undefined;
  let tujuan: string;
  if (surel) {
    const alamat = decodeURIComponentAman(surel[1]!.split(',')[0]!);
    const at = alamat.lastIndexOf('@');
    if (at < 0) return undefined;
    tujuan = hostBaku(alamat.slice(at + 1).trim());
  } else {
    try {
      tujuan = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    } catch {
      return undefined;
    }
  }
  const disebut = hosts.find((h) => !diDomain(tujuan, h) && !diDomain(h, tujuan));
  return disebut ? { disebut, tujuan, tampak: potong(teksTampak(teks).trim().replace(/\s+/g, ' '), 80) } : undefined;
}
