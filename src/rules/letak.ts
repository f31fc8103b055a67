/**
 * Where each line of the last text placed starts. A hostile body can hold thousands of problems,
 * and counting lines from the top for each one took the checker 20 s; callers place many offsets
 * in one text in a row, so the index is kept for the text it was built from.
 */
let awalBarisTerakhir: { teks: string; awal: number[] } | undefined;

/** Line and column (1-based, in UTF-16 units) of an offset into a text. */
export function letakTeks(teks: string, offset: number): { line: number; col: number } {
  if (awalBarisTerakhir?.teks !== teks) {
    const awal = [0];
    for (let k = teks.indexOf('\n'); k >= 0; k = teks.indexOf('\n', k + 1)) awal.push(k + 1);
    awalBarisTerakhir = { teks, awal };
  }
  const { awal } = awalBarisTerakhir;
  let lo = 0;
  let hi = awal.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (awal[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, col: offset - awal[lo]! + 1 };
}
