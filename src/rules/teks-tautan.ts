import { diDomain } from '../data/sumber-lemah.ts';

/**
 * Link text that says nothing about where it leads, in either language: one list for the
 * checker's link rule (./links.ts), which reads an entry's Markdown, and the links gate
 * (scripts/verify/links.ts), which reads every built page, templates included. Screen-reader users
 * list a page's links out of context (WCAG 2.4.4); "selengkapnya" ten times is no help there.
 */
const TEKS_TAUTAN_SAMAR: ReadonlySet<string> = new Set([
  'klik di sini', 'klik disini', 'klik sini', 'di sini', 'disini', 'sini', 'klik', 'selengkapnya', 'baca selengkapnya',
  'lihat selengkapnya', 'lihat di sini', 'lebih lanjut', 'baca lebih lanjut', 'info lebih lanjut', 'tautan', 'tautan ini', 'link', 'link ini',
  'lanjut', 'lanjutkan membaca', 'baca', 'lihat',
  'click here', 'here', 'click', 'read more', 'more', 'learn more', 'this link', 'continue reading',
]);

/** Link text as the list holds it: lower case, one space between words, no punctuation or arrows around it. */
export const normalkanTeksTautan = (s: string) => s.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s.,:;!?…»›→←«‹(\[]+|[\s.,:;!?…»›→←«‹)\]]+$/g, '').trim();

export const teksTautanSamar = (teks: string) => TEKS_TAUTAN_SAMAR.has(normalkanTeksTautan(teks));

/** The message for a vague link, naming where it leads when the reader of the message cannot see it. */
export const pesanTeksSamar = (teks: string, tujuan?: string) =>
  `teks tautan "${teks}" tidak menjelaskan tujuannya${tujuan ? ` (menuju ${tujuan})` : ''}; tulis nama halaman atau dokumen yang dituju`;

/** File names read like host names ("laporan.pdf"): their last part is one of these, not a domain. */
const EKSTENSI_BERKAS = /\.(pdf|docx?|xlsx?|pptx?|csv|odt|ods|zip|rar|jpe?g|png|gif|webp|txt|html?|mp4|mp3)$/i;

/**
 * The host a link text names when the text is an address and nothing else ("lapor.go.id",
 * "https://www.lapor.go.id/pengaduan"), without `www.`; undefined for any other text.
 */
function hostTeksTautan(teks: string): string | undefined {
  const m = /^(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/i.exec(teks.trim().replace(/[.,;:]+$/, ''));
  if (!m || EKSTENSI_BERKAS.test(m[1]!)) return undefined;
  return m[1]!.toLowerCase().replace(/^www\./, '');
}

/**
 * Why a link whose text is an address misleads, or undefined: the text names one site and the link
 * opens another ("[menpan.go.id](https://contoh.invalid/)"), which readers trust and cannot see
 * before they click. A subdomain either way is the same site (kompas.com and nasional.kompas.com).
 */
export function masalahTeksAlamat(teks: string, url: string): string | undefined {
  const disebut = hostTeksTautan(teks);
  if (!disebut) return undefined;
  let tujuan: string;
  try {
    tujuan = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  if (diDomain(tujuan, disebut) || diDomain(disebut, tujuan)) return undefined;
  return `teks tautan "${teks.trim()}" menyebut ${disebut}, tetapi tautannya membuka ${tujuan}: pembaca mengira membuka alamat yang tertulis; samakan teksnya dengan alamat tujuan, atau tulis nama halamannya`;
}
