import { z } from 'zod';
import { diDomain, PEMENDEK_URL } from '../data/sumber-lemah.ts';
import { slugsOf, type Term } from '../data/vocab.ts';
import { HURUF_MIRIP_LATIN, latinMirip } from './mirip-latin.ts';

/** A kebab-case id: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case id from a title: "Si Perut Laper (Jabar)" → "si-perut-laper-jabar" (empty when it has no letter or digit). */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What each pattern in the schemas asks for, by the pattern's source: the checker's message after
 * the value found, and the `patternErrorMessage` the JSON Schema carries for editors and the
 * studio's form (src/lib/skema-json.ts), so the three say the same thing. Filled by `pola()`.
 */
export const PESAN_POLA = new Map<string, string>();

/** Text that must match `pattern`; `pesan` says what it should be, in Indonesian, after the value found. */
export function pola(pattern: RegExp, pesan: string) {
  daftarPola(pattern, pesan);
  return z.string().regex(pattern, { error: pesan });
}

/** One message per pattern: the JSON Schema can only say one thing for it. */
function daftarPola(pattern: RegExp, pesan: string) {
  const ada = PESAN_POLA.get(pattern.source);
  if (ada !== undefined && ada !== pesan) throw new Error(`pattern ${pattern.source} already has another message: "${ada}"`);
  PESAN_POLA.set(pattern.source, pesan);
}

export const slug = () => pola(SLUG_PATTERN, 'harus berupa slug huruf kecil dengan tanda hubung, mis. "panganku-kulon-progo"');

/** An e-mail address. zod checks it with a pattern, which the JSON Schema carries: it gets the same message. */
export const email = () => {
  const pesan = 'bukan alamat e-mail yang sah, mis. "humas@kulonprogokab.go.id"';
  daftarPola(z.regexes.email, pesan);
  return z.email({ error: pesan });
};

/** Device names Windows refuses as a file or folder name, with any extension. */
export const NAMA_CADANGAN_WINDOWS = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/**
 * An entry's id: a slug that is not a Windows device name, since it names the entry's file and
 * its page folder (`praktik/<id>/`), which must copy to any static server, IIS included.
 */
export const POLA_ID_ENTRI = new RegExp(`^(?!${NAMA_CADANGAN_WINDOWS.source.slice(1, -1)}$)${SLUG_PATTERN.source.slice(1)}`);

export const PESAN_ID_ENTRI =
  'harus berupa slug huruf kecil dengan tanda hubung, mis. "panganku-kulon-progo", dan bukan nama yang dicadangkan Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9): id menjadi nama berkas dan folder halaman';

export const idEntri = () => pola(POLA_ID_ENTRI, PESAN_ID_ENTRI);

/**
 * The vocabulary each field built by `vocab()` or `numericVocab()` takes its values from. Nothing
 * else lists vocabularies: the studio's labelled choices, the scaffold's "pilih:" comments, the
 * benchmark generator's values and the facets' options find them here, by field
 * (`kolomSkema()` in src/schema/kolom.ts).
 */
export const KOSAKATA = z.registry<{ kosakata: readonly Term[] }>();

/** An enum built from a vocabulary module, so labels and allowed values never drift apart. */
export const vocab = <const V extends readonly Term[]>(terms: V, params?: Parameters<typeof z.enum>[1]) => z.enum(slugsOf(terms), params).register(KOSAKATA, { kosakata: terms });

/** An integer-valued vocabulary (evidence 0–5, cost 1–5, SDG 1–17) written as a number in YAML. */
export const numericVocab = (terms: readonly Term[]) => {
  const allowed = terms.map((t) => Number(t.slug));
  return z
    .int()
    .min(Math.min(...allowed))
    .max(Math.max(...allowed))
    .register(KOSAKATA, { kosakata: terms });
};

/** The shape of a date, `YYYY-MM-DD`, whether or not the calendar has that day. */
const BENTUK_TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a well-formed `YYYY-MM-DD` is not a day of the calendar, in the author's terms. */
function bukanHari(teks: string): string {
  const [, y, m, d] = BENTUK_TANGGAL.exec(teks)!;
  const tahun = Number(y);
  const bulan = Number(m);
  const hari = Number(d);
  const kabisat = (tahun % 4 === 0 && tahun % 100 !== 0) || tahun % 400 === 0;
  const jumlahHari = [31, kabisat ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][bulan - 1];
  const alasan =
    jumlahHari === undefined
      ? 'bulan harus 01 sampai 12'
      : hari === 0
        ? 'hari harus mulai dari 01'
        : `bulan ${m} tahun ${y} hanya sampai tanggal ${jumlahHari}${bulan === 2 && hari === 29 ? ' (bukan tahun kabisat)' : ''}`;
  return `tanggal ${teks} tidak ada di kalender: ${alasan}`;
}

/**
 * A calendar date, normalised to the ISO string `YYYY-MM-DD`. The checker and the loader keep
 * dates as the text the author wrote (src/validate/frontmatter.ts); a Date is still accepted for
 * callers that parse YAML with js-yaml's default schema.
 *
 * zod's ISO date pattern already knows month lengths and leap years, so it decides; but its
 * verdict reads as a format error, which would send an author who wrote `2025-02-30` looking
 * for a typo in the format. A well-formed date that is not a day gets a message naming it,
 * replacing zod's issue so the author reads one message, not two. The union itself stays as it
 * was: the published JSON Schemas (public/data/skema) are generated from its shape.
 */
export const tanggal = () =>
  z
    .union([z.iso.date(), z.date()])
    .check((ctx) => {
      if (typeof ctx.value !== 'string' || !BENTUK_TANGGAL.test(ctx.value)) return;
      const i = ctx.issues.findIndex((iss) => iss.code === 'invalid_format' && iss.format === 'date');
      if (i >= 0) ctx.issues[i] = { code: 'custom', message: bukanHari(ctx.value), input: ctx.value };
    })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/** A year within the span of Indonesian public-service innovation records. */
export const tahun = () => z.int().min(2000).max(2100);

/** Why a link is too weak to cite, or undefined: a reader must be able to see where it leads. */
export function masalahUrl(value: string): string | undefined {
  let host: string;
  let alamat: URL;
  try {
    alamat = new URL(value);
    host = alamat.hostname.toLowerCase();
  } catch {
    return undefined; // z.url() reports it
  }
  // A browser would encode them; written raw they could close an attribute in generated HTML.
  const liar = /[\s"<>`\\]/.exec(value);
  if (liar) return `alamat memuat karakter ${JSON.stringify(liar[0])} yang tidak boleh ada di URL; salin ulang alamatnya dari bilah alamat peramban`;
  // "https://kemenpan.go.id@contoh.com/" opens contoh.com: what a reader sees before the "@" is a name, not the site.
  if (alamat.username || alamat.password) return `alamat memuat nama pengguna sebelum "@" (${potong(alamat.username, 60)}@…): peramban membuka ${host}, bukan situs yang tampak di depan "@"; tulis alamat halamannya tanpa bagian itu`;
  if (host.endsWith('.')) return `nama host "${host}" diakhiri titik; hapus titik itu (${host.slice(0, -1)})`;
  // A Cyrillic "а" reads as a Latin "a": kemenpаn.go.id would pass for the ministry's own site. A
  // domain that truly has other letters can still be written in its ASCII form (xn--…), on purpose.
  const tertulis = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '';
  const asing = /[^\x00-\x7f]/u.exec(tertulis);
  if (asing) {
    const kode = `U+${asing[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `nama host "${tertulis}" memuat huruf di luar abjad Latin dasar ("${asing[0]}", ${kode}): huruf Kiril atau Yunani dapat menyerupai huruf Latin dan menyamarkan alamat lain; ketik ulang alamatnya dengan papan ketik biasa`;
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host) || host.startsWith('[')) {
    return `alamat berupa IP mentah (${host}) tidak dapat diperiksa pembaca dan mudah berpindah; cari halaman yang sama di nama domain penerbitnya`;
  }
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return `alamat lokal (${host}) tidak dapat dibuka pembaca`;
  const pemendek = PEMENDEK_URL.find((d) => diDomain(host, d));
  if (pemendek) return `pemendek URL (${pemendek}) menyembunyikan tujuannya dan dapat dialihkan kelak; tulis alamat lengkap halaman tujuannya`;
  return undefined;
}

/** An absolute http(s) URL on a named host that a reader can check (no raw IP, no shortener). */
export const url = () =>
  z.url({ protocol: /^https?$/ }).superRefine((value, ctx) => {
    const masalah = masalahUrl(value);
    if (masalah) ctx.addIssue({ code: 'custom', message: masalah, input: value });
  });

/**
 * The page an address names, for telling whether two addresses are the same source: `http` and
 * `https`, a leading `www.`, a trailing slash and the `#` fragment are left out, since authors copy
 * the same page with and without them and a server serves it either way; the path's letter case
 * and the query are kept, since they choose the page. Text that is not a URL is kept as written.
 */
export function kunciAlamat(alamat: string): string {
  let u: URL;
  try {
    u = new URL(alamat.trim());
  } catch {
    return alamat.trim();
  }
  return `${u.host.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

/** Author text quoted in a message, cut to `n` characters and an ellipsis: a hostile value cannot flood a log line or a pull request annotation. */
export const potong = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Bidirectional overrides and isolates: they show the reader and the reviewer letters in an order
 * the file does not hold ("exe.pdf" for "fdp.exe"), and Indonesian and English text never needs
 * them. The file check refuses them raw (src/validate/teks.ts); the values are checked again after
 * YAML escapes ("\u202E") and HTML character references (`&#x202E;`) are decoded.
 */
export const PENGUBAH_ARAH = /[\u202a-\u202e\u2066-\u2069]/;

/** Control characters other than tab and line ends, DEL, and the noncharacters U+FFFE and U+FFFF: no text needs them, and the feeds' XML cannot hold them. */
const KENDALI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;

const KATA_HURUF = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
const AKSARA: readonly [RegExp, string][] = [
  [/\p{Script=Cyrillic}/u, 'Kiril'],
  [/\p{Script=Greek}/u, 'Yunani'],
  [/\p{Script=Armenian}/u, 'Armenia'],
  [/\p{Script=Cherokee}/u, 'Cherokee'],
  [/\p{Script=Lisu}/u, 'Lisu'],
  [/\p{Script=Coptic}/u, 'Koptik'],
];

/** Any code unit outside printable ASCII, tab and line ends: every character CURIGA or HURUF_MIRIP_LATIN matches is one. */
const BUKAN_ASCII_BIASA = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\uffff]/;

/** Any character the checks below look at (a surrogate of a well-formed pair too, then checked in full). */
const CURIGA = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/** What is wrong with a decoded text's characters, for an author who cannot see them; undefined when nothing is. */
export function karakterTerlarang(s: string): string | undefined {
  // Every text node of every body comes through here: one scan settles the usual text, ASCII
  // without control characters, and two more the text that holds other letters.
  if (!BUKAN_ASCII_BIASA.test(s) || (!CURIGA.test(s) && !HURUF_MIRIP_LATIN.test(s))) return undefined;
  const kode = (i: number) => `U+${s.codePointAt(i)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const arah = s.search(PENGUBAH_ARAH);
  if (arah >= 0) return `memuat karakter pengubah arah teks (${kode(arah)}), yang tidak terlihat tetapi menampilkan huruf dalam urutan lain dari yang tertulis; hapus karakter itu (mungkin tertulis sebagai \\u${kode(arah).slice(2)} di antara tanda petik, atau &#x${kode(arah).slice(2)};)`;
  const kendali = s.search(KENDALI);
  if (kendali >= 0) return `memuat karakter kendali ${kode(kendali)} yang tidak terlihat dan merusak umpan RSS; hapus karakter itu (mungkin tertulis sebagai \\x${kode(kendali).slice(4)} atau \\u${kode(kendali).slice(2)} di antara tanda petik)`;
  if (!s.isWellFormed()) return 'memuat setengah pasangan surogat UTF-16 (mungkin tertulis sebagai \\uD800–\\uDFFF di antara tanda petik), yang tidak membentuk karakter; hapus';
  // A Latin word holding a letter of another script drawn like a Latin one (./mirip-latin.ts):
  // "Universitаs" with a Cyrillic а. Characters that show nothing cannot split the word; Latin
  // letters of other alphabets (Turkish ı in "Kırıkkale") and Greek symbols (μg, α) are fine.
  for (const [kata] of s.replace(/\p{Cf}/gu, '').matchAll(KATA_HURUF)) {
    if (!LATIN.test(kata)) continue;
    const h = [...kata].find((c) => !LATIN.test(c) && latinMirip(c) !== undefined);
    if (!h) continue;
    const aksara = AKSARA.find(([r]) => r.test(h))?.[1] ?? 'lain';
    return `memuat kata "${potong(kata, 40)}" yang mencampur huruf Latin dengan huruf ${aksara} "${h}" (U+${h.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}), yang tampak sama dengan "${latinMirip(h)}": pembaca melihat kata Latin, tetapi pencarian dan pemeriksaan nama membacanya sebagai kata lain; ketik ulang kata itu dengan papan ketik biasa`;
  }
  return undefined;
}

/**
 * Longest text value, in characters. Real maximum: 571 (a `riwayat` note). Text reaches citeproc,
 * whose time grows faster than quadratically with some titles (an 80 KB source title added 50 s to
 * a build), so a source's title has its own, lower limit.
 */
export const PANJANG_TEKS = 2_000;

/** Non-empty trimmed text, at most `maks` characters, without invisible characters that change what a reader sees. */
export const teks = (maks = PANJANG_TEKS) =>
  z
    .string()
    .trim()
    .min(1)
    .max(maks)
    .superRefine((s, ctx) => {
      const masalah = karakterTerlarang(s);
      if (masalah) ctx.addIssue({ code: 'custom', message: masalah, input: s });
    });

/** Line feed, carriage return and the Unicode line and paragraph separators: each starts a new line in a log, a pull request summary or a feed reader. */
const BARIS_BARU = /[\r\n\u2028\u2029]/;

export const PESAN_SEBARIS = 'harus satu baris; hapus baris baru (mungkin tertulis sebagai \\n di antara tanda petik)';

/**
 * `teks()` for a value a page shows on one line, as a title or a name. A line break there is
 * collapsed on the page, but in a pull request's summary or the checker's log it starts a line the
 * author controls (a heading "## Disetujui peninjau", a workflow command). Checked after trimming,
 * like the limits, so a YAML block scalar's final line break is no error; the message does not
 * quote the value, which would carry the line break into the log itself. No JSON Schema pattern:
 * the studio's one-line inputs cannot hold a line break, and its free text fields have no pattern.
 */
export const teksSebaris = (maks = PANJANG_TEKS) =>
  teks(maks).superRefine((s, ctx) => {
    if (BARIS_BARU.test(s)) ctx.addIssue({ code: 'custom', message: PESAN_SEBARIS, input: s });
  });

/** Words of running text: letters or digits, with inner apostrophes, hyphens, dots and commas ("anak-anak", "2.539"). */
const KATA = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu;

/** How many words a text holds, as the word limits count them: a dash or a bullet standing alone is not a word. */
export const jumlahKata = (s: string): number => s.match(KATA)?.length ?? 0;

/**
 * A reference to another entry, written as its id. The output has the shape Astro's `reference()`
 * produces, so `getEntry(ref)` works; existence is checked by `src/rules/references.ts`, which fails
 * the build (Astro itself only logs a broken reference).
 */
export const ref = <const C extends 'model' | 'praktik' | 'penulis'>(collection: C) =>
  slug().transform((id) => ({ collection, id }));
