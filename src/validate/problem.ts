/** One thing wrong with a content file, located so an author can jump to it. */
export interface Problem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  col: number;
  /** Frontmatter path (`kesiapan.biaya`, `sumber[0].diakses`) or a body area (`isi`, `isi.tautan`). */
  field: string;
  message: string;
  level: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const tag = p.level === 'warning' ? 'peringatan: ' : '';
  return `${p.file}:${p.line}:${p.col}  ${p.field}  ${tag}${p.message}`;
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
