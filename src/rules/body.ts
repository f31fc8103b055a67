import { mdxToMdast } from 'satteri';
import { tautanTakTerbaca } from './alamat-berspasi.ts';
import { JUDUL_BERBATAS_KATA, type Heading } from './anatomy.ts';
import { BATAS } from './batas.ts';
import { barisBersarang, elemenBerlebih } from './elemen-mdx.ts';
import { jangkarHalaman, type JenisHalaman } from './jangkar.ts';
import { judulDariBaris, judulTakTerbaca } from './judul-baris.ts';
import { letakTeks } from './letak.ts';
import { ponselDalamTeks } from './kontak.ts';
import { pesanTakTampil } from './masalah.ts';
import { hanyaKomentar, konteksMdx, masalahMdx, tagTerlarangTerbuka, type KonteksMdx } from './mdx.ts';
import { tagTakTerbaca } from './tag-pembuka.ts';
import { jumlahKata, karakterTerlarang, potong } from '../schema/common.ts';
import { klaimTerbukti } from '../schema/penilaian.ts';
import { adaAngka, ATRIBUSI_REDAKSI, BAGIAN_BERANGKA, penandaDalam, penandaRusak, POLA_RUJUKAN, rujukanMirip, type RujukanMirip } from './rujukan.ts';

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
  /**
   * A reference-style link (`[teks][label]`): `url` is its definition's, whose own entry in `links`
   * carries the address checks; this one carries the checks of what the reader sees, its text.
   */
  lewatDefinisi?: true;
}

export interface BodyFacts {
  /** The headings the anatomy is checked against, in order, with those written but not read as headings (`rusak`). */
  headings: Heading[];
  /**
   * Whether `headings` lists every heading: from the tree, or line by line when the MDX could not
   * be parsed; false past the heading limit.
   */
  judulLengkap: boolean;
  /** The id of every heading, as the renderer gives them (./jangkar.ts). */
  anchors: Set<string>;
  links: BodyLink[];
  images: BodyLink[];
  problems: BodyProblem[];
  /** Problems found but not listed, past BATAS.masalahIsi. */
  terlewat: number;
  /** False when the MDX could not be parsed; then only the parse error and the headings are reported. */
  parsed: boolean;
  /** The last line of the file, for "add it at the end" messages. */
  endLine: number;
  /** Every `[@kunci]` cited, where. */
  rujukan: { kunci: string; line: number; col: number }[];
  /** Paragraphs, list items and table rows of the results, cost and indicator sections that state a figure without a citation. */
  angkaTanpaRujukan: { line: number; col: number; cuplikan: string }[];
  /** Where the text calls something proven (`klaimTerbukti`), for the evidence rule. */
  klaimTerbukti: { kata: string; line: number; col: number }[];
  /** Citations written in another style (`[kunci]`, `(Penerbit, 2023)`), judged against the sources by ./isi-entri.ts. */
  rujukanMirip: (RujukanMirip & { line: number; col: number })[];
  /** Mobile numbers in the text, for the rule against personal data (./kontak.ts). */
  nomorPonsel: { nomor: string; line: number; col: number }[];
}

/** Text that marks unfinished content; the scaffold writes these. */
export const PLACEHOLDER = /\[ISI[:\]]|\bTODO\b|\bTBD\b|\blorem ipsum\b|https?:\/\/[^\s/]*\.invalid\b/i;

const MDX_ERRORS: [RegExp, string][] = [
  [/Expected a closing tag for `<([^>]+)>`/, 'tag <$1> belum ditutup; tambahkan </$1> atau tulis <$1 /> bila tanpa isi'],
  [/to create a comment in MDX/, 'komentar HTML <!-- … --> tidak didukung MDX; gunakan {/* … */}'],
  [/to create a link in MDX/, 'tanda "<" memulai tag JSX; untuk tautan tulis [teks](https://…), untuk tanda kurang dari tulis \\<'],
  [/Unexpected closing tag `<\/([^>]+)>`/, 'tag penutup </$1> tidak punya tag pembuka yang cocok'],
  [/Could not parse expression/, 'ekspresi {…} tidak dapat dibaca; tulis { sebagai \\{ bila yang dimaksud adalah teks'],
  [/Unexpected end of file/, 'berkas berakhir sebelum tag atau ekspresi ditutup'],
];

/** What an unparsable body leaves unchecked; its headings are still read line by line. */
const BELUM_DIPERIKSA = 'Tautan, gambar, komponen, rujukan, dan galat MDX lain di isi baru diperiksa setelah galat ini diperbaiki';

/** Parse an MDX source with the same engine Astro renders with (Sätteri) and collect its facts. */
export function readBody(source: string, halaman: JenisHalaman = 'entri'): BodyFacts {
  const lines = source.split('\n').length;
  const facts: BodyFacts = { headings: [], judulLengkap: true, terlewat: 0, anchors: new Set(), links: [], images: [], problems: [], parsed: true, endLine: lines, rujukan: [], angkaTanpaRujukan: [], klaimTerbukti: [], rujukanMirip: [], nomorPonsel: [] };
  let tree: MdNode;
  const berlebih = elemenBerlebih(source) ?? barisBersarang(source);
  if (berlebih) {
    facts.problems.push({ line: berlebih.line, col: berlebih.col, area: 'isi.mdx', message: berlebih.message });
    return bacaBaris(facts, source);
  }
  try {
    // With the renderer's smart punctuation, the text is what the page shows: "--" is a dash there,
    // so a heading's id and link text ("[3--5]" reads "[3–5]") are judged as readers meet them.
    tree = mdxToMdast(source, { features: { smartPunctuation: true } }) as unknown as MdNode;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /^(\d+):(\d+):/.exec(msg);
    const raw = msg.replace(/^\d+:\d+:\s*/, '');
    const line = m ? Number(m[1]) : 1;
    const col = m ? Number(m[2]) : 1;
    const offset = offsetDari(source, line, col);
    // CSS or script braces read as an expression: the rule broken is the tag, which the author can act on.
    const terlarang = tagTerlarangTerbuka(source, offset);
    // The parser blames the `<` of a tag whose attributes it cannot read.
    const tag = source[offset] === '<' ? tagTakTerbaca(source, offset) : undefined;
    if (terlarang) {
      facts.problems.push({ ...terlarang.letak, area: 'isi.mdx', message: `${terlarang.message}. ${BELUM_DIPERIKSA}` });
    } else if (tag) {
      facts.problems.push({ ...letakTeks(source, tag.offset), area: 'isi.mdx', message: `${tag.message}. ${BELUM_DIPERIKSA}` });
    } else {
      const hint = MDX_ERRORS.find(([re]) => re.test(raw));
      const explained = hint ? raw.match(hint[0])![0].replace(hint[0], hint[1]) : 'MDX tidak dapat dibaca';
      facts.problems.push({ line, col, area: 'isi', message: `${explained}. ${BELUM_DIPERIKSA} (pesan pengurai: ${raw})` });
    }
    return bacaBaris(facts, source);
  }
  walk(tree, facts, jangkarHalaman(halaman), lines, source, konteksMdx(halaman));
  const lebih = Math.max(0, facts.problems.length - BATAS.masalahIsi) + facts.terlewat;
  if (lebih > 0) {
    const terakhir = facts.problems[Math.min(BATAS.masalahIsi, facts.problems.length) - 1]!;
    facts.problems.length = Math.min(BATAS.masalahIsi, facts.problems.length);
    facts.problems.push({ line: terakhir.line, col: terakhir.col, area: 'isi', message: pesanTakTampil(lebih, 'isi') });
  }
  return facts;
}

/** A body the parser did not read: its headings come from the lines, so its anatomy is still checked. */
function bacaBaris(facts: BodyFacts, source: string): BodyFacts {
  facts.parsed = false;
  const judul = judulDariBaris(source);
  facts.headings = judul.headings;
  facts.judulLengkap = judul.terbaca;
  for (const m of judul.masalah) facts.problems.push({ ...m, area: 'isi.bagian' });
  return facts;
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  title?: string | null;
  depth?: number;
  name?: string | null;
  identifier?: string;
  label?: string | null;
  align?: (string | null)[] | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number; offset?: number } };
}

/**
 * Sets the `kata` of each level-2 heading whose section has a word limit (JUDUL_BERBATAS_KATA): the
 * words of its section up to the next level-2 heading, in the order `headings` holds the top-level
 * headings. Citation keys (`[@kunci]`) are not words a reader reads.
 */
function hitungKataBagian(top: readonly MdNode[], headings: readonly Heading[]) {
  let h = -1;
  let bagian: Heading | undefined;
  for (const n of top) {
    if (n.type === 'heading') {
      h++;
      if (n.depth === 2) {
        bagian = headings[h] && JUDUL_BERBATAS_KATA.has(headings[h]!.text) ? headings[h] : undefined;
        if (bagian) bagian.kata = 0;
        continue;
      }
    }
    if (bagian) bagian.kata! += jumlahKata(text(n).replace(/\[@[^\]]*\]/g, ' '));
  }
}

/** The text of a node, read without recursion: a hostile file can nest inline marks thousands deep. */
function text(node: MdNode): string {
  let out = '';
  const stack: MdNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'inlineCode') out += n.value ?? '';
    else if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

function at(node: MdNode) {
  return { line: node.position?.start.line ?? 1, col: node.position?.start.column ?? 1 };
}

function walk(root: MdNode, facts: BodyFacts, jangkarDi: (teks: string) => string, endLine: number, source: string, mdx: KonteksMdx) {
  const top = root.children ?? [];
  facts.endLine = endLine;
  // Headings with "is the section empty" computed from the next node that is not a comment,
  // scanning backwards so each node is looked at once.
  let next: MdNode | undefined;
  const found: Heading[] = [];
  for (let i = top.length - 1; i >= 0; i--) {
    const n = top[i]!;
    if (n.type === 'heading') {
      const kosong = !next || (next.type === 'heading' && (next.depth ?? 0) <= (n.depth ?? 0));
      found.push({ depth: n.depth ?? 2, text: text(n).trim(), ...at(n), kosong });
    }
    if (n.type !== 'mdxFlowExpression' || !hanyaKomentar(n.value ?? '')) next = n;
  }
  if (found.length > BATAS.jumlahJudul) {
    facts.problems.push({ ...at(top.find((n) => n.type === 'heading')!), area: 'isi.bagian', message: `entri memuat ${found.length} judul bagian, lebih dari batas ${BATAS.jumlahJudul}; pecah entri ini atau gabungkan subbagiannya` });
    facts.parsed = false;
    facts.judulLengkap = false;
    return;
  }
  for (const h of found.reverse()) facts.headings.push(h);
  jangkarSemua(root, jangkarDi, facts);
  hitungKataBagian(top, facts.headings);
  visit(root, facts, source, mdx);
  // The headings Markdown did not read were added as their text nodes came.
  facts.headings.sort((a, b) => a.line - b.line);
  if (!facts.parsed) return;
  // A footnote's text is published where its definition is written (often at the end of the file),
  // but it is part of the sentence that points to it.
  const catatanKaki = new Map<string, MdNode>();
  for (const n of top) if (n.type === 'footnoteDefinition' && n.identifier) catatanKaki.set(n.identifier.toLowerCase(), n);
  const diperiksa = new Set<MdNode>();
  let bagian = '';
  for (const n of top) {
    if (n.type === 'heading' && n.depth === 2) bagian = text(n).trim();
    else if ((BAGIAN_BERANGKA as readonly string[]).includes(bagian)) angkaTanpaRujukan(n, facts, catatanKaki, diperiksa);
  }
}

/**
 * The id of every heading, in the order the renderer gives them: headings inside quotes, lists and
 * components count too, since each takes its slug first (`> ## Ringkasan` before the section would
 * leave the section `ringkasan-1`). The text is read as the page shows it, so two headings that
 * only GFM places elsewhere are refused: a footnote number in a heading becomes part of its id
 * (`hasil1`), and a heading inside a footnote moves to the end of the page. A heading inside a
 * quote, list or component is refused too: it would take a section's anchor and its place in the
 * contents.
 */
function jangkarSemua(root: MdNode, jangkarDi: (teks: string) => string, facts: BodyFacts) {
  const stack: [MdNode, MdNode | undefined][] = (root.children ?? []).map((c) => [c, undefined] as [MdNode, MdNode | undefined]).reverse();
  while (stack.length) {
    const [n, wadah] = stack.pop()!;
    if (n.type === 'heading') {
      if (wadah?.type === 'footnoteDefinition') {
        facts.problems.push({ ...at(n), area: 'isi.bagian', message: 'judul bagian tidak dapat ditulis di dalam catatan kaki [^…]: catatan kaki dipindah ke akhir halaman; tulis judulnya di isi, atau tulis catatannya tanpa #' });
        continue;
      }
      if (wadah) {
        facts.problems.push({ ...at(n), area: 'isi.bagian', message: `judul bagian tidak dapat ditulis di dalam ${NAMA_WADAH[wadah.type] ?? `<${wadah.name ?? ''}>`}: judul di sana masuk daftar isi dan mengambil jangkar bagian yang sama namanya; tulis judulnya di luar ${NAMA_WADAH[wadah.type] ? 'kutipan atau daftar itu' : 'komponen itu'}, atau tebalkan saja (**…**)` });
      }
      const kaki = cariKaki(n);
      if (kaki) {
        facts.problems.push({ ...at(kaki), area: 'isi.bagian', message: `catatan kaki [^${potong(kaki.label ?? kaki.identifier ?? '', 40)}] tidak dapat ditulis di judul bagian: nomornya menjadi bagian dari judul dan jangkarnya (daftar isi, tautan #…); letakkan di kalimat di bawah judul` });
      }
      facts.anchors.add(jangkarDi(text(n).trim()));
      continue;
    }
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, wadah ?? n]);
  }
}

/** What a block that can hold a heading is called, for the message. */
const NAMA_WADAH: Readonly<Record<string, string>> = { blockquote: 'kutipan (> …)', list: 'daftar', listItem: 'butir daftar (- …)' };

/** The first footnote reference inside a node. */
function cariKaki(node: MdNode): MdNode | undefined {
  const stack = [...(node.children ?? [])];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'footnoteReference') return n;
    stack.push(...(n.children ?? []));
  }
  return undefined;
}

/** Inline content: a node holding one of these is itself a block of running text. */
const FRASA = new Set(['text', 'strong', 'emphasis', 'delete', 'link', 'linkReference', 'inlineCode', 'mdxJsxTextElement', 'footnoteReference', 'break']);

/** The text of a block without the lists nested in it, which are blocks of their own. */
function teksTanpaDaftar(n: MdNode): string {
  return (n.children ?? []).filter((c) => c.type !== 'list').map(text).join(' ');
}

/** The footnotes a block points to. */
function rujukanKaki(n: MdNode, catatanKaki: ReadonlyMap<string, MdNode>): MdNode[] {
  const out: MdNode[] = [];
  const stack: MdNode[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.type === 'footnoteReference' && x.identifier) {
      const def = catatanKaki.get(x.identifier.toLowerCase());
      if (def) out.push(def);
    } else if (x.type !== 'list') for (const c of x.children ?? []) stack.push(c);
  }
  return out;
}

/**
 * The figures of one block of a results, cost or indicator section that no citation covers. The
 * unit is the paragraph, the list item (without its sub-list), the table row, or the text of a
 * component: a marker anywhere in it, or in a footnote it points to, covers it. Footnotes are
 * units too, wherever they are written.
 */
function angkaTanpaRujukan(root: MdNode, facts: BodyFacts, catatanKaki: ReadonlyMap<string, MdNode>, diperiksa: Set<MdNode>) {
  const stack: MdNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    // A footnote is read once, whether reached in its section or from a block that points to it.
    if (n.type === 'footnoteDefinition') {
      if (diperiksa.has(n)) continue;
      diperiksa.add(n);
    }
    const satuan =
      n.type === 'paragraph' || n.type === 'listItem' || n.type === 'tableRow' || n.type === 'heading' || (n.type !== 'root' && (n.children ?? []).some((c) => FRASA.has(c.type)));
    if (!satuan) {
      for (const c of n.children ?? []) stack.push(c);
      continue;
    }
    const t = n.type === 'tableRow' ? (n.children ?? []).map(text).join(' | ') : teksTanpaDaftar(n);
    const kaki = rujukanKaki(n, catatanKaki);
    const dirujuk = (x: string) => new RegExp(POLA_RUJUKAN.source).test(x) || ATRIBUSI_REDAKSI.test(x);
    if (adaAngka(t) && !dirujuk(t) && !kaki.some((k) => dirujuk(text(k)))) {
      facts.angkaTanpaRujukan.push({ ...at(n), cuplikan: t.replace(/\s+/g, ' ').trim().slice(0, 70) });
    }
    stack.push(...kaki);
    // A list item's sub-lists are their own blocks.
    if (n.type === 'listItem') for (const c of n.children ?? []) if (c.type === 'list') stack.push(c);
  }
}

/** The offset of a 1-based line and column in a text. */
function offsetDari(teks: string, line: number, col: number): number {
  let i = 0;
  for (let l = 1; l < line; l++) {
    const nl = teks.indexOf('\n', i);
    if (nl < 0) return teks.length;
    i = nl + 1;
  }
  return Math.min(teks.length, i + col - 1);
}

/**
 * Line and column of an offset inside a text node. Through the line index (./letak.ts): cutting
 * and splitting the text for each position made 100,000 `[a](` on one line cost the checker 30 s.
 */
function posisiDalam(node: MdNode, offset: number) {
  const { line, col } = at(node);
  const dalam = letakTeks(node.value ?? '', offset);
  return dalam.line === 1 ? { line, col: col + offset } : { line: line + dalam.line - 1, col: dalam.col };
}

/**
 * Links, images and headings the author wrote that Markdown left as text: a space in the address,
 * a `##` without its space. Read from the source, since the text node no longer shows the markup.
 */
function tulisanTakTerbaca(node: MdNode, source: string, facts: BodyFacts) {
  const awal = node.position?.start.offset;
  const akhir = node.position?.end.offset;
  if (awal === undefined || akhir === undefined) return;
  // Placing a problem counts the lines before it: only those that will be shown are placed.
  const semua = tautanTakTerbaca(source, awal, akhir);
  const sisa = Math.max(0, BATAS.masalahIsi - facts.problems.length);
  facts.terlewat += Math.max(0, semua.length - sisa);
  for (const t of semua.slice(0, sisa)) facts.problems.push({ ...letakTeks(source, t.offset), area: t.gambar ? 'isi.gambar' : 'isi.tautan', message: t.message });
  // The lines that start inside the node, found in the node's own text: searching the source from
  // each node, and back to each line's start, made thousands of nodes on one long line quadratic
  // (130,000 `_a*` on one line: 40 s).
  const isi = source.slice(awal, akhir);
  for (let j = 0; j >= 0 && j < isi.length; j = isi.indexOf('\n', j) + 1 || -1) {
    const i = awal + j;
    // Only text that begins its line: after "> " or "- " a `##` is not where a heading starts.
    let awalBaris = i;
    while (awalBaris > 0 && (source[awalBaris - 1] === ' ' || source[awalBaris - 1] === '\t')) awalBaris--;
    if (awalBaris > 0 && source[awalBaris - 1] !== '\n') continue;
    const akhirBaris = source.indexOf('\n', i);
    const judul = judulTakTerbaca(source.slice(awalBaris, akhirBaris < 0 ? source.length : akhirBaris));
    if (!judul) continue;
    if (facts.headings.length >= BATAS.jumlahJudul) {
      // As with headings Markdown reads: past the limit the anatomy is not judged, and one problem says why.
      if (facts.judulLengkap) facts.problems.push({ ...letakTeks(source, awalBaris), area: 'isi.bagian', message: `entri memuat lebih dari ${BATAS.jumlahJudul} judul bagian; pecah entri ini atau gabungkan subbagiannya` });
      facts.judulLengkap = false;
      return;
    }
    const tempat = letakTeks(source, source.indexOf('#', awalBaris));
    facts.headings.push({ depth: judul.depth, text: judul.judul, ...tempat, kosong: false, rusak: true });
    facts.problems.push({ ...tempat, area: 'isi.bagian', message: judul.message });
  }
}

/**
 * What a node publishes as text, decoded: its text, an image's alt, a link's or image's title,
 * and a tag's quoted attributes. A character reference (`&#x202E;`) passes the file check's byte
 * scan and is decoded by the parser, so each is checked here (karakterTerlarang).
 */
function karakterTakTerlihat(node: MdNode): string | undefined {
  if (node.type === 'text') return karakterDi('teks', node.value);
  const aneh = karakterDi('teks alternatif gambar', node.alt) ?? karakterDi('judul tautan atau gambar (title)', node.title);
  if (aneh || !node.attributes) return aneh;
  for (const a of node.attributes) {
    const diAtribut = typeof a.value === 'string' ? karakterDi(`atribut ${a.name ?? ''}`, a.value) : undefined;
    if (diAtribut) return diAtribut;
  }
  return undefined;
}

const karakterDi = (apa: string, teks: string | null | undefined): string | undefined => {
  const aneh = teks ? karakterTerlarang(teks) : undefined;
  return aneh && `${apa} ${aneh}`;
};

/**
 * A citation marker inside a link's text (`teks`, the link's own): a link cannot hold the citation's own link, so the page
 * would print the marker as it is written, and the source would count as cited where nothing cites it.
 */
function rujukanDiTautan(node: MdNode, teks: string, p: BodyProblem[]) {
  const [r] = penandaDalam(teks);
  if (r) p.push({ ...at(node), area: 'isi.rujukan', message: `penanda rujukan "${teks.slice(r.awal, r.awal + r.panjang)}" ada di dalam teks tautan, tempat penanda tidak dapat menjadi rujukan bernomor (tautan tidak dapat memuat tautan); letakkan [@kunci] sesudah tautannya` });
}

/** Every node in document order, without recursion; stops at the nesting limit with one problem. */
function visit(root: MdNode, facts: BodyFacts, source: string, mdx: KonteksMdx) {
  const p = facts.problems;
  // A definition's address is checked where it is written, but its text is the reference's:
  // `[menpan.go.id][a]` with `[a]: https://evil.example/` must meet the link-text rules too.
  const definisi = new Map<string, string>();
  const rujukanTautan: BodyLink[] = [];
  const stack: [MdNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > BATAS.kedalamanIsi) {
      p.push({ ...at(node), area: 'isi', message: `isi bersarang lebih dari ${BATAS.kedalamanIsi} tingkat (kutipan, daftar, atau tag di dalam tag); sederhanakan strukturnya` });
      facts.parsed = false;
      return;
    }
    const aneh = karakterTakTerlihat(node);
    if (aneh) p.push({ ...at(node), area: 'isi', message: aneh });
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        for (const message of masalahMdx(node)) p.push({ ...at(node), area: 'isi.mdx', message });
        continue;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of masalahMdx(node, mdx)) p.push({ ...at(node), area: 'isi.mdx', message });
        break;
      case 'link': {
        const isi = text(node);
        facts.links.push({ url: node.url ?? '', text: isi.trim(), ...at(node) });
        rujukanDiTautan(node, isi, p);
        break;
      }
      case 'definition':
        facts.links.push({ url: node.url ?? '', text: '', ...at(node) });
        // The first definition of a label wins, as CommonMark reads it.
        if (node.identifier !== undefined && !definisi.has(node.identifier)) definisi.set(node.identifier, node.url ?? '');
        break;
      case 'linkReference': {
        const isi = text(node);
        if (node.identifier !== undefined) rujukanTautan.push({ url: node.identifier, text: isi.trim(), ...at(node), lewatDefinisi: true });
        rujukanDiTautan(node, isi, p);
        break;
      }
      case 'table':
        // GFM aligns a column with a style attribute on every cell, which the site's Content
        // Security Policy blocks: the alignment never shows, and the post-build gate fails
        // blaming the templates.
        if (node.align?.some((a) => a)) {
          p.push({ ...at(node), area: 'isi', message: 'perataan kolom tabel (":--", ":-:" atau "--:" di baris pemisah) tidak didukung: situs tidak memuat gaya sebaris, jadi peramban mengabaikannya; tulis baris pemisah tanpa titik dua, mis. |---|---|' });
        }
        break;
      case 'imageReference':
        // Rendered, it is an image whose address only the definition shows; every image rule
        // (beside the entry, its format, its pixels) is checked on the ![…](…) form.
        p.push({ ...at(node), area: 'isi.gambar', message: `gambar ditulis sebagai rujukan ![…][${potong(node.label ?? node.identifier ?? '', 40)}]; tulis alamat gambarnya langsung: ![uraian isi gambar](./gambar/nama-berkas.png)` });
        break;
      case 'image':
        facts.images.push({ url: node.url ?? '', text: (node.alt ?? '').trim(), ...at(node) });
        break;
      case 'text': {
        for (const m of klaimTerbukti(node.value ?? '')) facts.klaimTerbukti.push({ kata: m.kata, ...posisiDalam(node, m.index) });
        for (const r of penandaDalam(node.value ?? '')) for (const kunci of r.kunci) facts.rujukan.push({ kunci, ...posisiDalam(node, r.awal) });
        for (const r of rujukanMirip(node.value ?? '')) facts.rujukanMirip.push({ ...r, ...posisiDalam(node, r.awal) });
        for (const n of ponselDalamTeks(node.value ?? '')) facts.nomorPonsel.push({ nomor: n.nomor, ...posisiDalam(node, n.awal) });
        for (const r of penandaRusak(node.value ?? '')) {
          p.push({ ...posisiDalam(node, r.awal), area: 'isi.rujukan', message: `penanda rujukan "${r.cuplikan}" tidak dapat dibaca; tulis [@kunci] atau [@kunci-a; @kunci-b] dengan kunci dari daftar sumber (huruf kecil, angka, tanda hubung)` });
        }
        tulisanTakTerbaca(node, source, facts);
        if (PLACEHOLDER.test(node.value ?? '')) {
          p.push({ ...at(node), area: 'isi', message: `masih ada teks isian: "${(node.value ?? '').trim().slice(0, 60)}"`, placeholder: true });
        }
        break;
      }
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
  for (const r of rujukanTautan) {
    const url = definisi.get(r.url);
    // Without a definition Markdown shows the brackets as text: no link.
    if (url !== undefined) facts.links.push({ ...r, url });
  }
}
