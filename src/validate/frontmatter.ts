import { CORE_SCHEMA, load, Type, YAMLException, type LoadOptions, type State } from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { BATAS } from '../rules/batas.ts';
import { letakTeks } from './teks.ts';

/** Indonesian explanations of the YAML parser's error codes an author is likely to meet. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'indentasi tidak konsisten; gunakan spasi yang sama untuk setiap tingkat',
  TAB_AS_INDENT: 'tab dipakai sebagai indentasi; gunakan spasi',
  DUPLICATE_KEY: 'kunci yang sama ditulis dua kali',
  MISSING_CHAR: 'ada tanda yang belum ditutup (tanda kutip, ] atau })',
  UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan di sini',
  BLOCK_AS_IMPLICIT_KEY: 'kunci tidak boleh berupa blok; periksa titik dua dan indentasi',
  MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh lebih dari satu baris; mungkin titik dua (:) hilang di baris sebelumnya',
  MULTIPLE_DOCS: 'frontmatter hanya boleh satu dokumen YAML',
  BAD_SCALAR_START: 'nilai diawali tanda yang tidak boleh; apit nilainya dengan tanda kutip',
  IMPOSSIBLE: 'struktur YAML tidak dapat dibaca',
};

/**
 * The same mistakes as js-yaml words them, for the few it rejects and the position-aware `yaml`
 * parser accepts; anything else still gets an Indonesian lead and js-yaml's words in brackets.
 */
const JS_YAML_ERRORS: [RegExp, string][] = [
  [/duplicated mapping key/, YAML_ERRORS.DUPLICATE_KEY!],
  [/tab characters/, YAML_ERRORS.TAB_AS_INDENT!],
  [/bad indentation/, YAML_ERRORS.BAD_INDENT!],
  [/unexpected end of the (stream|document)|missing indentation/, YAML_ERRORS.MISSING_CHAR!],
  [/missed comma/, 'koma (,) hilang di antara butir dalam kurung'],
  [/colon is missed|multiline key/, YAML_ERRORS.MULTILINE_IMPLICIT_KEY!],
  [/unidentified alias/, 'alias (*nama) dipakai sebelum jangkarnya (&nama) ditulis'],
  [/merge/, 'kunci gabungan "<<" hanya boleh menggabungkan kelompok "kunci: nilai", dan tidak terlalu banyak'],
  [/unknown escape sequence|hexadecimal/, 'garis miring terbalik (\\) dalam teks berkutip ganda memulai kode yang tidak dikenal; tulis \\\\ atau pakai kutip tunggal'],
  [/non-printable|null byte/, 'ada karakter kendali yang tak terlihat; hapus karakter itu'],
  [/maxDepth/, 'data bersarang terlalu dalam; sederhanakan strukturnya'],
  [/document separator|directive/, YAML_ERRORS.MULTIPLE_DOCS!],
];

/**
 * YAML errors shown per file. One slip (an unclosed quote) can make every later line an error, and a
 * hostile file can have a hundred thousand; the first few are the ones to fix, the rest often vanish.
 */
const GALAT_TAMPIL = 10;

/** Author-written names (tags, anchors, keys) quoted in a message, cut so a hostile one cannot flood the report. */
const potong = (teks: string, n = 60) => (teks.length > n ? `${teks.slice(0, n)}…` : teks);

/** YAML 1.2 core tags: they only restate a type the value already has, so they are plain data. */
const TAG_DATA = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * The YAML 1.2 core schema keeps `2025-02-30` the text the author wrote (js-yaml's default schema
 * turns it into a Date and silently rolls it over to March), so the date rules judge what was
 * written. Merge keys (`<<: *dasar`) stay, as YAML 1.1 parsers (Astro's included) read them; their
 * cost is bounded by js-yaml's merge limit and counted with the aliases below.
 */
const SKEMA = CORE_SCHEMA.extend({
  implicit: [new Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (d: unknown) => d === '<<' || d === null })],
});

export interface FrontmatterError {
  line: number;
  col: number;
  message: string;
}

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /** Body text after the closing `---`. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  errors: FrontmatterError[];
  /** Locate a frontmatter path (as zod reports it) in the file; falls back to the nearest parent. */
  locate(path: readonly PropertyKey[], key?: string): { line: number; col: number };
  /**
   * What a strict YAML 1.2 parser (the `yaml` package: the studio's, `npm run rapikan`'s, and
   * editors') refuses in a frontmatter js-yaml read. js-yaml is lenient in a few places, e.g. a
   * quoted text whose next line is not indented; such a file builds, but the authoring tools
   * cannot open it. Parsed on demand: the checker asks for an entry only when it is not in the
   * studio's form (which such a file never is), and for every author file (few and small).
   */
  galatKetat(): FrontmatterError[];
}

type Letak = { line: number; col: number };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Split and parse a Markdown/MDX file's YAML frontmatter, or a whole YAML data file (`whole`).
 * Never throws: whatever the file holds comes back as `errors`, and `data` is then empty.
 */
export function parseFrontmatter(source: string, whole = false): ParsedFrontmatter {
  try {
    return parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, whole);
  } catch (e) {
    // Only reached through a bug or a parser failure nobody foresaw; the author still gets a line.
    return {
      data: {},
      body: whole ? '' : source,
      bodyLine: 1,
      errors: [{ line: 1, col: 1, message: `frontmatter tidak dapat dibaca (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` }],
      locate: () => ({ line: 1, col: 1 }),
      galatKetat: () => [],
    };
  }
}

function parse(source: string, whole: boolean): ParsedFrontmatter {
  let yamlText: string;
  let body = '';
  let offsetLines: number;
  if (whole) {
    yamlText = source;
    offsetLines = 0;
  } else {
    const m = FENCE.exec(source);
    if (!m) {
      return {
        data: {},
        body: source,
        bodyLine: 1,
        errors: [{ line: 1, col: 1, message: 'frontmatter tidak ditemukan: berkas harus diawali baris "---", lalu data YAML, lalu "---"' }],
        locate: () => ({ line: 1, col: 1 }),
        galatKetat: () => [],
      };
    }
    yamlText = m[1]!;
    body = source.slice(m[0].length);
    offsetLines = 1;
  }
  const bodyLine = whole ? 1 : source.slice(0, source.length - body.length).split('\n').length;
  const lineCounter = new LineCounter();
  let doc: Document | undefined;
  /** The position-aware `yaml` document, built only when a problem has to be located or explained. */
  const dokumen = (): Document => {
    // uniqueKeys off: its check compares every key with every other (44 s for a hostile file of
    // 60,000 keys); js-yaml already refuses duplicate keys, and kunciGanda() finds them linearly.
    doc ??= parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: false });
    return doc;
  };
  const at = (offset: number): Letak => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + offsetLines, col: p.col };
  };

  // js-yaml reads the data the way the site does, and fast. Its listener keeps the limits while it
  // reads, so a hostile file stops at the limit instead of after exhausting the stack or memory.
  let data: Record<string, unknown> = {};
  const errors: FrontmatterError[] = [];
  let nilai = 0;
  let kedalaman = 0;
  let berjangkar = false;
  const options: LoadOptions & { maxDepth: number } = {
    schema: SKEMA,
    // js-yaml's own guard, set above ours so the listener (which knows the position) speaks first.
    maxDepth: BATAS.kedalamanYaml + 5,
    listener(event: string, state: State) {
      if (event === 'close') {
        kedalaman--;
        if ((state as State & { anchor: string | null }).anchor !== null) berjangkar = true;
        return;
      }
      kedalaman++;
      nilai++;
      if (kedalaman > BATAS.kedalamanYaml) throw new Melampaui(awalNode(yamlText, state.position), pesanKedalaman());
      if (nilai > BATAS.nilaiYaml) throw new Melampaui(awalNode(yamlText, state.position), pesanNilai());
    },
  };
  try {
    const raw = load(yamlText, options);
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) data = raw as Record<string, unknown>;
    else errors.push({ line: 1 + offsetLines, col: 1, message: 'frontmatter harus berupa pasangan "kunci: nilai"' });
  } catch (e) {
    if (e instanceof Melampaui) {
      const p = letakTeks(yamlText, e.offset);
      errors.push({ line: p.line + offsetLines, col: p.col, message: e.message });
    } else errors.push(...yamlErrors(yamlText, offsetLines, e, dokumen, at));
  }
  // An anchor means aliases may repeat data; js-yaml shares it by reference, cheap to read but
  // exponential for anything that later walks it (the checker's string walk, JSON, zod). Measure
  // the expansion without performing it, and refuse the data rather than hand it on.
  if (!errors.length && berjangkar) {
    const masalah = periksaAlias(dokumen(), at) ?? periksaData(data, dokumen(), at);
    if (masalah) errors.push(masalah);
  }
  if (errors.length) data = {};

  return {
    data,
    body,
    bodyLine,
    errors,
    locate: (path, key) => {
      try {
        return locate(dokumen(), path, key, at, offsetLines);
      } catch {
        // Locating is a courtesy; a problem must be reported even where it cannot be pinned down.
        return { line: 1 + offsetLines, col: 1 };
      }
    },
    galatKetat: () => {
      if (errors.length) return [];
      let doc: Document;
      try {
        doc = dokumen();
      } catch {
        // As in locate(): the data js-yaml read is bounded, but a parser failure must not stop the check.
        return [];
      }
      const out = galatDokumen(doc, yamlText, offsetLines, at, 'pembaca YAML yang ketat (studio, npm run rapikan, penyunting seperti VS Code) menolak YAML ini, walau build membacanya secara longgar: ');
      if (out[0]) out[0].message += '. Penyebab yang paling sering: teks bertanda kutip yang berlanjut ke baris berikutnya tanpa menjorok; tulis teksnya dalam satu baris, atau menjoroklah baris lanjutannya';
      return out;
    },
  };
}

/** A limit met while js-yaml reads; thrown from its listener to stop reading at once. */
class Melampaui extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

const pesanKedalaman = (sebab = '') => `YAML tidak sah: data bersarang lebih dari ${BATAS.kedalamanYaml} tingkat${sebab}; sederhanakan strukturnya`;
const pesanNilai = (sebab = '') => `YAML tidak sah: frontmatter berisi lebih dari ${BATAS.nilaiYaml.toLocaleString('id-ID')} nilai${sebab}; pindahkan data sebanyak itu ke berkas lain`;

/** js-yaml opens a node before the blank and comment that precede it; the author's node starts after. */
function awalNode(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
    else if (c === '#') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol + 1;
    } else break;
  }
  return Math.min(i, text.length);
}

/** How much of the document a node stands for once its aliases are expanded. */
interface Ukuran {
  nilai: number;
  alias: number;
  kedalaman: number;
}

/**
 * Count the values, alias uses and nesting the document would have with every alias expanded,
 * from the syntax tree alone: each anchored node is measured once and an alias adds its measure.
 * Stops at the first limit crossed, and names the alias (or value) where that happens.
 */
function periksaAlias(doc: Document, at: (offset: number) => Letak): FrontmatterError | undefined {
  const jangkar = new Map<string, YamlNode>();
  const terukur = new Map<YamlNode, Ukuran>();
  const terbuka = new Set<YamlNode>();
  let nilai = 0;
  let alias = 0;
  const tolak = (node: YamlNode, message: string): never => {
    throw new Melampaui(node.range?.[0] ?? 0, message);
  };
  const ukur = (node: unknown, tingkat: number): Ukuran => {
    if (isAlias(node)) {
      // The last anchor of that name before the alias, as YAML defines; document order is walk order.
      const sumber = jangkar.get(node.source);
      if (!sumber) return { nilai: 0, alias: 1, kedalaman: 0 };
      if (terbuka.has(sumber)) tolak(node, `YAML tidak sah: alias *${potong(node.source)} dipakai di dalam jangkar &${potong(node.source)} sendiri, sehingga datanya tak berujung`);
      const u = terukur.get(sumber)!;
      alias += 1 + u.alias;
      nilai += u.nilai;
      if (alias > BATAS.aliasYaml) {
        tolak(node, `YAML tidak sah: alias dipakai lebih dari ${BATAS.aliasYaml} kali (alias di dalam jangkar dihitung setiap kali jangkarnya dipakai); tulis datanya langsung tanpa & dan *`);
      }
      if (nilai > BATAS.nilaiYaml) tolak(node, pesanNilai(` setelah alias *${potong(node.source)} diuraikan`));
      if (tingkat + u.kedalaman - 1 > BATAS.kedalamanYaml) tolak(node, pesanKedalaman(` setelah alias *${potong(node.source)} diuraikan`));
      return { nilai: u.nilai, alias: 1 + u.alias, kedalaman: u.kedalaman };
    }
    if (!node || typeof node !== 'object') return { nilai: 0, alias: 0, kedalaman: 0 };
    const n = node as YamlNode & { anchor?: string };
    if (n.anchor) {
      jangkar.set(n.anchor, n);
      terbuka.add(n);
    }
    nilai++;
    if (nilai > BATAS.nilaiYaml) tolak(n, pesanNilai());
    const u: Ukuran = { nilai: 1, alias: 0, kedalaman: 1 };
    const anak = (c: unknown) => {
      const v = ukur(c, tingkat + 1);
      u.nilai += v.nilai;
      u.alias += v.alias;
      u.kedalaman = Math.max(u.kedalaman, v.kedalaman + 1);
    };
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (isPair(item)) {
          anak(item.key);
          anak(item.value);
        } else anak(item);
      }
    }
    if (n.anchor) {
      terbuka.delete(n);
      terukur.set(n, u);
    }
    return u;
  };
  try {
    ukur(doc.contents, 1);
    return undefined;
  } catch (e) {
    if (e instanceof Melampaui) return { ...at(e.offset), message: e.message };
    throw e;
  }
}

/**
 * The same measure on the data js-yaml actually built, shared objects counted at every place they
 * appear. It guards the data handed on even where the two parsers might read anchors differently.
 */
function periksaData(data: unknown, doc: Document, at: (offset: number) => Letak): FrontmatterError | undefined {
  const terukur = new Map<object, { nilai: number; kedalaman: number }>();
  const terbuka = new Set<object>();
  const ukur = (v: unknown, tingkat: number): { nilai: number; kedalaman: number } => {
    if (v === null || typeof v !== 'object') return { nilai: 1, kedalaman: 0 };
    const lama = terukur.get(v);
    if (lama) return lama;
    // A cycle, or a chain of shared objects deeper than the limit: stop before the stack does.
    if (terbuka.has(v) || tingkat > BATAS.kedalamanYaml) return { nilai: Infinity, kedalaman: Infinity };
    terbuka.add(v);
    const u = { nilai: 1, kedalaman: 1 };
    for (const x of Array.isArray(v) ? v : Object.values(v)) {
      const c = ukur(x, tingkat + 1);
      u.nilai += c.nilai + (Array.isArray(v) ? 0 : 1);
      u.kedalaman = Math.max(u.kedalaman, c.kedalaman + 1);
      if (u.nilai > BATAS.nilaiYaml || u.kedalaman > BATAS.kedalamanYaml) break;
    }
    terbuka.delete(v);
    terukur.set(v, u);
    return u;
  };
  const u = ukur(data, 1);
  if (u.nilai <= BATAS.nilaiYaml && u.kedalaman <= BATAS.kedalamanYaml) return undefined;
  let pertama: YamlNode | undefined;
  cariAlias(doc.contents, (a) => (pertama ??= a));
  return { ...at(pertama?.range?.[0] ?? 0), message: `YAML tidak sah: alias (&nama dan *nama) menghasilkan data yang terlalu besar atau tak berujung; tulis datanya langsung tanpa & dan *` };
}

/** Every alias node, in document order. */
function cariAlias(node: unknown, temu: (a: YamlNode) => void): void {
  if (isAlias(node)) temu(node);
  else if (isMap(node) || isSeq(node)) {
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        cariAlias(item.key, temu);
        cariAlias(item.value, temu);
      } else cariAlias(item, temu);
    }
  }
}

/** The first GALAT_TAMPIL errors of `total`, and one line (at the next error) saying how many more there are. */
function batasi(list: FrontmatterError[], total = list.length): FrontmatterError[] {
  if (total <= GALAT_TAMPIL) return list;
  const sisa = total - GALAT_TAMPIL;
  return [
    ...list.slice(0, GALAT_TAMPIL),
    { ...list[GALAT_TAMPIL]!, message: `YAML tidak sah: ${sisa.toLocaleString('id-ID')} galat YAML lain tidak ditampilkan; perbaiki galat di atas dahulu, sisanya sering ikut hilang` },
  ];
}

/** The nearest line above `offset` with an unclosed `[` or `{`, and the column of that bracket. */
function opener(text: string, offset: number): Letak | undefined {
  const lines = text.slice(0, offset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    const open = (l.match(/[[{]/g) ?? []).length;
    const close = (l.match(/[\]}]/g) ?? []).length;
    if (open > close) return { line: i + 1, col: Math.max(l.lastIndexOf('['), l.lastIndexOf('{')) + 1 };
  }
  return undefined;
}

/** Explain why js-yaml refused the frontmatter, in Indonesian, at the most useful position. */
function yamlErrors(yamlText: string, offsetLines: number, cause: unknown, dokumen: () => Document, at: (offset: number) => Letak): FrontmatterError[] {
  let doc: Document | undefined;
  try {
    doc = dokumen();
  } catch {
    // The position-aware parser can exhaust the stack on input nested thousands deep, which js-yaml
    // refused long before; its own position is then the best there is.
  }
  if (doc?.errors.length) return galatDokumen(doc, yamlText, offsetLines, at, 'YAML tidak sah: ');
  if (doc) {
    const tags = tagAsing(doc, yamlText, at);
    if (tags.total) return batasi(tags.out, tags.total);
    const ganda = kunciGanda(doc, at);
    if (ganda) return [ganda];
  }
  // Only js-yaml objected, for a reason the position-aware parser does not see: its own position.
  const reason = cause instanceof YAMLException ? cause.reason : cause instanceof Error ? cause.message : String(cause);
  const mark = cause instanceof YAMLException ? cause.mark : undefined;
  const indo = JS_YAML_ERRORS.find(([re]) => re.test(reason))?.[1] ?? YAML_ERRORS.IMPOSSIBLE;
  return [{ line: (mark?.line ?? 0) + 1 + offsetLines, col: (mark?.column ?? 0) + 1, message: `YAML tidak sah: ${indo} (${potong(reason, 120)})` }];
}

/** The position-aware parser's errors, in Indonesian, each at its line (the first few; see batasi). */
function galatDokumen(doc: Document, yamlText: string, offsetLines: number, at: (offset: number) => Letak, awal: string): FrontmatterError[] {
  // Only the errors that will be shown are explained: opener() rereads the text before each one.
  const shown = doc.errors.slice(0, GALAT_TAMPIL + 1);
  const out = shown.map((e) => {
    const detail = potong(e.message.split('\n')[0]!, 120);
    const unclosed = /end with a|Missing closing/i.test(detail);
    // The parser notices an unclosed [ or { only on a later line; point at the opener instead.
    const o = unclosed ? opener(yamlText, e.pos[0]) : undefined;
    const p = o ? { line: o.line + offsetLines, col: o.col } : at(e.pos[0]);
    return { ...p, message: `${awal}${unclosed ? YAML_ERRORS.MISSING_CHAR : (YAML_ERRORS[e.code] ?? 'struktur tidak dapat dibaca')} (${detail})` };
  });
  return batasi(out, doc.errors.length);
}

/** Tags that would make YAML build something other than plain data, each named where it is written. */
function tagAsing(doc: Document, yamlText: string, at: (offset: number) => Letak): { out: FrontmatterError[]; total: number } {
  const out: FrontmatterError[] = [];
  let total = 0;
  const periksa = (node: unknown, tingkat: number): void => {
    // js-yaml refused this text for some reason; deeper than it would ever read is not worth a stack.
    if (!node || typeof node !== 'object' || isAlias(node) || tingkat > BATAS.kedalamanYaml) return;
    const n = node as YamlNode;
    if (n.tag && !TAG_DATA.has(n.tag) && ++total <= GALAT_TAMPIL + 1) {
      const tulis = potong(n.tag.startsWith('tag:yaml.org,2002:') ? `!!${n.tag.slice(18)}` : n.tag.startsWith('!') ? n.tag : `!<${n.tag}>`);
      // The node's range starts at its value; its tag is the last `!…` token written before it
      // (`!!x` and `!e!x` hold more than one `!`, so step back to the token's start).
      let i = yamlText.lastIndexOf('!', n.range?.[0] ?? 0);
      while (i > 0 && !/[\s[\]{},]/.test(yamlText[i - 1]!)) i--;
      out.push({
        ...at(Math.max(i, 0)),
        message: `YAML tidak sah: tag ${tulis} tidak diizinkan. Frontmatter hanya berisi data biasa (teks, angka, true/false, daftar, dan "kunci: nilai"); hapus tag itu`,
      });
    }
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (isPair(item)) {
          periksa(item.key, tingkat + 1);
          periksa(item.value, tingkat + 1);
        } else periksa(item, tingkat + 1);
      }
    }
  };
  periksa(doc.contents, 1);
  return { out, total };
}

/** The first key written twice in one mapping, found in one pass (the parser's own check is quadratic). */
function kunciGanda(doc: Document, at: (offset: number) => Letak): FrontmatterError | undefined {
  let temu: FrontmatterError | undefined;
  const periksa = (node: unknown, tingkat: number): void => {
    if (temu || !node || typeof node !== 'object' || tingkat > BATAS.kedalamanYaml) return;
    if (isMap(node)) {
      const kunci = new Set<string>();
      for (const pair of node.items) {
        const k = pair.key;
        if (isScalar(k)) {
          const nama = String(k.value);
          if (kunci.has(nama)) {
            temu = { ...at(k.range?.[0] ?? 0), message: `YAML tidak sah: ${YAML_ERRORS.DUPLICATE_KEY} ("${potong(nama)}")` };
            return;
          }
          kunci.add(nama);
        }
        periksa(pair.value, tingkat + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) periksa(isPair(item) ? item.value : item, tingkat + 1);
    }
  };
  periksa(doc.contents, 1);
  return temu;
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  key: string | undefined,
  at: (offset: number) => Letak,
  offsetLines: number,
): Letak {
  let node: unknown = doc.contents;
  let best = node as YamlNode | null;
  const segs = key === undefined ? path : [...path, key];
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === seg);
      if (!pair) break;
      // The last segment points at the value an author has to change, or at the key when it is
      // the key that is wrong (an unknown key) or the value is empty.
      if (i === segs.length - 1) {
        const value = pair.value as YamlNode | null;
        best = key === undefined && value?.range ? value : ((pair.key as YamlNode | null) ?? best);
        break;
      }
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else break;
    if (node && (node as YamlNode).range) best = node as YamlNode;
  }
  return best?.range ? at(best.range[0]) : { line: 1 + offsetLines, col: 1 };
}
