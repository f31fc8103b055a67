/**
 * Counts, taken from the lines before the MDX parser runs, of what makes the parser or the renderer
 * slow down or grow faster than the text: a hostile body is refused on its count, and never parsed.
 * - Tags and expressions: Sätteri's MDX parser slows quadratically with the tags or expressions of
 *   one paragraph, and the renderer's memory grows with the square of the elements that hold text
 *   (a 490 KB body of `<sub>x</sub>` lines passed the checker and then took a build past 10 GB).
 * - Character references (`&#x41;`, `&lt;`): the parser's time and output grow with the square of
 *   their number in one paragraph (30,000 took 1.9 GB; 70,000 crashed the checker).
 * - Table cells: GFM pads every row to the header's columns, so a 12 KB table of 2,000 columns and
 *   2,000 one-letter rows became 4 million cells, a 71 s build and two 40 MB pages.
 * - `<` that opens no tag, underscores inside a word, and quotes or list markers opening one line
 *   after another ("> > > …", "+ + + …"): the parser's time grows with the square of their number
 *   in one paragraph or line (150,000 "< " took 86 s in the checker, 80,000 ">" 14 s to parse).
 * Each count errs upwards (a `<b` in inline code, a table row count that runs to the next blank
 * line), which is harmless against limits this far above real use.
 */
import { BATAS } from './batas.ts';
import { barisLuarKode } from './judul-baris.ts';
import { letakTeks } from './letak.ts';

/** `<` opening or closing a tag, or `{` opening an expression. */
const ELEMEN = /<[A-Za-z/]|\{/g;
/** A named, decimal or hexadecimal character reference, as CommonMark reads one. */
const RUJUKAN_KARAKTER = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;
/** `<` that opens no tag ("anak < 5 tahun", "<<"). */
const KURUNG_SUDUT = /<(?![A-Za-z/])/g;
/** A run of underscores inside a word ("a_b", "a__b"): neither opens nor closes emphasis, yet the parser weighs each. */
const GARIS_BAWAH = /(?<=[\p{L}\p{N}])_+(?=[\p{L}\p{N}])/gu;
/**
 * A table's delimiter row (`| --- | :-: |`): only pipes, colons, dashes and blanks, with a pipe and
 * a dash; inside a quote too (`> |---|---|`), whose `>` markers group 1 holds.
 */
// The lookaheads stand at the line's start, where they run once: after the quote markers, a line
// of 80,000 ">" made the engine rescan the line once per marker it gave back.
const BARIS_PEMISAH = /^(?=[^\n]*\|)(?=[^\n]*-)((?:[ \t]*>)*)[ \t]*[|:\- \t]+$/gm;
/** A quote marker, or a list item's marker followed by a blank, at the start of what is left of a line. */
const PENANDA_WADAH = /^[ \t]*(?:>|(?:[-+*]|[0-9]{1,9}[.)])(?=[ \t]))/;
/** A thematic break ("- - -", "* * *"): a line of one mark that opens no list. */
const GARIS_TEMA = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export interface ElemenBerlebih {
  /** Where the first element over the limit stands (1-based, as the checker reports). */
  line: number;
  col: number;
  message: string;
}

const angka = (n: number) => n.toLocaleString('id-ID');

/** Where the `n`th match of `pola` in `source` stands (1-based), or undefined when it has fewer. */
function letakKe(source: string, pola: RegExp, n: number): { line: number; col: number } | undefined {
  let k = 0;
  // The frontmatter is YAML, not body: its keys hold underscores. Where it ends as barisLuarKode reads it.
  const fm = /^---[ \t]*\r?\n[\s\S]*?\n---[ \t]*\r?(?:\n|$)/.exec(source);
  pola.lastIndex = fm ? fm[0].length : 0;
  for (let m = pola.exec(source); m; m = pola.exec(source)) {
    if (++k < n) continue;
    pola.lastIndex = 0;
    return letakTeks(source, m.index);
  }
  pola.lastIndex = 0;
  return undefined;
}

/** How many of the characters of `tanda` the text holds, counted no further than one past `batas`. */
function jumlahTanda(teks: string, tanda: string, batas: number): number {
  let n = 0;
  for (const c of tanda) for (let i = teks.indexOf(c); i !== -1 && n <= batas; i = teks.indexOf(c, i + 1)) n++;
  return n;
}

/**
 * The first of `pola`'s matches over `batas` outside frontmatter and fenced code, with `pesan` as
 * its message; or, code included, the first over `batas` + {@link BATAS.tandaDalamKode}.
 */
function hitungan(source: string, pola: RegExp, batas: number, pesan: string, tanda: string): ElemenBerlebih | undefined {
  // Every body is scanned, and nearly all are far below the limit. Each match holds one of the
  // characters of `tanda` that no other match holds, so their count in the whole file, code and
  // frontmatter included, can only be higher: below the limit it settles the question, without
  // running the pattern (the underscore's lookbehind alone was a tenth of `npm run check`).
  if (jumlahTanda(source, tanda, batas) <= batas) return undefined;
  let n = 0;
  pola.lastIndex = 0;
  while (pola.exec(source) && ++n <= batas);
  // matchAll below starts where this left off otherwise.
  pola.lastIndex = 0;
  if (n <= batas) return undefined;
  n = 0;
  for (const { teks, i } of barisLuarKode(source)) {
    for (const m of teks.matchAll(pola)) if (++n > batas) return { line: i + 1, col: m.index + 1, message: pesan };
  }
  // Lines the scan took for fenced code may be text to the parser ("```" inside a multi-line
  // comment): code holds a limited number more, never an unlimited one.
  const letak = letakKe(source, pola, batas + BATAS.tandaDalamKode + 1);
  return letak ? { ...letak, message: pesan } : undefined;
}

/**
 * The first line that opens more quotes and list items than the body may nest
 * ({@link BATAS.kedalamanIsi}): each marker is at least one level of the tree the checker limits
 * after parsing, but parsing such a line already takes time that grows with their square. Asked by
 * the checker only (./body.ts), before it parses: the renderer reads only what passed the check,
 * and reads such a tree without overflowing a stack.
 */
export function barisBersarang(source: string): ElemenBerlebih | undefined {
  // Every line, code included: no fenced code needs such a line, and the scan's idea of a fence can be wrong.
  const baris = source.split('\n');
  for (let i = 0; i < baris.length; i++) {
    const teks = baris[i]!;
    if (GARIS_TEMA.test(teks)) continue;
    let sisa = teks;
    let n = 0;
    for (let m = PENANDA_WADAH.exec(sisa); m && n <= BATAS.kedalamanIsi; m = PENANDA_WADAH.exec(sisa)) {
      n++;
      sisa = sisa.slice(m[0].length);
    }
    if (n > BATAS.kedalamanIsi) {
      return {
        line: i + 1,
        col: 1,
        message: `baris ini membuka lebih dari ${BATAS.kedalamanIsi} tingkat kutipan atau daftar (>, -, +, *, 1.) sekaligus, lebih dari yang boleh bersarang; isi tidak diperiksa lebih lanjut. Sederhanakan strukturnya`,
      };
    }
  }
  return undefined;
}

/** The first table whose columns, or cells once every row is padded to the header's columns, are over the limits. */
function tabelBerlebih(source: string): ElemenBerlebih | undefined {
  BARIS_PEMISAH.lastIndex = 0;
  for (let m = BARIS_PEMISAH.exec(source); m; m = BARIS_PEMISAH.exec(source)) {
    const kolom = m[0].slice(m[1]!.length).trim().replace(/^\||\|$/g, '').split('|').length;
    // The header above, and every line below up to the next blank one, counted no further than the limit needs.
    const maks = Math.floor(BATAS.selTabel / kolom) + 1;
    let baris = 1;
    let i = m.index + m[0].length;
    while (i < source.length && baris <= maks) {
      const akhir = source.indexOf('\n', i + 1);
      const ujung = akhir === -1 ? source.length : akhir;
      if (!source.slice(i + 1, ujung).trim()) break;
      baris++;
      i = ujung;
    }
    if (kolom <= BATAS.kolomTabel && kolom * baris <= BATAS.selTabel) {
      // A delimiter-like line among this table's rows is one of its rows, not a new table.
      BARIS_PEMISAH.lastIndex = Math.max(i, BARIS_PEMISAH.lastIndex);
      continue;
    }
    BARIS_PEMISAH.lastIndex = 0;
    return {
      line: source.slice(0, m.index).split('\n').length - 1,
      col: 1,
      message: `${kolom > BATAS.kolomTabel ? `tabel berisi ${angka(kolom)} kolom` : `tabel berisi ${angka(kolom)} kolom × lebih dari ${angka(maks - 1)} baris, lebih dari ${angka(BATAS.selTabel)} sel (setiap baris diisi sampai jumlah kolom judulnya)`}; paling banyak ${angka(BATAS.kolomTabel)} kolom dan ${angka(BATAS.selTabel)} sel per tabel, agar halaman tetap terbaca dan build tidak kehabisan memori; isi tidak diperiksa lebih lanjut. Pecah tabelnya, atau pindahkan datanya ke lampiran`,
    };
  }
  return undefined;
}

/**
 * The first tag or expression over {@link BATAS.elemenMdx}, character reference over
 * {@link BATAS.rujukanKarakter}, `<` outside a tag over {@link BATAS.kurungSudut}, underscore over
 * {@link BATAS.garisBawah}, or table over {@link BATAS.kolomTabel} columns or
 * {@link BATAS.selTabel} cells; undefined when the body is within every limit.
 */
export function elemenBerlebih(source: string, batas: number = BATAS.elemenMdx): ElemenBerlebih | undefined {
  return (
    hitungan(source, ELEMEN, batas, `isi memuat lebih dari ${angka(batas)} tag atau ekspresi MDX (<…> dan {…}), jumlah yang membuat pengurai dan build kehabisan waktu dan memori; isi tidak diperiksa lebih lanjut. Tulis sebagai Markdown biasa (mis. **tebal**, bukan <b>), atau pecah entri ini`, '<{') ??
    hitungan(source, RUJUKAN_KARAKTER, BATAS.rujukanKarakter, `isi memuat lebih dari ${angka(BATAS.rujukanKarakter)} rujukan karakter HTML (&#x41;, &lt;, &nbsp; …), jumlah yang membuat pengurai kehabisan waktu dan memori; isi tidak diperiksa lebih lanjut. Tulis hurufnya langsung (UTF-8), mis. é bukan &eacute;`, '&') ??
    hitungan(source, KURUNG_SUDUT, BATAS.kurungSudut, `isi memuat lebih dari ${angka(BATAS.kurungSudut)} tanda < di luar tag, jumlah yang membuat pengurai kehabisan waktu; isi tidak diperiksa lebih lanjut. Tulis "kurang dari", atau pindahkan datanya ke lampiran`, '<') ??
    hitungan(source, GARIS_BAWAH, BATAS.garisBawah, `isi memuat lebih dari ${angka(BATAS.garisBawah)} garis bawah (_) di dalam kata, jumlah yang membuat pengurai kehabisan waktu; isi tidak diperiksa lebih lanjut. Tulis *miring* dengan bintang, dan nama dengan garis bawah di dalam \`kode\``, '_') ??
    tabelBerlebih(source)
  );
}
