/**
 * Full-text search: the pure part. The state of the /cari/ page and its URL, the mapping of that
 * state onto Pagefind's search options, filter counts, and the shaping and safe rendering of
 * results. The island (src/scripts/cari.ts) only wires these to the DOM and to Pagefind; the build
 * (IndeksCari.astro, the /cari/ page) uses the same keys, so the index, the form and the URL can
 * never name a filter differently.
 */
import { esc } from './kartu-html.ts';

/**
 * Filter groups, in the order the page shows them. Values are vocabulary slugs (the same codes the
 * catalogue's facets and URLs use), so a link keeps its filters when the reader switches language.
 */
export const KUNCI_SARING = ['jenis', 'tema', 'prioritas', 'provinsi', 'instansi', 'sdg', 'bukti', 'biaya', 'tahun', 'penghargaan'] as const;
export type KunciSaring = (typeof KUNCI_SARING)[number];

/** Sort orders. `relevansi` is Pagefind's ranking; the others use the pages' sort keys. */
export const URUTAN = ['relevansi', 'terbaru', 'terlama', 'diperbarui'] as const;
export type Urutan = (typeof URUTAN)[number];

/** Pagefind sort keys written by IndeksCari.astro (`data-pagefind-sort`). */
export const KUNCI_URUT = { tahun: 'tahun', diperbarui: 'diperbarui' } as const;

/** The name of the URL parameter that carries the terms to highlight on the target page. */
export const PARAM_SOROT = 'highlight';

/** Longest query kept from a URL; longer input is cut, not rejected. */
export const KUERI_MAKS = 200;

export type Saring = Partial<Record<KunciSaring, string[]>>;

export interface KeadaanCari {
  q: string;
  saring: Saring;
  urut: Urutan;
}

export const KEADAAN_KOSONG: KeadaanCari = { q: '', saring: {}, urut: 'relevansi' };

/** Trim, collapse whitespace, cut to KUERI_MAKS characters. */
export function rapikanKueri(q: string): string {
  return q.replace(/\s+/g, ' ').trim().slice(0, KUERI_MAKS).trim();
}

/**
 * The page state from a query string: `?q=stunting&tema=a,b&sdg=3&urut=terbaru`.
 * Values may be comma-joined (what the island writes, as the catalogue does) or repeated
 * (what a plain GET form with checkboxes sends). Unknown keys are ignored; when `dikenal` is
 * given, values it does not list are dropped, so a stale link cannot select an invisible filter.
 */
export function keadaanDariUrl(params: URLSearchParams, dikenal?: Partial<Record<KunciSaring, readonly string[]>>): KeadaanCari {
  const saring: Saring = {};
  for (const key of KUNCI_SARING) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    const allowed = dikenal?.[key];
    const kept = [...new Set(allowed ? values.filter((v) => allowed.includes(v)) : values)];
    if (kept.length) saring[key] = kept;
  }
  const u = params.get('urut') ?? '';
  const urut = (URUTAN as readonly string[]).includes(u) ? (u as Urutan) : 'relevansi';
  return { q: rapikanKueri(params.get('q') ?? ''), saring, urut };
}

/** The query string of a state, '' when empty; keys in a fixed order so equal states give equal URLs. */
export function keadaanKeUrl(k: KeadaanCari): string {
  const params = new URLSearchParams();
  const q = rapikanKueri(k.q);
  if (q) params.set('q', q);
  for (const key of KUNCI_SARING) {
    const v = k.saring[key];
    if (v?.length) params.set(key, v.join(','));
  }
  if (k.urut !== 'relevansi') params.set('urut', k.urut);
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export function jumlahSaring(s: Saring): number {
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

export function urutPagefind(u: Urutan): Record<string, 'asc' | 'desc'> | undefined {
  switch (u) {
    case 'terbaru':
      return { [KUNCI_URUT.tahun]: 'desc' };
    case 'terlama':
      return { [KUNCI_URUT.tahun]: 'asc' };
    case 'diperbarui':
      return { [KUNCI_URUT.diperbarui]: 'desc' };
    case 'relevansi':
      return undefined;
  }
}

/** The options for `pagefind.search(term, options)`; `term` is null for filter-only browsing. */
export function permintaan(k: KeadaanCari, kecuali?: KunciSaring): { term: string | null; options: { filters: FilterPagefind; sort?: Record<string, 'asc' | 'desc'> } } {
  const q = rapikanKueri(k.q);
  const sort = urutPagefind(k.urut);
  return { term: q || null, options: { filters: filterPagefind(k.saring, kecuali), ...(sort ? { sort } : {}) } };
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

/* ---------- results ---------- */

/** The subset of Pagefind's `result.data()` the page reads. */
export interface DataHasil {
  url: string;
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

export interface Hasil {
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

const ENTITAS = /&(?![a-zA-Z][a-zA-Z0-9]{1,31};|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)/g;

/** Escape text that may already hold entities: keep `&amp;`, escape a bare `&`, and every `<`, `>`, `"`. */
function escTeks(s: string): string {
  return s.replace(ENTITAS, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
      out += escTeks(part);
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

const isi = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/**
 * A result card's fields from Pagefind's data. Sub-results are the matching sections of the page
 * (headings with an id), at most `maksSub`, without the page-level one the card already shows.
 */
export function bentukHasil(d: DataHasil, labelJenis: Record<string, string> = {}, maksSub = 2): Hasil {
  const jenisKode = d.filters?.['jenis']?.[0];
  const judul = isi(d.meta['title']) ?? d.url;
  const sub = (d.sub_results ?? [])
    .filter((s) => s.url.includes('#'))
    .slice(0, maksSub)
    .map((s) => ({ url: s.url, judul: s.title, cuplikan: amankanCuplikan(s.excerpt) }));
  const h: Hasil = { url: d.url, judul, cuplikan: amankanCuplikan(d.excerpt), sub };
  const set = <K extends keyof Hasil>(k: K, v: Hasil[K] | undefined) => {
    if (v !== undefined) h[k] = v;
  };
  set('jenis', jenisKode ? (labelJenis[jenisKode] ?? jenisKode) : undefined);
  set('instansi', isi(d.meta['instansi']));
  set('provinsi', isi(d.meta['provinsi']));
  set('tahun', d.filters?.['tahun']?.[0]);
  set('headline', isi(d.meta['headline']));
  set('alias', isi(d.meta['alias']));
  set('status', isi(d.meta['status']));
  const ringkasan = isi(d.meta['ringkasan']);
  // On English entry pages the indexed text is the summary itself: showing both would repeat it.
  if (ringkasan && !teksPolos(ringkasan).includes(teksPolos(h.cuplikan).slice(0, 60))) h.ringkasan = ringkasan;
  return h;
}

export interface KataHasil {
  /** Label before the sub-results list, e.g. "Bagian yang cocok". */
  bagian: string;
  /** Label before aliases, e.g. "Juga dikenal sebagai". */
  alias: string;
  /** Language of summaries on this page's entries ('id' or 'en'). */
  bahasaRingkasan: string;
}

/** One result as an `<li>`: every text escaped, excerpts sanitised. `level` keeps the outline. */
export function hasilHtml(h: Hasil, kata: KataHasil, level: 2 | 3 = 3): string {
  const meta = [h.jenis, h.instansi, h.provinsi, h.tahun].filter((v): v is string => Boolean(v)).map(esc).join(' · ');
  const sub = h.sub.length
    ? `<ul class="cari-sub" aria-label="${esc(kata.bagian)}">${h.sub
        .map((s) => `<li><a href="${esc(s.url)}">${esc(s.judul)}</a><p class="cuplikan">${s.cuplikan}</p></li>`)
        .join('')}</ul>`
    : '';
  return (
    `<li class="kartu cari-hasil">` +
    (meta ? `<p class="kecil muted">${meta}</p>` : '') +
    (h.status ? `<p class="lencana-status">${esc(h.status)}</p>` : '') +
    `<h${level} class="cari-judul"><a href="${esc(h.url)}">${esc(h.judul)}</a></h${level}>` +
    (h.alias ? `<p class="kecil">${esc(kata.alias)}: ${esc(h.alias)}</p>` : '') +
    (h.headline ? `<p class="headline">${esc(h.headline)}</p>` : '') +
    (h.ringkasan ? `<p lang="${esc(kata.bahasaRingkasan)}">${esc(h.ringkasan)}</p>` : '') +
    `<p class="cuplikan">${h.cuplikan}</p>` +
    sub +
    `</li>`
  );
}

/* ---------- announcements ---------- */

export interface KataStatus {
  /** "{n} hasil untuk “{q}”" and its singular form. */
  hasilSatu: string;
  hasilBanyak: string;
  /** "{n} entri cocok dengan saringan" (no query) and its singular form. */
  saringSatu: string;
  saringBanyak: string;
  /** ", {s} saringan aktif" appended when filters narrow a query, and its singular form. */
  saringAktifSatu: string;
  saringAktif: string;
  /** Appended when nothing is found. */
  kosong: string;
}

/** Fill `{name}` placeholders. */
export function isiTemplat(t: string, vars: Record<string, string | number>): string {
  return t.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** What the live region says after a search: "3 hasil untuk “stunting”, 1 saringan aktif." */
export function teksStatus(n: number, k: KeadaanCari, w: KataStatus): string {
  const q = rapikanKueri(k.q);
  const s = jumlahSaring(k.saring);
  let out = q ? isiTemplat(n === 1 ? w.hasilSatu : w.hasilBanyak, { n, q }) : isiTemplat(n === 1 ? w.saringSatu : w.saringBanyak, { n, s });
  if (q && s) out += isiTemplat(s === 1 ? w.saringAktifSatu : w.saringAktif, { s });
  out += '.';
  if (n === 0) out += ` ${w.kosong}`;
  return out;
}
