import { load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';

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
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Split and parse a Markdown/MDX file's YAML frontmatter, or a whole YAML data file (`whole`). */
export function parseFrontmatter(source: string, whole = false): ParsedFrontmatter {
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
      };
    }
    yamlText = m[1]!;
    body = source.slice(m[0].length);
    offsetLines = 1;
  }
  const bodyLine = whole ? 1 : source.slice(0, source.length - body.length).split('\n').length;
  // js-yaml reads the data the way Astro's loader does, and fast; the position-aware `yaml`
  // document is built only when a problem has to be located, which keeps `npm run check` quick.
  let data: Record<string, unknown> = {};
  const errors: FrontmatterError[] = [];
  try {
    const raw = load(yamlText);
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) data = raw as Record<string, unknown>;
    else errors.push({ line: 1 + offsetLines, col: 1, message: 'frontmatter harus berupa pasangan "kunci: nilai"' });
  } catch (e) {
    errors.push(...yamlErrors(yamlText, offsetLines, e));
  }
  let located: ((path: readonly PropertyKey[], key?: string) => { line: number; col: number }) | undefined;
  return {
    data,
    body,
    bodyLine,
    errors,
    locate: (path, key) => {
      if (!located) {
        const lineCounter = new LineCounter();
        const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
        const at = (offset: number) => {
          const p = lineCounter.linePos(offset);
          return { line: p.line + offsetLines, col: p.col };
        };
        located = (p, k) => locate(doc, p, k, at, offsetLines);
      }
      return located(path, key);
    },
  };
}

/** The nearest line above `offset` with an unclosed `[` or `{`, and the column of that bracket. */
function opener(text: string, offset: number): { line: number; col: number } | undefined {
  const lines = text.slice(0, offset).split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    const open = (l.match(/[[{]/g) ?? []).length;
    const close = (l.match(/[\]}]/g) ?? []).length;
    if (open > close) return { line: i + 1, col: Math.max(l.lastIndexOf('['), l.lastIndexOf('{')) + 1 };
  }
  return undefined;
}

/** Explain a YAML syntax error in Indonesian, at the position the position-aware parser gives. */
function yamlErrors(yamlText: string, offsetLines: number, cause: unknown): FrontmatterError[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return doc.errors.map((e) => {
      const detail = e.message.split('\n')[0]!;
      const unclosed = /end with a|Missing closing/i.test(detail);
      // The parser notices an unclosed [ or { only on a later line; point at the opener instead.
      const p = (unclosed && opener(yamlText, e.pos[0])) || lineCounter.linePos(e.pos[0]);
      return {
        line: p.line + offsetLines,
        col: p.col,
        message: `YAML tidak sah: ${unclosed ? YAML_ERRORS.MISSING_CHAR : (YAML_ERRORS[e.code] ?? 'struktur tidak dapat dibaca')} (${detail})`,
      };
    });
  }
  // Only js-yaml objected (e.g. a tag it does not know): report its own position.
  const mark = cause instanceof YAMLException ? cause.mark : undefined;
  return [{ line: (mark?.line ?? 0) + 1 + offsetLines, col: (mark?.column ?? 0) + 1, message: `YAML tidak sah: ${cause instanceof YAMLException ? cause.reason : String(cause)}` }];
}

function locate(
  doc: Document,
  path: readonly PropertyKey[],
  key: string | undefined,
  at: (offset: number) => { line: number; col: number },
  offsetLines: number,
): { line: number; col: number } {
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
