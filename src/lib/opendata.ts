import type { KoleksiEntri } from '../data/routes.ts';
import { EDISI } from '../data/edisi.ts';
import { BIAYA, KEKUATAN_BUKTI, TINGKAT_DAMPAK } from '../data/klasifikasi.ts';
import type { Term } from '../data/vocab.ts';
import { useTranslations } from '../i18n/index.ts';
import { bacaKolom, FASET, kolomFaset, type Faset } from './daftar-faset.ts';
import type { FacetKey } from './facets.ts';

/**
 * The open-data files: /data/entri.json (every published entry with every frontmatter field) and
 * /data/entri.csv (flattened, with documented columns). Pure functions over the schema's output.
 */

/** Bump the major version when a field is removed or changes meaning; consumers key on it. */
export const VERSI_SKEMA = '1.2.0';

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

/** The open-data document; `edisi` says which edition it belongs to, and each row keeps its `status`. */
export function dokumenJson(entries: readonly EntriTerbuka[], edisi: string) {
  const rows = [...entries].sort((a, b) => a.koleksi.localeCompare(b.koleksi) || a.id.localeCompare(b.id)).map(barisJson);
  return { versi_skema: VERSI_SKEMA, lisensi: 'CC BY 4.0', edisi, jumlah: rows.length, entri: rows };
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

/** The CSV columns, each with what it holds; the /data/ page lists the same descriptions. */
export const KOLOM_CSV: readonly KolomCsv[] = denganFaset([
  { kolom: 'id', id: 'Id permanen entri', en: 'Permanent entry id', nilai: (r) => r.id },
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
  faset('provinsi', 'kode_provinsi', 'Kode provinsi Kemendagri', 'Kemendagri province code'),
  { kolom: 'kode_kabkota', id: 'Kode kabupaten/kota Kemendagri', en: 'Kemendagri regency/city code', nilai: (r) => get(r, 'instansi_asal.kode_kabkota') },
  { kolom: 'daerah_3t', id: 'true bila daerah 3T', en: 'true for a 3T (remote) region', nilai: (r) => get(r, 'instansi_asal.daerah_3t') },
  faset('tahun', 'tahun_mulai', 'Tahun mulai dijalankan (model: tahun model)', 'Start year (model: cohort year)'),
  { kolom: 'status_keberlanjutan', id: 'Status keberlanjutan', en: 'Sustainability status', nilai: (r) => r.status_keberlanjutan },
  { kolom: 'tanggal_status', id: 'Tanggal status diperiksa', en: 'Date the status was checked', nilai: (r) => r.tanggal_status },
  { kolom: 'tingkat_dampak', id: `Dampak: ${nilaiId(TINGKAT_DAMPAK)}`, en: `Impact: ${nilaiEn(TINGKAT_DAMPAK)}`, nilai: (r) => get(r, 'kesiapan.tingkat_dampak') },
  faset('bukti', 'kekuatan_bukti', `Kekuatan bukti ${rentang(KEKUATAN_BUKTI)}`, `Evidence strength ${rentang(KEKUATAN_BUKTI)}`),
  faset('biaya', 'biaya', `Pita biaya ${rentang(BIAYA)}`, `Cost band ${rentang(BIAYA)}`),
  faset('kompleksitas', 'kompleksitas', 'Kompleksitas replikasi', 'Replication complexity'),
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
  { kolom: 'tingkat_verifikasi', id: 'Tingkat verifikasi fakta', en: 'Verification level', nilai: (r) => r.tingkat_verifikasi },
  { kolom: 'jumlah_sumber', id: 'Jumlah sumber', en: 'Number of sources', nilai: (r) => (r.sumber as unknown[] | undefined)?.length ?? 0 },
  { kolom: 'diperbarui', id: 'Tanggal terakhir diperbarui', en: 'Last updated', nilai: (r) => r.diperbarui },
  { kolom: 'url', id: 'Alamat halaman entri', en: 'Entry page URL', nilai: (r) => r.url },
]);

/**
 * One CSV cell. A cell starting with = + - @ tab or CR runs as a formula when the file is opened in
 * Excel, LibreOffice or Google Sheets (CSV injection), so it gets a leading apostrophe first, as
 * OWASP recommends; then RFC 4180 quoting. Leading spaces count as nothing: some programs trim them
 * before they look for a formula. No numeric column can be negative (the schema keeps years,
 * ratings and counts at 0 or above), so no number is turned into text. entri.json keeps exact values.
 */
function sel(v: unknown): string {
  const raw = v === undefined || v === null ? '' : String(v);
  const s = /^[ \t\r\n]*[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
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
      required: ['versi_skema', 'lisensi', 'edisi', 'jumlah', 'entri'],
      additionalProperties: false,
      properties: {
        versi_skema: { const: VERSI_SKEMA },
        lisensi: { type: 'string' },
        edisi: { enum: EDISI.map((e) => e.slug), description: 'Edisi situs: resmi hanya memuat entri yang sudah ditinjau (status terbit).' },
        jumlah: { type: 'integer', minimum: 0 },
        entri: { type: 'array', items: { oneOf: [row(praktik, 'praktik'), row(model, 'model')] } },
      },
    }),
  );
}
