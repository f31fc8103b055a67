import type { MasalahAturan } from '../rules/masalah.ts';
import { tampakkan } from '../lib/tampakkan.ts';

/** One thing wrong with a content file, located so an author can jump to it: the rules' type, reported as is. */
export type Problem = MasalahAturan;

export function formatProblem(p: Problem): string {
  const tag = p.level === 'warning' ? 'peringatan: ' : '';
  return `${tampakkan(p.file)}:${p.line}:${p.col}  ${tampakkan(p.field)}  ${tag}${tampakkan(p.message)}`;
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
