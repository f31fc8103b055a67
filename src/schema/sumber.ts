import { z } from 'zod';
import { denganPesan } from './pesan.ts';
import { JENIS_DASAR_HUKUM, JENIS_LAMPIRAN, JENIS_SUMBER } from '../data/klasifikasi.ts';
import { diDomain, SITUS_UNGGAHAN } from '../data/sumber-lemah.ts';
import { kunciAlamat, slug, tahun, tanggal, teksSebaris, url, vocab } from './common.ts';
import { awalTerbit } from './keberlanjutan.ts';
import { hostLain } from './alamat-teks.ts';

/** Longest source title or publisher, in characters: each is formatted by citeproc, per language and again for the book. Real maximum: 153. */
const PANJANG_JUDUL_SUMBER = 500;

/** A tag in text (`<a href="…">`, `</a>`): group 1 its name, group 2 its attributes. */
const TAG = /<\/?([A-Za-z][\w-]*)((?:\s[^<>]*)?)\/?>/g;
/** The rich-text marks citeproc reads in a title or publisher; a span only as small caps or `nocase`. */
const TAG_CSL = new Set(['i', 'b', 'sup', 'sub', 'sc', 'span']);
const SPAN_CSL = /^\s+(?:class="nocase"|style="font-variant:\s*small-caps;?")\s*$/;

/**
 * A title or publisher as citeproc formats it: any tag other than its marks is printed as text
 * ("<a href=…>klik</a>" in the reference list), so it is refused where the author can remove it.
 */
const teksSumber = () =>
  teksSebaris(PANJANG_JUDUL_SUMBER).superRefine((s, ctx) => {
    for (const [tag, nama, atribut] of s.matchAll(TAG)) {
      const n = nama!.toLowerCase();
      const sah = TAG_CSL.has(n) && (tag.startsWith('</') || (n === 'span' ? SPAN_CSL.test(atribut!) : !atribut!.trim()));
      if (sah) continue;
      ctx.addIssue({
        code: 'custom',
        input: s,
        message: `memuat tag ${tag.length > 60 ? `${tag.slice(0, 60)}…` : tag} yang tidak dibaca pemroses kutipan: daftar sumber akan menampilkannya sebagai teks. Hapus tag itu; yang didukung hanya <i>, <b>, <sup>, <sub>, <sc> dan <span class="nocase">, tanpa atribut lain`,
      });
      return;
    }
  });

/** A source a fact in the entry rests on. */
export const sumber = z
  .strictObject({
  /** Short key the text cites it by, as `[@kunci]` after a figure or claim, e.g. "bps-2023"; unique within the entry. */
  kunci: slug(),
  /** Title of the page or document as published. */
  judul: teksSumber(),
  /** Where it can be read. */
  url: url(),
  /** Kind of source; `regulasi` and `dokumen-resmi` weigh most. */
  jenis: vocab(JENIS_SUMBER),
  /** Publisher, e.g. "Kementerian PANRB" or "Antara". */
  penerbit: teksSumber().optional(),
  /** Date it was published, as precisely as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD; leave out if unknown. */
  terbit: z.union([tahun(), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'bukan tanggal terbit yang sah; tulis TTTT, TTTT-BB atau TTTT-BB-HH, mis. 2023, 2023-03 atau 2023-03-15' }), tanggal()]).optional(),
  /** Date you consulted it (YYYY-MM-DD). */
  diakses: tanggal(),
})
  .superRefine((s, ctx) => {
    // Nobody consults a page before it exists: one of the two dates is a slip, and the reference
    // list would print both. A date without its day counts from the first day it can mean.
    if (s.terbit !== undefined && s.diakses < awalTerbit(s.terbit)) {
      ctx.addIssue({
        code: 'custom',
        path: ['diakses'],
        input: s.diakses,
        message: `tanggal diakses ${s.diakses} lebih awal daripada tanggal terbit sumber (${s.terbit}): sumber tidak dapat dibaca sebelum terbit; periksa kedua tanggal itu`,
      });
    }
    // A copy someone uploaded is not the publisher's document: the reader must be told.
    let host = '';
    try {
      host = new URL(s.url).hostname.toLowerCase();
    } catch {
      return;
    }
    const situs = SITUS_UNGGAHAN.find((d) => diDomain(host, d));
    if (situs && s.jenis !== 'unggahan-pengguna') {
      ctx.addIssue({
        code: 'custom',
        path: ['jenis'],
        input: s.jenis,
        message: `sumber di ${situs} adalah salinan unggahan pengguna, bukan terbitan penerbitnya: tulis jenis: unggahan-pengguna, atau ganti dengan alamat di situs penerbitnya`,
      });
    }
  });

/** Its problems are worded in Indonesian while it parses, whoever parses it (./pesan.ts). */
denganPesan(sumber);

/** The fields of an entry that give a page's address as the evidence for a claim. */
export interface AlamatBukti {
  kesiapan: { dampak_utama: { sumber: string }; replikasi: readonly { sumber: string }[] };
  penghargaan?: readonly { sumber: string }[];
  sumber: readonly { url: string }[];
}

/**
 * Every address the frontmatter gives as evidence (the card's result, an award, a replication)
 * must also be an item of `sumber`: only there does it get the date it was consulted and a
 * numbered place in the reference list, so a reader can tell what was seen and when. Addresses
 * are compared as `kunciAlamat` reads them.
 */
export function masalahAlamatBukti(v: AlamatBukti): { path: (string | number)[]; message: string }[] {
  const terdaftar = new Set(v.sumber.map((s) => kunciAlamat(s.url)));
  const bukti: [(string | number)[], string][] = [
    [['kesiapan', 'dampak_utama', 'sumber'], v.kesiapan.dampak_utama.sumber],
    ...(v.penghargaan ?? []).map((p, i): [(string | number)[], string] => [['penghargaan', i, 'sumber'], p.sumber]),
    ...v.kesiapan.replikasi.map((r, i): [(string | number)[], string] => [['kesiapan', 'replikasi', i, 'sumber'], r.sumber]),
  ];
  // An address that is no web address at all has its own error already; one message is enough.
  return bukti
    .filter(([, alamat]) => /^https?:\/\//i.test(alamat) && !terdaftar.has(kunciAlamat(alamat)))
    .map(([path]) => ({ path, message: 'alamat ini belum ada di daftar sumber; tambahkan butir sumber dengan url yang sama (lengkap dengan diakses)' }));
}

/**
 * The entry page shows `kolom` as the link text of `url` (src/components/entri/Provenans.astro): a
 * text naming another site ("menpan.go.id" opening contoh.invalid) misleads as a link text does.
 */
function teksTautanRefine(kolom: string, ctx: z.core.$RefinementCtx, teks: string, url: string | undefined) {
  const lain = url ? hostLain(teks, url) : undefined;
  if (!lain) return;
  ctx.addIssue({
    code: 'custom',
    path: [kolom],
    input: teks,
    message: `${kolom} "${lain.tampak}" menyebut ${lain.disebut}, tetapi halaman entri menautkannya ke ${lain.tujuan}: pembaca mengira membuka alamat yang tertulis; tulis nama dokumennya, atau samakan url dengan alamat itu`,
  });
}

/** A legal basis the innovation rests on or an adopter needs. */
export const dasarHukum = z.strictObject({
  /** Kind of instrument, e.g. `perpres`. */
  jenis: vocab(JENIS_DASAR_HUKUM),
  /** Its number as written, e.g. "72". */
  nomor: teksSebaris(),
  /** Year of enactment. */
  tahun: tahun(),
  /** Its subject ("tentang …"), e.g. "Percepatan Penurunan Stunting". */
  tentang: teksSebaris(),
  /** `true` when an adopting agency has to issue its own instrument of this kind. */
  wajib_replikator: z.boolean().default(false),
  /** Where the text can be read (e.g. peraturan.bpk.go.id). */
  url: url().optional(),
}).superRefine((d, ctx) => {
  teksTautanRefine('nomor', ctx, d.nomor, d.url);
  teksTautanRefine('tentang', ctx, d.tentang, d.url);
});

/** A document, template or video that helps an adopter. */
export const lampiran = z.strictObject({
  /** What it is, e.g. "SOP distribusi beras". */
  judul: teksSebaris(),
  /** Kind of attachment. */
  jenis: vocab(JENIS_LAMPIRAN),
  /** Where it can be downloaded or watched. */
  url: url(),
}).superRefine((l, ctx) => teksTautanRefine('judul', ctx, l.judul, l.url));

export type Sumber = z.infer<typeof sumber>;
