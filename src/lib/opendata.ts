import type { KoleksiEntri } from '../data/routes.ts';
import { EDISI } from '../data/edisi.ts';
import { esc } from './esc.ts';
import { BIAYA, KEKUATAN_BUKTI, KOMPLEKSITAS, STATUS_KEBERLANJUTAN, TINGKAT_DAMPAK, TINGKAT_VERIFIKASI } from '../data/klasifikasi.ts';
import type { Locale, Term } from '../data/vocab.ts';
import { useTranslations } from '../i18n/index.ts';
import { bacaKolom, FASET, kolomFaset, type Faset } from './daftar-faset.ts';
import type { FacetKey } from './facets.ts';
import { isi, rupiahJuta } from './format.ts';
import { formatTanggal } from './tanggal.ts';

/**
 * The open-data files: /data/entri.json (every published entry with every frontmatter field) and
 * /data/entri.csv (flattened, with documented columns). Pure functions over the schema's output.
 */

/** Bump the major version when a field is removed or changes meaning; consumers key on it. */
export const VERSI_SKEMA = '1.3.0';

export interface EntriTerbuka {
  koleksi: 'model' | 'praktik';
  id: string;
  url: string;
  diperbarui: string;
  data: Record<string, unknown>;
}

/** References ({collection, id}) become plain ids, as authors write them. */
function ratakan(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ratakan);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o.collection === 'string' && typeof o.id === 'string') return o.id;
    return Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, ratakan(o[k])]));
  }
  return value;
}

export function barisJson(e: EntriTerbuka): Record<string, unknown> {
  return { jenis_entri: e.koleksi, url: e.url, diperbarui: e.diperbarui, ...(ratakan(e.data) as Record<string, unknown>) };
}

/** The newest `diperbarui` of the entries (ISO dates compare as text), or null for an empty edition: the date a copy of the data describes. */
export function terbaru(entries: readonly { diperbarui: string }[]): string | null {
  return entries.reduce<string | null>((max, e) => (max === null || e.diperbarui > max ? e.diperbarui : max), null);
}

/**
 * The open-data document; `edisi` says which edition it belongs to, `penerbit` whom to credit
 * (the edition's publisher: the ministry only for the official edition), `diperbarui` the newest
 * entry date, so a saved copy says what it is; each row keeps its `status`.
 */
export function dokumenJson(entries: readonly EntriTerbuka[], edisi: string) {
  const rows = [...entries].sort((a, b) => a.koleksi.localeCompare(b.koleksi) || a.id.localeCompare(b.id)).map(barisJson);
  const penerbit = EDISI.find((e) => e.slug === edisi)?.penerbit ?? EDISI[0].penerbit;
  return { versi_skema: VERSI_SKEMA, lisensi: 'CC BY 4.0', penerbit, edisi, diperbarui: terbaru(entries), jumlah: rows.length, entri: rows };
}

type Row = Record<string, unknown>;
const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Row)[k] : undefined), o);
const list = (v: unknown) => (Array.isArray(v) ? v.join(';') : '');

export interface KolomCsv {
  kolom: string;
  id: string;
  en: string;
  nilai: (r: Row) => unknown;
  /** The facet (src/lib/daftar-faset.ts) whose field the column holds. */
  faset?: FacetKey;
}

const fasetDari = (key: string): Faset => FASET.find((f) => f.key === key)!;

/** A facet's field in a row of its collection, a list joined by semicolons. */
const nilaiFaset = (f: Faset) => (r: Row) => {
  const jalur = kolomFaset(f, r.jenis_entri as KoleksiEntri);
  return jalur === undefined ? undefined : bacaKolom(r, jalur).join(';');
};

/** The column of a facet's field, named and described here; `nilai` only when the column holds more than the facet's values. */
const faset = (key: FacetKey, kolom: string, id: string, en: string, nilai?: (r: Row) => unknown): KolomCsv => ({ kolom, id, en, nilai: nilai ?? nilaiFaset(fasetDari(key)), faset: key });

/**
 * The CSV columns as written below, plus a column for every facet they do not place: before
 * `diperbarui`, named after its field ("jenis_layanan", "instansi_asal_jenis") and described by
 * the facet's title. So a new facet is a CSV column without a line here.
 */
function denganFaset(kolom: readonly KolomCsv[]): KolomCsv[] {
  const id = useTranslations('id');
  const en = useTranslations('en');
  const tambahan = (FASET as readonly Faset[])
    .filter((f) => !kolom.some((k) => k.faset === f.key))
    .map((f): KolomCsv => ({ kolom: typeof f.kolom === 'string' ? f.kolom.replace(/\[\]/g, '').replace(/\./g, '_') : f.key, id: id(f.judul), en: en(f.judul), nilai: nilaiFaset(f), faset: f.key as FacetKey }));
  const i = kolom.findIndex((k) => k.kolom === 'diperbarui');
  return [...kolom.slice(0, i), ...tambahan, ...kolom.slice(i)];
}

/** The values a vocabulary column holds, from the vocabulary: "rendah, sedang, tinggi"; in English with their meaning, "rendah (low), …". */
const nilaiId = (terms: readonly Term[]) => terms.map((t) => t.slug).join(', ');
const nilaiEn = (terms: readonly Term[]) => terms.map((t) => `${t.slug} (${t.en.toLowerCase()})`).join(', ');
/** A numeric vocabulary's range, "0–5". */
const rentang = (terms: readonly Term[]) => `${terms[0]!.slug}–${terms.at(-1)!.slug}`;
/** Each level of a numeric vocabulary with its label: "0 klaim tanpa data, 1 teori perubahan jelas, …". */
const tingkat = (terms: readonly Term[], locale: Locale) => terms.map((t) => `${t.slug} ${t[locale].toLowerCase()}`).join(', ');
/** The cost bands by their upper bound, from the vocabulary: "1 < Rp50 juta, …, 5 ≥ Rp5 miliar". */
const pitaBiaya = (locale: Locale) =>
  BIAYA.map((b, i) => (Number.isFinite(b.sampai_juta) ? `${b.slug} < ${rupiahJuta(b.sampai_juta, locale)}` : `${b.slug} ≥ ${rupiahJuta(BIAYA[i - 1]!.sampai_juta, locale)}`)).join(', ');

/** The CSV columns, each with what it holds; the /data/ page lists the same descriptions. */
export const KOLOM_CSV: readonly KolomCsv[] = denganFaset([
  { kolom: 'id', id: 'Id entri, tetap sesudah terbit; unik dalam satu jenis_entri (kunci baris: jenis_entri dan id)', en: 'Entry id, unchanged once published; unique within a jenis_entri (row key: jenis_entri and id)', nilai: (r) => r.id },
  { kolom: 'jenis_entri', id: 'model atau praktik', en: 'model or praktik (practice)', nilai: (r) => r.jenis_entri },
  { kolom: 'status', id: 'terbit (sudah ditinjau) atau tinjauan (menunggu tinjauan)', en: 'terbit (reviewed) or tinjauan (awaiting review)', nilai: (r) => r.status },
  { kolom: 'judul', id: 'Nama inovasi atau model', en: 'Name', nilai: (r) => r.judul },
  { kolom: 'kepanjangan', id: 'Kepanjangan akronim', en: 'Acronym expansion', nilai: (r) => r.kepanjangan },
  { kolom: 'ringkasan', id: 'Ringkasan paling banyak 60 kata', en: 'Summary of at most 60 words', nilai: (r) => r.ringkasan },
  { kolom: 'ringkasan_en', id: 'Ringkasan dalam bahasa Inggris, bila ada', en: 'English summary, when given', nilai: (r) => r.ringkasan_en },
  faset('tema', 'tema_rb', 'Fokus RB Tematik', 'RB Tematik focus'),
  faset('prioritas', 'prioritas_presiden', 'Prioritas presiden', 'Presidential priority'),
  faset('sdg', 'sdgs', 'Nomor TPB/SDGs, dipisah titik koma', 'SDG numbers, semicolon-separated'),
  { kolom: 'urusan_pemerintahan', id: 'Urusan pemerintahan, dipisah titik koma', en: 'Government affairs, semicolon-separated', nilai: (r) => list(r.urusan_pemerintahan) },
  { kolom: 'instansi_nama', id: 'Instansi asal', en: 'Originating agency', nilai: (r) => get(r, 'instansi_asal.nama') },
  faset('instansi', 'instansi_jenis', 'Jenis instansi asal', 'Agency type'),
  { kolom: 'instansi_unit', id: 'Unit pelaksana', en: 'Implementing unit', nilai: (r) => get(r, 'instansi_asal.unit') },
  faset('provinsi', 'kode_provinsi', 'Kode provinsi Kemendagri, dua angka (teks)', 'Kemendagri province code, two digits (text)'),
  { kolom: 'kode_kabkota', id: 'Kode kabupaten/kota Kemendagri PP.KK, mis. 32.10 (teks, bukan bilangan desimal)', en: 'Kemendagri regency/city code PP.KK, e.g. 32.10 (text, not a decimal number)', nilai: (r) => get(r, 'instansi_asal.kode_kabkota') },
  { kolom: 'daerah_3t', id: 'true bila daerah 3T, false bila bukan; kosong pada model', en: 'true for a 3T (remote) region, false otherwise; empty for models', nilai: (r) => get(r, 'instansi_asal.daerah_3t') },
  faset('tahun', 'tahun_mulai', 'Tahun mulai dijalankan (model: tahun model)', 'Start year (model: cohort year)'),
  { kolom: 'status_keberlanjutan', id: `Status keberlanjutan: ${nilaiId(STATUS_KEBERLANJUTAN)}`, en: `Sustainability status: ${nilaiEn(STATUS_KEBERLANJUTAN)}`, nilai: (r) => r.status_keberlanjutan },
  { kolom: 'tanggal_status', id: 'Tanggal status diperiksa', en: 'Date the status was checked', nilai: (r) => r.tanggal_status },
  { kolom: 'status_sumber', id: 'Kunci sumber bertanggal yang menunjukkan status keberlanjutan; kosong bila belum-diverifikasi', en: 'Keys of the dated sources that show the sustainability status; empty when belum-diverifikasi (not yet verified)', nilai: (r) => list(r.status_sumber) },
  { kolom: 'tingkat_dampak', id: `Dampak: ${nilaiId(TINGKAT_DAMPAK)}`, en: `Impact: ${nilaiEn(TINGKAT_DAMPAK)}`, nilai: (r) => get(r, 'kesiapan.tingkat_dampak') },
  faset('bukti', 'kekuatan_bukti', `Kekuatan bukti ${rentang(KEKUATAN_BUKTI)}: ${tingkat(KEKUATAN_BUKTI, 'id')}`, `Evidence strength ${rentang(KEKUATAN_BUKTI)}: ${tingkat(KEKUATAN_BUKTI, 'en')}`),
  faset('biaya', 'biaya', `Pita biaya ${rentang(BIAYA)}, belanja baru per tahun: ${pitaBiaya('id')}`, `Cost band ${rentang(BIAYA)}, new spending a year: ${pitaBiaya('en')}`),
  faset('kompleksitas', 'kompleksitas', `Kompleksitas replikasi: ${nilaiId(KOMPLEKSITAS)}`, `Replication complexity: ${nilaiEn(KOMPLEKSITAS)}`),
  { kolom: 'lama_persiapan_bulan', id: 'Bulan persiapan', en: 'Months to prepare', nilai: (r) => get(r, 'kesiapan.lama_persiapan_bulan') },
  {
    kolom: 'replikasi_terverifikasi',
    id: 'Jumlah replikasi berstatus implementasi',
    en: 'Number of implemented replications',
    nilai: (r) => ((get(r, 'kesiapan.replikasi') as Row[] | undefined) ?? []).filter((x) => x.status === 'implementasi').length,
  },
  faset('penghargaan', 'penghargaan', 'Penghargaan program:predikat:tahun, dipisah titik koma', 'Awards programme:tier:year, semicolon-separated', (r) =>
    ((r.penghargaan as Row[] | undefined) ?? []).map((p) => `${p.program}:${p.predikat}:${p.tahun}`).join(';'),
  ),
  { kolom: 'model', id: 'Model yang memuat praktik ini', en: 'Models that include this practice', nilai: (r) => list(r.model) },
  { kolom: 'praktik', id: 'Praktik dalam model ini', en: 'Practices in this model', nilai: (r) => list(r.praktik) },
  { kolom: 'tingkat_verifikasi', id: `Tingkat verifikasi fakta: ${nilaiId(TINGKAT_VERIFIKASI)}`, en: `Verification level: ${nilaiEn(TINGKAT_VERIFIKASI)}`, nilai: (r) => r.tingkat_verifikasi },
  { kolom: 'jumlah_sumber', id: 'Jumlah sumber', en: 'Number of sources', nilai: (r) => (r.sumber as unknown[] | undefined)?.length ?? 0 },
  { kolom: 'diperbarui', id: 'Tanggal terakhir diperbarui', en: 'Last updated', nilai: (r) => r.diperbarui },
  { kolom: 'url', id: 'Alamat halaman entri', en: 'Entry page URL', nilai: (r) => r.url },
]);

/**
 * One CSV cell. A cell starting with = + - @ tab or CR runs as a formula when the file is opened in
 * Excel, LibreOffice or Google Sheets (CSV injection), and so does a part of one after ";" (below), so it gets a leading apostrophe first, as
 * OWASP recommends; then RFC 4180 quoting. Leading spaces count as nothing: some programs trim them
 * before they look for a formula. No numeric column can be negative (the schema keeps years,
 * ratings and counts at 0 or above), so no number is turned into text. entri.json keeps exact values.
 */
function sel(v: unknown): string {
  const raw = v === undefined || v === null ? '' : String(v);
  // Excel splits a CSV it opens by double-click at the system's list separator, which is ";" where
  // the decimal mark is "," (Indonesia among them), and a quote only protects a field it starts: in
  // `"Inovasi;=1+1;x"` that Excel reads the cell `=1+1` and runs it. So every part after a ";" is
  // guarded as the cell's start is.
  const s = raw.replace(/(^|;)(?=[ \t\r\n]*[=+\-@\t\r])/g, "$1'");
  return /[",\n\r;]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row, CRLF line ends, UTF-8 with BOM so spreadsheet programs read it right; formula-like cells neutralised (see sel). */
export function csv(rows: readonly Row[]): string {
  const lines = [KOLOM_CSV.map((k) => k.kolom).join(','), ...rows.map((r) => KOLOM_CSV.map((k) => sel(k.nilai(r))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** JSON Schema of /data/entri.json, built from the published frontmatter schemas. */
export function skemaEntri(praktik: Row, model: Row, base: string): Row {
  const row = (s: Row, jenis: string) => ({
    ...s,
    $schema: undefined,
    $comment: undefined,
    title: undefined,
    properties: {
      jenis_entri: { const: jenis, description: 'Jenis entri.' },
      url: { type: 'string', format: 'uri', description: 'Alamat halaman entri.' },
      diperbarui: { type: 'string', format: 'date', description: 'Tanggal terakhir diperbarui.' },
      ...(s.properties as Row),
    },
    required: ['jenis_entri', 'url', 'diperbarui', ...((s.required as string[]) ?? [])],
  });
  return JSON.parse(
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${base}data/skema/entri.schema.json`,
      title: 'Data terbuka Pustaka Model Inovasi Pelayanan Publik (/data/entri.json)',
      type: 'object',
      required: ['versi_skema', 'lisensi', 'penerbit', 'edisi', 'diperbarui', 'jumlah', 'entri'],
      additionalProperties: false,
      properties: {
        versi_skema: { const: VERSI_SKEMA },
        lisensi: { type: 'string' },
        penerbit: { enum: [...new Set(EDISI.map((e) => e.penerbit))], description: 'Penerbit edisi ini, yang disebut saat memakai data (CC BY 4.0).' },
        edisi: { enum: EDISI.map((e) => e.slug), description: 'Edisi situs: resmi hanya memuat entri yang sudah ditinjau (status terbit).' },
        diperbarui: { type: ['string', 'null'], format: 'date', description: 'Tanggal diperbarui entri yang paling baru; null bila edisi ini tanpa entri.' },
        jumlah: { type: 'integer', minimum: 0 },
        entri: { type: 'array', items: { oneOf: [row(praktik, 'praktik'), row(model, 'model')] } },
      },
    }),
  );
}

/**
 * A feed item's guid, one per recorded change (the date of the entry's newest change note). With
 * the page address as guid, as @astrojs/rss writes it, a reader that already holds the entry
 * never shows its update, and a feed of "new and updated entries" would only ever announce new
 * ones. The guid is not a permalink: the item's link is the page.
 */
export function guidPerubahan(link: string, tanggal: string): string {
  return `<guid isPermaLink="false">${esc(`${link}#riwayat-${tanggal}`)}</guid>`;
}

/**
 * A feed item's text: the entry's summary, then its newest change note. Authors write summaries and
 * notes in Indonesian, and an English summary only when they give one; RSS has no way to mark the
 * language of part of a description, so the English feed says in words which parts are Indonesian
 * rather than leave a reader (or a screen reader) to guess. The date is written as the feed's
 * language writes dates.
 */
export function deskripsiUmpan(
  p: { ringkasan: string; ringkasan_en?: string | undefined; jenis: string; tanggal: string; catatan?: string | undefined },
  locale: Locale,
): string {
  const t = useTranslations(locale);
  const ringkasan = locale === 'en' && p.ringkasan_en ? p.ringkasan_en : locale === 'en' ? isi(t('umpan.ringkasanId'), p.ringkasan) : p.ringkasan;
  const tanggal = formatTanggal(p.tanggal, locale);
  const catatan = p.catatan ? isi(t('umpan.catatan'), p.jenis, tanggal, p.catatan) : isi(t('umpan.perubahan'), p.jenis, tanggal);
  return `${ringkasan} — ${catatan}`;
}

/** The Atom namespace, for the channel's link to itself. */
export const XMLNS_ATOM = 'http://www.w3.org/2005/Atom';

/** The channel's own address (atom:link rel="self"), which feed validators ask for so a copied feed still names its source. */
export function tautanUmpan(alamat: string): string {
  return `<atom:link href="${esc(alamat)}" rel="self" type="application/rss+xml"/>`;
}

/** How to cite the open data, APA-style for a data set: publisher, year of the newest entry, title, edition and schema version, address. */
export function kutipanData(p: { penerbit: string; diperbarui: string | null; edisi: string; url: string }, locale: Locale): string {
  const t = useTranslations(locale);
  return isi(t('data.kutipanTeks'), p.penerbit, p.diperbarui?.slice(0, 4) ?? t('data.tanpaTahun'), t('site.nama'), p.edisi, VERSI_SKEMA, p.url);
}
