/**
 * Renders an entry's MDX to HTML from its syntax tree. Nothing the author wrote is compiled to
 * JavaScript or evaluated: Sätteri parses the file into HAST in Rust (./satteri-asli.ts), one
 * plugin checks every MDX node against the same rules as the checker (src/rules/mdx.ts), maps the
 * handbook's components to HTML elements (./komponen.ts) and drops comments, and Sätteri renders
 * the tree to HTML. A node the rules refuse stops the render with a `GalatRender` naming its line,
 * so a build can never publish what `npm run check` would reject.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';
import { defineHastPlugin, renderHandle, resolveHastSubscriptions, visitHastHandle, type HastVisitorContext } from 'satteri';
import { HTML_DIIZINKAN, KOMPONEN_MDX, konteksMdx, masalahMdx, type KonteksMdx, type NamaKomponen, type NodeMdx } from '../../rules/mdx.ts';
import { elemenBerlebih } from '../../rules/elemen-mdx.ts';
import { jangkarHalaman, type JenisHalaman } from '../../rules/jangkar.ts';
import { AWAL_TAUTAN_SAH } from '../../rules/links.ts';
import { penandaDalam } from '../../rules/rujukan.ts';
import { withBase } from '../../data/routes.ts';
import { useTranslations } from '../../i18n/index.ts';
import { KOMPONEN, type Props } from './komponen.ts';
import { hastMdx, lepasHandle } from './satteri-asli.ts';

/** A heading of the body, as Astro's `render()` reports it (drives each page's table of contents). */
export interface Judul {
  depth: number;
  slug: string;
  text: string;
}

export interface HasilRender {
  html: string;
  headings: Judul[];
  /** For each source (by its index in `sumber`), the id of the marker first citing it (none when uncited), for the link back. */
  kutipan: string[][];
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
  /** The keys of the entry's sources in order: `[@kunci]` becomes a link to reference number index + 1. */
  sumber?: readonly string[];
  /** Set when the body is one chapter of a page holding several (a model's book). */
  bab?: OpsiBab;
  /**
   * The page the body is shown on, whose own ids its headings keep clear of (src/rules/jangkar.ts);
   * an entry's by default. Given, it also decides which components the body may hold and how often
   * (src/rules/mdx.ts), as the checker does for the same file; a fragment rendered without it is not
   * judged on that.
   */
  halaman?: JenisHalaman;
}

/**
 * A body as one chapter of a book: its ids must not meet the other chapters' ids, its headings sit
 * one level under the chapter's title, its citations point into the book's one reference list, and
 * a link to an entry the book holds goes to that entry's chapter.
 */
export interface OpsiBab {
  /** Put before every id and in-page link, e.g. "bab-2-". */
  awalan: string;
  /** The chapter's name, e.g. "Bab 2": tables' names must stay unique across the book. */
  nama: string;
  /** Levels every heading moves down (1: `##` becomes `<h3>`). */
  geser: number;
  /** For each source (by its index in `sumber`), its number in the book's list and that item's id. */
  rujukan: (indeks: number) => { nomor: number; id: string };
  /** Site paths of the book's entries ("/praktik/x/") to their chapter's id. */
  babEntri: ReadonlyMap<string, string>;
}

/** What one render keeps while the plugin walks the tree. */
interface Keadaan {
  opsi: OpsiRender;
  /** The heading ids of this body (src/rules/jangkar.ts, as the checker computes them). */
  jangkar: (teks: string) => string;
  headings: Judul[];
  tabelKe: number;
  nomor: Map<string, number>;
  kutipan: string[][];
  /** The MDX rules' context for this file, when the page is known. */
  mdx: KonteksMdx | undefined;
}

type Simpul = NodeMdx & { position?: { start: { line: number; column: number } }; properties?: Properties; tagName?: string; children?: readonly ElementContent[] };

const keadaan = (ctx: HastVisitorContext) => ctx.data.pustaka as Keadaan;
const tolak = (node: Simpul, pesan: string): never => {
  throw new GalatRender(pesan, node.position?.start.line ?? 1, node.position?.start.column ?? 1);
};

function propsJsx(node: NodeMdx): Props {
  const props: Record<string, string | true> = {};
  for (const a of node.attributes ?? []) if (a.name) props[a.name] = typeof a.value === 'string' ? a.value : true;
  return props;
}

/** An allowed MDX element becomes plain HAST; everything the rules refuse stops the render. */
function jsx(node: Simpul, ctx: HastVisitorContext) {
  const masalah = masalahMdx(node, keadaan(ctx).mdx);
  if (masalah.length) tolak(node, masalah[0]!);
  const name = node.name!;
  const children = [...(node.children ?? [])];
  if (Object.hasOwn(KOMPONEN_MDX, name)) {
    ctx.replaceNode(node as never, KOMPONEN[name as NamaKomponen](propsJsx(node), children, { bahasa: keadaan(ctx).opsi.bahasa }) as never);
    return;
  }
  const properties: Properties = {};
  for (const [k, v] of Object.entries(propsJsx(node))) if (HTML_DIIZINKAN[name]!.includes(k)) properties[k] = v;
  const el: Element = { type: 'element', tagName: name, properties, children };
  ctx.replaceNode(node as never, el as never);
}

/**
 * `[@kunci]` and `[@a; @b]` become numbered links to the reference list, each with an id the
 * list links back to. Code shows markers as written, and link text cannot hold another link.
 * A key no source has stays as text (the check reports it, so only the lenient dev server meets one).
 */
function rujukan(node: Readonly<Text>, ctx: HastVisitorContext) {
  if (!node.value.includes('[@')) return;
  // Any ancestor: `[**teks [@a]**](…)` holds the marker in bold inside the link.
  for (let induk = ctx.parent(node); induk; induk = ctx.parent(induk as never)) {
    const tag = (induk as { tagName?: string }).tagName;
    if (tag === 'code' || tag === 'a') return;
  }
  const k = keadaan(ctx);
  const isi: ElementContent[] = [];
  let dari = 0;
  for (const p of penandaDalam(node.value)) {
    const nomor = p.kunci.map((x) => k.nomor.get(x));
    if (nomor.some((n) => n === undefined)) continue;
    if (p.awal > dari) isi.push({ type: 'text', value: node.value.slice(dari, p.awal) });
    const tautan: ElementContent[] = nomor.map((n) => {
      // A book's one reference list has no links back: a source may be cited from several chapters.
      if (k.opsi.bab) {
        const r = k.opsi.bab.rujukan(n! - 1);
        return { type: 'element', tagName: 'a', properties: { href: `#${r.id}` }, children: [{ type: 'text', value: `[${r.nomor}]` }] };
      }
      // The reference links back to where it is first cited: one id per source keeps a page
      // citing one source twenty times from carrying twenty back-links (page budgets).
      const daftar = k.kutipan[n! - 1]!;
      const id = daftar.length ? undefined : `r${n}`;
      if (id) daftar.push(id);
      // "[3]" names the link well enough: the reference it opens is one step away.
      return { type: 'element', tagName: 'a', properties: id ? { href: `#s${n}`, id } : { href: `#s${n}` }, children: [{ type: 'text', value: `[${n}]` }] };
    });
    isi.push({ type: 'element', tagName: 'sup', properties: {}, children: tautan });
    dari = p.awal + p.panjang;
  }
  if (!isi.length) return;
  if (dari < node.value.length) isi.push({ type: 'text', value: node.value.slice(dari) });
  ctx.replaceNode(node as never, isi as never);
}

/** In a chapter, the ids GFM gives footnotes and their references get the chapter's prefix too. */
function idBab(node: { properties?: Properties }, ctx: HastVisitorContext, bab: OpsiBab) {
  const id = node.properties?.id;
  if (typeof id === 'string' && !id.startsWith(bab.awalan)) ctx.setProperty(node as never, 'id', bab.awalan + id);
  const oleh = node.properties?.ariaDescribedBy;
  if (Array.isArray(oleh)) ctx.setProperty(node as never, 'ariaDescribedBy', oleh.map((x) => (String(x).startsWith(bab.awalan) ? x : bab.awalan + String(x))));
}

/** An expression that is a comment renders to nothing; any other one stops the render. */
function ekspresi(node: Simpul, ctx: HastVisitorContext) {
  const masalah = masalahMdx(node);
  if (masalah.length) tolak(node, masalah[0]!);
  ctx.removeNode(node as never);
}

/**
 * The plugin, with or without source positions. Reading positions costs a third of the render
 * (npm run bench), and only a refusal needs one; so a render runs without, and a refused file is
 * walked once more with them to name the line. One object per variant: Sätteri caches
 * subscriptions per plugin object.
 */
const buatPlugin = (position: boolean, bab: boolean) => defineHastPlugin({
  name: bab ? 'pustaka-isi-bab' : 'pustaka-isi',
  options: { position },
  element: [
    // Footnotes' items carry ids; only a chapter needs them renamed, so pages do not pay for the visit.
    ...(bab ? [{ filter: ['li'], visit: (node: Element, ctx: HastVisitorContext) => idBab(node, ctx, keadaan(ctx).opsi.bab!) }] : []),
    {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const k = keadaan(ctx);
        const text = ctx.textContent(node);
        const id = node.properties?.id;
        const bab = k.opsi.bab;
        const slug = (bab?.awalan ?? '') + (typeof id === 'string' ? id : k.jangkar(text));
        const depth = Math.min(6, Number(node.tagName[1]) + (bab?.geser ?? 0));
        k.headings.push({ depth, slug, text });
        if (bab) ctx.replaceNode(node as never, { type: 'element', tagName: `h${depth}`, properties: { ...node.properties, id: slug }, children: [...node.children] } as never);
        else if (typeof id !== 'string') ctx.setProperty(node, 'id', slug);
      },
    },
    {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        if (!AWAL_TAUTAN_SAH.test(href.trim())) tolak(node as Simpul, `tautan "${href.slice(0, 40)}" tidak diizinkan: tulis alamat yang diawali "/", "#", "https://", "mailto:" atau "tel:"`);
        const { base, bab } = keadaan(ctx).opsi;
        const babEntri = bab && href.startsWith('/') ? bab.babEntri.get(href.replace(/[?#].*$/, '').replace(/\/?$/, '/')) : undefined;
        if (babEntri) ctx.setProperty(node, 'href', `#${babEntri}`);
        else if (bab && href.startsWith('#')) ctx.setProperty(node, 'href', `#${bab.awalan}${href.slice(1)}`);
        // Authors link to `/praktik/<id>/`; on a site served from a sub-path the link needs the base.
        else if (href.startsWith('/') && !href.startsWith('//')) ctx.setProperty(node, 'href', withBase(base, href));
        if (bab) idBab(node, ctx, bab);
      },
    },
    {
      filter: ['img'],
      visit(node, ctx) {
        const { gambar } = keadaan(ctx).opsi;
        const src = node.properties?.src;
        const at = (node as Simpul).position?.start;
        if (!gambar || typeof src !== 'string') return tolak(node as Simpul, 'gambar tidak dapat dimuat di sini');
        const g = gambar(src, at?.line ?? 1, at?.column ?? 1);
        ctx.setProperty(node, 'src', g.src);
        ctx.setProperty(node, 'width', g.width);
        ctx.setProperty(node, 'height', g.height);
        ctx.setProperty(node, 'loading', 'lazy');
        ctx.setProperty(node, 'decoding', 'async');
      },
    },
    {
      // A checklist works as a self-assessment on screen and on paper: tickable, and named by its item.
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties?.type !== 'checkbox') return;
        const item = ctx.parent(node);
        ctx.setProperty(node, 'disabled', null);
        if (item) ctx.setProperty(node, 'ariaLabel', ctx.textContent(item).trim().replace(/\s+/g, ' ').slice(0, 160));
      },
    },
    {
      // A named region lets a keyboard user scroll the columns a narrow screen hides; its name must
      // be unique on the page, so it carries the table's number and its columns.
      filter: ['table'],
      visit(node, ctx) {
        const k = keadaan(ctx);
        const head = node.children.find((c) => c.type === 'element' && c.tagName === 'thead');
        // GFM puts a newline text node between header cells and none inside one ("Sumber data" is
        // one column). Reading the text once is far cheaper than materialising every cell node.
        const columns = head
          ? ctx
              .textContent(head)
              .split('\n')
              .map((c) => c.trim().replace(/\s+/g, ' '))
              .filter(Boolean)
              .join(', ')
          : '';
        const ariaLabel = `${k.opsi.bab ? `${k.opsi.bab.nama}, ` : ''}${useTranslations(k.opsi.bahasa)('mdx.tabel')} ${++k.tabelKe}${columns ? `: ${columns.slice(0, 100)}` : ''}`;
        ctx.wrapNode(node, { type: 'element', tagName: 'section', properties: { className: ['tabel-gulir'], tabIndex: 0, ariaLabel }, children: [] });
      },
    },
  ],
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => jsx(node as Simpul, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => jsx(node as Simpul, ctx) },
  mdxFlowExpression: (node, ctx) => ekspresi(node as Simpul, ctx),
  mdxTextExpression: (node, ctx) => ekspresi(node as Simpul, ctx),
  mdxjsEsm: (node) => tolak(node as Simpul, masalahMdx(node as Simpul)[0]!),
  raw: (node) => tolak(node as Simpul, 'HTML mentah tidak diizinkan di entri'),
  text: (node, ctx) => rujukan(node, ctx),
});
const CEPAT = buatPlugin(false, false);
const BERLETAK = buatPlugin(true, false);
const BAB = buatPlugin(false, true);
const LANGGANAN = new Map([CEPAT, BERLETAK, BAB].map((p) => [p, resolveHastSubscriptions(p)]));

/** Render an entry file's MDX (frontmatter included, so lines match the file) to HTML. */
export function renderMdx(source: string, opsi: OpsiRender): HasilRender {
  // The checker refuses such a body before any build renders; the dev server renders without it.
  const berlebih = elemenBerlebih(source);
  if (berlebih) throw new GalatRender(berlebih.message, berlebih.line, berlebih.col);
  try {
    return jalankan(source, opsi, opsi.bab ? BAB : CEPAT);
  } catch (e) {
    if (!(e instanceof GalatRender)) throw e;
    return jalankan(source, opsi, BERLETAK);
  }
}

function jalankan(source: string, opsi: OpsiRender, plugin: typeof CEPAT): HasilRender {
  const t = useTranslations(opsi.bahasa);
  // Astro's MDX defaults: GFM and smart punctuation on.
  const handle = hastMdx(source, { gfm: { footnotes: { label: t('mdx.catatanKaki'), backLabel: t('mdx.kembali') } }, smartPunctuation: true }, plugin === BERLETAK);
  try {
    const sumber = opsi.sumber ?? [];
    const k: Keadaan = { opsi, jangkar: jangkarHalaman(opsi.halaman), headings: [], tabelKe: 0, nomor: new Map(sumber.map((x, i) => [x, i + 1])), kutipan: sumber.map(() => []), mdx: opsi.halaman ? konteksMdx(opsi.halaman) : undefined };
    visitHastHandle(handle as never, plugin, LANGGANAN.get(plugin) as never, source, undefined, { pustaka: k }, 'mdx', []);
    return { html: renderHandle(handle as never).trimEnd(), headings: k.headings, kutipan: k.kutipan };
  } finally {
    lepasHandle(handle);
  }
}
