/**
 * "Nothing lost" gate: every published entry (status `terbit`) reaches every output, and no draft
 * reaches any. The outputs are the entry pages in both locales, the sitemap, the Pagefind index,
 * the open-data JSON (and CSV) and the catalogue index; each is compared by id, so a report names
 * the entries that are missing or leaked, not just two counts that differ.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { entryPath, halamanEntri, KOLEKSI_ENTRI, localePath, LOCALES, type KoleksiEntri } from '../../src/data/routes.ts';
import type { Finding, GateResult } from './problem.ts';
import type { Site } from './site.ts';


export interface ContentEntry {
  koleksi: KoleksiEntri;
  id: string;
  status: string;
  /** Source file, for the report. */
  file: string;
}

/** Which generated outputs the build is expected to contain. */
export interface Expected {
  pagefind: boolean;
  openData: boolean;
  katalog: boolean;
  feed: boolean;
}

export interface CountsOptions {
  entries: readonly ContentEntry[];
  expected: Expected;
  /** A PREVIEW_DRAFTS=1 build publishes drafts on purpose. */
  previewDrafts?: boolean;
  /** The statuses the edition publishes (src/data/edisi.ts); only `terbit` when not given. */
  tampil?: readonly string[];
}

const exists = (root: string, rel: string) => existsSync(join(root, rel));
const mentions = (root: string, rel: string, word: string | RegExp) => {
  try {
    const text = readFileSync(join(root, rel), 'utf8');
    return typeof word === 'string' ? text.includes(word) : word.test(text);
  } catch {
    return false;
  }
};

/**
 * An output is expected as soon as the code that produces it exists, so the gate fails (rather
 * than skips) when a producer stops writing its file. VERIFY_WAJIB=semua expects everything.
 */
export function detectExpected(root = process.cwd(), env = process.env): Expected {
  if (env.VERIFY_WAJIB === 'semua') return { pagefind: true, openData: true, katalog: true, feed: true };
  const integrations = exists(root, 'src/integrations') ? readdirSync(join(root, 'src/integrations')).map((f) => `src/integrations/${f}`) : [];
  return {
    pagefind: mentions(root, 'astro.config.mjs', 'pagefind') || mentions(root, 'package.json', 'pagefind --site') || integrations.some((f) => mentions(root, f, /(from|import\()\s*['"]pagefind['"]/)),
    openData: ['src/pages/data/entri.json.ts', 'src/pages/data/entri.json.js'].some((f) => exists(root, f)),
    katalog: exists(root, 'src/pages/data/katalog-[berkas].json.ts'),
    feed: ['src/pages/feed.xml.ts', 'src/pages/feed.xml.js', 'src/pages/[...lang]/feed.xml.ts'].some((f) => exists(root, f)),
  };
}

/** The site path (without the base) of an entry page's key `locale:koleksi:id`: `en/praktik/x/`. */
function pathOfKey(key: string): string {
  const [locale, koleksi, id] = key.split(':') as ['id' | 'en', KoleksiEntri, string];
  return localePath(locale, entryPath(koleksi, id)).slice(1);
}

/** Entry pages among site paths (src/data/routes.ts), keyed `locale:koleksi:id`. */
function entryKeys(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    const h = halamanEntri(p, KOLEKSI_ENTRI);
    if (h) out.add(`${h.locale}:${h.koleksi}:${h.id}`);
  }
  return out;
}

/** Read every Pagefind fragment: gzip, a `pagefind_dcd` signature, then JSON with the page's URL. */
export function pagefindUrls(dir: string): string[] {
  const fragDir = join(dir, 'pagefind', 'fragment');
  if (!existsSync(fragDir)) return [];
  const urls: string[] = [];
  for (const name of readdirSync(fragDir).sort()) {
    let text = gunzipSync(readFileSync(join(fragDir, name))).toString('utf8');
    if (text.startsWith('pagefind_dcd')) text = text.slice('pagefind_dcd'.length);
    const url = (JSON.parse(text) as { url?: string }).url;
    if (url) urls.push(url);
  }
  return urls;
}

/**
 * Rows of a CSV file, read by csv-parse (RFC 4180: quoted cells with commas, doubled quotes and
 * line breaks), with the BOM the product writes for spreadsheets, CRLF or LF. Throws on a file
 * that is not CSV (an unclosed quote, rows of different lengths), which the gate reports.
 */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] });
}

export function checkCounts(site: Site, opts: CountsOptions): GateResult {
  const findings: Finding[] = [];
  const summary: string[] = [];
  const fail = (page: string, message: string, extra: Partial<Finding> = {}) => findings.push({ gate: 'hitungan', level: 'error', page, message, ...extra });
  const shown = (e: ContentEntry) => opts.previewDrafts || (opts.tampil ?? ['terbit']).includes(e.status);
  const published = opts.entries.filter(shown);
  const drafts = opts.entries.filter((e) => !shown(e));
  const byKey = new Map(opts.entries.map((e) => [`${e.koleksi}:${e.id}`, e]));
  const want = new Set(published.flatMap((e) => LOCALES.map((l) => `${l}:${e.koleksi}:${e.id}`)));
  const label = (key: string) => {
    const e = byKey.get(key.split(':').slice(1).join(':'));
    return `${site.base}${pathOfKey(key)}${e ? ` (${e.file}, status ${e.status})` : ' (tidak ada berkas konten dengan id ini)'}`;
  };
  /** Compare what an output holds with what it should hold, both ways. */
  const compare = (output: string, page: string, have: Set<string>, should: Set<string>) => {
    const missing = [...should].filter((k) => !have.has(k));
    const extra = [...have].filter((k) => !should.has(k));
    for (const k of missing) fail(page, `${output}: entri terbit tidak ada: ${label(k)}`, sourceOf(k));
    for (const k of extra) {
      const e = byKey.get(k.split(':').slice(1).join(':'));
      fail(page, `${output}: ${e ? `entri berstatus "${e.status}" bocor` : 'entri yang tidak dikenal'}: ${label(k)}`, sourceOf(k));
    }
    return `${have.size}/${should.size}`;
  };
  const sourceOf = (key: string): Partial<Finding> => {
    const e = byKey.get(key.split(':').slice(1).join(':'));
    return e ? { source: { file: e.file } } : {};
  };

  // 1. Entry pages written, in both locales.
  const pagePaths = site.htmlFiles().map((f) => site.sitePath(site.urlOf(f)));
  const pages = entryKeys(pagePaths);
  const pageCount = compare('halaman entri', site.base, pages, want);

  // 2. Sitemap.
  let sitemapCount = 'tidak ada';
  const sitemaps = site.files.filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (!site.fileSet.has('sitemap-index.xml') || sitemaps.length === 0) fail('sitemap-index.xml', 'sitemap tidak ada di hasil build (@astrojs/sitemap)');
  else {
    const locs = sitemaps.flatMap((f) => [...site.read(f).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    sitemapCount = compare('sitemap', `${site.base}sitemap-index.xml`, entryKeys(locs.map((p) => site.sitePath(p))), want);
  }

  // 3. Search records. A page is meant to be indexed when it marks a body for Pagefind; an
  //    Indonesian entry page must always be, since search is first of all in Indonesian.
  let searchCount = 'tidak diperiksa';
  if (site.fileSet.has('pagefind/pagefind-entry.json')) {
    const usesBody = pagePaths.length > 0 && site.htmlFiles().some((f) => site.read(f).includes('data-pagefind-body'));
    const shouldIndex = new Set<string>();
    for (const key of want) {
      const locale = key.split(':')[0];
      const rel = `${pathOfKey(key)}index.html`;
      if (!site.fileSet.has(rel)) continue;
      const marked = !usesBody || site.read(rel).includes('data-pagefind-body');
      if (marked) shouldIndex.add(key);
      else if (locale === 'id') fail(site.urlOf(rel), 'halaman entri berbahasa Indonesia tidak menandai isi untuk Pagefind (data-pagefind-body), jadi tidak akan ditemukan lewat pencarian', sourceOf(key));
    }
    const indexed = entryKeys(pagefindUrls(site.dir).map((u) => site.sitePath(u.startsWith(site.base) ? u : `${site.base}${u.replace(/^\//, '')}`)));
    searchCount = compare('indeks pencarian (Pagefind)', `${site.base}pagefind/`, indexed, shouldIndex);
  } else if (opts.expected.pagefind) {
    fail(`${site.base}pagefind/pagefind-entry.json`, 'indeks Pagefind tidak ada, padahal build memuat integrasi Pagefind: entri tidak dapat dicari');
  } else {
    findings.push({ gate: 'hitungan', level: 'warning', page: `${site.base}pagefind/`, message: 'indeks Pagefind belum diperiksa: belum ada integrasi Pagefind di astro.config.mjs, package.json atau src/integrations (setel VERIFY_WAJIB=semua untuk mewajibkannya)' });
  }

  // 4. Open data: /data/entri.json is `{ versi_skema, entri: [{ id, jenis_entri, … }] }`; entri.csv has the same rows.
  let dataCount = 'tidak diperiksa';
  const wantRows = new Set(published.map((e) => `id:${e.koleksi}:${e.id}`));
  if (site.fileSet.has('data/entri.json')) {
    const page = `${site.base}data/entri.json`;
    let json: unknown;
    try {
      json = JSON.parse(site.read('data/entri.json'));
    } catch (e) {
      fail(page, `data/entri.json bukan JSON yang sah: ${(e as Error).message}`);
    }
    const obj = json as { versi_skema?: unknown; entri?: unknown } | undefined;
    if (obj !== undefined && (typeof obj !== 'object' || obj === null || typeof obj.versi_skema !== 'string' || !Array.isArray(obj.entri))) {
      fail(page, 'data/entri.json harus berbentuk { "versi_skema": string, "entri": [ { "id", "jenis_entri", … } ] }');
    } else if (obj) {
      const rows = obj.entri as { id?: unknown; jenis_entri?: unknown }[];
      const have = new Set<string>();
      rows.forEach((r, i) => {
        if (typeof r?.id !== 'string' || typeof r?.jenis_entri !== 'string') {
          fail(page, `entri[${i}] tanpa "id" atau "jenis_entri" berupa string`);
        } else if ((KOLEKSI_ENTRI as readonly string[]).includes(r.jenis_entri)) {
          const key = `id:${r.jenis_entri}:${r.id}`;
          if (have.has(key)) fail(page, `entri[${i}]: baris ganda untuk ${r.jenis_entri} "${r.id}"`);
          have.add(key);
        }
      });
      dataCount = compare('data terbuka entri.json', page, have, wantRows);
      if (site.fileSet.has('data/entri.csv')) {
        const csvPage = `${site.base}data/entri.csv`;
        let csv: string[][] | undefined;
        try {
          csv = parseCsv(site.read('data/entri.csv')).filter((r) => r.some((c) => c !== ''));
        } catch (e) {
          fail(csvPage, `data/entri.csv bukan CSV yang sah: ${(e as Error).message}`);
        }
        const header = csv?.[0] ?? [];
        const idCol = header.indexOf('id');
        const typeCol = header.indexOf('jenis_entri');
        if (!csv) {
          // Not CSV: reported above.
        } else if (idCol < 0 || typeCol < 0) fail(csvPage, `entri.csv harus punya kolom "id" dan "jenis_entri" (kepala: ${header.join(', ')})`);
        else {
          const csvHave = new Set(csv.slice(1).filter((r) => (KOLEKSI_ENTRI as readonly string[]).includes(r[typeCol] ?? '')).map((r) => `id:${r[typeCol]}:${r[idCol]}`));
          if (csv.length - 1 !== rows.length) fail(csvPage, `entri.csv punya ${csv.length - 1} baris data, entri.json ${rows.length}`);
          compare('data terbuka entri.csv', csvPage, csvHave, wantRows);
        }
      } else if (opts.expected.openData) fail(`${site.base}data/entri.csv`, 'data/entri.csv tidak ada di hasil build');
    }
  } else if (opts.expected.openData) {
    fail(`${site.base}data/entri.json`, 'data/entri.json tidak ada di hasil build, padahal src/pages/data/entri.json.ts ada');
  } else {
    findings.push({ gate: 'hitungan', level: 'warning', page: `${site.base}data/entri.json`, message: 'data terbuka belum diperiksa: src/pages/data/entri.json.ts belum ada (setel VERIFY_WAJIB=semua untuk mewajibkannya)' });
  }

  // 5. The catalogue island's index, one file per collection and locale.
  const katalogFiles = site.files.filter((f) => /^data\/katalog-(praktik|model)-(id|en)\.json$/.test(f));
  if (opts.expected.katalog || katalogFiles.length) {
    for (const koleksi of KOLEKSI_ENTRI) {
      for (const locale of LOCALES) {
        const rel = `data/katalog-${koleksi}-${locale}.json`;
        const page = `${site.base}${rel}`;
        if (!site.fileSet.has(rel)) {
          fail(page, `${rel} tidak ada di hasil build: saringan katalog tidak akan berfungsi`);
          continue;
        }
        const records = JSON.parse(site.read(rel)) as { id?: string }[];
        const have = new Set(records.map((r) => `${locale}:${koleksi}:${r.id}`));
        compare(`indeks katalog ${rel}`, page, have, new Set(published.filter((e) => e.koleksi === koleksi).map((e) => `${locale}:${koleksi}:${e.id}`)));
      }
    }
  }

  // 6. The feed lists recent changes only, so only leaks are checked.
  if (site.fileSet.has('feed.xml')) {
    const links = [...site.read('feed.xml').matchAll(/<(?:link|guid)[^>]*>\s*([^<\s]+)\s*<\/(?:link|guid)>/g)].map((m) => {
      try {
        return site.sitePath(new URL(m[1]!).pathname);
      } catch {
        return '';
      }
    });
    for (const key of entryKeys(links)) if (!want.has(key)) fail(`${site.base}feed.xml`, `umpan: entri yang tidak terbit bocor: ${label(key)}`, sourceOf(key));
  } else if (opts.expected.feed) fail(`${site.base}feed.xml`, 'feed.xml tidak ada di hasil build, padahal rutenya ada di src/pages');

  summary.push(
    `${published.length} entri terbit (${KOLEKSI_ENTRI.map((k) => `${published.filter((e) => e.koleksi === k).length} ${k}`).join(', ')}), ${drafts.length} draf/tinjauan; ` +
      `halaman ${pageCount}, sitemap ${sitemapCount}, indeks pencarian ${searchCount}, data terbuka ${dataCount}.`,
  );
  return { gate: 'hitungan', findings, summary };
}

/** Entries from the content checker (the same files and statuses the build reads). */
export async function contentEntries(root: string, contentDir: string): Promise<ContentEntry[]> {
  const { checkContent } = await import('../../src/validate/run.ts');
  const { entries } = checkContent({ root, contentDir });
  return entries
    .filter((e) => (KOLEKSI_ENTRI as readonly string[]).includes(e.koleksi))
    .map((e) => ({ koleksi: e.koleksi as KoleksiEntri, id: e.astroId, status: e.status ?? '(tanpa status)', file: e.file }));
}
