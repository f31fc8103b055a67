/**
 * The authoring studio's configuration (Decap CMS), generated from the frontmatter's JSON Schemas
 * (themselves generated from the zod schemas, src/lib/skema-json.ts): every field, its hint (the
 * schema's description: the field's Indonesian hint, src/i18n/kolom-id.ts), whether it is
 * required, and each vocabulary as a select with its Indonesian labels. There is no second,
 * hand-written field list to drift from the schema.
 */
import { STATUS_PUBLIKASI } from '../data/klasifikasi.ts';
import { EKSTENSI_HALAMAN } from '../data/routes.ts';
import { BLOK_DECAP_ID } from '../data/studio-id.ts';
import { KOLEKSI, NAMA_KOLEKSI } from '../schema/index.ts';
import { kolomKosakata } from '../schema/kolom.ts';
import { jenisHalaman } from '../rules/jangkar.ts';
import { KOMPONEN_MDX, konteksMdx, masalahMdx, type NamaKomponen } from '../rules/mdx.ts';
import { skemaJson } from './skema-json.ts';
import { urutanDari, type UrutanKunci } from './studio-format.ts';

type Json = Record<string, unknown>;
export type FieldDecap = Record<string, unknown> & { name: string; label: string; widget: string };

/**
 * Every vocabulary a field of a collection registers (src/schema/kolom.ts), found by its set of
 * slugs: a JSON Schema enum carries only the slugs.
 */
const KOSAKATA = NAMA_KOLEKSI.flatMap((k) => kolomKosakata(KOLEKSI[k].schema).map((f) => f.kosakata));
const kunciEnum = (slugs: readonly unknown[]) => JSON.stringify(slugs.map(String).sort());
const LABEL_ENUM = new Map(KOSAKATA.map((v) => [kunciEnum(v.map((t) => t.slug)), v]));

/** Options of a select: "slug — label" so an author sees both what the page shows and what is written. */
function opsi(slugs: readonly unknown[]): { label: string; value: string }[] {
  const terms = LABEL_ENUM.get(kunciEnum(slugs));
  return slugs.map((s) => {
    const t = terms?.find((x) => x.slug === String(s));
    return { label: t && t.id !== String(s) ? `${t.id} (${String(s)})` : String(s), value: String(s) };
  });
}

/** "kode_provinsi" → "Kode provinsi". */
const label = (name: string) => {
  const s = name.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** Free text that runs to sentences gets a text area. */
const TEKS_PANJANG = new Set(['ringkasan', 'ringkasan_en', 'bukti_catatan', 'biaya_catatan', 'catatan', 'peran', 'pembanding']);
/** References to other entries, by the collection they point to. */
const RELASI: Record<string, string> = { model: 'model', praktik: 'praktik', penulis: 'penulis', peninjau: 'penulis' };

/** One JSON Schema property as a Decap field. */
function field(name: string, s: Json, wajib: boolean): FieldDecap {
  // A list the schema defaults to [] starts empty: Decap would otherwise open it with one blank item.
  const base = { name, label: label(name), required: wajib, ...(typeof s.description === 'string' ? { hint: s.description } : {}), ...(Array.isArray(s.default) ? { default: s.default } : {}) };
  const pilihan = Array.isArray(s.anyOf) ? (s.anyOf as Json[]) : undefined;
  // A date written as a date or a year-only value: a date picker keeps the string form.
  if (pilihan?.some((x) => x.format === 'date') || s.format === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  if (pilihan) return { ...base, widget: 'string' };
  if (Array.isArray(s.enum)) return { ...base, widget: 'select', options: opsi(s.enum) };
  switch (s.type) {
    case 'integer':
    case 'number':
      return { ...base, widget: 'number', value_type: s.type === 'integer' ? 'int' : 'float', ...(typeof s.minimum === 'number' ? { min: s.minimum } : {}), ...(typeof s.maximum === 'number' ? { max: s.maximum } : {}) };
    case 'boolean':
      return { ...base, widget: 'boolean', default: s.default ?? false };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: fields(s) };
    case 'array': {
      const item = (s.items ?? {}) as Json;
      if (RELASI[name]) return { ...base, widget: 'relation', collection: RELASI[name], search_fields: [name === 'penulis' || name === 'peninjau' ? 'nama' : 'judul'], value_field: '{{slug}}', display_fields: [name === 'penulis' || name === 'peninjau' ? 'nama' : 'judul'], multiple: true };
      if (Array.isArray(item.enum)) return { ...base, widget: 'select', multiple: true, options: opsi(item.enum) };
      if (item.type === 'object') return { ...base, widget: 'list', fields: fields(item) };
      if (item.type === 'integer' || item.type === 'number') return { ...base, widget: 'list', field: { name: 'nilai', label: 'Nilai', widget: 'number', value_type: 'int' } };
      return { ...base, widget: 'list' };
    }
    default:
      return {
        ...base,
        widget: TEKS_PANJANG.has(name) ? 'text' : 'string',
        // Checked before the entry is saved, in the checker's words: "Id harus berupa slug …"
        // (the locale's regexPattern puts the field's label first).
        ...(typeof s.pattern === 'string' && typeof s.patternErrorMessage === 'string'
          ? { pattern: [s.pattern, s.patternErrorMessage.charAt(0).toLowerCase() + s.patternErrorMessage.slice(1)] }
          : {}),
      };
  }
}

/** The fields of an object schema, in the schema's order. */
function fields(s: Json): FieldDecap[] {
  const props = (s.properties ?? {}) as Record<string, Json>;
  const wajib = new Set((s.required ?? []) as string[]);
  return Object.entries(props).map(([name, p]) => field(name, p, wajib.has(name)));
}

/**
 * Why the checker refuses a component in a collection's body, asked of the checker itself
 * (src/rules/mdx.ts) with a valid use of it (each required prop given its first choice), or
 * undefined where it is allowed: a guide's table in a practice is refused ("hanya dapat dipakai di
 * panduan"). No second list of where each component may go.
 */
export function masalahKomponenDi(koleksi: string, nama: NamaKomponen): string | undefined {
  const attributes = Object.entries(KOMPONEN_MDX[nama].props as Record<string, { wajib: boolean; pilihan?: readonly string[] }>)
    .filter(([, s]) => s.wajib)
    .map(([p, s]) => ({ type: 'mdxJsxAttribute', name: p, value: s.pilihan?.[0] ?? 'x' }));
  return masalahMdx({ type: 'mdxJsxFlowElement', name: nama, attributes }, konteksMdx(jenisHalaman(koleksi)))[0];
}

/** The components the checker allows in a collection's body: the ones its rich-text mode offers. */
export const komponenKoleksi = (koleksi: string): NamaKomponen[] => (Object.keys(KOMPONEN_MDX) as NamaKomponen[]).filter((n) => masalahKomponenDi(koleksi, n) === undefined);

/**
 * The checker's message for each component it refuses in every one of `koleksi` (the studio's
 * collections with a body), which the studio's preview shows in place of the block.
 */
export function komponenDitolak(koleksi: readonly string[]): Partial<Record<NamaKomponen, string>> {
  const out: Partial<Record<NamaKomponen, string>> = {};
  for (const nama of Object.keys(KOMPONEN_MDX) as NamaKomponen[]) {
    const m = koleksi.map((k) => masalahKomponenDi(k, nama));
    if (m[0] !== undefined && m.every((x) => x !== undefined)) out[nama] = m[0];
  }
  return out;
}

/**
 * Decap's own blocks of the rich-text mode (decap-cms-app/src/extensions.js, in Indonesian in
 * src/data/studio-id.ts): a body's `editor_components` lists every block its "+" menu offers, so
 * these are named beside the handbook's components the checker allows in the collection (a guide's
 * table is not offered in a practice, where the checker refuses it).
 */
const BLOK_DECAP = Object.keys(BLOK_DECAP_ID);

export interface SkemaStudio {
  praktik: Json;
  model: Json;
  penulis: Json;
}

/**
 * A new entry starts from the same scaffold as `npm run new` (its values, placeholders included,
 * become the fields' defaults), so a new draft saves and passes the check with warnings only.
 * The id and the title are the author's to type.
 */
function pasangBawaan(fields: FieldDecap[], nilai: Record<string, unknown>): void {
  for (const f of fields) {
    if (!(f.name in nilai) || f.name === 'id' || f.name === 'judul') continue;
    const v = nilai[f.name];
    if (f.widget === 'object' && v && typeof v === 'object' && !Array.isArray(v)) pasangBawaan(f.fields as FieldDecap[], v as Record<string, unknown>);
    else f.default = v;
  }
}

/**
 * The backends the studio page registers (src/integrations/studio.ts): Decap's GitHub backend, or
 * its proxy to decap-server on this computer, each with the workflow tied to the entries' `status`
 * (src/lib/studio-alur.ts).
 */
export const BACKEND_STUDIO = { github: 'pustaka-github', lokal: 'pustaka-lokal' } as const;

/**
 * The Decap configuration: the two entry collections (MDX with frontmatter, the body as Markdown)
 * and the authors. Saving goes through the editorial workflow: a branch and a pull request per
 * entry. Its column is the entry's `status` (Draf → `draf`, Dalam tinjauan → `tinjauan`, Siap
 * terbit → `terbit`): the form does not show the field, the backend writes it
 * (src/lib/studio-alur.ts). Nothing is published, deleted or uploaded on the main branch from the
 * studio (`publish: false`, `delete: false`): maintainers merge.
 */
export function konfigurasiStudio(
  skema: SkemaStudio,
  opsi: { repo?: string | undefined; cabang: string; lokal: boolean; portGit?: number; bawaan?: Partial<Record<'praktik' | 'model', Record<string, unknown>>> },
): Json {
  const entri = (nama: 'praktik' | 'model', label: string) => ({
    name: nama,
    label,
    label_singular: label,
    folder: `content/${nama}`,
    extension: EKSTENSI_HALAMAN.slice(1),
    // Written by the handbook's own serializer (src/lib/studio-format.ts), registered by the studio page.
    format: `pustaka-${nama}`,
    create: true,
    publish: false,
    delete: false,
    slug: '{{fields.id}}',
    identifier_field: 'judul',
    // The list filters by status. Cards and rows carry no "(status)": on the workflow board the column
    // is the status, and a card's text is not reloaded when it moves.
    view_filters: STATUS_PUBLIKASI.map((t) => ({ label: t.id, field: 'status', pattern: `^${t.slug}$` })),
    fields: (() => {
      // The body opens as Markdown: Decap's rich-text mode writes the whole body back in its own
      // Markdown dialect on any edit (tables re-padded), which a one-line change must not cause.
      const f: FieldDecap[] = [
        ...fields(skema[nama]),
        { name: 'body', label: 'Isi', widget: 'markdown', modes: ['raw', 'rich_text'], editor_components: [...BLOK_DECAP, ...komponenKoleksi(nama)], hint: 'Bagian ## mengikuti anatomi entri di panduan penulis. Rujuk sumber dengan [@kunci]. Mode teks kaya menulis ulang seluruh isi dalam gaya Markdown Decap: pakai hanya bila perlu, lalu periksa perubahannya.' },
      ];
      if (opsi.bawaan?.[nama]) pasangBawaan(f, opsi.bawaan[nama]);
      return f.map(sembunyikanStatus);
    })(),
  });
  return {
    backend: opsi.lokal
      ? { name: BACKEND_STUDIO.lokal, branch: opsi.cabang, proxy_url: `http://localhost:${opsi.portGit ?? 8081}/api/v1` }
      : { name: BACKEND_STUDIO.github, repo: opsi.repo, branch: opsi.cabang, open_authoring: true },
    publish_mode: 'editorial_workflow',
    locale: 'id',
    media_folder: 'content/praktik/gambar',
    public_folder: './gambar',
    collections: [
      entri('praktik', 'Praktik'),
      entri('model', 'Model'),
      { name: 'penulis', label: 'Penulis dan peninjau', folder: 'content/penulis', extension: 'yaml', format: 'yaml', create: false, publish: false, delete: false, slug: '{{fields.id}}', identifier_field: 'nama', fields: fields(skema.penulis) },
    ],
  };
}

/** `status` is the workflow column's (src/lib/studio-alur.ts): kept in the entry, not in the form. */
function sembunyikanStatus(f: FieldDecap): FieldDecap {
  if (f.name !== 'status') return f;
  const { options: _, ...tanpaPilihan } = f;
  return { ...tanpaPilihan, widget: 'hidden' };
}

const URUTAN: Partial<Record<'praktik' | 'model', UrutanKunci>> = {};

/**
 * The key order of a collection's files, from its schema (the studio's fields in the schema's
 * order). One place for the checker's form warning, `npm run rapikan`, the studio page and the
 * benchmark's generator.
 */
export const urutanKoleksi = (k: 'praktik' | 'model'): UrutanKunci => (URUTAN[k] ??= urutanDari(fields(skemaJson(KOLEKSI[k].schema, k, new Map()))));
