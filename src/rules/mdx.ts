/**
 * What an entry's MDX may contain beyond Markdown: the handbook's components, a short list of
 * harmless inline HTML, and comments. Entries come from untrusted pull requests, so nothing else
 * is allowed: no `import`/`export`, no `{expression}`, no attribute expression. The checker
 * (./body.ts) reports these rules with line and column; the renderer (src/lib/mdx/render.ts)
 * applies the same function to the tree it renders and refuses a node that breaks them, so what
 * the check passes and what the build renders can never differ.
 */
import { parse } from 'acorn';
import { editDistance } from '../schema/jarak-edit.ts';
import { UNSUR_PENILAIAN } from '../schema/penilaian.ts';
import type { JenisHalaman } from './jangkar.ts';

/** The collections whose bodies hold MDX. */
type KoleksiIsi = 'praktik' | 'model' | 'panduan';

/** The collections a kind of page shows (src/rules/jangkar.ts: an entry's page is a practice's or a model's). */
const KOLEKSI_HALAMAN: Readonly<Record<JenisHalaman, readonly KoleksiIsi[]>> = { entri: ['praktik', 'model'], panduan: ['panduan'] };

/**
 * The MDX components authors may use without importing them, and the props each accepts. `koleksi`
 * lists the collections whose bodies may hold it (all when absent), and `maksPerBerkas` how often
 * one file may: the guides' tables describe the site, not one innovation, and each is a large
 * table (900 `<TabelTesaurus />` in a practice made a 4.5 MB page inside the tag limit).
 */
export const KOMPONEN_MDX = {
  Catatan: {
    keterangan: 'Kotak catatan untuk hal yang perlu diperhatikan replikator.',
    props: {
      jenis: { wajib: false, pilihan: ['info', 'penting', 'peringatan'] },
      judul: { wajib: false },
    },
  },
  TabelTesaurus: {
    keterangan: 'Tabel konsep tesaurus pencarian beserta istilah padanannya, dari src/data/tesaurus.ts.',
    props: {},
    koleksi: ['panduan'],
    maksPerBerkas: 1,
  },
  TabelPenilaian: {
    keterangan: 'Tabel satu unsur kartu kesiapan (bukti, dampak, biaya, kompleksitas, tingkat-kompleksitas) dengan syarat isiannya, dari aturan penilaian situs (src/schema/penilaian.ts).',
    props: {
      unsur: { wajib: true, pilihan: UNSUR_PENILAIAN },
    },
    koleksi: ['panduan'],
    // One table per element of the card.
    maksPerBerkas: UNSUR_PENILAIAN.length,
  },
} as const satisfies Record<string, { keterangan: string; props: Record<string, { wajib: boolean; pilihan?: readonly string[] }>; koleksi?: readonly KoleksiIsi[]; maksPerBerkas?: number }>;

export type NamaKomponen = keyof typeof KOMPONEN_MDX;

/** Harmless inline HTML that MDX authors may write directly, with the attributes each may carry. */
export const HTML_DIIZINKAN: Record<string, readonly string[]> = {
  abbr: ['title'],
  // Only to mark a term in another language (`<i lang="id">jemput bola</i>` in an English guide),
  // so a screen reader pronounces it in that language: HTML's own element for it. Plain italics stay *…*.
  i: ['lang'],
  sub: [],
  sup: [],
  kbd: [],
  br: [],
  mark: [],
  small: [],
  cite: [],
  q: [],
  dfn: ['title'],
  time: ['datetime'],
  details: ['open'],
  summary: [],
};

/** Values an allowed HTML attribute may take, when not free text: the site's languages. */
const PILIHAN_HTML: Record<string, readonly string[]> = { lang: ['id', 'en'] };

/** Attributes an allowed HTML element must carry: an <i> without a language is only italics, written *…*. */
const WAJIB_HTML: Record<string, readonly string[]> = { i: ['lang'] };

/** Attributes that are written bare (`<details open>`): a value would be ignored by browsers and read by nobody. */
const TANPA_NILAI = new Set(['open']);

const FORBIDDEN_TAGS: Record<string, string> = {
  script: 'skrip tidak boleh ada di entri: halaman harus aman dan berjalan tanpa skrip pihak lain',
  iframe: 'iframe tidak boleh dipakai: situs tidak memuat apa pun dari situs lain; tautkan videonya di lampiran',
  style: 'gaya CSS tidak boleh ditulis di entri: tampilan diatur oleh tema situs',
  meta: 'meta tidak boleh ditulis di entri: kepala halaman diatur oleh situs',
  link: 'link tidak boleh ditulis di entri: untuk tautan tulis [teks](https://…)',
  base: 'base tidak boleh ditulis di entri: alamat halaman diatur oleh situs',
  object: 'object tidak boleh dipakai: situs tidak memuat konten tertanam',
  embed: 'embed tidak boleh dipakai: situs tidak memuat konten tertanam',
  form: 'formulir tidak boleh ada di entri: situs tidak mengirim data ke mana pun',
  svg: 'SVG sebaris tidak diizinkan: simpan gambar sebagai berkas PNG, JPEG atau WebP di samping entri',
};

/** The forbidden tag's message, wherever the tag is found. */
const pesanTerlarang = (name: string) => `<${name}> tidak diizinkan: ${FORBIDDEN_TAGS[name.toLowerCase()]}`;

/**
 * What an author writing HTML out of habit writes in Markdown instead. Without it the nearest
 * allowed name would be offered, and `<a>` is one letter from `<q>`.
 */
const PADANAN_MARKDOWN: Record<string, string> = {
  a: 'tulis tautan sebagai [teks](https://…)',
  u: 'tandai dengan **tebal** atau *miring*; garis bawah di halaman web dikira tautan',
  b: 'tulis **teks tebal**',
  strong: 'tulis **teks tebal**',
  i: 'tulis *teks miring*; <i> hanya untuk istilah berbahasa lain, dengan bahasanya: <i lang="id">jemput bola</i>',
  em: 'tulis *teks miring*',
  img: 'tulis gambar sebagai ![teks alt yang menguraikan isinya](./gambar/nama-berkas.png)',
  p: 'pisahkan paragraf dengan satu baris kosong',
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((t) => [t, 'tulis judul bagian sebagai ## Judul (### untuk sub-bagian)'])),
  ul: 'tulis daftar dengan "- " di awal setiap butir',
  ol: 'tulis daftar bernomor dengan "1. ", "2. " di awal setiap butir',
  li: 'tulis butir daftar dengan "- " atau "1. " di awal baris',
  blockquote: 'tulis kutipan dengan "> " di awal baris',
  ...Object.fromEntries(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th'].map((t) => [t, 'tulis tabel Markdown: | Kolom A | Kolom B |, lalu |---|---|, lalu satu baris per baris tabel'])),
};

/** Tags whose content MDX reads as code, so that CSS or script braces fail the parse before the tag is judged; not one quoted as `code`. */
const TAG_BERISI_KODE = /(?<!`)<(\/?)(script|style)\b/gi;

/**
 * The forbidden tag an MDX parse error at `offset` lies inside, if any: `<style>h2{color:red}`
 * fails as an unreadable `{…}` expression, but what the author must change is the tag. The tag
 * must still be open and in the same block as the error (no blank line between), so a tag shown
 * in an earlier paragraph or code block is not blamed.
 */
export function tagTerlarangTerbuka(source: string, offset: number): { letak: { line: number; col: number }; message: string } | undefined {
  const sebelum = source.slice(0, offset);
  let buka: RegExpExecArray | undefined;
  for (const m of sebelum.matchAll(TAG_BERISI_KODE)) buka = m[1] ? undefined : m;
  if (!buka || /\n[ \t]*\n/.test(sebelum.slice(buka.index))) return undefined;
  const baris = sebelum.slice(0, buka.index).split('\n');
  return { letak: { line: baris.length, col: baris.at(-1)!.length + 1 }, message: pesanTerlarang(buka[2]!) };
}

/** The MDX node types, as both the mdast the checker reads and the hast the renderer reads have them. */
export interface NodeMdx {
  type: string;
  value?: string;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/**
 * True when an expression's source is a comment and nothing else. Decided by parsing it as a
 * program: a comment that hides code (`{/* a *\/ run() /* b *\/}`) has a statement, and text
 * that is not JavaScript at all is not a comment either.
 */
export function hanyaKomentar(source: string): boolean {
  try {
    return parse(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: false }).body.length === 0;
  } catch {
    return false;
  }
}

const daftar = (names: readonly string[]) => names.join(', ') || '(tidak ada)';

/**
 * What the rules know of the file a node is in: the page it is shown on, and how often each
 * component has been met so far. One per file, made by `konteksMdx`, passed with every node in
 * document order: the checker (./body.ts) and the renderer (src/lib/mdx/render.ts) both do, so both
 * refuse the same node.
 */
export interface KonteksMdx {
  halaman: JenisHalaman;
  dipakai: Map<string, number>;
}

export const konteksMdx = (halaman: JenisHalaman): KonteksMdx => ({ halaman, dipakai: new Map() });

/**
 * Every rule an MDX node breaks, as messages for the author; empty for Markdown nodes and allowed
 * MDX. Without `konteks` (a fragment, not a file: the studio's preview, a test) the components'
 * collections and counts are not judged.
 */
export function masalahMdx(node: NodeMdx, konteks?: KonteksMdx): string[] {
  switch (node.type) {
    case 'mdxjsEsm': {
      const kind = /^\s*export\b/m.test(node.value ?? '') ? 'export' : 'import';
      return [`"${kind}" tidak diizinkan di entri. Komponen yang tersedia (${daftar(Object.keys(KOMPONEN_MDX))}) dapat dipakai langsung tanpa import`];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return hanyaKomentar(node.value ?? '')
        ? []
        : [`ekspresi {${(node.value ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}} tidak diizinkan; hanya komentar {/* … */}. Untuk kurung kurawal sebagai teks tulis \\{`];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return masalahJsx(node, konteks);
    default:
      return [];
  }
}

/**
 * Why an element name the author believes correct is not: the allowed name it is one typo (or
 * letter case) away from, and letters outside ASCII, which can look exactly like Latin ones
 * (Cyrillic "а" in "Catаtan") and otherwise leave the author staring at two identical names.
 * Each part ends with its own mark, so the list that follows starts a sentence of its own.
 */
function pesanElemen(name: string): string {
  const padanan = Object.hasOwn(PADANAN_MARKDOWN, name.toLowerCase()) ? PADANAN_MARKDOWN[name.toLowerCase()] : undefined;
  if (padanan) return `elemen <${name}> tidak diizinkan; ${padanan}`;
  const asing = [...new Set(name.match(/[^\x00-\x7f]/gu) ?? [])];
  const batas = name.length < 6 ? 1 : 2;
  const mirip = [...Object.keys(KOMPONEN_MDX), ...Object.keys(HTML_DIIZINKAN)].find((n) => editDistance(name.toLowerCase(), n.toLowerCase()) <= batas);
  return [
    `elemen <${name}> tidak diizinkan${mirip ? `; mungkin maksud Anda <${mirip}>?` : '.'}`,
    ...(asing.length ? [`Nama ini memuat huruf di luar ASCII yang bisa tampak seperti huruf Latin: ${asing.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}; ketik ulang namanya.`] : []),
    `Komponen yang tersedia: ${daftar(Object.keys(KOMPONEN_MDX))}; HTML yang diizinkan: ${daftar(Object.keys(HTML_DIIZINKAN))}`,
  ].join(' ');
}

/** Where a component is not allowed, or once too often: nothing without a file's context. */
function masalahTempat(name: NamaKomponen, konteks: KonteksMdx | undefined): string[] {
  if (!konteks) return [];
  const k = KOMPONEN_MDX[name];
  const koleksi: readonly KoleksiIsi[] | undefined = 'koleksi' in k ? k.koleksi : undefined;
  const maks = 'maksPerBerkas' in k ? k.maksPerBerkas : undefined;
  const di = KOLEKSI_HALAMAN[konteks.halaman];
  if (koleksi && !di.every((x) => koleksi.includes(x))) {
    return [`komponen <${name}> hanya dapat dipakai di ${koleksi.join(' dan ')} (content/${koleksi[0]}/), bukan di ${di.join(' atau ')}: isinya menjelaskan situs, bukan satu inovasi; hapus tag ini`];
  }
  const ke = (konteks.dipakai.get(name) ?? 0) + 1;
  konteks.dipakai.set(name, ke);
  // Reported once, at the first one too many: each is a large table.
  if (maks !== undefined && ke === maks + 1) {
    return [`komponen <${name}> dipakai lebih dari ${maks} kali di berkas ini (ini yang ke-${ke}); paling banyak ${maks}: hapus yang berulang`];
  }
  return [];
}

function masalahJsx(node: NodeMdx, konteks?: KonteksMdx): string[] {
  const name = node.name ?? '';
  if (!name) return ['fragmen JSX <>…</> tidak diizinkan'];
  const out: string[] = [];
  const komponen = Object.hasOwn(KOMPONEN_MDX, name) ? KOMPONEN_MDX[name as NamaKomponen] : undefined;
  const html = Object.hasOwn(HTML_DIIZINKAN, name) ? HTML_DIIZINKAN[name] : undefined;
  if (!komponen && !html) {
    out.push(Object.hasOwn(FORBIDDEN_TAGS, name.toLowerCase()) ? pesanTerlarang(name) : pesanElemen(name));
  }
  const props: Record<string, { wajib: boolean; pilihan?: readonly string[] }> = komponen?.props ?? {};
  const allowed = komponen ? Object.keys(props) : (html ?? []);
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute') {
      out.push(`atribut sebaran {...} tidak diizinkan pada <${name}>`);
      continue;
    }
    const attrName = attr.name ?? '';
    if (/^on/i.test(attrName)) {
      out.push(`atribut peristiwa "${attrName}" tidak diizinkan pada <${name}>: entri tidak boleh menjalankan skrip`);
      continue;
    }
    if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      out.push(`atribut "${attrName}" pada <${name}> harus berupa teks dalam tanda kutip, bukan ekspresi {…}`);
      continue;
    }
    if ((komponen || html) && !allowed.includes(attrName)) {
      out.push(`atribut "${attrName}" tidak dikenal pada <${name}>. Atribut yang diizinkan: ${daftar(allowed)}`);
      continue;
    }
    if (TANPA_NILAI.has(attrName) && attr.value !== null && attr.value !== undefined) {
      out.push(`atribut "${attrName}" pada <${name}> ditulis tanpa nilai, mis. <${name} ${attrName}>`);
      continue;
    }
    const pilihan = Object.hasOwn(props, attrName) ? props[attrName]!.pilihan : html && Object.hasOwn(PILIHAN_HTML, attrName) ? PILIHAN_HTML[attrName] : undefined;
    if (pilihan && typeof attr.value === 'string' && !pilihan.includes(attr.value)) {
      out.push(`nilai "${attr.value}" tidak dikenal untuk ${attrName} pada <${name}>. Pilihan: ${pilihan.join(', ')}`);
    }
  }
  if (html && Object.hasOwn(WAJIB_HTML, name)) {
    const given = new Set((node.attributes ?? []).map((a) => a.name));
    for (const attr of WAJIB_HTML[name]!) if (!given.has(attr)) out.push(`atribut "${attr}" wajib diisi pada <${name}>; ${PADANAN_MARKDOWN[name]}`);
  }
  if (komponen) {
    const given = new Set((node.attributes ?? []).map((a) => a.name));
    for (const [prop, spec] of Object.entries(props)) if (spec.wajib && !given.has(prop)) out.push(`atribut "${prop}" wajib diisi pada <${name}>`);
    out.push(...masalahTempat(name as NamaKomponen, konteks));
  }
  return out;
}
