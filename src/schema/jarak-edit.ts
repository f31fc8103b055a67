/**
 * Edit distance with transpositions (optimal string alignment): one swapped pair of letters is one
 * typo. The schemas' messages ("did you mean", ./pesan.ts), the links gate's anchor suggestions
 * (scripts/verify/links.ts) and the search page's spelling suggestions (src/lib/cari-pulih.ts) use
 * it. Here, under the schemas, because their messages are made while parsing.
 *
 * Ours rather than fastest-levenshtein (the maintained package the issue names): plain
 * Levenshtein counts a swapped pair as two edits, so "TKP" for "KTP" or "NBI" for "NIB" would be
 * 2 away, past the search page's limit of one edit for words of four letters or fewer, and a swap
 * twice in a longer word ("stnutnig" for "stunting") 4, past its limit of two: the reader would
 * get no "Mungkin maksud Anda" (test/tesaurus.test.ts: "tpdi" → "tpid"). These dozen lines also
 * ship in the search page's script, where a package would add bytes for a speed the site's
 * vocabulary does not need.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The allowed value an author most likely meant: the closest by edit distance, or one that contains
 * what was typed ("kemiskinan" → "pengentasan-kemiskinan"). `undefined` when nothing is close.
 */
export function nearest(found: string, allowed: Iterable<string>): string | undefined {
  const f = found.toLowerCase().trim();
  if (!f) return undefined;
  const limit = Math.max(2, Math.floor(f.length / 3));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    // The distance is never less than the difference in length, and is exactly that when one
    // contains the other. So a candidate that cannot win is skipped before the quadratic table: a
    // hostile 480 KB value against a vocabulary took the checker seconds.
    const beda = Math.abs(f.length - c.length);
    let score: number;
    if (c.includes(f) || f.includes(c)) score = Math.min(beda, 1.5);
    else if (beda > limit || beda >= bestScore) continue;
    else score = editDistance(f, c);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return bestScore <= limit ? best : undefined;
}
