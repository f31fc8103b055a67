import Slugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { HTML_DIIZINKAN, KOMPONEN_MDX } from '../components/mdx/registry.ts';
import type { Heading } from './anatomy.ts';

/** A problem found in an entry's body. `area` names what it concerns, shown in the field column. */
export interface BodyProblem {
  line: number;
  col: number;
  area: string;
  message: string;
  placeholder?: boolean;
}

export interface BodyLink {
  url: string;
  text: string;
  line: number;
  col: number;
}

export interface BodyFacts {
  headings: Heading[];
  /** Slugs of every heading, as Astro gives them ids (github-slugger over the text). */
  anchors: Set<string>;
  links: BodyLink[];
  images: BodyLink[];
  problems: BodyProblem[];
  /** False when the MDX could not be parsed; then only the parse error is reported. */
  parsed: boolean;
  /** The last line of the file, for "add it at the end" messages. */
  endLine: number;
}

/** Text that marks unfinished content; the scaffold writes these. */
export const PLACEHOLDER = /\[ISI[:\]]|\bTODO\b|\blorem ipsum\b|https?:\/\/[^\s/]*\.invalid\b/i;

const MDX_ERRORS: [RegExp, string][] = [
  [/Expected a closing tag for `<([^>]+)>`/, 'tag <$1> belum ditutup; tambahkan </$1> atau tulis <$1 /> bila tanpa isi'],
  [/to create a comment in MDX/, 'komentar HTML <!-- … --> tidak didukung MDX; gunakan {/* … */}'],
  [/to create a link in MDX/, 'tanda "<" memulai tag JSX; untuk tautan tulis [teks](https://…), untuk tanda kurang dari tulis \\<'],
  [/Unexpected closing tag `<\/([^>]+)>`/, 'tag penutup </$1> tidak punya tag pembuka yang cocok'],
  [/Could not parse expression/, 'ekspresi {…} tidak dapat dibaca; tulis { sebagai \\{ bila yang dimaksud adalah teks'],
  [/Unexpected end of file/, 'berkas berakhir sebelum tag atau ekspresi ditutup'],
];

/** Parse an MDX source with the same engine Astro renders with (Sätteri) and collect its facts. */
export function readBody(source: string): BodyFacts {
  const lines = source.split('\n').length;
  const facts: BodyFacts = { headings: [], anchors: new Set(), links: [], images: [], problems: [], parsed: true, endLine: lines };
  let tree: MdNode;
  try {
    tree = mdxToMdast(source) as unknown as MdNode;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):/.exec(msg);
    const raw = msg.replace(/^\d+:\d+:\s*/, '');
    const hint = MDX_ERRORS.find(([re]) => re.test(raw));
    const explained = hint ? raw.match(hint[0])![0].replace(hint[0], hint[1]) : 'MDX tidak dapat dibaca';
    facts.problems.push({
      line: m ? Number(m[1]) : 1,
      col: m ? Number(m[2]) : 1,
      area: 'isi',
      message: `${explained} (pesan pengurai: ${raw})`,
    });
    facts.parsed = false;
    return facts;
  }
  const slugger = new Slugger();
  walk(tree, facts, slugger, lines);
  return facts;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number }; end: { line: number; column: number } };
}

function text(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(text).join('');
}

function at(node: MdNode) {
  return { line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 };
}

const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'skrip tidak boleh ada di entri: halaman harus aman dan berjalan tanpa skrip pihak lain',
  iframe: 'iframe tidak boleh dipakai: situs tidak memuat apa pun dari situs lain; tautkan videonya di lampiran',
  style: 'gaya CSS tidak boleh ditulis di entri: tampilan diatur oleh tema situs',
};

function walk(root: MdNode, facts: BodyFacts, slugger: Slugger, endLine: number) {
  const top = root.children ?? [];
  // Headings with "is the section empty" computed from their next sibling.
  for (let i = 0; i < top.length; i++) {
    const n = top[i]!;
    if (n.type !== 'heading') continue;
    const next = top.slice(i + 1).find((s) => s.type !== 'mdxFlowExpression' || !isComment(s.value ?? ''));
    const kosong = !next || (next.type === 'heading' && (next.depth ?? 0) <= (n.depth ?? 0));
    const t = text(n).trim();
    facts.headings.push({ depth: n.depth ?? 2, text: t, ...at(n), kosong });
    facts.anchors.add(slugger.slug(t));
  }
  facts.endLine = endLine;
  visit(root, facts);
}

function isComment(expr: string): boolean {
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expr);
}

function visit(node: MdNode, facts: BodyFacts) {
  const p = facts.problems;
  switch (node.type) {
    case 'mdxjsEsm': {
      const kind = /^\s*export\b/m.test(node.value ?? '') ? 'export' : 'import';
      p.push({
        ...at(node),
        area: 'isi.mdx',
        message: `"${kind}" tidak diizinkan di entri. Komponen yang tersedia (${Object.keys(KOMPONEN_MDX).join(', ')}) dapat dipakai langsung tanpa import`,
      });
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isComment(node.value ?? '')) {
        p.push({ ...at(node), area: 'isi.mdx', message: `ekspresi {${(node.value ?? '').slice(0, 30)}} tidak diizinkan; hanya komentar {/* … */}. Untuk kurung kurawal sebagai teks tulis \\{` });
      }
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      checkJsx(node, facts);
      break;
    case 'link':
    case 'definition':
      facts.links.push({ url: node.url ?? '', text: text(node).trim(), ...at(node) });
      break;
    case 'image':
      facts.images.push({ url: node.url ?? '', text: (node.alt ?? '').trim(), ...at(node) });
      break;
    case 'text':
      if (PLACEHOLDER.test(node.value ?? '')) {
        p.push({ ...at(node), area: 'isi', message: `masih ada teks isian: "${(node.value ?? '').trim().slice(0, 60)}"`, placeholder: true });
      }
      break;
  }
  for (const child of node.children ?? []) visit(child, facts);
}

function checkJsx(node: MdNode, facts: BodyFacts) {
  const p = facts.problems;
  const name = node.name ?? '';
  if (!name) {
    p.push({ ...at(node), area: 'isi.mdx', message: 'fragmen JSX <>…</> tidak diizinkan' });
    return;
  }
  const komponen = (KOMPONEN_MDX as Record<string, { props: Record<string, { wajib: boolean; pilihan?: readonly string[] }> }>)[name];
  const html = HTML_DIIZINKAN[name];
  if (!komponen && !html) {
    const forbidden = FORBIDDEN_TAGS[name.toLowerCase()];
    p.push({
      ...at(node),
      area: 'isi.mdx',
      message: forbidden
        ? `<${name}> tidak diizinkan: ${forbidden}`
        : `elemen <${name}> tidak diizinkan. Komponen yang tersedia: ${Object.keys(KOMPONEN_MDX).join(', ')}; HTML yang diizinkan: ${Object.keys(HTML_DIIZINKAN).join(', ')}`,
    });
  }
  const allowedProps = komponen ? Object.keys(komponen.props) : html ?? [];
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') {
      p.push({ ...at(node), area: 'isi.mdx', message: `atribut sebaran {...} tidak diizinkan pada <${name}>` });
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      p.push({ ...at(node), area: 'isi.mdx', message: `atribut peristiwa "${attrName}" tidak diizinkan pada <${name}>: entri tidak boleh menjalankan skrip` });
      continue;
    }
    if (typeof attr.value === 'string' && /^\s*javascript:/i.test(attr.value)) {
      p.push({ ...at(node), area: 'isi.mdx', message: `URL "javascript:" tidak diizinkan pada atribut "${attrName}"` });
      continue;
    }
    if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      p.push({ ...at(node), area: 'isi.mdx', message: `atribut "${attrName}" pada <${name}> harus berupa teks dalam tanda kutip, bukan ekspresi {…}` });
      continue;
    }
    if ((komponen || html) && !allowedProps.includes(attrName)) {
      p.push({
        ...at(node),
        area: 'isi.mdx',
        message: `atribut "${attrName}" tidak dikenal pada <${name}>. Atribut yang diizinkan: ${allowedProps.join(', ') || '(tidak ada)'}`,
      });
      continue;
    }
    const pilihan = komponen?.props[attrName]?.pilihan;
    if (pilihan && typeof attr.value === 'string' && !pilihan.includes(attr.value)) {
      p.push({ ...at(node), area: 'isi.mdx', message: `nilai "${attr.value}" tidak dikenal untuk ${attrName} pada <${name}>. Pilihan: ${pilihan.join(', ')}` });
    }
  }
  if (komponen) {
    const given = new Set((node.attributes ?? []).map((a) => a.name));
    for (const [prop, spec] of Object.entries(komponen.props)) {
      if (spec.wajib && !given.has(prop)) p.push({ ...at(node), area: 'isi.mdx', message: `atribut "${prop}" wajib diisi pada <${name}>` });
    }
  }
}
