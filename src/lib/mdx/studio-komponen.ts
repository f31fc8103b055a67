/**
 * The handbook's MDX components (src/rules/mdx.ts) as editor components of the studio's body
 * widget (Decap CMS `registerEditorComponent`): the rich-text mode shows `<Catatan …>…</Catatan>`
 * as a block with a form of the component's allowed props, and its preview is the site's own
 * rendering of it (./komponen.ts). Props, their choices and which are required come from the
 * registry; there is no second list.
 *
 * Decap reads a block with `pattern` and `fromBlock` and writes it back with `toBlock` whenever
 * the rich-text body is serialized. Only source forms `toBlock` writes back byte for byte match:
 * `<Nama a="…" b='…'>isi</Nama>` on one line, the same with the content on lines of its own, and
 * `<Nama … />`; attributes known to the component, each once, with a non-empty value (a listed
 * choice where the prop has choices), in any order and either quote. Anything else (an unknown
 * attribute, an expression, a nested component) is left to Decap as it was, and to `npm run check`.
 * Attribute values are kept as written, character references included.
 */
import type { Element, ElementContent } from 'hast';
import { KOMPONEN_MDX, type NamaKomponen } from '../../rules/mdx.ts';
import type { Anak, BuatElemen } from '../studio-pratinjau.ts';
import { KOMPONEN } from './komponen.ts';

type Kutip = '"' | "'";
/**
 * How a block was written, so that writing it back gives the same text: the attributes' order and
 * quotes, and whether it closes itself (`sendiri`, with or without a space before `/>`), holds its
 * content on the tag's line (`sebaris`) or on lines of its own (`blok`).
 */
export interface BentukBlok {
  urutan: string[];
  kutip: Record<string, Kutip>;
  tutup: 'sendiri' | 'sebaris' | 'blok';
  spasi: boolean;
}

/** A block's data as the editor form holds it: its props by name, `isi` (the content) and `bentuk`. */
export type DataBlok = { [prop: string]: unknown; isi?: string; bentuk?: BentukBlok };

/** A Decap editor component (decap-cms-core/src/valueObjects/EditorComponent.js). */
export interface KomponenEditor<N> {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => DataBlok;
  toBlock: (data: DataBlok) => string;
  toPreview: (data: DataBlok, getAsset?: unknown) => N | string;
}

type SpekProp = { wajib: boolean; pilihan?: readonly string[] };
const propsDari = (nama: NamaKomponen): [string, SpekProp][] => Object.entries(KOMPONEN_MDX[nama].props as Record<string, SpekProp>);

/** Stands for the content in a rendering, to find where the renderer puts it. */
const TEMPAT_ISI = 'pustaka-isi-komponen';
const tempatIsi: Element = { type: 'element', tagName: TEMPAT_ISI, properties: {}, children: [] };

/** The components whose rendering shows their content (Catatan); the others are generated tables. */
export const BERISI: ReadonlySet<NamaKomponen> = new Set(
  (Object.keys(KOMPONEN_MDX) as NamaKomponen[]).filter((n) => {
    const cari = (e: ElementContent | Element): boolean => e.type === 'element' && (e.tagName === TEMPAT_ISI || e.children.some(cari));
    // A valid set of props: the first choice of each required prop.
    const props = Object.fromEntries(propsDari(n).filter(([, s]) => s.wajib).map(([p, s]) => [p, s.pilihan?.[0] ?? 'x']));
    return cari(KOMPONEN[n](props, [tempatIsi], { bahasa: 'id' }));
  }),
);

const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every order of every subset of the props that holds the required ones: each written once. */
function urutanProp(props: readonly [string, SpekProp][]): string[][] {
  const out: string[][] = [];
  const jalan = (awal: string[], sisa: readonly [string, SpekProp][]) => {
    if (props.every(([p, s]) => !s.wajib || awal.includes(p))) out.push(awal);
    sisa.forEach(([p], i) => jalan([...awal, p], [...sisa.slice(0, i), ...sisa.slice(i + 1)]));
  };
  jalan([], props);
  return out;
}

/** The source forms of a component that its `toBlock` writes back exactly. */
export function polaKomponen(nama: NamaKomponen): RegExp {
  const props = propsDari(nama);
  const nilai = (s: SpekProp) => (s.pilihan ? `(?:"(?:${s.pilihan.map(escRe).join('|')})"|'(?:${s.pilihan.map(escRe).join('|')})')` : `(?:"[^"\\n]+"|'[^'\\n]+')`);
  const spek = Object.fromEntries(props);
  const atribut = urutanProp(props)
    .map((u) => u.map((p) => ` ${p}=${nilai(spek[p]!)}`).join(''))
    .sort((a, b) => b.length - a.length);
  const attr = `(?:${atribut.join('|')})`;
  // The content never holds the component's own tags (no nesting), and on the tag's line it
  // neither starts nor ends with a line break nor holds an empty line (MDX ends the paragraph there).
  const bebas = `(?!</?${nama}[\\s/>])`;
  const sebaris = `(?!\\n)(?:${bebas}(?!\\n[ \\t]*\\n)[\\s\\S])*?(?<!\\n)`;
  const blok = `\\n(?:${bebas}[\\s\\S])*?\\n`;
  return new RegExp(`^<${nama}${attr}(?: ?/>|>(?:${blok}|${sebaris})</${nama}>)(?=[ \\t]*(?:\\n|$))`);
}

/** A block's data from its source text (which its component's pattern matched). */
export function bacaBlok(nama: NamaKomponen, teks: string): DataBlok {
  const buka = new RegExp(`^<${nama}((?: [a-z_]+=(?:"[^"]*"|'[^']*'))*)( ?)(/?)>`).exec(teks);
  if (!buka) throw new Error(`bukan <${nama}>: ${teks.slice(0, 40)}`);
  const data: DataBlok = {};
  const bentuk: BentukBlok = { urutan: [], kutip: {}, tutup: 'sendiri', spasi: buka[2] === ' ' };
  for (const a of buka[1]!.matchAll(/ ([a-z_]+)=(?:"([^"]*)"|'([^']*)')/g)) {
    const p = a[1]!;
    bentuk.urutan.push(p);
    bentuk.kutip[p] = a[2] !== undefined ? '"' : "'";
    data[p] = a[2] ?? a[3];
  }
  if (!buka[3]) {
    const isi = teks.slice(buka[0].length, teks.length - `</${nama}>`.length);
    const blok = isi.length >= 2 && isi.startsWith('\n') && isi.endsWith('\n');
    bentuk.tutup = blok ? 'blok' : 'sebaris';
    data.isi = blok ? isi.slice(1, -1) : isi;
  }
  data.bentuk = bentuk;
  return data;
}

/** A prop's value as written: in its former quote when the value allows it. */
function atributTeks(nama: string, nilai: string, kutip: Kutip | undefined): string {
  const q: Kutip = kutip === "'" ? (nilai.includes("'") ? '"' : "'") : nilai.includes('"') && !nilai.includes("'") ? "'" : '"';
  // A value holding both quotes: MDX reads character references in attribute values.
  return ` ${nama}=${q}${q === '"' ? nilai.replace(/"/g, '&quot;') : nilai}${q}`;
}

/** A block's source text from its data: the text it was read from when nothing changed. */
export function tulisBlok(nama: NamaKomponen, data: DataBlok): string {
  const props = propsDari(nama).map(([p]) => p);
  const b = data.bentuk;
  const urutan = [...(b?.urutan.filter((p) => props.includes(p)) ?? []), ...props.filter((p) => !b?.urutan.includes(p))];
  const attr = urutan
    .filter((p) => typeof data[p] === 'string' && data[p] !== '')
    .map((p) => atributTeks(p, data[p] as string, b?.kutip[p]))
    .join('');
  const isi = typeof data.isi === 'string' ? data.isi : '';
  if (!isi && (b ? b.tutup === 'sendiri' : !BERISI.has(nama))) return `<${nama}${attr}${b && !b.spasi ? '' : ' '}/>`;
  // Content with an empty line, or starting or ending a line, cannot stay on the tag's line.
  const sebaris = (b && b.tutup !== 'sendiri' ? b.tutup === 'sebaris' : !isi.includes('\n')) && !/^\n|\n$|\n[ \t]*\n/.test(isi);
  return sebaris ? `<${nama}${attr}>${isi}</${nama}>` : `<${nama}${attr}>\n${isi}\n</${nama}>`;
}

/** React's names for the HAST properties the components use. */
const propReact = (k: string) => (/^(aria|data)[A-Z]/.test(k) ? k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : k);

/** A HAST tree as elements of `h`, with the content where the renderer put it. */
function keElemen<N>(node: Element | ElementContent, h: BuatElemen<N>, isi: Anak<N>): Anak<N> {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return null;
  if (node.tagName === TEMPAT_ISI) return isi;
  const props: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node.properties ?? {})) props[propReact(k)] = Array.isArray(v) ? v.join(' ') : v;
  return h(node.tagName, props, ...node.children.map((c) => keElemen(c, h, isi)));
}

/** The site's rendering of a block, as elements of `h`; the content is drawn by `isi` (Markdown). */
function pratinjauBlok<N>(nama: NamaKomponen, data: DataBlok, h: BuatElemen<N>, isi: (md: string) => Anak<N>): N | string {
  const props: Record<string, string> = {};
  for (const [p, s] of propsDari(nama)) {
    const v = data[p];
    if (typeof v === 'string' && v !== '' && (!s.pilihan || s.pilihan.includes(v))) props[p] = v;
  }
  try {
    const isiBlok = typeof data.isi === 'string' && data.isi ? isi(data.isi) : null;
    return keElemen(KOMPONEN[nama](props, [tempatIsi], { bahasa: 'id' }), h, isiBlok) as N;
  } catch {
    // A required prop not chosen yet (a block just inserted): the block says what it is.
    return h('p', { className: 'kecil muted' }, `<${nama}>`);
  }
}

/**
 * An MDX comment, `{/* … *\/}`: one comment and nothing else (what the checker allows,
 * src/rules/mdx.ts), not across an empty line. The scaffold of a new entry (`npm run new`, the
 * studio's defaults) opens every section with one.
 */
export const POLA_KOMENTAR = /^\{\/\*(?:(?!\*\/)(?!\n[ \t]*\n)[\s\S])*\*\/\}/;

/**
 * MDX comments as an inline editor component. Without it the rich-text mode read a comment as
 * Markdown and wrote `{/* Paling banyak 200 kata … *\/}` back as `{/ *Paling banyak 200 kata …* /}`,
 * an expression the checker refuses: a new draft whose body was touched in that mode failed the
 * check at every section. Kept as written; the rich-text editor shows it greyed, and the preview
 * pane, like the site, not at all (Decap calls `toPreview` with `getAsset` there, without it in the
 * editor).
 */
export function komponenKomentar<N>(h: BuatElemen<N>): KomponenEditor<N> & { type: 'inline'; fromInline: (m: RegExpMatchArray) => DataBlok; toInline: (d: DataBlok) => string } {
  const teks = (d: DataBlok) => (typeof d.teks === 'string' ? d.teks : '');
  return {
    id: 'KomentarMdx',
    label: 'Komentar',
    type: 'inline',
    fields: [{ name: 'teks', label: 'Komentar', widget: 'string' }],
    pattern: POLA_KOMENTAR,
    fromInline: (m) => ({ teks: m[0] }),
    toInline: teks,
    fromBlock: (m) => ({ teks: m[0] }),
    toBlock: teks,
    toPreview: (d, getAsset) => (getAsset === undefined ? h('span', { title: 'Komentar: tidak tampil di situs', style: { color: '#5c6670' } }, teks(d)) : ''),
  };
}

/** "TabelPenilaian" → "Tabel penilaian". */
const labelDari = (nama: string) => nama.replace(/(?<=[a-z])([A-Z])/g, (c) => ` ${c.toLowerCase()}`);

/**
 * Every component of the registry as a Decap editor component. Decap registers them for every
 * body, so a component the checker refuses in every studio body (`ditolak`: the checker's message,
 * src/lib/studio.ts) is still read as a block where an entry holds it, but its preview is that
 * message, not the table the site would never render there.
 */
export function komponenEditor<N>(h: BuatElemen<N>, isi: (md: string, getAsset?: unknown) => Anak<N>, ditolak: Partial<Record<NamaKomponen, string>> = {}): KomponenEditor<N>[] {
  return (Object.keys(KOMPONEN_MDX) as NamaKomponen[]).map((nama) => {
    const masalah = Object.hasOwn(ditolak, nama) ? ditolak[nama] : undefined;
    const fields: Record<string, unknown>[] = propsDari(nama).map(([p, s]) => ({
      name: p,
      label: labelDari(p[0]!.toUpperCase() + p.slice(1)),
      widget: s.pilihan ? 'select' : 'string',
      required: s.wajib,
      ...(s.pilihan ? { options: [...s.pilihan] } : {}),
    }));
    if (BERISI.has(nama)) fields.push({ name: 'isi', label: 'Isi', widget: 'text', required: false, hint: 'Markdown, seperti badan entri.' });
    if (fields[0]) fields[0].hint = KOMPONEN_MDX[nama].keterangan;
    return {
      id: nama,
      label: labelDari(nama),
      fields,
      pattern: polaKomponen(nama),
      fromBlock: (m) => bacaBlok(nama, m[0]),
      toBlock: (d) => tulisBlok(nama, d),
      toPreview: (d, getAsset) => (masalah ? h('p', { className: 'peringatan', role: 'note' }, `<${nama}>: ${masalah}`) : pratinjauBlok(nama, d, h, (md) => isi(md, getAsset))),
    };
  });
}
