/**
 * What one built page links to, and the anchors it offers: every URL attribute of every element
 * (with the element's position, its accessible name for links, and whether it sits in the
 * rendered MDX body), every `id` and `<a name>`, plus the URLs of the sitemap and the feed.
 * The links gate (links.ts) judges them.
 */
import type { HtmlElement } from 'html-validate';
import { accessibleName, parseHtml } from './site.ts';

export interface Ref {
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
export const CONTENT_BODY = 'article .isi, [data-isi-konten]';

export interface PageFacts {
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

export async function factsOf(html: string, file: string): Promise<PageFacts> {
  const root = await parseHtml(html, file);
  const ids = new Set<string>();
  const refs: Ref[] = [];
  // One walk over the tree: thousands of entry pages make per-selector queries too slow.
  const walk = (el: HtmlElement, inBody: boolean) => {
    const tag = el.tagName;
    const id = el.id;
    if (id) ids.add(id);
    const at = { line: el.location.line, col: el.location.column, inBody };
    if (tag === 'a') {
      const name = el.getAttributeValue('name');
      if (name) ids.add(name);
    }
    for (const attr of URL_ATTRS[tag] ?? []) {
      const raw = el.getAttributeValue(attr);
      if (raw === null) continue;
      const what = `${tag}[${attr}]`;
      if (attr === 'srcset') {
        for (const part of raw.split(',')) {
          const u = part.trim().split(/\s+/)[0];
          if (u) refs.push({ what, value: u, ...at });
        }
      } else {
        refs.push({ what, value: raw, ...at, ...(tag === 'a' ? { text: accessibleName(el) } : {}) });
      }
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
export const XML_URLS = /<(loc|link|guid)(?:\s[^>]*)?>\s*([^<\s]+)\s*<\/\1>|<(?:atom:)?link\b[^>]*\bhref="([^"]+)"/g;
