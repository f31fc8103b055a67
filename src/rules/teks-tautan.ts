import { hostLain, teksTampak } from '../schema/alamat-teks.ts';

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

/**
 * Why a link whose text names an address misleads, or undefined: the text names one site and the
 * link opens another ("[menpan.go.id](https://contoh.invalid/)"), which readers trust and cannot see
 * before they click. The text is read as a reader sees it (src/schema/alamat-teks.ts): a zero-width
 * space, fullwidth dots or an arrow after the address do not hide it, and an address inside a
 * sentence counts too ("lihat menpan.go.id untuk rinciannya"). A subdomain either way is the same
 * site (kompas.com and nasional.kompas.com).
 */
export function masalahTeksAlamat(teks: string, url: string): string | undefined {
  const lain = hostLain(teks, url);
  if (!lain) return undefined;
  const tujuan = /^\s*mailto:/i.test(url) ? `menulis surel ke alamat di ${lain.tujuan}` : `membuka ${lain.tujuan}`;
  return `teks tautan "${lain.tampak}" menyebut ${lain.disebut}, tetapi tautannya ${tujuan}: pembaca mengira membuka alamat yang tertulis; samakan teksnya dengan alamat tujuan, atau tulis nama halamannya`;
}

/** "[3]", "[2, 5]", "[3–5]": how the site numbers a citation (src/lib/mdx/render.ts makes them from `[@kunci]`). */
const NOMOR_RUJUKAN = /^\[\s*\d{1,4}(?:\s*[,;–—-]\s*\d{1,4})*\s*\]$/;

/**
 * Why a link written by the author looks like one of the site's citation numbers, or undefined. A
 * reader takes "[3]" for source 3 of the reference list; written as a link it can open any site, or
 * another source's number (`[\[2\]](#s1)`), and it counts for no citation rule.
 */
export function masalahNomorRujukan(teks: string, url: string): string | undefined {
  const tampak = teksTampak(teks).trim();
  if (!NOMOR_RUJUKAN.test(tampak)) return undefined;
  return `teks tautan "${tampak}" tampak seperti nomor rujukan situs, tetapi membuka ${url.slice(0, 80)}: pembaca mengira membuka sumber nomor itu di daftar sumber. Tulis rujukan sebagai [@kunci] (situs memberi nomornya dan menautkannya), atau tulis nama halaman yang dituju`;
}
