import { HALAMAN_STATIS, TEMA_HALAMAN } from '../data/halaman.ts';
import { pisahLocale } from '../data/routes.ts';
import { masalahUrl } from '../schema/common.ts';
import type { BodyLink, BodyProblem } from './body.ts';
import { masalahNomorRujukan, masalahTeksAlamat, pesanTeksSamar, teksTautanSamar } from './teks-tautan.ts';

/** What a link may point to: published (or, in a draft, any) entries with their heading anchors. */
export interface LinkTargets {
  /** `/praktik/<id>/` → the anchors on that page, or null when its body could not be read. */
  entries: Map<string, Set<string> | null>;
  /** Pages that exist but hold only drafts; linking to them from a public entry breaks in production. */
  drafts: Set<string>;
  provinsi: Set<string>;
}

/**
 * How a body's link may begin: a site page ("/"), an anchor ("#"), another site over http(s), an
 * e-mail address or a telephone number. The checker reports anything else below; the renderer
 * refuses it too (src/lib/mdx/render.ts), for the files it renders unchecked in the dev server.
 * An allow-list, not a list of dangerous schemes: a browser also runs "java\tscript:".
 */
export const AWAL_TAUTAN_SAH = /^(?:https?:|mailto:|tel:|#|\/)/i;

/** Check an entry's links and images. `fromPublic` is true when the entry itself will be published. */
export function checkLinks(
  links: readonly BodyLink[],
  images: readonly BodyLink[],
  targets: LinkTargets,
  ownAnchors: Set<string>,
  fromPublic: boolean,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const l of links) {
    const where = { line: l.line, col: l.col, area: 'isi.tautan' };
    if (l.text && teksTautanSamar(l.text)) {
      problems.push({ ...where, message: pesanTeksSamar(l.text) });
    }
    const url = l.url.trim();
    const nomor = l.text ? masalahNomorRujukan(l.text, url) : undefined;
    if (nomor) problems.push({ ...where, message: nomor });
    if (l.lewatDefinisi) {
      // Its address was judged at its definition; only what the reader sees is judged here.
      const host = l.text && ((/^https?:/i.test(url) && URL.canParse(url) && !masalahUrl(url)) || /^mailto:/i.test(url)) ? masalahTeksAlamat(l.text, url) : undefined;
      if (host) problems.push({ ...where, message: host });
      continue;
    }
    if (/^javascript:/i.test(url)) {
      problems.push({ ...where, message: 'URL "javascript:" tidak diizinkan' });
    } else if (/^https?:/i.test(url)) {
      // masalahUrl leaves unreadable addresses to the schema's URL check, which body links do not pass through.
      const lemah = URL.canParse(url)
        ? (masalahUrl(url) ?? (l.text ? masalahTeksAlamat(l.text, url) : undefined))
        : `alamat "${url}" bukan URL yang dapat dibuka peramban; salin ulang alamatnya dari bilah alamat peramban`;
      if (lemah) problems.push({ ...where, message: lemah });
    } else if (/^mailto:/i.test(url)) {
      const host = l.text ? masalahTeksAlamat(l.text, url) : undefined;
      if (host) problems.push({ ...where, message: host });
    } else if (/^tel:/i.test(url)) {
      continue;
    } else if (url.startsWith('#')) {
      const anchor = urai(url.slice(1));
      if (anchor === undefined) problems.push({ ...where, message: pesanPersen(url) });
      else if (!ownAnchors.has(anchor)) problems.push({ ...where, message: `jangkar "${url}" tidak ada di entri ini. Jangkar yang ada: ${[...ownAnchors].join(', ')}` });
    } else if (url.startsWith('/')) {
      const problem = checkInternal(url, targets, fromPublic);
      if (problem) problems.push({ ...where, message: problem });
    } else {
      problems.push({ ...where, message: `tautan "${url}" harus diawali "/" (halaman situs, mis. /praktik/panganku-kulon-progo/) atau "https://" (situs lain)` });
    }
  }
  for (const img of images) {
    const where = { line: img.line, col: img.col, area: 'isi.gambar' };
    if (!img.text) problems.push({ ...where, message: 'gambar tanpa teks alternatif: tulis ![uraian isi gambar](…) untuk pembaca yang tidak melihat gambar' });
  }
  return problems;
}

/** A link's percent-escapes decoded, or undefined when one is malformed (`#%`, `#%E0%A4%A`): a browser then keeps the text as it is, and no anchor matches it. */
function urai(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
const pesanPersen = (url: string) => `tautan "${url.slice(0, 80)}" memuat kode % yang salah (setiap % harus diikuti dua angka heksadesimal); tulis jangkar apa adanya, mis. #hasil-dan-dampak`;

function checkInternal(url: string, targets: LinkTargets, fromPublic: boolean): string | undefined {
  // A browser reads a backslash as "/" and resolves "." and ".." segments, encoded or not: such a link
  // could leave the base path the site is hosted under, or the site itself ("//host").
  if (/[\\\u0000-\u001f\s]|\/\/|(^|\/)(\.|%2e){1,2}(\/|$|[?#])|%2f|%5c/i.test(url)) {
    return `tautan "${url.slice(0, 80)}" memuat //, \\, spasi, atau segmen . dan ..: tulis alamat halaman apa adanya, mis. /praktik/panganku-kulon-progo/`;
  }
  const [pathPart = '', hash] = url.split('#', 2);
  const exact = pathPart.split('?')[0]!;
  // Every page also exists in English under /en/; a translated guide has its own anchors, other
  // English pages carry the Indonesian body and so the same anchors.
  const path = targets.entries.has(exact) ? exact : pisahLocale(exact).path;
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) return `tautan "${url}" harus diakhiri "/" (mis. ${path}/)`;
  if ((HALAMAN_STATIS as readonly string[]).includes(path) || /^\/data\/[\w./-]+\.(json|csv)$/.test(path) || path === '/feed.xml') return undefined;
  const tema = /^\/tema\/([^/]+)\/$/.exec(path);
  if (tema) return (TEMA_HALAMAN as readonly string[]).includes(tema[1]!) ? undefined : `halaman tema "${tema[1]}" tidak ada. Pilihan: ${TEMA_HALAMAN.join(', ')}`;
  const prov = /^\/provinsi\/([^/]+)\/$/.exec(path);
  if (prov) return targets.provinsi.has(prov[1]!) ? undefined : `kode provinsi "${prov[1]}" tidak dikenal`;
  const anchors = targets.entries.get(path);
  if (anchors === undefined) {
    if (fromPublic && targets.drafts.has(path)) return `tautan ke "${path}", yang masih draf atau dalam tinjauan, akan rusak di situs terbit`;
    return `halaman "${path}" tidak ada: tidak ada entri dengan id itu`;
  }
  if (hash && urai(hash) === undefined) return pesanPersen(url);
  if (hash && anchors && !anchors.has(urai(hash)!)) {
    return `jangkar "#${hash}" tidak ada di ${path}. Jangkar yang ada: ${[...anchors].slice(0, 20).join(', ')}`;
  }
  return undefined;
}
