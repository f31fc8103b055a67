import { CORE_SCHEMA, load, Type, YAMLException, type LoadOptions, type State } from 'js-yaml';
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { tampakkan } from '../lib/tampakkan.ts';
import { potong } from '../schema/common.ts';
import { tokenYaml } from '../lib/token-yaml.ts';
import { BATAS } from '../rules/batas.ts';
import { TAK_TERLIHAT } from '../rules/tak-terlihat.ts';
import { letakTeks } from '../rules/letak.ts';

/**
 * Indonesian explanations of the YAML parser's error codes (every code of `yaml`'s ErrorCode). A
 * message that has one does not repeat the parser's English: the author is not a programmer, and
 * some of it reads as advice to one ("please use YAML.parseAllDocuments()"). A code added by a
 * later parser version still gets an Indonesian lead and the English in brackets.
 */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'indentasi tidak konsisten; gunakan spasi yang sama untuk setiap tingkat',
  TAB_AS_INDENT: 'tab dipakai sebagai indentasi; gunakan spasi',
  DUPLICATE_KEY: 'kunci yang sama ditulis dua kali',
  MISSING_CHAR: 'ada tanda yang belum ditutup (tanda kutip, ] atau })',
  UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan di sini',
  BLOCK_AS_IMPLICIT_KEY: 'kunci tidak boleh berupa blok; periksa titik dua dan indentasi',
  MULTILINE_IMPLICIT_KEY: 'kunci tidak boleh lebih dari satu baris; mungkin titik dua (:) hilang di baris sebelumnya',
  MULTIPLE_DOCS: 'frontmatter hanya boleh satu dokumen YAML; hapus baris --- atau ... di tengahnya',
  BAD_SCALAR_START: 'nilai diawali tanda yang tidak boleh; apit nilainya dengan tanda kutip',
  IMPOSSIBLE: 'struktur YAML tidak dapat dibaca',
  ALIAS_PROPS: 'alias (*nama) tidak boleh diberi tag (!…) atau jangkar (&nama)',
  BAD_ALIAS: 'alias (*nama) ditulis salah atau jangkarnya (&nama) tidak ada',
  BAD_DIRECTIVE: 'baris yang diawali % tidak dikenal YAML; apit nilainya dengan tanda kutip',
  BAD_DQ_ESCAPE: 'garis miring terbalik (\\) dalam teks berkutip ganda memulai kode yang tidak dikenal; tulis \\\\ atau pakai kutip tunggal',
  BAD_PROP_ORDER: 'tag (!…) atau jangkar (&nama) ditulis di tempat yang salah; tulis tepat sebelum nilainya',
  BLOCK_IN_FLOW: 'daftar bergaris (- …) atau "kunci: nilai" bertingkat tidak boleh di dalam kurung [ ] atau { }',
  KEY_OVER_1024_CHARS: 'kunci lebih dari 1.024 karakter sebelum titik duanya; mungkin titik dua (:) hilang',
  MULTIPLE_ANCHORS: 'satu nilai hanya boleh punya satu jangkar (&nama)',
  MULTIPLE_TAGS: 'satu nilai hanya boleh punya satu tag (!…)',
  NON_STRING_KEY: 'kunci harus berupa teks, bukan daftar atau kelompok',
  RESOURCE_EXHAUSTION: 'YAML ini terlalu berat untuk dibaca (terlalu banyak alias atau nilai); sederhanakan strukturnya',
  TAG_RESOLVE_FAILED: 'tag (!…) tidak dikenal atau tidak cocok dengan nilainya; hapus tagnya',
  BAD_COLLECTION_TYPE: 'tag (!!map atau !!seq) tidak cocok dengan bentuk nilainya; hapus tagnya',
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
  [/unknown tag|cannot resolve a node/, YAML_ERRORS.TAG_RESOLVE_FAILED!],
];

/**
 * YAML errors shown per file. One slip (an unclosed quote) can make every later line an error, and a
 * hostile file can have a hundred thousand; the first few are the ones to fix, the rest often vanish.
 */
const GALAT_TAMPIL = 10;

/** Author-written names (tags, anchors, keys) quoted in a message, cut so a hostile one cannot flood the report. */

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
  /** The field the problem is in, when it is one value's (a frontmatter path, as zod's). */
  path?: PropertyKey[];
}

/** A comment in the frontmatter, where it is written and in which field's line. */
export interface Komentar {
  line: number;
  col: number;
  path?: PropertyKey[];
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
  /** The comments matching `cocok` (tested on the comment from its `#`), when the frontmatter was read. */
  komentar(cocok: RegExp): Komentar[];
}

type Letak = { line: number; col: number };

export interface OpsiBaca {
  /**
   * Whether the field at a path holds a number (the collection's schema decides). It words the
   * message for `5.000`, which YAML reads as 5; without it, a value YAML reads as a number is
   * taken to be meant as one.
   */
  angka?: (path: readonly PropertyKey[]) => boolean;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Where the MDX parser (Sätteri) would end the frontmatter elsewhere than `FENCE`: it takes no
 * closing `---` followed by a tab, and it ends the frontmatter at a `...` line (YAML's end of
 * document, after which YAML reads only comments). The checker would then read YAML that the
 * parser reads as body, and the body's limits, counted outside the frontmatter, would not see it:
 * comment lines ("#<sub>x</sub>…") carried 37,500 tags past them into a 5.7 GB render, and the page
 * showed the frontmatter as text.
 */
function penutupTab(pagar: string, yaml: string): { line: number; message: string } | undefined {
  const penutup = pagar.slice(pagar.lastIndexOf('\n---', pagar.length - 2) + 1);
  if (!/^---[ ]*\t/.test(penutup)) return undefined;
  return { line: yaml.split('\n').length + 2, message: 'baris penutup frontmatter "---" diikuti tab, sehingga pengurai isi tidak mengenalinya dan seluruh frontmatter terbaca sebagai isi halaman; hapus tab itu' };
}

/** The 1-based line of the YAML text holding `...` alone (see penutupTab), or 0. */
const barisAkhirDokumen = (yaml: string): number => yaml.split('\n').findIndex((b) => /^\.\.\.[ \t]*\r?$/.test(b)) + 1;

/**
 * Split and parse a Markdown/MDX file's YAML frontmatter, or a whole YAML data file (`whole`).
 * Never throws: whatever the file holds comes back as `errors`, and `data` is then empty.
 */
export function parseFrontmatter(source: string, whole = false, opsi: OpsiBaca = {}): ParsedFrontmatter {
  try {
    return parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, whole, opsi);
  } catch (e) {
    // Only reached through a bug or a parser failure nobody foresaw; the author still gets a line.
    return {
      data: {},
      body: whole ? '' : source,
      bodyLine: 1,
      errors: [{ line: 1, col: 1, message: `frontmatter tidak dapat dibaca (${e instanceof Error ? e.message.split('\n')[0] : String(e)})` }],
      locate: () => ({ line: 1, col: 1 }),
      galatKetat: () => [],
      komentar: () => [],
    };
  }
}

function parse(source: string, whole: boolean, opsi: OpsiBaca): ParsedFrontmatter {
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
        errors: [{ line: 1, col: 1, message: tanpaPagar(source) }],
        locate: () => ({ line: 1, col: 1 }),
        galatKetat: () => [],
        komentar: () => [],
      };
    }
    const pagar = penutupTab(m[0], m[1]!);
    if (pagar) {
      return {
        data: {},
        body: source,
        bodyLine: 1,
        errors: [{ ...pagar, col: 1 }],
        locate: () => ({ line: 1, col: 1 }),
        galatKetat: () => [],
        komentar: () => [],
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
  // reads, so a hostile file stops at the limit instead of after exhausting the stack or memory,
  // and sees each value as written, for the traps that YAML reads silently (see jebakan()).
  let data: Record<string, unknown> = {};
  const errors: FrontmatterError[] = [];
  let nilai = 0;
  let kedalaman = 0;
  let berjangkar = false;
  // js-yaml drops a leading BOM before it counts positions.
  const geser = yamlText.charCodeAt(0) === 0xfeff ? 1 : 0;
  const jebak = jebakan(yamlText);
  const dibuka: number[] = [];
  const options: LoadOptions & { maxDepth: number } = {
    schema: SKEMA,
    // js-yaml's own guard, set above ours so the listener (which knows the position) speaks first.
    maxDepth: BATAS.kedalamanYaml + 5,
    listener(event: string, state: State) {
      if (event === 'close') {
        kedalaman--;
        const s = state as State & { anchor: string | null; kind: string | null; result: unknown };
        if (s.anchor !== null) berjangkar = true;
        jebak.tutup(dibuka.pop()! + geser, s.position + geser, s.kind, s.result);
        return;
      }
      dibuka.push(state.position);
      kedalaman++;
      nilai++;
      if (kedalaman > BATAS.kedalamanYaml) throw new Melampaui(awalNode(yamlText, state.position + geser), pesanKedalaman());
      if (nilai > BATAS.nilaiYaml) throw new Melampaui(awalNode(yamlText, state.position + geser), pesanNilai());
    },
  };
  let perBaris: Map<number, PropertyKey[]> | undefined;
  /** The field written on a line of the YAML text (0-based); naming it is a courtesy, as locating is. */
  const jalurDi = (baris: number): PropertyKey[] | undefined => {
    try {
      perBaris ??= jalurPerBaris(dokumen(), lineCounter);
      return perBaris.get(baris);
    } catch {
      return undefined;
    }
  };
  /** Findings at their line and column, a value's under the field written on its line. */
  const laporkan = (list: readonly Temuan[]): FrontmatterError[] =>
    list.flatMap((t) => {
      const p = letakTeks(yamlText, t.offset);
      const path = t.nilai ? jalurDi(p.line - 1) : undefined;
      const message = t.ribuan ? pesanRibuan(t.ribuan, path && opsi.angka ? opsi.angka(path) : typeof t.ribuan.dibaca === 'number') : t.message;
      return message === undefined ? [] : [{ line: p.line + offsetLines, col: p.col, message, ...(path ? { path } : {}) }];
    });
  // Checked once YAML has nothing to say: with a second document after it, YAML's own message names both.
  const akhirDokumen = whole ? 0 : barisAkhirDokumen(yamlText);
  try {
    const raw = load(yamlText, options);
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) data = raw as Record<string, unknown>;
    else errors.push({ line: 1 + offsetLines, col: 1, message: 'frontmatter harus berupa pasangan "kunci: nilai"' });
    if (jebak.temuan.length || jebak.ribuanTeks.length) errors.push(...batasi(laporkan(jebak.temuan), jebak.jumlah), ...laporkan(jebak.ribuanTeks));
  } catch (e) {
    if (e instanceof Melampaui) {
      const p = letakTeks(yamlText, e.offset);
      errors.push({ line: p.line + offsetLines, col: p.col, message: e.message });
    } else {
      // An invisible character or a word processor's quote explains the parser's errors from its
      // line on, which would only send the author to a colon or an indent that is not missing.
      const sebab = Math.min(...[...jebak.temuan, ...jebak.sebabGagal].filter((t) => t.sebab).map((t) => letakTeks(yamlText, t.offset).line + offsetLines));
      const galat = yamlErrors(yamlText, offsetLines, e, dokumen, at).filter((g) => g.line < sebab);
      const temuan = [...batasi(laporkan(jebak.temuan), jebak.jumlah), ...laporkan(jebak.ribuanTeks), ...laporkan(jebak.sebabGagal)];
      errors.push(...[...temuan, ...galat].sort((a, b) => a.line - b.line || a.col - b.col));
    }
  }
  // An anchor means aliases may repeat data; js-yaml shares it by reference, cheap to read but
  // exponential for anything that later walks it (the checker's string walk, JSON, zod). Measure
  // the expansion without performing it, and refuse the data rather than hand it on.
  if (!errors.length && berjangkar) {
    const masalah = periksaAlias(dokumen(), at) ?? periksaData(data, dokumen(), at);
    if (masalah) errors.push(masalah);
  }
  if (!errors.length && akhirDokumen) {
    errors.push({ line: akhirDokumen + offsetLines, col: 1, message: 'baris "..." di dalam frontmatter mengakhiri frontmatter bagi pengurai isi, sehingga baris sesudahnya terbaca sebagai isi halaman; hapus baris itu (frontmatter ditutup dengan ---)' });
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
    komentar: (cocok) => {
      // Most frontmatter has no comment at all; only a file with a `#` is lexed.
      if (errors.length || !yamlText.includes('#')) return [];
      const temu = [...tokenYaml(yamlText)].filter(({ teks }) => teks[0] === '#' && cocok.test(teks)).map((t) => t.offset);
      let letak = (o: number): Letak => {
        const p = letakTeks(yamlText, o);
        return { line: p.line + offsetLines, col: p.col };
      };
      try {
        // The parsed document already knows where its lines start.
        dokumen();
        letak = at;
      } catch {
        // As in galatKetat(): a parser failure must not stop the check.
      }
      return temu.map((o) => {
        const p = letak(o);
        const path = jalurDi(p.line - offsetLines - 1);
        return { ...p, ...(path ? { path } : {}) };
      });
    },
  };
}

/** Why the file has no frontmatter the checker can read, said of what it does have. */
function tanpaPagar(source: string): string {
  if (/^---[ \t]*\r(?!\n)/.test(source)) {
    return 'berkas memakai akhir baris CR saja (Mac lama), sehingga seluruh berkas terbaca sebagai satu baris; simpan ulang dengan akhir baris LF';
  }
  if (/^---[ \t]*\r?\n/.test(source)) {
    return 'penutup "---" frontmatter tidak ditemukan: frontmatter dibuka dengan "---" di baris ini, tetapi tidak ada baris "---" yang menutupnya sebelum isi entri';
  }
  return 'frontmatter tidak ditemukan: berkas harus diawali baris "---", lalu data YAML, lalu "---"';
}

/** The invisible characters (TAK_TERLIHAT) that break YAML's reading of a key or a value's edges; a soft hyphen only breaks a word on screen. */
const TAK_TERLIHAT_RE = /[\u00a0\u200b\u2060\ufeff]/;
/** A colon followed by one of them: the author meant "key: value", YAML sees one word. */
const TITIK_DUA_TAK_TERLIHAT = /:[\u00a0\u200b\u2060\ufeff]/;
/** Written as src/lib/tampakkan.ts writes the other invisible characters, which include all but the no-break space. */
const tampak = (s: string) => tampakkan(s).replace(/\u00a0/g, '\\u{A0}');

/** Indonesian thousands: `5.000` is five thousand to the author, 5 to YAML (and `5.000.000` text). `0.125` is a fraction. */
const RIBUAN = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;

/**
 * A number written with thousands dots, as its field needs it said: a number field gets the
 * digits without dots; a text field that YAML gave a number gets quotes; text where text belongs
 * is fine (undefined).
 */
function pesanRibuan({ mentah, dibaca }: { mentah: string; dibaca: unknown }, angka: boolean): string | undefined {
  if (angka) {
    const sebagai = typeof dibaca === 'number' ? String(dibaca).replace('.', ',') : 'teks, bukan angka';
    return `"${mentah}" dibaca sebagai ${sebagai} (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: ${mentah.replaceAll('.', '')}`;
  }
  if (typeof dibaca !== 'number') return undefined;
  return `"${mentah}" dibaca sebagai angka ${String(dibaca).replace('.', ',')} (titik adalah tanda desimal di YAML), padahal kolom ini berisi teks; apit dengan tanda kutip ganda: "${mentah}"`;
}
/** A whole value in a word processor's quotes; an apostrophe ’ may stand inside ‘…’. */
const KUTIP_LENGKUNG = /^(?:“[^“”]*”|‘[^‘]*’)$/;

const spasi = (c: string | undefined) => c === ' ' || c === '\t';
/** A digit or a sign: the first character of every number. */
const angkaAwal = (k: number) => (k >= 48 && k <= 57) || k === 43 || k === 45;
/** The line from `i` on, without the spaces YAML ignores at its end (trimEnd() would take a no-break space too). */
const sisaBaris = (teks: string, i: number) => {
  const n = teks.indexOf('\n', i);
  return tanpaSpasiAkhir(teks.slice(i, n < 0 ? teks.length : n));
};
const tanpaSpasiAkhir = (s: string) => {
  let n = s.length;
  while (n > 0 && (spasi(s[n - 1]) || s[n - 1] === '\r')) n--;
  return s.slice(0, n);
};

/** A trap found while js-yaml reads, at its offset in the YAML text. */
interface Temuan {
  offset: number;
  message?: string | undefined;
  /** Instead of a message, a number with thousands dots and what YAML made of it: worded once its field is known (pesanRibuan). */
  ribuan?: { mentah: string; dibaca: unknown };
  /** A problem with a value: reported under the field written on its line. */
  nilai: boolean;
  /** The likely cause of the parser's errors from its line on, should the parse fail. */
  sebab: boolean;
}

/**
 * What YAML reads silently, or reads as something else than the author wrote: text after ` #`
 * dropped as a comment, `5.000` read as 5, a value in curly quotes, an invisible character in a
 * key or around the colon. Fed by js-yaml's listener with each node it closes, so a file that
 * holds none of them costs no second parse; each finding is an error. `sebabGagal` holds what
 * explains a parse that then fails (and is ordinary text in one that succeeds).
 */
function jebakan(teks: string) {
  const temuan: Temuan[] = [];
  const sebabGagal: Temuan[] = [];
  // `5.000.000` is text to YAML, an error only where the field holds numbers: kept apart, not counted.
  const ribuanTeks: Temuan[] = [];
  let jumlah = 0;
  // A file without the characters these look for (nearly every file) skips their checks; one scan tells.
  const langka = /[\u00a0\u200b\u2060\ufeff“‘]/.test(teks);
  const cekTakTerlihat = langka && TAK_TERLIHAT_RE.test(teks);
  const cekLengkung = langka && /[“‘]/.test(teks);
  // js-yaml closes a list item twice (once as a possible key); one finding is enough.
  let terakhir = -1;
  const catat = (offset: number, message: string | undefined, nilai: boolean, sebab = false, ribuan?: Temuan['ribuan']) => {
    if (++jumlah <= GALAT_TAMPIL + 1) temuan.push({ offset, message, nilai, sebab, ...(ribuan ? { ribuan } : {}) });
  };
  const calon = (offset: number, message: string, nilai: boolean) => {
    if (sebabGagal.length <= GALAT_TAMPIL) sebabGagal.push({ offset, message, nilai, sebab: true });
  };

  const tutup = (dibuka: number, akhir: number, kind: string | null, hasil: unknown) => {
    if (kind === null && hasil === null) {
      // An empty value: `kunci: #1 layanan` is a comment after the colon, and the value is gone.
      let i = dibuka;
      while (spasi(teks[i])) i++;
      if (teks[i] !== '#' || i === terakhir || /^\s?$/.test(teks[i + 1] ?? '')) return;
      terakhir = i;
      const komentar = sisaBaris(teks, i);
      catat(i, `tanda # di awal nilai dibaca YAML sebagai awal komentar, sehingga "${potong(komentar, 60)}" terbuang dan nilainya kosong; apit seluruh nilainya dengan tanda kutip ganda: ${JSON.stringify(potong(komentar, 120))}`, true);
      return;
    }
    if (kind !== 'scalar') return;
    // Most values meet none of the conditions below; they are told apart without looking back.
    const bertitik = typeof hasil === 'string' && hasil.length <= 40 && angkaAwal(hasil.charCodeAt(0)) && RIBUAN.test(hasil);
    if (teks[akhir] !== '#' && typeof hasil !== 'number' && !bertitik && !cekLengkung && !cekTakTerlihat) return;
    const awal = awalNode(teks, dibuka);
    if (awal === terakhir) return;
    terakhir = awal;
    const c = teks[awal];
    // Quoted and block scalars keep every character; aliases and tagged values are left to the schema.
    if (c === '"' || c === "'" || c === '|' || c === '>' || c === '&' || c === '!' || c === '*') return;
    const kunci = teks[akhir] === ':';
    const mentah = tanpaSpasiAkhir(teks.slice(awal, akhir));

    if (teks[akhir] === '#' && !/^\s?$/.test(teks[akhir + 1] ?? '')) {
      // Only a comment on the value's own line: one on a line of its own is what the author meant.
      let j = akhir - 1;
      while (j > awal && spasi(teks[j])) j--;
      if (teks[j] !== '\n' && teks[j] !== '\r') {
        const komentar = sisaBaris(teks, akhir);
        const utuh = `${mentah.replace(/[ \t]*\r?\n[ \t]*/g, ' ')} ${komentar}`;
        catat(akhir, `tanda # di tengah teks dibaca YAML sebagai awal komentar, sehingga "${potong(komentar, 60)}" terbuang; apit seluruh nilainya dengan tanda kutip ganda: ${JSON.stringify(potong(utuh, 120))}`, true);
      }
    }

    if (!kunci && (typeof hasil === 'number' || hasil === mentah) && mentah.length <= 40 && RIBUAN.test(mentah)) {
      const ribuan = { mentah, dibaca: hasil };
      if (typeof hasil === 'number') catat(awal, undefined, true, false, ribuan);
      else if (ribuanTeks.length <= GALAT_TAMPIL) ribuanTeks.push({ offset: awal, nilai: true, sebab: false, ribuan });
    }

    if (cekLengkung && (c === '“' || c === '‘')) {
      const pesan = (isi: string) => `tanda kutip lengkung ${isi[0]} ${isi.at(-1)} (dari Word) bukan tanda kutip YAML; ketik ulang dengan " biasa: ${JSON.stringify(potong(isi.slice(1, -1), 120))}`;
      if (!kunci && KUTIP_LENGKUNG.test(mentah)) catat(awal, pesan(mentah), true);
      else {
        // `“teks: lanjutan”` stops at the colon, as if it were a key, and fails to parse; the quotes are why.
        const baris = sisaBaris(teks, awal);
        if (KUTIP_LENGKUNG.test(baris)) calon(awal, pesan(baris), true);
      }
    }

    if (!cekTakTerlihat) return;
    // `kunci:\u00a0nilai` is one plain word to YAML, which may run on into the next line's key.
    const titikDua = mentah.search(TITIK_DUA_TAK_TERLIHAT);
    if (titikDua >= 0) {
      calon(awal + titikDua + 1, `sesudah titik dua ada ${TAK_TERLIHAT[mentah[titikDua + 1]!]}, bukan spasi biasa, sehingga YAML tidak membaca "kunci: nilai" di baris ini; ganti dengan spasi biasa`, false);
      return;
    }
    if (kunci) {
      const i = mentah.search(TAK_TERLIHAT_RE);
      if (i < 0) return;
      const nama = TAK_TERLIHAT[mentah[i]!]!;
      const baris = teks.lastIndexOf('\n', awal + i - 1) + 1;
      const indentasi = !teks.slice(baris, awal + i).replace(/[ \u00a0\u200b\u2060\ufeff]/g, '');
      catat(
        awal + i,
        indentasi
          ? `indentasi memakai ${nama}, bukan spasi biasa, sehingga YAML tidak mengenali tingkatnya; hapus lalu ketik ulang indentasinya dengan spasi`
          : `kunci "${potong(tampak(mentah), 60)}" berisi ${nama}, karakter tak terlihat yang biasanya ikut tersalin dari Word atau halaman web; hapus karakter itu lalu ketik ulang kuncinya`,
        false,
        true,
      );
      return;
    }
    if (TAK_TERLIHAT_RE.test(mentah[0]!)) {
      catat(awal, `nilai diawali ${TAK_TERLIHAT[mentah[0]!]}, karakter tak terlihat yang biasanya ikut tersalin dari Word atau halaman web; hapus karakter itu`, true);
    } else if (TAK_TERLIHAT_RE.test(mentah.at(-1)!)) {
      catat(awal + mentah.length - 1, `nilai diakhiri ${TAK_TERLIHAT[mentah.at(-1)!]}, karakter tak terlihat yang biasanya ikut tersalin dari Word atau halaman web; hapus karakter itu`, true);
    }
  };

  return {
    temuan,
    sebabGagal,
    ribuanTeks,
    tutup,
    get jumlah() {
      return jumlah;
    },
  };
}

/**
 * The path of the first key written on each line (0-based) of the YAML text, by the
 * position-aware parser's reading, in one walk; a line with no key (a list item's text, a comment
 * line) has none.
 */
function jalurPerBaris(doc: Document, lineCounter: LineCounter): Map<number, PropertyKey[]> {
  const out = new Map<number, PropertyKey[]>();
  const cari = (node: unknown, jalur: PropertyKey[], tingkat: number): void => {
    if (!node || typeof node !== 'object' || tingkat > BATAS.kedalamanYaml) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const k = pair.key as YamlNode | null;
        if (!isScalar(k)) continue;
        const kunci = [...jalur, String(k.value)];
        const baris = k.range ? lineCounter.linePos(k.range[0]).line - 1 : -1;
        if (!out.has(baris)) out.set(baris, kunci);
        cari(pair.value, kunci, tingkat + 1);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => cari(item, [...jalur, i], tingkat + 1));
  };
  cari(doc.contents, [], 1);
  return out;
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
      if (terbuka.has(sumber)) tolak(node, `YAML tidak sah: alias *${potong(node.source, 60)} dipakai di dalam jangkar &${potong(node.source, 60)} sendiri, sehingga datanya tak berujung`);
      const u = terukur.get(sumber)!;
      alias += 1 + u.alias;
      nilai += u.nilai;
      if (alias > BATAS.aliasYaml) {
        tolak(node, `YAML tidak sah: alias dipakai lebih dari ${BATAS.aliasYaml} kali (alias di dalam jangkar dihitung setiap kali jangkarnya dipakai); tulis datanya langsung tanpa & dan *`);
      }
      if (nilai > BATAS.nilaiYaml) tolak(node, pesanNilai(` setelah alias *${potong(node.source, 60)} diuraikan`));
      if (tingkat + u.kedalaman - 1 > BATAS.kedalamanYaml) tolak(node, pesanKedalaman(` setelah alias *${potong(node.source, 60)} diuraikan`));
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
  const indo = JS_YAML_ERRORS.find(([re]) => re.test(reason))?.[1];
  return [{ line: (mark?.line ?? 0) + 1 + offsetLines, col: (mark?.column ?? 0) + 1, message: `YAML tidak sah: ${indo ?? `${YAML_ERRORS.IMPOSSIBLE} (${tampakkan(potong(reason, 120))})`}` }];
}

/**
 * The Indonesian for one of the position-aware parser's errors, where the code alone would
 * mislead: MISSING_CHAR also stands for a missing comma and a `%` line without `---` after it, and
 * an unexpected token is named (it is what the author typed, shown visibly and cut short).
 */
function penjelasan(code: string, detail: string): string | undefined {
  if (code === 'MISSING_CHAR' && /^Missing ,/.test(detail)) return 'koma (,) hilang di antara butir dalam kurung';
  if (code === 'MISSING_CHAR' && /directives-end/.test(detail)) return `${YAML_ERRORS.BAD_DIRECTIVE}, atau tulis --- di baris sesudahnya`;
  const tanda = code === 'UNEXPECTED_TOKEN' ? /: "(.+)"$/.exec(detail)?.[1] : undefined;
  if (tanda) return `tanda "${tampakkan(potong(tanda, 20))}" tidak diharapkan di sini`;
  return YAML_ERRORS[code];
}

/** The position-aware parser's errors, in Indonesian, each at its line (the first few; see batasi). */
function galatDokumen(doc: Document, yamlText: string, offsetLines: number, at: (offset: number) => Letak, awal: string): FrontmatterError[] {
  // Only the errors that will be shown are explained: opener() rereads the text before each one.
  const shown = doc.errors.slice(0, GALAT_TAMPIL + 1);
  const out = shown.map((e) => {
    const detail = potong(e.message.split('\n')[0]!, 120);
    // An unclosed quote runs on to the end of the frontmatter, where the parser notices it.
    const kutip = /Missing closing (["'])quote/.exec(detail)?.[1];
    const buka = kutip ? pembukaKutip(doc, e.pos[0], kutip) : undefined;
    if (buka !== undefined) {
      const p = at(buka);
      return { ...p, message: `${awal}tanda kutip ${kutip} di baris ${p.line} belum ditutup; tutup di akhir nilai, atau hapus tanda kutipnya` };
    }
    const unclosed = /end with a|Missing closing/i.test(detail);
    // The parser notices an unclosed [ or { only on a later line; point at the opener instead.
    const o = unclosed ? opener(yamlText, e.pos[0]) : undefined;
    const p = o ? { line: o.line + offsetLines, col: o.col } : at(e.pos[0]);
    return { ...p, message: `${awal}${unclosed ? YAML_ERRORS.MISSING_CHAR : (penjelasan(e.code, detail) ?? `${YAML_ERRORS.IMPOSSIBLE} (${tampakkan(detail)})`)}` };
  });
  return batasi(out, doc.errors.length);
}

/**
 * Every node of a document js-yaml refused, keys included, to the depth js-yaml would have read
 * (deeper is not worth a stack); aliases are not followed, so a hostile file cannot make it loop.
 */
function setiapNode(doc: Document, kunjungi: (n: YamlNode) => void): void {
  const turun = (node: unknown, tingkat: number): void => {
    if (!node || typeof node !== 'object' || isAlias(node) || tingkat > BATAS.kedalamanYaml) return;
    const n = node as YamlNode;
    kunjungi(n);
    if (isMap(n) || isSeq(n)) {
      for (const item of n.items as unknown[]) {
        if (isPair(item)) {
          turun(item.key, tingkat + 1);
          turun(item.value, tingkat + 1);
        } else turun(item, tingkat + 1);
      }
    }
  };
  turun(doc.contents, 1);
}

/** Where the quoted value that runs on to `offset` opens: the last one of that quote that reaches it. */
function pembukaKutip(doc: Document, offset: number, kutip: string): number | undefined {
  const jenis = kutip === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  let buka: number | undefined;
  setiapNode(doc, (n) => {
    if (isScalar(n) && n.type === jenis && n.range && n.range[0] < offset && offset <= n.range[2]) buka = Math.max(buka ?? 0, n.range[0]);
  });
  return buka;
}

/** Tags that would make YAML build something other than plain data, each named where it is written. */
function tagAsing(doc: Document, yamlText: string, at: (offset: number) => Letak): { out: FrontmatterError[]; total: number } {
  const out: FrontmatterError[] = [];
  let total = 0;
  setiapNode(doc, (n) => {
    if (n.tag && !TAG_DATA.has(n.tag) && ++total <= GALAT_TAMPIL + 1) {
      const tulis = potong(n.tag.startsWith('tag:yaml.org,2002:') ? `!!${n.tag.slice(18)}` : n.tag.startsWith('!') ? n.tag : `!<${n.tag}>`, 60);
      // The node's range starts at its value; its tag is the last `!…` token written before it
      // (`!!x` and `!e!x` hold more than one `!`, so step back to the token's start).
      let i = yamlText.lastIndexOf('!', n.range?.[0] ?? 0);
      while (i > 0 && !/[\s[\]{},]/.test(yamlText[i - 1]!)) i--;
      out.push({
        ...at(Math.max(i, 0)),
        message: `YAML tidak sah: tag ${tulis} tidak diizinkan. Frontmatter hanya berisi data biasa (teks, angka, true/false, daftar, dan "kunci: nilai"); hapus tag itu`,
      });
    }
  });
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
            temu = { ...at(k.range?.[0] ?? 0), message: `YAML tidak sah: ${YAML_ERRORS.DUPLICATE_KEY} ("${potong(nama, 60)}")` };
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
