/**
 * What a build produced and what a reader downloads: output size, per-page weight (raw and gzip),
 * the requests a first load makes without search (static analysis of <link>/<script> tags, CSS
 * url()s and the static JS import graph), and the estimated cost of a first Pagefind query.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip level 6: what nginx/Apache/CDNs use by default for on-the-fly compression. */
export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 6 }).length;

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) out.push(full);
    }
  }
  return out;
}

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  for (const f of walk(dir)) {
    bytes += statSync(f).size;
    files++;
  }
  return { bytes, files };
}

export interface Request {
  url: string;
  kind: 'html' | 'stylesheet' | 'script' | 'modulepreload' | 'preload' | 'icon' | 'manifest' | 'font' | 'image' | 'import';
  raw: number | null;
  gzip: number | null;
  /** Found in the output folder; external or missing files have no size. */
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

export interface Composition {
  head: number;
  jsonLd: number;
  inlineScript: number;
  header: number;
  main: number;
  /** Text inside <main> once tags are removed: the part no template change can shrink. */
  mainText: number;
  footer: number;
}

function composition(html: string): Composition {
  const len = (re: RegExp) => [...html.matchAll(re)].reduce((a, m) => a + Buffer.byteLength(m[0]), 0);
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? '';
  return {
    head: len(/<head\b[\s\S]*?<\/head>/gi),
    jsonLd: len(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi),
    inlineScript: len(/<script(?![^>]*\bsrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>[\s\S]*?<\/script>/gi),
    header: len(/<header\b[\s\S]*?<\/header>/gi),
    main: Buffer.byteLength(main),
    mainText: Buffer.byteLength(main.replace(/<[^>]*>/g, '')),
    footer: len(/<footer\b[\s\S]*?<\/footer>/gi),
  };
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Map a URL in a page to a file in the output folder; null for other origins. */
function resolveUrl(outDir: string, base: string, pageRel: string, url: string): { key: string; file: string } | null {
  if (/^(data:|#|mailto:|tel:|javascript:)/i.test(url)) return null;
  if (/^(https?:)?\/\//i.test(url)) return { key: url, file: '' };
  const clean = url.split('#')[0]!.split('?')[0]!;
  let path: string;
  if (clean.startsWith('/')) {
    path = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
  } else {
    path = posix.join(posix.dirname(pageRel.split(sep).join('/')), clean);
  }
  path = posix.normalize(path);
  const file = join(outDir, path.endsWith('/') || path === '' ? `${path}index.html` : path);
  return { key: `/${path}`, file };
}

interface Sized {
  raw: number;
  gzip: number;
  text: string;
}
const cache = new Map<string, Sized>();
function sized(file: string): Sized | null {
  if (!file || !existsSync(file)) return null;
  let s = cache.get(file);
  if (!s) {
    const buf = readFileSync(file);
    s = { raw: buf.length, gzip: gzipSize(buf), text: /\.(css|m?js|html|svg|json)$/.test(file) ? buf.toString('utf8') : '' };
    cache.set(file, s);
  }
  return s;
}

export function clearSizeCache() {
  cache.clear();
}

/** Weight of one page's first load without search, by static analysis. */
export function pageWeight(outDir: string, pageRel: string, base = '/'): PageWeight | null {
  const htmlFile = join(outDir, pageRel);
  const html = sized(htmlFile);
  if (!html) return null;
  const requests: Request[] = [{ url: `/${pageRel}`, kind: 'html', raw: html.raw, gzip: html.gzip, found: true }];
  const seen = new Set<string>([`/${pageRel}`]);
  const dynamicLoaders: string[] = [];
  const add = (url: string, kind: Request['kind'], fromRel: string): Sized | null => {
    const r = resolveUrl(outDir, base, fromRel, url);
    if (!r || seen.has(r.key)) return null;
    seen.add(r.key);
    const s = sized(r.file);
    requests.push({ url: r.key, kind, raw: s?.raw ?? null, gzip: s?.gzip ?? null, found: !!s });
    if (s && /\.m?js$/.test(r.file)) followJs(r.file, s.text);
    if (s && r.file.endsWith('.css')) followCss(r.file, s.text);
    return s;
  };
  const relOf = (file: string) => relative(outDir, file).split(sep).join('/');
  const followJs = (file: string, text: string) => {
    if (/\bfetch\s*\(|\bimport\s*\(/.test(text)) dynamicLoaders.push(`/${relOf(file)}`);
    for (const m of text.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?from\s*)?["']([^"']+\.m?js)["']/g)) add(m[1]!, 'import', relOf(file));
  };
  const followCss = (file: string, text: string) => {
    for (const m of text.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/g)) add(m[1]!, 'stylesheet', relOf(file));
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+\.(?:woff2?|ttf|otf))["']?\s*\)/g)) add(m[1]!, 'font', relOf(file));
  };

  const text = html.text;
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) add(href, 'stylesheet', pageRel);
    else if (rel.includes('modulepreload')) add(href, 'modulepreload', pageRel);
    else if (rel.includes('preload')) add(href, 'preload', pageRel);
    else if (rel.includes('icon') || rel.includes('shortcut')) add(href, 'icon', pageRel);
    else if (rel.includes('manifest')) add(href, 'manifest', pageRel);
  }
  let inlineScriptBytes = 0;
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const src = attr(tag, 'src');
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (src) add(src, 'script', pageRel);
    else if (!type || type === 'module' || type.includes('javascript')) {
      inlineScriptBytes += Buffer.byteLength(m[2]!);
      followJs(htmlFile, m[2]!);
    }
  }
  for (const m of text.matchAll(/<img\b[^>]*>/gi)) {
    if (/loading\s*=\s*["']?lazy/i.test(m[0])) continue;
    const src = attr(m[0], 'src');
    if (src) add(src, 'image', pageRel);
  }
  let inlineStyleBytes = 0;
  for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineStyleBytes += Buffer.byteLength(m[1]!);

  // Site paths to data files in inline JSON config or in the page's scripts: candidates for fetch().
  const possibleFetches: PageWeight['possibleFetches'] = [];
  const haystack = [text, ...requests.filter((r) => r.kind !== 'html' && r.url.endsWith('.js')).map((r) => sized(join(outDir, r.url))?.text ?? '')].join('\n');
  for (const m of haystack.matchAll(/["'`](\/[\w./-]+\.(?:json|csv|txt))["'`]/g)) {
    const r = resolveUrl(outDir, base, pageRel, m[1]!);
    const sz = r ? sized(r.file) : null;
    if (r && sz && !possibleFetches.some((f) => f.url === r.key)) possibleFetches.push({ url: r.key, raw: sz.raw, gzip: sz.gzip });
  }

  const sum = (list: Request[], k: 'gzip' | 'raw') => list.reduce((a, r) => a + (r[k] ?? 0), 0);
  const noIcon = requests.filter((r) => r.kind !== 'icon');
  return {
    path: pageRel,
    raw: html.raw,
    gzip: html.gzip,
    requests,
    requestCount: requests.length,
    transferGzip: sum(requests, 'gzip'),
    transferRaw: sum(requests, 'raw'),
    requestCountWithoutIcon: noIcon.length,
    transferGzipWithoutIcon: sum(noIcon, 'gzip'),
    inlineScriptBytes,
    inlineStyleBytes,
    dynamicLoaders: [...new Set(dynamicLoaders)].map((d) => (d === `/${pageRel}` ? '(inline script)' : d)),
    possibleFetches,
    composition: composition(text),
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

const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
};

/** Every `<dir>/<id>/index.html` one level under `dir` (not deeper: pagination lives in `halaman/`). */
export function entryPages(outDir: string, dir: string, exclude: readonly string[] = ['halaman']): string[] {
  const full = join(outDir, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !exclude.includes(e.name) && existsSync(join(full, e.name, 'index.html')))
    .map((e) => `${dir}/${e.name}/index.html`);
}

export function distribution(outDir: string, pages: string[], base = '/', sampleLimit = 100000): Distribution {
  const list = pages.slice(0, sampleLimit);
  const sizes = list.map((p) => {
    const buf = readFileSync(join(outDir, p));
    return { p, raw: buf.length, gzip: gzipSize(buf) };
  });
  if (!sizes.length) return { count: 0, rawMedian: 0, rawMin: 0, rawMax: 0, gzipMedian: 0, gzipMin: 0, gzipMax: 0, median: null };
  const byRaw = [...sizes].sort((a, b) => a.raw - b.raw);
  const mid = byRaw[Math.floor((byRaw.length - 1) / 2)]!;
  return {
    count: pages.length,
    rawMedian: med(sizes.map((s) => s.raw)),
    rawMin: byRaw[0]!.raw,
    rawMax: byRaw[byRaw.length - 1]!.raw,
    gzipMedian: med(sizes.map((s) => s.gzip)),
    gzipMin: Math.min(...sizes.map((s) => s.gzip)),
    gzipMax: Math.max(...sizes.map((s) => s.gzip)),
    median: pageWeight(outDir, mid.p, base),
  };
}

/** The largest files of the output, to spot what grows with N (data files, indexes). */
export function largestFiles(outDir: string, n = 8): { path: string; bytes: number }[] {
  return walk(outDir)
    .filter((f) => !f.includes(`${sep}pagefind${sep}`))
    .map((f) => ({ path: relative(outDir, f).split(sep).join('/'), bytes: statSync(f).size }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n);
}
