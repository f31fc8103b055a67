import type { MasalahAturan } from '../rules/masalah.ts';
import { tampakkanBaris } from '../lib/tampakkan.ts';

/** One thing wrong with a content file, located so an author can jump to it: the rules' type, reported as is. */
export type Problem = MasalahAturan;

/**
 * Author text as one line of a log: line breaks written as `\n` (a value cannot start a line of its
 * own, such as `::warning …`), and GitHub's older command form `##[…]`, which its runner obeys
 * anywhere in a line, broken (`##[stop-commands]` in a quoted value silenced every annotation after it).
 */
export const satuBaris = (s: string): string => tampakkanBaris(s).replace(/##\[/g, '#\\u{23}[');

export function formatProblem(p: Problem): string {
  const tag = p.level === 'warning' ? 'peringatan: ' : '';
  return `${satuBaris(p.file)}:${p.line}:${p.col}  ${satuBaris(p.field)}  ${tag}${satuBaris(p.message)}`;
}


/** Sort by file, then position, so a report reads top to bottom like the files. */
export function sortProblems(list: Problem[]): Problem[] {
  return [...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(frontmatter)';
}
