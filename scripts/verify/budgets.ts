/**
 * Budgets gate: what the first load of each page costs, per page type (budgets.json): bytes after
 * gzip and number of requests for the HTML and everything it pulls in before the reader acts.
 * Static, so it covers every page of the build; e2e/anggaran.test.ts measures a real load too.
 */
import { gzipSync } from 'node:zlib';
import { type Finding, type GateResult } from './problem.ts';
import type { Site } from './site.ts';

export interface PageTypeBudget {
  /** Site paths without the base; `*` matches one path segment. */
  pola: string[];
  gzipKiB: number;
  permintaan: number;
  alasan: string;
  /** What a first query costs on a search page, from a sample URL; measured only in the browser. */
  kueri?: { contoh: string; gzipKiB: number; permintaan: number; alasan: string };
}

export interface Budgets {
  jenis: Record<string, PageTypeBudget>;
}

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'gambar' | 'ikon';

export interface Resource {
  /** Site-relative file (`_astro/x.css`). */
  file: string;
  kind: ResourceKind;
  /** Bytes on the wire with gzip, as a server with compression on sends them. */
  bytes: number;
}

export interface Load {
  resources: Resource[];
  bytes: number;
  /** References that point at no file: counted as requests, and reported by the links gate. */
  missing: string[];
}

/** Formats already compressed: gzip gains nothing, servers send them as they are. */
const COMPRESSED = /\.(woff2?|png|jpe?g|webp|avif|gif|ico|pf_[a-z]+|pagefind|gz|zip|br)$/i;

export function wireSize(content: Buffer, file: string): number {
  return COMPRESSED.test(file) ? content.length : gzipSync(content, { level: 6 }).length;
}

export function matchesPattern(sitePath: string, pattern: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+')}$`);
  return re.test(sitePath);
}

const PRELOAD_AS = new Map<string | undefined, ResourceKind>([['font', 'font'], ['style', 'css'], ['image', 'gambar']]);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/**
 * The files a browser fetches when it first opens the page, before any interaction:
 * stylesheets, scripts with their static imports, preloads, fonts declared by the CSS, images
 * that are not lazy, and the icon. Found by scanning the HTML's tags (Astro's output is regular),
 * which keeps the gate fast on thousands of pages.
 */
export class FirstLoad {
  private readonly sizes = new Map<string, number>();
  private readonly imports = new Map<string, string[]>();
  private readonly site: Site;
  constructor(site: Site) {
    this.site = site;
  }

  private size(file: string): number {
    if (!this.sizes.has(file)) this.sizes.set(file, wireSize(this.site.readBytes(file), file));
    return this.sizes.get(file)!;
  }

  /** Resolve a URL found in `fromFile` to a file of the build, undefined if it is not ours, null if it leads to no file (or is not a URL). */
  private fileFor(url: string, fromFile: string): string | null | undefined {
    if (/^(data|blob|mailto|tel|javascript):/i.test(url)) return undefined;
    const base = `http://situs.invalid${this.site.urlOf(fromFile)}`;
    const u = URL.parse(url, base);
    if (!u) return null;
    if (u.origin !== 'http://situs.invalid') return undefined;
    return this.site.resolve(u.pathname).rel ?? null;
  }

  /** Static imports of a JS module (`import "./a.js"`, `import{x}from"./a.js"`), not `import()`. */
  private jsImports(file: string): string[] {
    if (!this.imports.has(file)) this.imports.set(file, [...this.site.read(file).matchAll(/(?:^|[;\s}])import\s*["']([^"']+)["']|\bfrom\s*["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2])!));
    return this.imports.get(file)!;
  }

  /** Fonts declared in a stylesheet, one per @font-face (woff2 when offered). */
  private cssFonts(file: string): string[] {
    const css = this.site.read(file);
    const out: string[] = [];
    for (const face of css.matchAll(/@font-face\s*{[^}]*}/g)) {
      const urls = [...face[0].matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!);
      const pick = urls.find((u) => /\.woff2(\?|#|$)/.test(u)) ?? urls[0];
      if (pick) out.push(pick);
    }
    for (const m of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) out.push(m[1]!);
    return out;
  }

  of(rel: string): Load {
    const resources: Resource[] = [{ file: rel, kind: 'html', bytes: this.size(rel) }];
    const missing: string[] = [];
    const seen = new Set<string>([rel]);
    const add = (url: string, from: string, kind: ResourceKind) => {
      const file = this.fileFor(url, from);
      if (file === undefined) return;
      if (file === null) {
        missing.push(url);
        return;
      }
      if (seen.has(file)) return;
      seen.add(file);
      resources.push({ file, kind, bytes: this.size(file) });
      if (kind === 'js') for (const imp of this.jsImports(file)) add(imp, file, 'js');
      if (kind === 'css') for (const f of this.cssFonts(file)) add(f, file, /\.css/.test(f) ? 'css' : 'font');
    };
    const html = this.site.read(rel);
    for (const m of html.matchAll(/<(link|script|img)\b[^>]*>/gi)) {
      const tag = m[0];
      const name = m[1]!.toLowerCase();
      if (name === 'link') {
        const relAttr = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
        const href = attr(tag, 'href');
        if (!href) continue;
        if (relAttr.includes('stylesheet')) add(href, rel, 'css');
        else if (relAttr.includes('modulepreload')) add(href, rel, 'js');
        else if (relAttr.includes('preload')) add(href, rel, PRELOAD_AS.get(attr(tag, 'as')) ?? 'js');
        else if (relAttr.includes('icon')) add(href, rel, 'ikon');
      } else if (name === 'script' || (attr(tag, 'loading') ?? '').toLowerCase() !== 'lazy') {
        const src = attr(tag, 'src');
        if (src) add(src, rel, name === 'script' ? 'js' : 'gambar');
      }
    }
    return { resources, bytes: resources.reduce((n, r) => n + r.bytes, 0), missing };
  }
}

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function breakdown(load: Load): string {
  const by = new Map<ResourceKind, number>();
  for (const r of load.resources) by.set(r.kind, (by.get(r.kind) ?? 0) + r.bytes);
  return [...by].map(([k, v]) => `${k} ${kib(v)}`).join(', ');
}

export function checkBudgets(site: Site, budgets: Budgets): GateResult {
  const findings: Finding[] = [];
  const summary: string[] = [];
  const loads = new FirstLoad(site);
  const pages = site.htmlFiles().map((rel) => ({ rel, url: site.urlOf(rel), path: site.sitePath(site.urlOf(rel)) }));
  for (const [type, budget] of Object.entries(budgets.jenis)) {
    const matching = pages.filter((p) => budget.pola.some((pattern) => matchesPattern(p.path, pattern)));
    if (matching.length === 0) {
      findings.push({ gate: 'anggaran', level: 'error', page: 'budgets.json', message: `jenis halaman "${type}" tidak cocok dengan halaman mana pun (pola: ${budget.pola.map((p) => `/${p}`).join(', ')}): halamannya hilang dari build, atau rutenya berganti dan pola perlu diperbarui` });
      continue;
    }
    let maxBytes = 0;
    let maxReq = 0;
    let worst = '';
    for (const p of matching) {
      const load = loads.of(p.rel);
      const requests = load.resources.length + load.missing.length;
      if (load.bytes > maxBytes) {
        maxBytes = load.bytes;
        worst = p.url;
      }
      maxReq = Math.max(maxReq, requests);
      const over: string[] = [];
      if (load.bytes > budget.gzipKiB * 1024) over.push(`${kib(load.bytes)} gzip > ${budget.gzipKiB} KiB`);
      if (requests > budget.permintaan) over.push(`${requests} permintaan > ${budget.permintaan}`);
      if (!over.length) continue;
      const source = site.sourceOf(p.url);
      const detail = `rincian: ${breakdown(load)}; berkas: ${load.resources.map((r) => `${r.file} (${kib(r.bytes)})`).join(', ')}${load.missing.length ? `; tidak ada: ${load.missing.join(', ')}` : ''}`;
      findings.push({ gate: 'anggaran', level: 'error', page: p.url, file: p.rel, source: source ? { file: source } : undefined, message: `melebihi anggaran jenis "${type}": ${over.join('; ')}`, detail });
    }
    summary.push(`${type}: ${matching.length} halaman, terberat ${kib(maxBytes)} (${worst}), permintaan maks. ${maxReq}; anggaran ${budget.gzipKiB} KiB, ${budget.permintaan} permintaan.`);
  }
  // A page no budget covers could grow unseen: each one is named, with where to add it.
  const polaSemua = Object.values(budgets.jenis).flatMap((b) => b.pola);
  for (const p of pages) {
    if (polaSemua.some((pattern) => matchesPattern(p.path, pattern))) continue;
    findings.push({ gate: 'anggaran', level: 'error', page: p.url, file: p.rel, message: `halaman ini tidak dicakup anggaran mana pun: tambahkan polanya ("${p.path}", atau dengan * untuk satu segmen) ke jenis yang sesuai di budgets.json` });
  }
  return { gate: 'anggaran', findings, summary };
}
