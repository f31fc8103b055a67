/**
 * A count of what MDX reads as a tag or an expression, taken from the lines before the parser
 * runs. Sätteri's MDX parser slows quadratically with the tags or expressions of one paragraph, and
 * the renderer's memory grows with the square of the elements that hold text: a 490 KB body of
 * `<sub>x</sub>` lines passed the checker and then took a build past 10 GB. A hostile body is
 * therefore refused on its count, and never parsed. The count errs upwards (a `<b` or `{` in inline
 * code counts too), which is harmless against a limit this far above real use.
 */
import { BATAS } from './batas.ts';
import { barisLuarKode } from './judul-baris.ts';

/** `<` opening or closing a tag, or `{` opening an expression. */
const ELEMEN = /<[A-Za-z/]|\{/g;

export interface ElemenBerlebih {
  /** Where the first element over the limit stands (1-based, as the checker reports). */
  line: number;
  col: number;
  message: string;
}

/** The first tag or expression over {@link BATAS.elemenMdx}, outside frontmatter and fenced code; undefined when the body is within it. */
export function elemenBerlebih(source: string, batas: number = BATAS.elemenMdx): ElemenBerlebih | undefined {
  // Every body is scanned, and nearly all are far below the limit: a count of the whole file, code
  // and frontmatter included, can only be higher, so below the limit it settles the question.
  let n = 0;
  ELEMEN.lastIndex = 0;
  while (ELEMEN.exec(source) && ++n <= batas);
  // matchAll below starts where this left off otherwise.
  ELEMEN.lastIndex = 0;
  if (n <= batas) return undefined;
  n = 0;
  for (const { teks, i } of barisLuarKode(source)) {
    for (const m of teks.matchAll(ELEMEN)) {
      if (++n > batas) {
        return {
          line: i + 1,
          col: m.index + 1,
          message: `isi memuat lebih dari ${batas.toLocaleString('id-ID')} tag atau ekspresi MDX (<…> dan {…}), jumlah yang membuat pengurai dan build kehabisan waktu dan memori; isi tidak diperiksa lebih lanjut. Tulis sebagai Markdown biasa (mis. **tebal**, bukan <b>), atau pecah entri ini`,
        };
      }
    }
  }
  return undefined;
}
