/**
 * What a build produced and what a reader downloads: the output's size, and each page's first load
 * without search as the budgets gate finds it (scripts/verify/budgets.ts FirstLoad: stylesheets,
 * scripts with their static imports, preloads, fonts, eager images; gzip for text), so the
 * benchmark and `npm test` weigh a page alike. Added here: raw sizes, where the HTML's bytes go,
 * and which scripts may load more at run time. The first search query is measured in Chromium
 * (search.ts).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { halamanEntri, type KoleksiEntri } from '../../src/data/routes.ts';
import { FirstLoad, wireSize, type ResourceKind } from '../verify/budgets.ts';
import { Site } from '../verify/site.ts';
import { measureFirstQueries, type QueryLoad } from './search.ts';

export interface Request {
  url: string;
  kind: ResourceKind | 'missing';
  raw: number | null;
  gzip: number | null;
  /** Found in the output folder; a reference to a missing file has no size. */
  found: boolean;
}

export interface PageWeight {
  path: string;
  raw: number;
  gzip: number;
  requests: Request[];
  requestCount: number;
  /** Sum of gzip bytes of every request (HTML included); files not found count 0. */
  transferGzip: number;
  transferRaw: number;
  /** Same, leaving out the favicon (fetched at low priority, cached across the site). */
  requestCountWithoutIcon: number;
  transferGzipWithoutIcon: number;
  /** Inline <script> and <style> bytes inside the HTML. */
  inlineScriptBytes: number;
  inlineStyleBytes: number;
  /** JS files (or the page's inline script) that call fetch() or import(): they may load more than the static analysis sees. */
  dynamicLoaders: string[];
  /** Site files named in the page's inline JSON or its scripts (e.g. a catalogue index) that a script may fetch; not counted above. */
  possibleFetches: { url: string; raw: number; gzip: number }[];
  /** Where the HTML's bytes go (raw bytes). */
  composition: Composition;
}

export type Composition = ReturnType<typeof composition>;

function composition(html: string) {
  const len = (re: RegExp) => [...html.matchAll(re)].reduce((a, m) => a + Buffer.byteLength(m[0]), 0);
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? '';
  return {
    head: len(/<head\b[\s\S]*?<\/head>/gi),
    jsonLd: len(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi),
    inlineScript: len(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>/gi),
    header: len(/<header\b[\s\S]*?<\/header>/gi),
    main: Buffer.byteLength(main),
    // Text inside <main> once tags are removed: the part no template change can shrink.
    mainText: Buffer.byteLength(main.replace(/<[^>]*>/g, '')),
    footer: len(/<footer\b[\s\S]*?<\/footer>/gi),
  };
}

const sum = (list: readonly Request[], k: 'gzip' | 'raw') => list.reduce((a, r) => a + (r[k] ?? 0), 0);

/** One page's first load without search. */
export function pageWeight(site: Site, loads: FirstLoad, rel: string): PageWeight | null {
  if (!site.fileSet.has(rel)) return null;
  const load = loads.of(rel);
  const requests: Request[] = [
    ...load.resources.map((r) => ({ url: `/${r.file}`, kind: r.kind, raw: statSync(join(site.dir, r.file)).size, gzip: r.bytes, found: true })),
    ...load.missing.map((url) => ({ url, kind: 'missing' as const, raw: null, gzip: null, found: false })),
  ];
  const html = site.read(rel);
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc\s*=/i.test(m[1]!) && !/type\s*=\s*["']?application\/(?:ld\+)?json/i.test(m[1]!));
  const scripts = [...inline.map((m) => ({ url: '(inline script)', text: m[2]! })), ...load.resources.filter((r) => r.kind === 'js').map((r) => ({ url: `/${r.file}`, text: site.read(r.file) }))];
  // Site paths to data files in inline JSON config or in the page's scripts: candidates for fetch().
  const possibleFetches: PageWeight['possibleFetches'] = [];
  for (const m of [html, ...scripts.map((s) => s.text)].join('\n').matchAll(/["'`](\/[\w./-]+\.(?:json|csv|txt))["'`]/g)) {
    const file = site.resolve(m[1]!).rel;
    if (file && !possibleFetches.some((f) => f.url === `/${file}`)) possibleFetches.push({ url: `/${file}`, raw: statSync(join(site.dir, file)).size, gzip: wireSize(site.readBytes(file), file) });
  }
  const noIcon = requests.filter((r) => r.kind !== 'ikon');
  return {
    path: rel,
    raw: requests[0]!.raw!,
    gzip: requests[0]!.gzip!,
    requests,
    requestCount: requests.length,
    transferGzip: sum(requests, 'gzip'),
    transferRaw: sum(requests, 'raw'),
    requestCountWithoutIcon: noIcon.length,
    transferGzipWithoutIcon: sum(noIcon, 'gzip'),
    inlineScriptBytes: inline.reduce((n, m) => n + Buffer.byteLength(m[2]!), 0),
    inlineStyleBytes: [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0),
    dynamicLoaders: [...new Set(scripts.filter((s) => /\bfetch\s*\(|\bimport\s*\(/.test(s.text)).map((s) => s.url))],
    possibleFetches,
    composition: composition(html),
  };
}

export interface Distribution {
  count: number;
  rawMedian: number;
  rawMin: number;
  rawMax: number;
  gzipMedian: number;
  gzipMin: number;
  gzipMax: number;
  /** The page whose raw size is the median, analysed in full. */
  median: PageWeight | null;
}

/** Sizes of a set of pages of one kind (every entry page), and the median page in full (the lower middle one of an even count). */
function distribution(site: Site, loads: FirstLoad, pages: string[]): Distribution {
  if (!pages.length) return { count: 0, rawMedian: 0, rawMin: 0, rawMax: 0, gzipMedian: 0, gzipMin: 0, gzipMax: 0, median: null };
  const mid = Math.floor((pages.length - 1) / 2);
  const byRaw = pages
    .map((p) => {
      const buf = site.readBytes(p);
      return { p, raw: buf.length, gzip: wireSize(buf, p) };
    })
    .sort((a, b) => a.raw - b.raw || (a.p < b.p ? -1 : 1));
  const gz = byRaw.map((s) => s.gzip).sort((a, b) => a - b);
  return {
    count: pages.length,
    rawMedian: byRaw[mid]!.raw, rawMin: byRaw[0]!.raw, rawMax: byRaw.at(-1)!.raw,
    gzipMedian: gz[mid]!, gzipMin: gz[0]!, gzipMax: gz.at(-1)!,
    median: pageWeight(site, loads, byRaw[mid]!.p),
  };
}

export interface Output {
  dist: { bytes: number; files: number; htmlPages: number };
  pagefindDir: { bytes: number; files: number } | null;
  pages: { home: PageWeight | null; catalogue: PageWeight | null; entry: Distribution; model: Distribution; search: PageWeight | null };
  /** First queries on the search page, in Chromium; or why they could not be measured. */
  search: QueryLoad[] | { error: string } | null;
  /** The largest files outside pagefind/, to spot what grows with N (data files, indexes). */
  largest: { path: string; bytes: number }[];
}

/** Everything above for a build in `outDir` (base `/`); `queries` null for the baseline, which has only entry pages. */
export async function analyse(outDir: string, queries: readonly string[] | null): Promise<Output> {
  const site = new Site({ dir: outDir, base: '/' });
  const loads = new FirstLoad(site);
  const sized = site.files.map((f) => ({ path: f, bytes: statSync(join(outDir, f)).size }));
  const total = (list: typeof sized) => ({ bytes: list.reduce((n, f) => n + f.bytes, 0), files: list.length });
  const pf = sized.filter((f) => f.path.startsWith('pagefind/'));
  // The Indonesian entry pages of a collection, by the site's routes (not its list pages).
  const entries = (koleksi: KoleksiEntri) => site.htmlFiles().filter((f) => halamanEntri(site.sitePath(site.urlOf(f)), [koleksi])?.locale === 'id');
  const page = (rel: string) => (queries ? pageWeight(site, loads, rel) : null);
  return {
    dist: { ...total(sized), htmlPages: sized.filter((f) => f.path.endsWith('.html')).length },
    pagefindDir: pf.length ? total(pf) : null,
    pages: {
      home: page('index.html'),
      catalogue: page('praktik/index.html'),
      entry: distribution(site, loads, entries('praktik')),
      model: distribution(site, loads, queries ? entries('model') : []),
      search: page('cari/index.html'),
    },
    search: queries ? await measureFirstQueries(outDir, queries).catch((e: Error) => ({ error: e.message.split('\n')[0]! })) : null,
    largest: sized.filter((f) => !f.path.startsWith('pagefind/')).sort((a, b) => b.bytes - a.bytes).slice(0, 8),
  };
}
