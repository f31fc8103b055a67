/**
 * Inline citations: an author writes `[@kunci]` (or `[@a; @b]`) after a figure or claim, keyed to
 * an item of the entry's `sumber`. The checker reads them with these rules, and the renderer
 * (src/lib/mdx/render.ts) turns the same markers into numbered links to the reference list.
 */

/** A well-formed marker; group 1 holds the keys, separated by `;`. */
export const POLA_RUJUKAN = /\[@([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*;\s*@[a-z0-9]+(?:-[a-z0-9]+)*)*)\]/g;
/** Anything that starts like a marker, to report the malformed ones. */
const MIRIP_RUJUKAN = /\[@[^\]\n]{0,80}\]?/g;

export interface PenandaRujukan {
  /** Offset of the marker in the text. */
  awal: number;
  panjang: number;
  kunci: string[];
}

/** The well-formed markers of a text, in order. */
export function penandaDalam(teks: string): PenandaRujukan[] {
  const out: PenandaRujukan[] = [];
  // Called on every text node of every body: most hold no marker, and a search for its start is cheaper than the pattern.
  if (!teks.includes('[@')) return out;
  for (const m of teks.matchAll(POLA_RUJUKAN)) out.push({ awal: m.index, panjang: m[0].length, kunci: m[1]!.split(';').map((k) => k.trim().replace(/^@/, '')) });
  return out;
}

/** Text that looks like a marker but is not one, e.g. `[@BPS 2023]` or an unclosed `[@bps`. */
export function penandaRusak(teks: string): { awal: number; cuplikan: string }[] {
  if (!teks.includes('[@')) return [];
  const baik = new Set(penandaDalam(teks).map((p) => p.awal));
  const out: { awal: number; cuplikan: string }[] = [];
  for (const m of teks.matchAll(MIRIP_RUJUKAN)) if (!baik.has(m.index)) out.push({ awal: m.index, cuplikan: m[0] });
  return out;
}

/** `[kunci]` or `[kunci-a; kunci-b]`: a marker with its @ left out, once its keys name sources. */
const KURUNG_TANPA_AT = /\[([a-z0-9][a-z0-9-]{0,79}(?:\s*;\s*[a-z0-9][a-z0-9-]{0,79}){0,9})\]/gi;
/** `(SorotNTB, 2023)`: an author–date citation, the academic habit, once its name and year match a source. */
const PENULIS_TAHUN = /\(([^()[\]\n,]{2,80}),\s*((?:19|20)\d{2})[a-z]?\)/g;

/** Text written as a citation in another style, which the page would print as it is. */
export type RujukanMirip =
  | { jenis: 'tanpa-at'; awal: number; cuplikan: string; kunci: string[] }
  | { jenis: 'penulis-tahun'; awal: number; cuplikan: string; penulis: string; tahun: string };

/**
 * The citations in other styles in a text node. Markdown links, reference links, task-list boxes
 * and footnotes are other nodes by then (or start with `^`), and a marker starts with `@`, so
 * none of them is found here; whether a candidate names a source is for the caller to say.
 */
export function rujukanMirip(teks: string): RujukanMirip[] {
  const out: RujukanMirip[] = [];
  if (teks.includes('[')) for (const m of teks.matchAll(KURUNG_TANPA_AT)) out.push({ jenis: 'tanpa-at', awal: m.index, cuplikan: m[0], kunci: m[1]!.split(';').map((k) => k.trim()) });
  if (teks.includes('(')) for (const m of teks.matchAll(PENULIS_TAHUN)) out.push({ jenis: 'penulis-tahun', awal: m.index, cuplikan: m[0], penulis: m[1]!.trim(), tahun: m[2]! });
  return out;
}

/**
 * The sections whose figures must each point to a source: the results, the cost, the indicators
 * and the replications, where a reader decides whether to replicate.
 */
export const BAGIAN_BERANGKA = ['Sumber Daya dan Biaya', 'Indikator dan Pengukuran', 'Hasil dan Dampak', 'Rekam Jejak Replikasi'] as const;

/** Words by which the text itself says a figure is the editors' own estimate, not a source's. */
export const ATRIBUSI_REDAKSI = /\b(perkiraan|estimasi|hitungan) redaksi\b/i;

const BULAN = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';
/** What follows a number that makes it an amount: a share, a magnitude, or a counted thing. */
const SATUAN = String.raw`(?:%|persen|per\s+sen|ribu|rb|juta|jt|miliar|milyar|triliun|kali\s+lipat)`;
const BENDA = String.raw`(?:orang|jiwa|keluarga|kk|kpm|balita|bayi|anak|ibu|warga|penduduk|penerima|peserta|pengguna|pelaku|umkm|usaha|desa|kelurahan|kecamatan|sekolah|puskesmas|posyandu|pasar|titik|unit|ton|kg|kilogram|liter|ha|hektare|hektar|rumah|transaksi|dokumen|akta|izin|berkas|layanan|gapoktan|kelompok|kader|petugas|pegawai|asn|komoditas|aplikasi)`;
/** A regulation's or document's number ("Nomor 56", "No. 3a"): a pattern of BUKAN_ANGKA that needs no digit. */
const NOMOR = /\b(?:nomor|no\.)\s*[\w./-]+/gi;
/** The rating rule's own threshold for a large change ("di bawah ambang sepertiga"), not an amount. */
const AMBANG = /\bambang\s+sepertiga\b/gi;
/**
 * Numbers that are not figures: dates and years, regulation numbers (`Nomor 56`, `72/2021`),
 * the card's own rating values (`kekuatan bukti 2`, `biaya 1`), ordinals, and the name of the
 * first thousand days (1000 HPK).
 */
const BUKAN_ANGKA: readonly RegExp[] = [
  new RegExp(`\\b\\d{1,2}(?:\\s*[–-]\\s*\\d{1,2})?\\s+(?:${BULAN})\\b`, 'gi'),
  NOMOR,
  /\b\d+[A-Z]?\/\d{4}\b/g,
  /\b(?:UU|PP|Perpres|Inpres|Keppres|Permen\w*|Perda|Perbup|Pergub|Perwal|Perkada|SK|SE)\s+\d+\b/gi,
  // The goals' own numbers, 1 to 17: "TPB 16", "SDGs 3 dan 10".
  /\b(?:tpb|sdgs?)\s+\d{1,2}(?:\s*(?:,|–|-|dan|and)\s*\d{1,2})*\b/gi,
  // …but "biaya 3 miliar" and "nilai 7 persen" are amounts.
  new RegExp(String.raw`\b(?:bukti|biaya|tingkat|nilai|level|pita|skor|kelas|tahap|langkah|bagian|sdgs?|tujuan)\s+\d(?:\s*[–-]\s*\d)?\b(?![.,]\d|\s*${SATUAN})`, 'gi'),
  /\bke-\d+\b/gi,
  /\b1\.?000\s*HPK\b/gi,
  // Digits inside a name are no amount: P3DN, P3KE, B2B, COVID-19 ("Rp86 juta" and "10rb" still are).
  /(?<=\p{L})\p{Nd}+(?=\p{L})/gu,
  /\bcovid-19\b/gi,
  AMBANG,
  // A year, unless an amount or a counted thing follows ("2024 keluarga" is a count).
  new RegExp(String.raw`\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\b(?![.,]\d|\s*(?:${SATUAN}|${BENDA})\b)`, 'gi'),
];

/**
 * Amounts written in words: a number word with a magnitude ("tiga puluh", "dua ribu"), the
 * "se-" numbers ("seratus"), a share ("lima persen", "dua kali lipat", "separuh", "sepertiga"),
 * and round approximations ("ratusan", "ribuan"). A bare small number ("tiga desa") is left out:
 * the text uses them for what it describes ("dua komponen", "usia dua tahun") far more often than
 * for results.
 */
const BILANGAN_KATA = new RegExp(
  String.raw`(?<![\p{L}-])(?:(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)\s+(?:belas|puluh|ratus|ribu|juta|miliar|milyar|triliun)|se(?:belas|puluh|ratus|ribu|juta|miliar|milyar|triliun)|(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belasan|puluhan)\s+(?:persen|per\s+sen|kali\s+lipat)|belasan|puluhan|ratusan|ribuan|jutaan|miliaran|triliunan|separuh|setengah|sepertiga|seperempat|seperlima|(?:dua|tiga|empat)\s+per(?:tiga|empat|lima))(?![\p{L}-])`,
  'iu',
);

/** Does a paragraph, list item or table row state a figure? */
export function adaAngka(teks: string): boolean {
  // Full-width and other compatibility digits ("４５") read as the digits they show.
  // Asked of every paragraph, item and row of four sections, nearly all plain ASCII: the Unicode
  // steps run only on text that needs them (a \p{Nd} test costs ten ASCII ones).
  const selainAscii = /[^\x00-\x7f]/.test(teks);
  let t = selainAscii ? teks.normalize('NFKC') : teks;
  const adaDigit = (x: string) => /\d/.test(x) || (selainAscii && /\p{Nd}/u.test(x));
  if (t.includes('[@')) t = t.replace(POLA_RUJUKAN, ' ');
  // Without a digit, only the words can state an amount, and only the patterns that hold no digit can change them.
  const digit = adaDigit(t);
  for (const re of digit ? BUKAN_ANGKA : [NOMOR, AMBANG]) t = t.replace(re, ' ');
  return (digit && adaDigit(t)) || BILANGAN_KATA.test(t);
}
