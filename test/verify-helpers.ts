/**
 * Tiny built sites for the post-build gates' unit tests: each test writes the few files it needs
 * (one broken link, one over-budget page, one missing search record) and runs the real gate.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Site } from '../scripts/verify/site.ts';

export const BASE = '/sub/';
export const ORIGIN = 'https://contoh.example';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

export interface PageOptions {
  title?: string;
  lang?: string;
  /** The page's own path under the base, for its canonical link (`praktik/x/`). */
  path?: string;
  head?: string;
  /** Inline script bodies; their hashes go into the CSP unless `csp` is given. */
  scripts?: string[];
  /** The whole CSP meta content, or null for none. */
  csp?: string | null;
}

/** A complete, valid HTML page with a CSP that allows exactly its inline scripts. */
export function page(body: string, o: PageOptions = {}): string {
  const scripts = o.scripts ?? [];
  const policy = o.csp === undefined ? `default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self' ${scripts.map(sha).join(' ')}; style-src 'self'` : o.csp;
  const html = `<!DOCTYPE html>
<html lang="${o.lang ?? 'id'}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${o.title ?? 'Halaman uji'}</title>
    <link rel="canonical" href="${ORIGIN}${BASE}${o.path ?? ''}">
    ${policy === null ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`}
    ${scripts.map((s) => `<script>${s}</script>`).join('\n    ')}
    ${o.head ?? ''}
  </head>
  <body>
    <main id="isi">
${body}
    </main>
  </body>
</html>
`;
  // No whitespace-only lines: html-validate's no-trailing-whitespace would flag the fixture itself.
  return html.replace(/\n\s*(?=\n)/g, '');
}

/** Write files into a fresh folder; returns the folder. */
export function writeTree(files: Record<string, string | Buffer>, dir = mkdtempSync(join(tmpdir(), 'pustaka-verify-'))): string {
  for (const [rel, content] of Object.entries(files)) {
    const full = join(dir, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/**
 * A built site in `<tmp>/dist` (the home page always included), with an optional project root
 * around it holding content files, so findings can be traced to a source line.
 */
export function builtSite(files: Record<string, string | Buffer>, content: Record<string, string> = {}): { site: Site; root: string; dist: string } {
  // A project root as the repository has it: the gates' own config files, and the content given.
  const konfig = Object.fromEntries(['budgets.json', '.htmlvalidate.json'].map((f) => [f, readFileSync(resolve(import.meta.dirname, '..', f), 'utf8')]));
  const root = writeTree({ ...konfig, ...Object.fromEntries(Object.entries(content).map(([k, v]) => [`content/${k}`, v])) });
  const dist = join(root, 'dist');
  writeTree({ 'index.html': page('<h1>Beranda</h1>'), ...files }, dist);
  return { site: new Site({ dir: dist, root, contentDir: 'content' }), root, dist };
}

/** A Pagefind fragment as the indexer writes it: gzip of "pagefind_dcd" + JSON. */
export function pagefindFragment(url: string): Buffer {
  return gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: 'isi', meta: { title: 'judul' }, filters: {} })}`));
}

/** A sitemap index plus one sitemap listing these site paths (without the base). */
export function sitemap(paths: string[]): Record<string, string> {
  return {
    'sitemap-index.xml': `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${ORIGIN}${BASE}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths.map((p) => `<url><loc>${ORIGIN}${BASE}${p}</loc></url>`).join('')}</urlset>`,
  };
}
