/**
 * CSP gate: every page carries one Content-Security-Policy meta tag (src/layouts/Base.astro), the
 * policy is strict (no 'unsafe-inline' or 'unsafe-eval' scripts, no other origins), and everything
 * inline on the page is allowed by it: a script or style whose hash is missing would be blocked
 * in the browser, and so would `style="…"` and `on…=` attributes. e2e/halaman.test.ts checks the
 * same in Chromium (no violation reported on any page).
 */
import { htmlToHast, type HastNode } from 'satteri';
import { sha256 } from '../../src/lib/inline-script.ts';
import type { Finding, GateResult } from './problem.ts';
import type { Site } from './site.ts';

export const hashOf = (text: string) => `'${sha256(text)}'`;

/** Directives the policy must have, with the value each must contain. */
const REQUIRED: [directive: string, value: string][] = [['default-src', "'self'"], ['object-src', "'none'"], ['base-uri', "'self'"]];

const KEYWORDS = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", "'strict-dynamic'", "'report-sample'"]);

function parsePolicy(policy: string): Map<string, string[]> {
  const directives = policy.split(';').map((part) => part.trim().split(/\s+/));
  return new Map(directives.filter(([name]) => name).map(([name, ...values]) => [name!.toLowerCase(), values]));
}

const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

type Element = Extract<HastNode, { type: 'element' }>;

/** What the CSP gate needs from a page, read from the parsed document as the browser builds it. */
interface PageParts {
  /** `<meta http-equiv="content-security-policy">` elements in document order; `inHead` when a child of <head>, the only place the browser applies one. */
  metas: { content: string; inHead: boolean }[];
  /** Script elements: `type` (trimmed, '' when absent), whether they load a `src`, and their text exactly as the browser hashes it. */
  scripts: { type: string; src: boolean; text: string }[];
  /** Text of each style element, as the browser hashes it. */
  styles: string[];
  /** `style="…"` attributes, as `<tag style="…">`. */
  styled: string[];
  /** Event-handler attributes, as `<tag onclick=…>`. */
  handlers: string[];
}

/** An attribute's text from its hast property value (a list for space-separated attributes such as http-equiv). */
const attrText = (v: unknown): string => (Array.isArray(v) ? v.join(' ') : v == null || typeof v === 'boolean' ? '' : String(v));

/** The element's own text children joined: the "child text content" that CSP hashes, unmodified. */
const childText = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/**
 * Parse the page with an HTML5 parser (satteri's htmlToHast) and collect what the CSP applies to.
 * Text inside attribute values, comments, `&lt;script&gt;` and <textarea>/<title> is text, not
 * markup, so it is never mistaken for a script. The tree is walked with an explicit stack: built
 * pages can be nested deeper than the call stack allows.
 */
function readPage(html: string): PageParts {
  const parts: PageParts = { metas: [], scripts: [], styles: [], styled: [], handlers: [] };
  const stack: [HastNode, Element | undefined][] = [[htmlToHast(html), undefined]];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const { tagName } = node;
      const props: Record<string, unknown> = node.properties;
      if (tagName === 'script') {
        parts.scripts.push({ type: attrText(props['type']).trim(), src: props['src'] != null && props['src'] !== false, text: childText(node) });
      } else if (tagName === 'style') {
        parts.styles.push(childText(node));
      } else if (tagName === 'meta' && attrText(props['httpEquiv']).trim().toLowerCase() === 'content-security-policy') {
        parts.metas.push({ content: attrText(props['content']), inHead: parent?.tagName === 'head' });
      }
      for (const [key, value] of Object.entries(props)) {
        if (value == null || value === false) continue;
        // hast names properties (onclick → onClick, data-x → dataX); attribute names are lowercase.
        const name = key.toLowerCase();
        if (name === 'style') parts.styled.push(`<${tagName} style="${attrText(value).replaceAll('"', '&quot;')}">`);
        else if (/^on[a-z]+$/.test(name)) parts.handlers.push(`<${tagName} ${name}=…>`);
      }
      if (node.content) stack.push([node.content, node]);
    }
    // Children pushed last-first, so they are visited in document order (the first finding is the first on the page).
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, node.type === 'element' ? node : undefined]);
  }
  return parts;
}

export function checkPage(html: string): string[] {
  const problems: string[] = [];
  const { metas, scripts, styles, styled, handlers } = readPage(html);
  if (metas.length === 0) return ['tidak ada <meta http-equiv="content-security-policy">: halaman ini berjalan tanpa CSP (kebijakan ditulis oleh src/layouts/Base.astro dari kebijakanKeamanan() di src/lib/inline-script.ts; halaman yang tidak memakai layout itu tidak mendapatkannya)'];
  if (metas.length > 1) problems.push(`${metas.length} meta CSP di satu halaman: peramban menerapkan semuanya sekaligus, yang paling ketat menang`);
  if (!metas[0]!.inHead) problems.push('meta CSP berada di luar <head>: peramban mengabaikannya');
  const policy = parsePolicy(metas[0]!.content);
  for (const [directive, value] of REQUIRED) {
    if (!policy.get(directive)?.includes(value)) problems.push(`kebijakan tidak memuat ${directive} ${value}`);
  }
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const v of scriptSrc) {
    if (v === "'unsafe-inline'" || v === "'unsafe-eval'") problems.push(`script-src memuat ${v}: CSP tidak lagi melindungi dari skrip sisipan`);
    else if (!KEYWORDS.has(v) && !v.startsWith("'sha") && !v.startsWith("'nonce-")) problems.push(`script-src mengizinkan sumber lain (${v}): situs harus berjalan tanpa internet dan tanpa pihak ketiga`);
  }
  const styleInlineOk = styleSrc.includes("'unsafe-inline'") && !styleSrc.some((v) => v.startsWith("'sha") || v.startsWith("'nonce-"));
  // JSON-LD and JSON data blocks never run; a script with a src is not inline.
  for (const script of scripts.filter((s) => !s.src && EXECUTABLE.test(s.type))) {
    const hash = hashOf(script.text);
    if (!scriptSrc.includes(hash)) problems.push(`skrip sebaris (${script.text.trim().slice(0, 60).replace(/\s+/g, ' ')}…) tidak tercantum di script-src (${hash}): peramban akan memblokirnya. Pakai <script> yang diproses Astro, bukan is:inline`);
  }
  for (const text of styles) {
    const hash = hashOf(text);
    if (!styleInlineOk && !styleSrc.includes(hash)) problems.push(`gaya sebaris <style> (${text.trim().slice(0, 60)}…) tidak tercantum di style-src (${hash}): peramban akan mengabaikannya`);
  }
  if (styled.length && !styleInlineOk) problems.push(`${styled.length} atribut style="…" (mis. ${styled[0]}) diblokir CSP: pindahkan ke kelas di src/styles/global.css`);
  if (handlers.length) problems.push(`${handlers.length} atribut penangan kejadian (mis. ${handlers[0]}) diblokir CSP: pasang pendengar di skrip`);
  return problems;
}

export function checkCsp(site: Site): GateResult {
  const files = site.htmlFiles();
  const findings = files.flatMap((rel): Finding[] => checkPage(site.read(rel)).map((message) => ({ gate: 'csp', level: 'error', page: site.urlOf(rel), file: rel, message })));
  return { gate: 'csp', findings, summary: [`${files.length} halaman HTML: meta CSP, arahan wajib, dan hash setiap skrip/gaya sebaris diperiksa.`] };
}
