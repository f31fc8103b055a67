/**
 * Where each line of the last texts placed starts. A hostile body can hold thousands of problems,
 * and counting lines from the top for each one took the checker 20 s; callers place many offsets
 * in one text in a row, so the index is kept for the texts it was built from. Two of them: the
 * body's rules place offsets in a text node and in the whole source in turn, and one index would
 * be rebuilt for the whole source after every node.
 */
const indeks: { teks: string; awal: number[] }[] = [];

function awalBaris(teks: string): number[] {
  const ada = indeks.findIndex((x) => x.teks === teks);
  if (ada >= 0) {
    // Most recently used first, so the one dropped is the older.
    if (ada > 0) indeks.unshift(...indeks.splice(ada, 1));
    return indeks[0]!.awal;
  }
  const awal = [0];
  for (let k = teks.indexOf('\n'); k >= 0; k = teks.indexOf('\n', k + 1)) awal.push(k + 1);
  indeks.unshift({ teks, awal });
  indeks.length = Math.min(indeks.length, 2);
  return awal;
}

/** Line and column (1-based, in UTF-16 units) of an offset into a text. */
export function letakTeks(teks: string, offset: number): { line: number; col: number } {
  const awal = awalBaris(teks);
  let lo = 0;
  let hi = awal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (awal[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - awal[lo]! + 1 };
}
