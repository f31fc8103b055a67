import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/validate/run.ts';
import { formatProblem, type Problem } from '../src/validate/problem.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const FIXTURE = join(ROOT, 'test/fixtures/lengkap');

/** A private copy of the complete fixture tree, to break one thing in. */
export function salinan(): { dir: string; ubah(file: string, edit: (s: string) => string): void; tulis(file: string, text: string): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pustaka-uji-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return {
    dir,
    ubah(file, edit) {
      const p = join(dir, file);
      const before = readFileSync(p, 'utf8');
      const after = edit(before);
      if (after === before) throw new Error(`edit changed nothing in ${file}`);
      writeFileSync(p, after);
    },
    tulis(file, text) {
      writeFileSync(join(dir, file), text);
    },
  };
}

/** Run the real checker on a tree; file names in problems are relative to the tree. */
export function periksa(dir: string, today = '2026-11-28'): Problem[] {
  return checkContent({ root: dir, contentDir: dir, today }).problems;
}

/** The lines `npm run check` prints for one file of the fixture tree after one edit to it. */
export function laporan(file: string, edit: (s: string) => string): string[] {
  const t = salinan();
  t.ubah(file, edit);
  return periksa(t.dir)
    .filter((p) => p.file === file)
    .map(formatProblem);
}

export const galat = (problems: Problem[]) => problems.filter((p) => p.level === 'error');
