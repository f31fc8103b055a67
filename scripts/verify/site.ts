/**
 * A built site on disk, as the gates see it: its files, the URL of each under the base path, a
 * parsed DOM per HTML page, and the content file that produced a page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement, type ResolvedConfig } from 'html-validate';
import { berkasHalaman, halamanEntri } from '../../src/data/routes.ts';

let parserConfig: ResolvedConfig | undefined;

/** Parse HTML with html-validate's parser: a maintained HTML5 parser that keeps line and column. */
export async function parseHtml(source: string, filename = 'inline.html'): Promise<HtmlElement> {
  parserConfig ??= await new StaticConfigLoader().getConfigFor('inline.html');
  return new Parser(parserConfig).parseHtml({ data: source, filename, line: 1, column: 1, offset: 0 });
}

export interface SiteOptions {
  /** The build folder (dist, dist-e2e). */
  dir: string;
  /** The base path the site was built for; read from the home page's canonical link when absent. */
  base?: string | undefined;
  /** Project root and content folder, to trace a page back to its source file. */
  root?: string | undefined;
  contentDir?: string | undefined;
}

export class Site {
  readonly dir: string;
  readonly base: string;
  /** Origin of absolute URLs (canonical, sitemap), from the home page; undefined if it has none. */
  readonly origin: string | undefined;
  /** The base path the home page says the site was built for, to catch a build made for another sub-path. */
  readonly builtBase: string | undefined;
  /** Every file, relative to `dir`, with forward slashes, sorted. */
  readonly files: readonly string[];
  readonly fileSet: ReadonlySet<string>;
  /** Project root: source files are named relative to it. */
  readonly root: string;
  private readonly contentDir: string;

  constructor(opts: SiteOptions) {
    this.dir = opts.dir;
    if (!existsSync(opts.dir)) throw new Error(`Folder hasil build "${opts.dir}" tidak ada. Jalankan build terlebih dahulu.`);
    this.files = listFiles(opts.dir);
    this.fileSet = new Set(this.files);
    const home = this.fileSet.has('index.html') ? readFileSync(join(opts.dir, 'index.html'), 'utf8') : '';
    const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(home)?.[1] ?? /<link[^>]*href="([^"]+)"[^>]*rel="canonical"/.exec(home)?.[1];
    const detected = canonical ? new URL(canonical) : undefined;
    this.origin = detected?.origin;
    this.builtBase = detected ? normaliseBase(detected.pathname) : undefined;
    this.base = normaliseBase(opts.base ?? detected?.pathname ?? '/');
    this.root = opts.root ?? process.cwd();
    this.contentDir = opts.contentDir ?? 'content';
  }

  /** The reader pages. The authoring studio (studio/, src/integrations/studio.ts) is not one: it has its own CSP and no budget. */
  htmlFiles(): string[] {
    return this.files.filter((f) => f.endsWith('.html') && !f.startsWith('studio/'));
  }

  read(rel: string): string {
    return readFileSync(join(this.dir, rel), 'utf8');
  }

  readBytes(rel: string): Buffer {
    return readFileSync(join(this.dir, rel));
  }

  /** `praktik/x/index.html` → `/model-inovasi/praktik/x/`; `feed.xml` → `/model-inovasi/feed.xml`. */
  urlOf(rel: string): string {
    if (rel === 'index.html') return this.base;
    if (rel.endsWith('/index.html')) return `${this.base}${rel.slice(0, -'index.html'.length)}`;
    return `${this.base}${rel}`;
  }

  /**
   * The file a URL path (already resolved, with the base) is served from, as a plain static
   * server maps it: `/x/` → `x/index.html`, `/x.json` → `x.json`. `slash` is set when the path
   * names a folder without the trailing slash (a server answers with a redirect, or a 404).
   */
  resolve(pathname: string): { rel?: string; outsideBase?: boolean; slash?: boolean } {
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      path = pathname;
    }
    const baseNoSlash = this.base.slice(0, -1);
    if (path === baseNoSlash) return { slash: true, rel: 'index.html' };
    if (!path.startsWith(this.base)) return { outsideBase: true };
    const rel = path.slice(this.base.length);
    if (rel === '' || rel.endsWith('/')) {
      const index = `${rel}index.html`;
      return this.fileSet.has(index) ? { rel: index } : {};
    }
    if (this.fileSet.has(rel)) return { rel };
    if (this.fileSet.has(`${rel}/index.html`)) return { rel: `${rel}/index.html`, slash: true };
    return {};
  }

  /** The site path without the base: `/model-inovasi/en/praktik/x/` → `en/praktik/x/`. */
  sitePath(url: string): string {
    return url.startsWith(this.base) ? url.slice(this.base.length) : url.replace(/^\//, '');
  }

  /**
   * The content file behind an entry or guide page, by the site's routes (src/data/routes.ts):
   * `/praktik/<id>/` and `/en/praktik/<id>/` come from `content/praktik/<id>.mdx`; an English guide
   * from its translation `content/panduan/en/<id>.mdx` when there is one.
   */
  sourceOf(url: string): string | undefined {
    const halaman = halamanEntri(this.sitePath(url));
    if (!halaman) return undefined;
    for (const c of berkasHalaman(halaman)) {
      const file = join(this.contentDir, c);
      if (existsSync(join(this.root, file))) return file.split(sep).join('/');
    }
    return undefined;
  }

  /** First line of a source file containing any of the needles (1-based), to point an author at it. */
  lineIn(sourceFile: string, needles: readonly string[]): number | undefined {
    let text: string;
    try {
      text = readFileSync(join(this.root, sourceFile), 'utf8');
    } catch {
      return undefined;
    }
    const lines = text.split('\n');
    for (const needle of needles.filter((n) => n.length >= 2)) {
      const i = lines.findIndex((l) => l.includes(needle));
      if (i >= 0) return i + 1;
    }
    return undefined;
  }
}

export function normaliseBase(base: string): string {
  let b = base.startsWith('/') ? base : `/${base}`;
  if (!b.endsWith('/')) b += '/';
  return b;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = prefix ? `${prefix}/${name}` : name;
      if (statSync(full).isDirectory()) walk(full, rel);
      else out.push(rel);
    }
  };
  walk(dir, '');
  return out;
}

/** Text of an element with whitespace collapsed, as a reader or a screen reader meets it. */
export function textOf(el: HtmlElement): string {
  return el.textContent.replace(/\s+/g, ' ').trim();
}

/** A link's accessible name, roughly: aria-label, else its text plus the alt text of its images. */
export function accessibleName(el: HtmlElement): string {
  const label = el.getAttributeValue('aria-label');
  if (label) return label.replace(/\s+/g, ' ').trim();
  const alts = el.querySelectorAll('img[alt]').map((i) => i.getAttributeValue('alt') ?? '');
  return [textOf(el), ...alts].join(' ').replace(/\s+/g, ' ').trim();
}
