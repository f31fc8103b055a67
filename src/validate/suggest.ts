import { editDistance } from '../lib/jarak-edit.ts';

/**
 * The allowed value an author most likely meant: the closest by edit distance, or one that contains
 * what was typed ("kemiskinan" → "pengentasan-kemiskinan"). `undefined` when nothing is close.
 */
export function nearest(found: string, allowed: readonly string[]): string | undefined {
  const f = found.toLowerCase().trim();
  if (!f) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const c = candidate.toLowerCase();
    const dist = editDistance(f, c);
    const score = c.includes(f) || f.includes(c) ? Math.min(dist, 1.5) : dist;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  const limit = Math.max(2, Math.floor(f.length / 3));
  return bestScore <= limit ? best : undefined;
}
