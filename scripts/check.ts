/**
 * `npm run check`: validate every content file without building the site, and report every
 * problem in every file in one run, as `path:line:col  field  message`.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/validate/run.ts';
import { formatProblem } from '../src/validate/problem.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const { problems, entries } = checkContent({ root, contentDir });
const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
for (const p of problems) console.log(formatProblem(p));
const ms = Math.round(performance.now() - started);
const files = new Set(problems.map((p) => p.file)).size;
if (errors.length) {
  console.log(`\n✗ ${errors.length} galat dan ${warnings.length} peringatan di ${files} berkas (dari ${entries.length} berkas yang diperiksa, ${ms} ms).`);
  process.exit(1);
}
console.log(`${warnings.length ? '\n' : ''}✓ ${entries.length} berkas konten sah${warnings.length ? `, ${warnings.length} peringatan` : ''} (${ms} ms).`);
