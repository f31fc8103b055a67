/**
 * Renders an entry's MDX to HTML from its syntax tree. Nothing the author wrote is compiled to
 * JavaScript or evaluated: Sätteri parses the file into HAST, this module checks every MDX node
 * against the same rules as the checker (src/rules/mdx.ts), maps the handbook's components to
 * HTML elements (./komponen.ts), drops comments, and serialises the tree. A node the rules refuse
 * stops the render with a `GalatRender` naming its line, so a build can never publish what
 * `npm run check` would reject.
 */
import Slugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { BATAS } from '../../rules/batas.ts';
import { HTML_DIIZINKAN, KOMPONEN_MDX, masalahMdx, type NamaKomponen, type NodeMdx } from '../../rules/mdx.ts';
import { withBase } from '../routes.ts';
import { KOMPONEN, type Props } from './komponen.ts';

/** A heading of the body, as Astro's `render()` reports it (drives each page's table of contents). */
export interface Judul {
  depth: number;
  slug: string;
  text: string;
}

export interface HasilRender {
  html: string;
  headings: Judul[];
}

/** Where a refused node is, for a message of the form `file:line:col`. */
export class GalatRender extends Error {
  readonly line: number;
  readonly col: number;
  readonly pesan: string;
  constructor(pesan: string, line: number, col: number) {
    super(`${line}:${col}: ${pesan}`);
    this.name = 'GalatRender';
    this.pesan = pesan;
    this.line = line;
    this.col = col;
  }
}

export interface GambarSiap {
  src: string;
  width: number;
  height: number;
}

export interface OpsiRender {
  /** The site's base path; internal links get it in front. */
  base: string;
  /** Language of the page the body appears on: labels of tables and footnotes follow it. */
  bahasa: 'id' | 'en';
  /** Resolves an image path as the author wrote it to its published file; throws when it is not allowed. */
  gambar?: (src: string, line: number, col: number) => GambarSiap;
}

const LABEL = {
  id: { tabel: 'Tabel', catatanKaki: 'Catatan kaki', kembali: 'Kembali ke teks' },
  en: { tabel: 'Table', catatanKaki: 'Footnotes', kembali: 'Back to text' },
} as const;

/** Any node of Sätteri's HAST for MDX, loosely: the walk reads and rewrites nodes of every kind. */
type Simpul = NodeMdx & { tagName?: string; properties?: Properties; children?: Simpul[]; position?: Posisi };
type Induk = Simpul & { children: Simpul[] };
interface Posisi {
  start: { line: number; column: number };
}

const posisi = (node: { position?: Posisi | undefined }) => ({ line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 });
const HEADING = /^h[1-6]$/;
const SKEMA_BERBAHAYA = /^\s*(javascript|vbscript|data|file):/i;

/** The text of a subtree, read without recursion (a hostile file can nest thousands deep). */
function teksDari(node: Simpul): string {
  let out = '';
  const stack: Simpul[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.value;
    else if ('children' in n && n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Simpul);
  }
  return out;
}

function propsJsx(node: NodeMdx): Props {
  const props: Record<string, string | true> = {};
  for (const a of node.attributes ?? []) if (a.name) props[a.name] = typeof a.value === 'string' ? a.value : true;
  return props;
}

/** An allowed MDX node as plain HAST; refuses (throws) every node the rules refuse. */
function gantiMdx(node: Simpul): Simpul[] {
  const at = posisi(node as { position?: Posisi });
  switch (node.type) {
    case 'element':
    case 'text':
      return [node];
    case 'comment':
      return [];
    case 'mdxjsEsm':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const masalah = masalahMdx(node as NodeMdx);
      if (masalah.length) throw new GalatRender(masalah[0]!, at.line, at.col);
      // What is left of an expression is a comment: it renders to nothing.
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return [];
      const jsx = node as NodeMdx & { children?: Simpul[] };
      const name = jsx.name!;
      // A flow element's children are blocks; the newlines between them are not content.
      const children = (jsx.children ?? []).filter((c) => !(node.type === 'mdxJsxFlowElement' && c.type === 'text' && !c.value?.trim())) as unknown as ElementContent[];
      if (Object.hasOwn(KOMPONEN_MDX, name)) return [KOMPONEN[name as NamaKomponen](propsJsx(jsx), children) as Simpul];
      const properties: Properties = {};
      for (const [k, v] of Object.entries(propsJsx(jsx))) if (HTML_DIIZINKAN[name]!.includes(k)) properties[k] = v;
      return [{ type: 'element', tagName: name, properties, children } as Simpul];
    }
    default:
      throw new GalatRender(`bagian isi berjenis "${node.type}" tidak didukung situs`, at.line, at.col);
  }
}

/** Render an entry file's MDX (frontmatter included, so lines match the file) to HTML. */
export function renderMdx(source: string, opts: OpsiRender): HasilRender {
  const label = LABEL[opts.bahasa];
  const root = mdxToHast(source, {
    // Astro's MDX defaults: GFM and smart punctuation on.
    features: { gfm: { footnotes: { label: label.catatanKaki, backLabel: label.kembali } }, smartPunctuation: true },
  }) as Root;
  const slugger = new Slugger();
  const headings: Judul[] = [];
  let tabelKe = 0;
  const pembungkusTabel = new WeakSet<Element>();

  // Pre-order, without recursion: headings and tables are numbered in document order, and the
  // nesting limit is enforced before anything recursive (the serialiser) sees the tree.
  const stack: [Simpul, Induk | undefined, number][] = [[root as Simpul, undefined, 0]];
  while (stack.length) {
    const [node, induk, kedalaman] = stack.pop()!;
    if (kedalaman > BATAS.kedalamanIsi) {
      const at = posisi(node as { position?: Posisi });
      throw new GalatRender(`isi bersarang lebih dari ${BATAS.kedalamanIsi} tingkat`, at.line, at.col);
    }
    if (node.type === 'element') {
      const el = node as Element;
      const p = el.properties;
      if (HEADING.test(el.tagName)) {
        const text = teksDari(node);
        const slug = typeof p.id === 'string' ? p.id : slugger.slug(text);
        p.id = slug;
        headings.push({ depth: Number(el.tagName[1]), slug, text });
      } else if (el.tagName === 'a' && typeof p.href === 'string') {
        const at = posisi(el);
        if (SKEMA_BERBAHAYA.test(p.href)) throw new GalatRender(`tautan "${p.href.slice(0, 40)}" tidak diizinkan`, at.line, at.col);
        if (p.href.startsWith('/') && !p.href.startsWith('//')) p.href = withBase(opts.base, p.href);
      } else if (el.tagName === 'img') {
        const at = posisi(el);
        if (!opts.gambar || typeof p.src !== 'string') throw new GalatRender('gambar tidak dapat dimuat di sini', at.line, at.col);
        const g = opts.gambar(p.src, at.line, at.col);
        Object.assign(p, { src: g.src, width: g.width, height: g.height, loading: 'lazy', decoding: 'async' });
      } else if (el.tagName === 'input' && p.type === 'checkbox' && induk) {
        // A checklist works as a self-assessment on screen and on paper: tickable, and named by its item.
        delete p.disabled;
        p.ariaLabel = teksDari(induk).trim().replace(/\s+/g, ' ').slice(0, 160);
      } else if (el.tagName === 'table' && induk && pembungkusTabel.has(induk as Element)) {
        // A named region lets a keyboard user scroll the columns a narrow screen hides; the name
        // must be unique on the page, so it carries the table's number and its columns.
        const head = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'thead');
        const columns = head ? teksKolom(head) : '';
        induk.properties = { className: ['tabel-gulir'], tabIndex: 0, ariaLabel: `${label.tabel} ${++tabelKe}${columns ? `: ${columns.slice(0, 100)}` : ''}` };
      }
    }
    if (!('children' in node) || !node.children) continue;
    const parent = node as Induk;
    const children: Simpul[] = [];
    for (const child of parent.children) {
      for (const c of gantiMdx(child)) {
        if (c.type !== 'element' || (c as Element).tagName !== 'table' || pembungkusTabel.has(parent as Element)) {
          children.push(c);
          continue;
        }
        const section: Element = { type: 'element', tagName: 'section', properties: {}, children: [c as unknown as Element] };
        pembungkusTabel.add(section);
        children.push(section as unknown as Simpul);
      }
    }
    parent.children = children;
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, parent, kedalaman + 1]);
  }
  return { html: toHtml(root, { characterReferences: { useNamedReferences: true } }), headings };
}

/** A table's column names, from its header cells ("Sumber data" stays one name). */
function teksKolom(head: Element): string {
  const row = head.children.find((c): c is Element => c.type === 'element' && c.tagName === 'tr');
  return (row?.children ?? [])
    .filter((c): c is Element => c.type === 'element')
    .map((c) => teksDari(c as unknown as Simpul).trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join(', ');
}
