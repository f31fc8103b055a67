/**
 * Full-text search: the pure part. The state of the /cari/ page and its URL, the mapping of that
 * state onto Pagefind's search options, filter counts, and the shaping and safe rendering of
 * results. The island (src/scripts/cari.ts) only wires these to the DOM and to Pagefind; the build
 * (IndeksCari.astro, the /cari/ page) uses the same keys, so the index, the form and the URL can
 * never name a filter differently.
 */
import { FASET } from './daftar-faset.ts';
import { esc, escBerentitas } from './esc.ts';
import { isi } from './format.ts';
import { rapikanTeks, type SkemaUrl } from './keadaan-url.ts';

type FasetCari = Exclude<(typeof FASET)[number], { readonly cari: false }>;
export type KunciSaring = 'jenis' | FasetCari['key'];

/**
 * Filter groups, in the order the page shows them: the entry type, then every facet of
 * src/lib/daftar-faset.ts not marked `cari: false`. Values are vocabulary slugs (the same codes the
 * catalogue's facets and URLs use), so a link keeps its filters when the reader switches language.
 */
export const KUNCI_SARING: readonly KunciSaring[] = ['jenis', ...FASET.filter((f): f is FasetCari => !('cari' in f)).map((f) => f.key)];

/** Sort orders. `relevansi` is Pagefind's ranking; the others use the pages' sort keys (DataUrut). */
export const URUTAN = ['relevansi', 'terbaru', 'terlama', 'diperbarui'] as const;
export type Urutan = (typeof URUTAN)[number];

/** The sort keys IndeksCari.astro writes on an entry page (`<span data-urut="tahun">`), read back by the build. */
export const KUNCI_URUT = ['tahun', 'diperbarui'] as const;
export type KunciUrut = (typeof KUNCI_URUT)[number];

/**
 * The sort keys of one language's indexed pages, by Pagefind page id: written beside the index
 * (`urut.<lang>.json`, src/integrations/search.ts) and fetched only when a reader sorts. Pagefind's
 * own sort keys would sit in the metadata that every query loads, 4 KB at 1,000 entries and 23 KB
 * at 5,000. Parallel arrays, in the order of `id`.
 */
export interface DataUrut {
  /** Pagefind page ids: the results' `id`, the names of their fragments. */
  id: string[];
  /** Start year (practices) or model year; null when the entry gives none. */
  tahun: (number | null)[];
  /** Last update, in days since 1970-01-01. */
  diperbarui: number[];
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
const hariKe = (tanggal: string): number => Math.round(Date.parse(`${tanggal}T00:00:00Z`) / 864e5);

/** The sort file of a language from each indexed page's id and sort keys; ids in a fixed order so two builds write the same file. */
export function dataUrut(halaman: readonly { id: string; tahun?: number | undefined; diperbarui: string }[]): DataUrut {
  const urut = [...halaman].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { id: urut.map((h) => h.id), tahun: urut.map((h) => h.tahun ?? null), diperbarui: urut.map((h) => hariKe(h.diperbarui)) };
}

/**
 * Results in the reader's order: newest or oldest start year, or latest update. Results of equal
 * key keep their relevance order, and a page without the key (an entry with no year, a page the
 * file does not know) comes after those with it.
 */
export function urutkanHasil<T extends { id: string }>(hasil: readonly T[], data: DataUrut, u: Urutan): T[] {
  if (u === 'relevansi') return [...hasil];
  const posisi = new Map(data.id.map((id, n) => [id, n]));
  const nilai = (h: T): number | undefined => {
    const n = posisi.get(h.id);
    if (n === undefined) return undefined;
    return (u === 'diperbarui' ? data.diperbarui[n] : data.tahun[n]) ?? undefined;
  };
  const arah = u === 'terlama' ? 1 : -1;
  const banding = (a: { n: number; k: number | undefined }, b: { n: number; k: number | undefined }): number => {
    if (a.k === undefined || b.k === undefined) return a.k === b.k ? a.n - b.n : a.k === undefined ? 1 : -1;
    return (a.k - b.k) * arah || a.n - b.n;
  };
  return hasil
    .map((h, n) => ({ h, n, k: nilai(h) }))
    .sort(banding)
    .map((x) => x.h);
}

/** The name of the URL parameter that carries the terms to highlight on the target page. */
export const PARAM_SOROT = 'highlight';

/** Longest query kept from a URL; longer input is cut, not rejected. */
const KUERI_MAKS = 200;

export type Saring = Partial<Record<KunciSaring, string[]>>;

export interface KeadaanCari {
  q: string;
  saring: Saring;
  urut: Urutan;
}

/** Trim, collapse whitespace, cut to KUERI_MAKS characters. */
export function rapikanKueri(q: string): string {
  return rapikanTeks(q, KUERI_MAKS);
}

/**
 * The page state in its URL (read and written by src/lib/keadaan-url.ts):
 * `?q=stunting+balita&tema=a,b&sdg=3&urut=terbaru`. Filter values may come comma-joined (what the
 * island writes, as the catalogue does) or repeated (what a plain GET form with checkboxes sends);
 * the island passes the values its checkboxes offer as `dikenal`, so a stale link cannot select
 * an invisible filter.
 */
export const URL_CARI = {
  q: { jenis: 'teks', maks: KUERI_MAKS },
  saring: { jenis: 'kelompok', anggota: KUNCI_SARING },
  urut: { jenis: 'pilih', nilai: URUTAN, bawaan: 'relevansi' },
} as const satisfies SkemaUrl;

function jumlahSaring(s: Saring): number {
  return KUNCI_SARING.reduce((n, key) => n + (s[key]?.length ?? 0), 0);
}

export const adaPencarian = (k: KeadaanCari) => rapikanKueri(k.q) !== '' || jumlahSaring(k.saring) > 0;

/** Pagefind's filter object: OR within a group (`any`), AND across groups. */
export type FilterPagefind = Partial<Record<KunciSaring, { any: string[] }>>;

export function filterPagefind(s: Saring, kecuali?: KunciSaring): FilterPagefind {
  const out: FilterPagefind = {};
  for (const key of KUNCI_SARING) {
    const v = s[key];
    if (key !== kecuali && v?.length) out[key] = { any: [...v] };
  }
  return out;
}

/** The options of `pagefind.search(term, options)` this page uses. */
export interface OpsiPagefind {
  filters: FilterPagefind;
}

/** The options for `pagefind.search(term, options)`; `term` is null for filter-only browsing. */
export function permintaan(k: KeadaanCari, kecuali?: KunciSaring): { term: string | null; options: OpsiPagefind } {
  const q = rapikanKueri(k.q);
  return { term: q || null, options: { filters: filterPagefind(k.saring, kecuali) } };
}

/**
 * The groups whose counts need a search of their own. Pagefind's `filters` counts say how many
 * results remain if a value is added (AND) to the current filters; within a group the page ORs
 * its values, so a selected group's counts come from the same search without that group
 * (disjunctive faceting: ticking a second province widens, and its count says by how much).
 */
export function kelompokAktif(s: Saring): KunciSaring[] {
  return KUNCI_SARING.filter((key) => (s[key]?.length ?? 0) > 0);
}

export type Hitungan = Record<string, Record<string, number>>;

/** Counts per group: from the group's own search when it has a selection, else from the main one. */
export function gabungHitungan(utama: Hitungan, perKelompok: Partial<Record<KunciSaring, Hitungan>>): Record<KunciSaring, Record<string, number>> {
  const out = {} as Record<KunciSaring, Record<string, number>>;
  for (const key of KUNCI_SARING) out[key] = { ...(perKelompok[key]?.[key] ?? utama[key] ?? {}) };
  return out;
}

/** A Pagefind search as the counts need it: the remaining count per filter value. */
export type CariHitungan = (term: string | null, options: OpsiPagefind) => Promise<{ filters: Hitungan }>;

/**
 * The counts per group for a state: the main search's (or `utama`, when that search already
 * returned them), and for each ticked group one more search without it (see kelompokAktif).
 */
export async function hitungSaring(cari: CariHitungan, s: KeadaanCari, utama?: Hitungan): Promise<Record<KunciSaring, Record<string, number>>> {
  const { term, options } = permintaan(s);
  const main = utama ?? (await cari(term, options)).filters;
  const perKelompok: Partial<Record<KunciSaring, Hitungan>> = {};
  for (const key of kelompokAktif(s.saring)) {
    const p = permintaan(s, key);
    perKelompok[key] = (await cari(p.term, p.options)).filters;
  }
  return gabungHitungan(main, perKelompok);
}

/* ---------- results ---------- */

/** The subset of Pagefind's `result.data()` the page reads. */
export interface DataHasil {
  url: string;
  /** The page's indexed text. */
  content?: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}

export interface SubHasil {
  url: string;
  judul: string;
  cuplikan: string;
}

/** A search result card's fields (not a fit-finder result: that is HasilTemukan in temukan.ts). */
export interface HasilCari {
  url: string;
  judul: string;
  jenis?: string;
  instansi?: string;
  provinsi?: string;
  /** Start year (practices) or model year, shown because results can be sorted by it. */
  tahun?: string;
  headline?: string;
  alias?: string;
  ringkasan?: string;
  /** "menunggu tinjauan" for an entry not yet reviewed (src/lib/edisi.ts). */
  status?: string;
  /** Safe HTML: text plus <mark>. */
  cuplikan: string;
  sub: SubHasil[];
}

/**
 * A Pagefind excerpt made safe for innerHTML. Pagefind escapes the page text and adds only
 * `<mark>`/`</mark>`; this keeps exactly those (balanced, unnested) and escapes anything else, so
 * a crafted page or a future format change cannot inject markup.
 */
export function amankanCuplikan(excerpt: string): string {
  let out = '';
  let open = false;
  for (const part of excerpt.split(/(<\/?mark>)/gi)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (tag === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += escBerentitas(part);
    }
  }
  return open ? `${out}</mark>` : out;
}

/** Plain text of a (sanitised or Pagefind) excerpt, for comparisons. */
export function teksPolos(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const berisi = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/**
 * A result card's fields from Pagefind's data. Sub-results are the matching sections of the page
 * (headings with an id), at most `maksSub`, without the page-level one the card already shows.
 */
export function bentukHasil(d: DataHasil, labelJenis: Record<string, string> = {}, maksSub = 2): HasilCari {
  const jenisKode = d.filters?.['jenis']?.[0];
  const judul = berisi(d.meta['title']) ?? d.url;
  const sub = (d.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .slice(0, maksSub)
    .map((s) => ({ url: s.url, judul: s.title, cuplikan: amankanCuplikan(s.excerpt) }));
  const h: HasilCari = { url: d.url, judul, cuplikan: amankanCuplikan(d.excerpt), sub };
  const set = <K extends keyof HasilCari>(k: K, v: HasilCari[K] | undefined) => {
    if (v !== undefined) h[k] = v;
  };
  set('jenis', jenisKode ? (labelJenis[jenisKode] ?? jenisKode) : undefined);
  set('instansi', berisi(d.meta['instansi']));
  set('provinsi', berisi(d.meta['provinsi']));
  set('tahun', d.filters?.['tahun']?.[0]);
  set('headline', berisi(d.meta['headline']));
  set('alias', berisi(d.meta['alias']));
  set('status', berisi(d.meta['status']));
  const ringkasan = berisi(d.meta['ringkasan']);
  // On English entry pages the indexed text is the summary itself: showing both would repeat it.
  if (ringkasan && !teksPolos(ringkasan).includes(teksPolos(h.cuplikan).slice(0, 60))) h.ringkasan = ringkasan;
  return h;
}

export interface KataHasil {
  /** Label before the sub-results list, e.g. "Bagian yang cocok". */
  bagian: string;
  /** Label before aliases, e.g. "Juga dikenal sebagai". */
  alias: string;
  /** The page's language ('id' or 'en'), which is also that of its entries' summaries. */
  bahasaRingkasan: string;
}

/** One result as an `<li>`: every text escaped, excerpts sanitised. `level` keeps the outline. */
export function hasilHtml(h: HasilCari, kata: KataHasil, level: 2 | 3 = 3): string {
  // An entry's title, aliases and institution are Indonesian on every page: marked so on an
  // English page, a screen reader reads them with Indonesian pronunciation.
  const id = kata.bahasaRingkasan !== 'id' && h.jenis ? ' lang="id"' : '';
  const indonesia = (teks: string) => (id ? `<span${id}>${esc(teks)}</span>` : esc(teks));
  const judul = indonesia(h.judul);
  const meta = [h.jenis && esc(h.jenis), h.instansi && indonesia(h.instansi), h.provinsi && esc(h.provinsi), h.tahun && esc(h.tahun)].filter(Boolean).join(' · ');
  // A section's name ("Ringkasan") repeats from result to result: its link also names the entry
  // (hidden), so a list of the page's links tells them apart.
  const sub = h.sub.length
    ? `<ul class="cari-sub" aria-label="${esc(kata.bagian)}">${h.sub
        .map((s) => `<li><a href="${esc(s.url)}">${esc(s.judul)}<span class="sr-only"> (${judul})</span></a><p class="cuplikan">${s.cuplikan}</p></li>`)
        .join('')}</ul>`
    : '';
  return (
    `<li class="kartu cari-hasil">` +
    (meta ? `<p class="kecil muted">${meta}</p>` : '') +
    (h.status ? `<p class="lencana-status">${esc(h.status)}</p>` : '') +
    `<h${level} class="cari-judul"><a href="${esc(h.url)}"${id}>${esc(h.judul)}</a></h${level}>` +
    (h.alias ? `<p class="kecil">${esc(kata.alias)}: ${indonesia(h.alias)}</p>` : '') +
    (h.headline ? `<p class="headline">${esc(h.headline)}</p>` : '') +
    (h.ringkasan ? `<p lang="${esc(kata.bahasaRingkasan)}">${esc(h.ringkasan)}</p>` : '') +
    `<p class="cuplikan">${h.cuplikan}</p>` +
    sub +
    `</li>`
  );
}

/* ---------- announcements ---------- */

export interface KataStatus {
  /** "{0} hasil untuk “{1}”" (count, query) and its singular form. */
  hasilSatu: string;
  hasilBanyak: string;
  /** "{0} entri cocok dengan saringan" (no query) and its singular form. */
  saringSatu: string;
  saringBanyak: string;
  /** ", {0} saringan aktif" (filters on) appended when filters narrow a query, and its singular form. */
  saringAktifSatu: string;
  saringAktif: string;
  /** Appended when nothing is found and no filter is on. */
  kosong: string;
  /** Appended when nothing is found with filters on: removing them may help. */
  kosongSaring: string;
}

export interface KataUrut<U extends string = Urutan> {
  /** "Urutan: {0}." (the order's name), said after a list in an order other than the default. */
  urutan: string;
  /** Each order's name, as the sort list shows it. */
  namaUrutan: Record<U, string>;
}

/**
 * A live region's line (search or catalogue) in the reader's order: an order other than the list's
 * default is named, so a re-sort, which keeps the count, still changes what is said and confirms
 * the new order.
 */
export function denganUrutan<U extends string>(teks: string, n: number, urut: U, bawaan: U, w: KataUrut<U>): string {
  return n > 1 && urut !== bawaan ? `${teks} ${isi(w.urutan, w.namaUrutan[urut])}` : teks;
}

/** What the live region says after a search: "3 hasil untuk “stunting”, 1 saringan aktif." */
export function teksStatus(n: number, k: KeadaanCari, w: KataStatus): string {
  const q = rapikanKueri(k.q);
  const s = jumlahSaring(k.saring);
  let out = q ? isi(n === 1 ? w.hasilSatu : w.hasilBanyak, n, q) : isi(n === 1 ? w.saringSatu : w.saringBanyak, n);
  if (q && s) out += isi(s === 1 ? w.saringAktifSatu : w.saringAktif, s);
  out += '.';
  if (n === 0) out += ` ${s ? w.kosongSaring : w.kosong}`;
  return out;
}
