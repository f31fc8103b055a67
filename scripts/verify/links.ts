/**
 * Links gate: every internal link, asset and `#fragment` on the built site resolves under the
 * base path, and no link says only "klik di sini". Like withastro/docs' link checker, it reads
 * the HTML a reader gets: every URL attribute of every element (with the element's position, its
 * accessible name for links, and whether it sits in the rendered MDX body), every `id` and
 * `<a name>`, plus the URLs of the sitemap and the feed. Then it points at the content file that
 * produced the page when it can, or at the template that wrote the link.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement, type ResolvedConfig } from 'html-validate';
import { nearest } from '../../src/schema/jarak-edit.ts';
import { pesanTeksSamar, teksTautanSamar } from '../../src/rules/teks-tautan.ts';
import { kepalaHtml, masukPetaSitus } from '../../src/lib/peta-situs.ts';
import type { Finding, GateResult } from './problem.ts';
import { decode, listFiles, type Site } from './site.ts';

let parserConfig: ResolvedConfig | undefined;

/** A link's accessible name, roughly: aria-label, else its text plus the alt text of its images. */
function accessibleName(el: HtmlElement): string {
  const alts = el.querySelectorAll('img[alt]').map((i) => i.getAttributeValue('alt') ?? '');
  return (el.getAttributeValue('aria-label') || [el.textContent, ...alts].join(' ')).replace(/\s+/g, ' ').trim();
}

interface Ref {
  /** Element and attribute, for the message: `a[href]`. */
  what: string;
  value: string;
  line: number;
  col: number;
  text?: string;
  /** Inside the rendered MDX body, so it came from the content file rather than a template. */
  inBody: boolean;
}

/** Where an entry or guide page renders its MDX body (HalamanEntri: `<div class="isi"><Content/></div>`). */
const CONTENT_BODY = 'article .isi, [data-isi-konten]';

interface PageFacts {
  ids: Set<string>;
  refs: Ref[];
}

/** Attributes that hold a URL, by element. */
const URL_ATTRS: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
};

/** Parsed with html-validate's parser: a maintained HTML5 parser that keeps line and column. */
async function factsOf(html: string, file: string): Promise<PageFacts> {
  parserConfig ??= await new StaticConfigLoader().getConfigFor('inline.html');
  const root = new Parser(parserConfig).parseHtml({ data: html, filename: file, line: 1, column: 1, offset: 0 });
  const ids = new Set<string>();
  const refs: Ref[] = [];
  // One walk over the tree: thousands of entry pages make per-selector queries too slow.
  const walk = (el: HtmlElement, inBody: boolean) => {
    const tag = el.tagName;
    const at = { line: el.location.line, col: el.location.column, inBody };
    for (const id of [el.id, tag === 'a' ? el.getAttributeValue('name') : null]) if (id) ids.add(id);
    for (const attr of URL_ATTRS[tag] ?? []) {
      const raw = el.getAttributeValue(attr);
      if (raw === null) continue;
      const values = attr === 'srcset' ? raw.split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean) : [raw];
      for (const value of values) refs.push({ what: `${tag}[${attr}]`, value, ...at, ...(tag === 'a' ? { text: accessibleName(el) } : {}) });
    }
    if (tag === 'meta') {
      const property = el.getAttributeValue('property');
      if (property === 'og:url' || property === 'og:image') refs.push({ what: `meta[${property}]`, value: el.getAttributeValue('content') ?? '', ...at });
      if ((el.getAttributeValue('http-equiv') ?? '').toLowerCase() === 'refresh') {
        const u = /url\s*=\s*['"]?([^'";]+)/i.exec(el.getAttributeValue('content') ?? '')?.[1];
        if (u) refs.push({ what: 'meta[refresh]', value: u.trim(), ...at });
      }
    }
    const childInBody = inBody || el.matches(CONTENT_BODY);
    for (const child of el.childElements) walk(child, childInBody);
  };
  for (const child of root.childElements) walk(child, false);
  return { ids, refs };
}

/** XML files whose URLs must lead to pages: the sitemap and the feed. */
const XML_URLS = /<(loc|link|guid)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\/\1>|<(?:atom:)?link\b[^>]*\bhref="([^"]+)"/g;

export async function checkLinks(site: Site): Promise<GateResult> {
  const findings: Finding[] = [];
  const pages = new Map<string, PageFacts>();
  for (const rel of site.htmlFiles()) {
    try {
      pages.set(rel, await factsOf(site.read(rel), rel));
    } catch (e) {
      // The parser gives up on some broken markup (a tag cut off at the end of the file), as
      // html-validate's own engine does when it reports parser-error: the page is left out.
      if (!(e instanceof Error && (e.name === 'ParserError' || e.name === 'InvalidTokenError'))) throw e;
      const at = (e as { location?: { line: number; column: number } }).location;
      findings.push({ gate: 'tautan', level: 'error', page: site.urlOf(rel), file: rel, line: at?.line, col: at?.column, message: `HTML halaman ini tidak dapat diurai (${e.message}): tautan dan jangkarnya tidak diperiksa` });
    }
  }

  let checked = 0;
  let fragments = 0;
  const templateHint = templateHints(site.root);
  for (const [rel, facts] of pages) {
    const pageUrl = site.urlOf(rel);
    const source = site.sourceOf(pageUrl);
    for (const ref of facts.refs) {
      const problem = checkRef(site, pages, pageUrl, ref);
      checked++;
      if (ref.value.includes('#')) fragments++;
      const vague = ref.text !== undefined && teksTautanSamar(ref.text) ? pesanTeksSamar(ref.text, ref.value) : undefined;
      for (const message of [problem, vague].filter((m) => m !== undefined)) {
        // A link in the MDX body comes from the content file: point at its line (authors write the
        // path without the base). Links elsewhere come from templates and are grouped across pages.
        const needles = [`](${ref.value}`, ref.value.startsWith(site.base) ? `](/${ref.value.slice(site.base.length)}` : '', ref.text ? `[${ref.text}]` : '', ref.value];
        const fromContent = source !== undefined && ref.inBody;
        const line = fromContent ? site.lineIn(source, needles.filter(Boolean)) : undefined;
        const detail = fromContent ? undefined : templateHint(ref.value, site.base);
        findings.push({ gate: 'tautan', level: 'error', page: pageUrl, file: rel, line: ref.line, col: ref.col, source: fromContent ? { file: source, line } : undefined, message, detail });
      }
    }
  }

  // The sitemap and the feed must lead to real pages too.
  for (const rel of site.files.filter((f) => /(^|\/)(sitemap[^/]*|feed|rss)\.xml$/.test(f))) {
    for (const m of site.read(rel).matchAll(XML_URLS)) {
      const value = (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
      if (!/^https?:\/\//.test(value)) continue;
      checked++;
      const u = URL.parse(value);
      const foreign = u !== null && site.origin !== undefined && u.origin !== site.origin;
      const problem = !u ? `URL="${value}" bukan URL yang sah` : foreign ? rel.startsWith('sitemap') && `URL ${value} tidak berada di asal situs ${site.origin} (periksa SITE_URL)` : (targetProblem(site, u.pathname, value) ?? (rel.startsWith('sitemap') ? bukanAlamatIndeks(site, u.pathname, value) : undefined));
      if (problem) findings.push({ gate: 'tautan', level: 'error', page: site.urlOf(rel), file: rel, message: problem });
    }
  }

  return {
    gate: 'tautan',
    findings,
    summary: [`${checked} tautan dan aset di ${pages.size} halaman HTML dan berkas XML diperiksa (${fragments} dengan #fragmen), base ${site.base}.`],
  };
}

function checkRef(site: Site, pages: Map<string, PageFacts>, pageUrl: string, ref: Ref): string | undefined {
  const v = ref.value.trim();
  if (v === '') return `${ref.what} kosong`;
  if (/^javascript:/i.test(v)) return `${ref.what}="${v}": URL javascript: diblokir CSP dan tidak berfungsi tanpa JavaScript`;
  if (/^(mailto|tel|data|blob):/i.test(v)) return undefined;
  let u: URL;
  try {
    u = new URL(v, `http://situs.invalid${pageUrl}`);
  } catch {
    return `${ref.what}="${v}" bukan URL yang sah`;
  }
  const isAbsolute = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(v);
  if (isAbsolute) {
    // Absolute links to the site's own origin (canonical, hreflang, og:url) must lead to a page too.
    if (!site.origin || u.origin !== site.origin) return undefined;
  } else if (v.startsWith('/') && !v.startsWith(site.base) && v !== site.base.slice(0, -1)) {
    return `${ref.what}="${v}" tidak diawali base path ${site.base}: di sub-path tautan ini keluar dari situs (404). Bangun URL dengan withBase(import.meta.env.BASE_URL, …)`;
  }
  if (v === '#') return `${ref.what}="#" tidak menuju ke mana pun; pakai <button> untuk aksi atau tulis jangkar yang ada`;
  const target = site.resolve(u.pathname);
  const samePage = !isAbsolute && v.startsWith('#');
  if (!samePage) {
    const problem = targetProblem(site, u.pathname, v, ref.what);
    if (problem) return problem;
  }
  if (u.hash && u.hash !== '#') {
    const fragment = decode(u.hash.slice(1));
    const rel = samePage ? site.resolve(pageUrl).rel : target.rel;
    const facts = rel ? pages.get(rel) : undefined;
    // Fragments on non-HTML targets (a PDF page, a JSON file) and text fragments (#:~:text=…) name no anchor.
    if (facts && !facts.ids.has(fragment) && !fragment.startsWith(':~:')) {
      // The checker's "did you mean" (src/schema/jarak-edit.ts): after a typo or a renamed heading.
      const near = nearest(fragment, facts.ids);
      return `${ref.what}="${v}": jangkar #${fragment} tidak ada di ${samePage ? 'halaman ini' : site.urlOf(rel!)}${near ? `. Mungkin maksudnya #${near}?` : ''}`;
    }
  }
  return undefined;
}

/** A sitemap URL whose page is `noindex` or names another page as canonical: the two tell a search engine opposite things. */
function bukanAlamatIndeks(site: Site, pathname: string, shown: string): string | undefined {
  const { rel } = site.resolve(pathname);
  if (!rel?.endsWith('.html') || masukPetaSitus(kepalaHtml(site.read(rel)), shown)) return undefined;
  return `peta situs mencantumkan ${shown}, tetapi halamannya bertanda noindex atau menyebut halaman lain sebagai URL kanonisnya: peta situs hanya memuat URL kanonis (src/integrations/peta-situs.ts)`;
}

function targetProblem(site: Site, pathname: string, shown: string, what = 'URL'): string | undefined {
  const target = site.resolve(pathname);
  if (target.outsideBase) return `${what}="${shown}" berada di luar base path ${site.base}`;
  if (!target.rel) return `${what}="${shown}" menuju halaman atau berkas yang tidak ada di hasil build`;
  if (target.slash) return `${what}="${shown}" tanpa garis miring penutup: tulis ${pathname}/ (situs memakai trailingSlash 'always'; server statis menjawabnya dengan pengalihan atau 404)`;
  return undefined;
}

/**
 * Where a template link probably comes from: the source files under src/ that write its path
 * (without the base and the /en/ prefix) as a string literal. A hint, listed with line numbers.
 */
function templateHints(root: string): (value: string, base: string) => string | undefined {
  let files: { file: string; lines: string[] }[] | undefined;
  const cache = new Map<string, string | undefined>();
  const load = () => {
    const src = join(root, 'src');
    return (existsSync(src) ? listFiles(src) : []).filter((f) => /\.(astro|ts|mjs|js)$/.test(f)).map((f) => ({ file: `src/${f}`, lines: readFileSync(join(src, f), 'utf8').split('\n') }));
  };
  return (value, base) => {
    if (!value.startsWith('/') && !value.startsWith('#')) return undefined;
    const path = (value.startsWith(base) ? `/${value.slice(base.length)}` : value).replace(/^\/en\//, '/');
    if (path === '/' || path.length < 3) return undefined;
    if (cache.has(path)) return cache.get(path);
    files ??= load();
    // A path written straight into an attribute is the likeliest culprit; any quoted use comes next.
    const strong = ['href', 'src', 'action'].flatMap((a) => [`${a}="${path}`, `${a}='${path}`]);
    const weak = ["'", '"', '`'].map((q) => `${q}${path}`);
    const find = (needles: string[]) => files!.flatMap(({ file, lines }) => lines.flatMap((l, i) => (needles.some((n) => l.includes(n)) ? [`${file}:${i + 1}`] : [])));
    const direct = find(strong);
    const hits = direct.length ? direct : find(weak);
    const hint = hits.length ? `ditulis di: ${hits.slice(0, 4).join(', ')}${hits.length > 4 ? ', …' : ''}` : undefined;
    cache.set(path, hint);
    return hint;
  };
}
