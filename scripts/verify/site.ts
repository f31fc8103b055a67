/**
 * A built site on disk, as the gates see it: its files, the URL of each under the base path, and
 * the content file that produced a page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { berkasHalaman, halamanEntri } from '../../src/data/routes.ts';
import { normaliseBase } from '../../src/integrations/alamat-situs.ts';

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
    const home = this.fileSet.has('index.html') ? this.read('index.html') : '';
    const canonical = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(home)?.[1] ?? /<link[^>]*href="([^"]+)"[^>]*rel="canonical"/.exec(home)?.[1];
    // A canonical link that is not an absolute URL detects nothing; the links gate reports it.
    const detected = canonical ? (URL.parse(canonical) ?? undefined) : undefined;
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
    return `${this.base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  }

  /**
   * The file a URL path (already resolved, with the base) is served from, as a plain static
   * server maps it: `/x/` → `x/index.html`, `/x.json` → `x.json`. `slash` is set when the path
   * names a folder without the trailing slash (a server answers with a redirect, or a 404).
   */
  resolve(pathname: string): { rel?: string; outsideBase?: boolean; slash?: boolean } {
    const path = decode(pathname);
    if (path === this.base.slice(0, -1)) return { slash: true, rel: 'index.html' };
    if (!path.startsWith(this.base)) return { outsideBase: true };
    const rel = path.slice(this.base.length);
    if (rel === '' || rel.endsWith('/')) return this.fileSet.has(`${rel}index.html`) ? { rel: `${rel}index.html` } : {};
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
    // Relative to the root for the message, wherever the content folder is (CONTENT_DIR may be absolute).
    const file = halaman && berkasHalaman(halaman).map((c) => relative(this.root, resolve(this.root, this.contentDir, c))).find((f) => existsSync(resolve(this.root, f)));
    return file?.split(sep).join('/');
  }

  /** First line of a source file containing any of the needles (1-based), to point an author at it. */
  lineIn(sourceFile: string, needles: readonly string[]): number | undefined {
    if (!existsSync(resolve(this.root, sourceFile))) return undefined;
    const lines = readFileSync(resolve(this.root, sourceFile), 'utf8').split('\n');
    const found = needles.filter((n) => n.length >= 2).map((n) => lines.findIndex((l) => l.includes(n))).find((i) => i >= 0);
    return found === undefined ? undefined : found + 1;
  }
}

/** A URL part decoded, or as it is when it is not valid percent-encoding. */
export function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * Every file under `dir`, relative to it with forward slashes, in the order of a walk that sorts
 * each folder's names (a folder's files come where its name sorts, hence '/' compared as '\0').
 */
export function listFiles(dir: string): string[] {
  const key = (f: string) => f.replaceAll('/', '\0');
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
