/**
 * The one way an entry file is written: by the authoring studio when it saves (registered as a
 * Decap custom format, scripts/studio.ts) and by `npm run rapikan` for files written by hand. Keys
 * follow the schema's order at every level, lists of words stay on one line (`[a, b]`), lists of
 * records are blocks, lines are never folded, strings are quoted only where YAML needs it, and the
 * body is kept byte for byte. Reading and writing a file in this form gives the same bytes back,
 * so a studio edit changes only the lines of the field that changed.
 */
import { Document, isMap, isScalar, isSeq, parse, type Node, type Pair } from 'yaml';

/** The order of keys at one level, and of the levels below it (from the studio's fields). */
export interface UrutanKunci {
  kunci: string[];
  anak: Record<string, UrutanKunci>;
}

interface FieldUrutan {
  name: string;
  fields?: FieldUrutan[];
  field?: FieldUrutan;
}

export function urutanDari(fields: readonly FieldUrutan[]): UrutanKunci {
  const out: UrutanKunci = { kunci: [], anak: {} };
  for (const f of fields) {
    out.kunci.push(f.name);
    const sub = f.fields ?? f.field?.fields;
    if (sub) out.anak[f.name] = urutanDari(sub);
  }
  return out;
}

const kosong = (v: unknown) => v === null || v === undefined || v === '';

/** A value with its keys in schema order and the empty values an editor leaves behind removed. */
function rapikan(v: unknown, u: UrutanKunci | undefined): unknown {
  if (Array.isArray(v)) return v.filter((x) => !kosong(x)).map((x) => rapikan(x, u));
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    const urut = [...(u?.kunci.filter((k) => k in o) ?? []), ...Object.keys(o).filter((k) => !u?.kunci.includes(k))];
    const out: Record<string, unknown> = {};
    for (const k of urut) if (!kosong(o[k])) out[k] = rapikan(o[k], u?.anak[k]);
    return out;
  }
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

/** Longest item of a list still written on one line: keywords and ids, not sentences. */
const PENDEK = 40;

/** Lists of short plain values on one line; lists of sentences or records as blocks. */
function gaya(node: Node | null | undefined): void {
  if (isSeq(node)) {
    node.flow = node.items.length === 0 || node.items.every((i) => isScalar(i) && String(i.value).length <= PENDEK);
    for (const i of node.items) gaya(i as Node);
  } else if (isMap(node)) {
    for (const p of node.items as Pair[]) gaya(p.value as Node);
  }
}

/** Frontmatter YAML of the data (without the body), ending in a newline. */
export function yamlFrontmatter(data: Record<string, unknown>, urutan: UrutanKunci): string {
  const doc = new Document(rapikan(data, urutan));
  gaya(doc.contents as Node);
  return doc.toString({ lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false });
}

/** An entry file from its data: `body` is the text after the frontmatter, kept as is. */
export function keFile(data: Record<string, unknown>, urutan: UrutanKunci): string {
  const { body, ...fm } = data;
  const isi = typeof body === 'string' ? body : '';
  return `---\n${yamlFrontmatter(fm, urutan)}---\n${isi.startsWith('\n') || !isi ? isi : `\n${isi}`}`;
}

/** An entry file's frontmatter text and body (the text after it); null without frontmatter. */
export function pisahFile(teks: string): { frontmatter: string; body: string } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(teks);
  return m ? { frontmatter: m[1]!, body: teks.slice(m[0].length) } : null;
}

/** An entry file's data: the frontmatter's fields and `body`, the text after it. */
export function dariFile(teks: string): Record<string, unknown> {
  const f = pisahFile(teks);
  if (!f) return { body: teks };
  const data = (parse(f.frontmatter, { schema: 'core' }) ?? {}) as Record<string, unknown>;
  return { ...data, body: f.body };
}
