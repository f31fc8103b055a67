/**
 * Links gate: every internal link, asset and `#fragment` on the built site resolves under the
 * base path, and no link says only "klik di sini". Like withastro/docs' link checker, it reads
 * the HTML a reader gets (links-facts.ts), then points at the content file that produced the page
 * when it can, or at the template that wrote the link (links-source.ts).
 */
import { nearest } from '../../src/schema/jarak-edit.ts';
import { pesanTeksSamar, teksTautanSamar } from '../../src/rules/teks-tautan.ts';
import { factsOf, XML_URLS, type PageFacts, type Ref } from './links-facts.ts';
import { TemplateSearch } from './links-source.ts';
import type { Finding, GateResult } from './problem.ts';
import type { Site } from './site.ts';

export async function checkLinks(site: Site): Promise<GateResult> {
  const findings: Finding[] = [];
  const pages = new Map<string, PageFacts>();
  for (const rel of site.htmlFiles()) pages.set(rel, await factsOf(site.read(rel), rel));

  let checked = 0;
  let fragments = 0;
  const templates = new TemplateSearch(site.root);
  for (const [rel, facts] of pages) {
    const pageUrl = site.urlOf(rel);
    const source = site.sourceOf(pageUrl);
    for (const ref of facts.refs) {
      const problem = checkRef(site, pages, pageUrl, ref);
      checked++;
      if (ref.value.includes('#')) fragments++;
      const messages = problem ? [problem] : [];
      if (ref.text !== undefined && teksTautanSamar(ref.text)) {
        messages.push(pesanTeksSamar(ref.text, ref.value));
      }
      for (const message of messages) {
        // A link in the MDX body comes from the content file: point at its line (authors write the
        // path without the base). Links elsewhere come from templates and are grouped across pages.
        const needles = [`](${ref.value}`, ref.value.startsWith(site.base) ? `](/${ref.value.slice(site.base.length)}` : '', ref.text ? `[${ref.text}]` : '', ref.value];
        const fromContent = source !== undefined && ref.inBody;
        const line = fromContent ? site.lineIn(source, needles.filter(Boolean)) : undefined;
        const detail = fromContent ? undefined : templates.hint(ref.value, site.base);
        findings.push({ gate: 'tautan', level: 'error', page: pageUrl, file: rel, line: ref.line, col: ref.col, source: fromContent ? { file: source, line } : undefined, message, detail });
      }
    }
  }

  // The sitemap and the feed must lead to real pages too.
  for (const rel of site.files.filter((f) => /(^|\/)(sitemap[^/]*|feed|rss)\.xml$/.test(f))) {
    const xml = site.read(rel);
    for (const m of xml.matchAll(XML_URLS)) {
      const value = (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
      if (!/^https?:\/\//.test(value)) continue;
      checked++;
      const u = new URL(value);
      if (site.origin && u.origin !== site.origin) {
        if (rel.startsWith('sitemap')) findings.push({ gate: 'tautan', level: 'error', page: site.urlOf(rel), file: rel, message: `URL ${value} tidak berada di asal situs ${site.origin} (periksa SITE_URL)` });
        continue;
      }
      const problem = targetProblem(site, u.pathname, value);
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
    const fragment = decodeFragment(u.hash.slice(1));
    const rel = samePage ? site.resolve(pageUrl).rel : target.rel;
    const facts = rel ? pages.get(rel) : undefined;
    // Fragments on non-HTML targets (a PDF page, a JSON file) cannot be checked and are left alone.
    if (facts && !facts.ids.has(fragment) && !isTextFragment(fragment)) {
      // The checker's "did you mean" (src/schema/jarak-edit.ts): after a typo or a renamed heading.
      const near = nearest(fragment, facts.ids);
      return `${ref.what}="${v}": jangkar #${fragment} tidak ada di ${samePage ? 'halaman ini' : site.urlOf(rel!)}${near ? `. Mungkin maksudnya #${near}?` : ''}`;
    }
  }
  return undefined;
}

function targetProblem(site: Site, pathname: string, shown: string, what = 'URL'): string | undefined {
  const target = site.resolve(pathname);
  if (target.outsideBase) return `${what}="${shown}" berada di luar base path ${site.base}`;
  if (!target.rel) return `${what}="${shown}" menuju halaman atau berkas yang tidak ada di hasil build`;
  if (target.slash) return `${what}="${shown}" tanpa garis miring penutup: tulis ${pathname}/ (situs memakai trailingSlash 'always'; server statis menjawabnya dengan pengalihan atau 404)`;
  return undefined;
}

const decodeFragment = (f: string) => {
  try {
    return decodeURIComponent(f);
  } catch {
    return f;
  }
};

const isTextFragment = (f: string) => f.startsWith(':~:');
