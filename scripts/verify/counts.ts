/**
 * "Nothing lost" gate: every published entry (status `terbit`) reaches every output, and no draft
 * reaches any. The outputs are the entry pages in both locales, the sitemap, the Pagefind index,
 * the open-data JSON (and CSV) and the catalogue index; each is compared by id, so a report names
 * the entries that are missing or leaked, not just two counts that differ.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
export type Expected = Record<'pagefind' | 'openData' | 'katalog' | 'feed', boolean>;

export interface CountsOptions {
  entries: readonly ContentEntry[];
  expected: Expected;
  /** A PREVIEW_DRAFTS=1 build publishes drafts on purpose. */
  previewDrafts?: boolean;
  /** The statuses the edition publishes (src/data/edisi.ts); only `terbit` when not given. */
  tampil?: readonly string[];
}

const isKoleksi = (k: unknown): k is KoleksiEntri => (KOLEKSI_ENTRI as readonly unknown[]).includes(k);

/**
 * An output is expected as soon as the code that produces it exists, so the gate fails (rather
 * than skips) when a producer stops writing its file. VERIFY_WAJIB=semua expects everything.
 */
export function detectExpected(root = process.cwd(), env = process.env): Expected {
  if (env.VERIFY_WAJIB === 'semua') return { pagefind: true, openData: true, katalog: true, feed: true };
  const exists = (...rels: string[]) => rels.some((rel) => existsSync(join(root, rel)));
  const read = (rel: string) => {
    try {
      return readFileSync(join(root, rel), 'utf8');
    } catch {
      return '';
    }
  };
  const integrations = exists('src/integrations') ? readdirSync(join(root, 'src/integrations')).map((f) => read(`src/integrations/${f}`)) : [];
  return {
    pagefind: read('astro.config.mjs').includes('pagefind') || read('package.json').includes('pagefind --site') || integrations.some((t) => /(from|import\()\s*['"]pagefind['"]/.test(t)),
    openData: exists('src/pages/data/entri.json.ts', 'src/pages/data/entri.json.js'),
    katalog: exists('src/pages/data/katalog-[berkas].json.ts'),
    feed: exists('src/pages/feed.xml.ts', 'src/pages/feed.xml.js', 'src/pages/[...lang]/feed.xml.ts'),
  };
}

/** The site path (without the base) of an entry page's key `locale:koleksi:id`: `en/praktik/x/`. */
function pathOfKey(key: string): string {
  const [locale, koleksi, id] = key.split(':') as ['id' | 'en', KoleksiEntri, string];
  return localePath(locale, entryPath(koleksi, id)).slice(1);
}

/** Entry pages among site paths (src/data/routes.ts), keyed `locale:koleksi:id`. */
function entryKeys(paths: readonly string[]): Set<string> {
  const pages = paths.map((p) => halamanEntri(p, KOLEKSI_ENTRI)).filter((h) => h !== undefined);
  return new Set(pages.map((h) => `${h.locale}:${h.koleksi}:${h.id}`));
}

/**
 * Read every Pagefind fragment: gzip, a `pagefind_dcd` signature, then JSON with the page's URL.
 * A fragment that cannot be read is left out and passed to `bad` (its path in the build, why).
 */
function pagefindUrls(dir: string, bad: (rel: string, reason: string) => void): string[] {
  const fragDir = join(dir, 'pagefind', 'fragment');
  if (!existsSync(fragDir)) return [];
  return readdirSync(fragDir)
    .sort()
    .flatMap((name) => {
      let url: unknown;
      try {
        url = (JSON.parse(gunzipSync(readFileSync(join(fragDir, name))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url?: unknown } | null)?.url;
      } catch (e) {
        bad(`pagefind/fragment/${name}`, (e as Error).message);
        return [];
      }
      if (typeof url === 'string' && url) return [url];
      bad(`pagefind/fragment/${name}`, 'tidak memuat "url"');
      return [];
    });
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
  const shown = (e: ContentEntry) => opts.previewDrafts || (opts.tampil ?? ['terbit']).includes(e.status);
  const published = opts.entries.filter(shown);
  const byKey = new Map(opts.entries.map((e) => [`${e.koleksi}:${e.id}`, e]));
  /** The content entry of a key `locale:koleksi:id`. */
  const entryOf = (key: string) => byKey.get(key.slice(key.indexOf(':') + 1));
  /** An error; with the key of the entry it is about, traced to that entry's file. */
  const fail = (page: string, message: string, key?: string) => {
    const e = key === undefined ? undefined : entryOf(key);
    findings.push({ gate: 'hitungan', level: 'error', page, message, ...(e ? { source: { file: e.file } } : {}) });
  };
  const warn = (page: string, message: string) => findings.push({ gate: 'hitungan', level: 'warning', page, message });
  /** A JSON file of the build, or undefined once reported as not JSON. */
  const readJson = (rel: string): unknown => {
    try {
      return JSON.parse(site.read(rel));
    } catch (e) {
      fail(`${site.base}${rel}`, `${rel} bukan JSON yang sah: ${(e as Error).message}`);
      return undefined;
    }
  };
  const want = new Set(published.flatMap((e) => LOCALES.map((l) => `${l}:${e.koleksi}:${e.id}`)));
  const label = (key: string) => {
    const e = entryOf(key);
    return `${site.base}${pathOfKey(key)}${e ? ` (${e.file}, status ${e.status})` : ' (tidak ada berkas konten dengan id ini)'}`;
  };
  /** Compare what an output holds with what it should hold, both ways. */
  const compare = (output: string, page: string, have: Set<string>, should: Set<string>) => {
    for (const k of should) if (!have.has(k)) fail(page, `${output}: entri terbit tidak ada: ${label(k)}`, k);
    for (const k of have) if (!should.has(k)) fail(page, `${output}: ${entryOf(k) ? `entri berstatus "${entryOf(k)!.status}" bocor` : 'entri yang tidak dikenal'}: ${label(k)}`, k);
    return `${have.size}/${should.size}`;
  };

  // 1. Entry pages written, in both locales.
  const pagePaths = site.htmlFiles().map((f) => site.sitePath(site.urlOf(f)));
  const pageCount = compare('halaman entri', site.base, entryKeys(pagePaths), want);

  // 2. Sitemap.
  let sitemapCount = 'tidak ada';
  const sitemaps = site.files.filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (!site.fileSet.has('sitemap-index.xml') || sitemaps.length === 0) fail('sitemap-index.xml', 'sitemap tidak ada di hasil build (@astrojs/sitemap)');
  else {
    const locs = sitemaps.flatMap((f) =>
      [...site.read(f).matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].flatMap((m) => {
        const u = URL.parse(m[1]!);
        if (!u) fail(`${site.base}${f}`, `${f}: <loc>${m[1]}</loc> bukan URL yang sah`);
        return u ? [site.sitePath(u.pathname)] : [];
      }),
    );
    sitemapCount = compare('sitemap', `${site.base}sitemap-index.xml`, entryKeys(locs), want);
  }

  // 3. Search records. A page is meant to be indexed when it marks a body for Pagefind; an
  //    Indonesian entry page must always be, since search is first of all in Indonesian.
  let searchCount = 'tidak diperiksa';
  if (site.fileSet.has('pagefind/pagefind-entry.json')) {
    const usesBody = pagePaths.length > 0 && site.htmlFiles().some((f) => site.read(f).includes('data-pagefind-body'));
    const shouldIndex = new Set<string>();
    for (const key of want) {
      const rel = `${pathOfKey(key)}index.html`;
      if (!site.fileSet.has(rel)) continue;
      if (!usesBody || site.read(rel).includes('data-pagefind-body')) shouldIndex.add(key);
      else if (key.startsWith('id:')) fail(site.urlOf(rel), 'halaman entri berbahasa Indonesia tidak menandai isi untuk Pagefind (data-pagefind-body), jadi tidak akan ditemukan lewat pencarian', key);
    }
    const unreadable = (rel: string, reason: string) => fail(`${site.base}pagefind/`, `${rel} bukan fragmen Pagefind yang sah: ${reason}`);
    const indexed = entryKeys(pagefindUrls(site.dir, unreadable).map((u) => site.sitePath(u.startsWith(site.base) ? u : `${site.base}${u.replace(/^\//, '')}`)));
    searchCount = compare('indeks pencarian (Pagefind)', `${site.base}pagefind/`, indexed, shouldIndex);
  } else if (opts.expected.pagefind) {
    fail(`${site.base}pagefind/pagefind-entry.json`, 'indeks Pagefind tidak ada, padahal build memuat integrasi Pagefind: entri tidak dapat dicari');
  } else {
    warn(`${site.base}pagefind/`, 'indeks Pagefind belum diperiksa: belum ada integrasi Pagefind di astro.config.mjs, package.json atau src/integrations (setel VERIFY_WAJIB=semua untuk mewajibkannya)');
  }

  // 4. Open data: /data/entri.json is `{ versi_skema, entri: [{ id, jenis_entri, … }] }`; entri.csv has the same rows.
  let dataCount = 'tidak diperiksa';
  const wantRows = new Set(published.map((e) => `id:${e.koleksi}:${e.id}`));
  if (site.fileSet.has('data/entri.json')) {
    const page = `${site.base}data/entri.json`;
    const obj = readJson('data/entri.json') as { versi_skema?: unknown; entri?: unknown } | null | undefined;
    if (obj !== undefined && (typeof obj !== 'object' || obj === null || typeof obj.versi_skema !== 'string' || !Array.isArray(obj.entri))) {
      fail(page, 'data/entri.json harus berbentuk { "versi_skema": string, "entri": [ { "id", "jenis_entri", … } ] }');
    } else if (obj) {
      const rows = obj.entri as { id?: unknown; jenis_entri?: unknown }[];
      const have = new Set<string>();
      rows.forEach((r, i) => {
        const key = `id:${r?.jenis_entri}:${r?.id}`;
        if (typeof r?.id !== 'string' || typeof r?.jenis_entri !== 'string') fail(page, `entri[${i}] tanpa "id" atau "jenis_entri" berupa string`);
        else if (isKoleksi(r.jenis_entri) && have.has(key)) fail(page, `entri[${i}]: baris ganda untuk ${r.jenis_entri} "${r.id}"`);
        else if (isKoleksi(r.jenis_entri)) have.add(key);
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
        const [idCol, typeCol] = [header.indexOf('id'), header.indexOf('jenis_entri')];
        if (csv && (idCol < 0 || typeCol < 0)) fail(csvPage, `entri.csv harus punya kolom "id" dan "jenis_entri" (kepala: ${header.join(', ')})`);
        else if (csv) {
          const csvHave = new Set(csv.slice(1).filter((r) => isKoleksi(r[typeCol])).map((r) => `id:${r[typeCol]}:${r[idCol]}`));
          if (csv.length - 1 !== rows.length) fail(csvPage, `entri.csv punya ${csv.length - 1} baris data, entri.json ${rows.length}`);
          compare('data terbuka entri.csv', csvPage, csvHave, wantRows);
        }
      } else if (opts.expected.openData) fail(`${site.base}data/entri.csv`, 'data/entri.csv tidak ada di hasil build');
    }
  } else if (opts.expected.openData) {
    fail(`${site.base}data/entri.json`, 'data/entri.json tidak ada di hasil build, padahal src/pages/data/entri.json.ts ada');
  } else {
    warn(`${site.base}data/entri.json`, 'data terbuka belum diperiksa: src/pages/data/entri.json.ts belum ada (setel VERIFY_WAJIB=semua untuk mewajibkannya)');
  }

  // 5. The catalogue island's index, one file per collection and locale.
  if (opts.expected.katalog || site.files.some((f) => /^data\/katalog-(praktik|model)-(id|en)\.json$/.test(f))) {
    for (const koleksi of KOLEKSI_ENTRI) {
      for (const locale of LOCALES) {
        const rel = `data/katalog-${koleksi}-${locale}.json`;
        if (!site.fileSet.has(rel)) {
          fail(`${site.base}${rel}`, `${rel} tidak ada di hasil build: saringan katalog tidak akan berfungsi`);
          continue;
        }
        const page = `${site.base}${rel}`;
        const rows = readJson(rel);
        if (rows === undefined) continue;
        if (!Array.isArray(rows)) {
          fail(page, `${rel} harus berbentuk [ { "id": string, … } ]`);
          continue;
        }
        const have = new Set<string>();
        rows.forEach((r: unknown, i) => {
          const id = (r as { id?: unknown } | null)?.id;
          if (typeof id === 'string') have.add(`${locale}:${koleksi}:${id}`);
          else fail(page, `${rel}: [${i}] tanpa "id" berupa string`);
        });
        compare(`indeks katalog ${rel}`, page, have, new Set(published.filter((e) => e.koleksi === koleksi).map((e) => `${locale}:${koleksi}:${e.id}`)));
      }
    }
  }

  // 6. The feeds (one per language) list recent changes only, so only leaks are checked.
  for (const feed of ['feed.xml', 'en/feed.xml']) {
    if (site.fileSet.has(feed)) {
      const links = [...site.read(feed).matchAll(/<(?:link|guid)[^>]*>\s*([^<\s]+)\s*<\/(?:link|guid)>/g)].map((m) => site.sitePath(URL.parse(m[1]!)?.pathname ?? ''));
      for (const key of entryKeys(links)) if (!want.has(key)) fail(`${site.base}${feed}`, `umpan: entri yang tidak terbit bocor: ${label(key)}`, key);
    } else if (opts.expected.feed) fail(`${site.base}${feed}`, `${feed} tidak ada di hasil build, padahal rutenya ada di src/pages`);
  }

  const perKoleksi = KOLEKSI_ENTRI.map((k) => `${published.filter((e) => e.koleksi === k).length} ${k}`).join(', ');
  const summary = `${published.length} entri terbit (${perKoleksi}), ${opts.entries.length - published.length} draf/tinjauan; halaman ${pageCount}, sitemap ${sitemapCount}, indeks pencarian ${searchCount}, data terbuka ${dataCount}.`;
  return { gate: 'hitungan', findings, summary: [summary] };
}

/** Entries from the content checker (the same files and statuses the build reads). */
export async function contentEntries(root: string, contentDir: string): Promise<ContentEntry[]> {
  const { checkContentBertahap } = await import('../../src/validate/run.ts');
  const { entries } = await checkContentBertahap({ root, contentDir: resolve(root, contentDir) });
  return entries
    .filter((e) => isKoleksi(e.koleksi))
    .map((e) => ({ koleksi: e.koleksi as KoleksiEntri, id: e.astroId, status: e.status ?? '(tanpa status)', file: e.file }));
}
