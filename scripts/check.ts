/**
 * `npm run check`: validate every content file without building the site, and report every
 * problem in every file in one run, as `path:line:col  field  message`. On GitHub Actions it also
 * annotates each problem on its line of the pull request's diff and writes a job summary of the
 * changed entries (src/validate/github.ts).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { anotasi, ringkasanPr, type EntriBerubah } from '../src/validate/github.ts';
import { checkContentBertahap } from '../src/validate/run.ts';
import { formatProblem } from '../src/validate/problem.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const { problems, entries } = await checkContentBertahap({ root, contentDir, bentuk: true });
const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
for (const p of problems) console.log(formatProblem(p));
const ms = Math.round(performance.now() - started);
const files = new Set(problems.map((p) => p.file)).size;

if (process.env.GITHUB_ACTIONS === 'true') {
  for (const p of problems) console.log(anotasi(p));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${ringkasanPr(problems, entriBerubah())}\n`);
}

if (errors.length) {
  console.log(`\n✗ ${errors.length} galat dan ${warnings.length} peringatan di ${files} berkas (dari ${entries.length} berkas yang diperiksa, ${ms} ms).`);
  process.exit(1);
}
console.log(`${warnings.length ? '\n' : ''}✓ ${entries.length} berkas konten sah${warnings.length ? `, ${warnings.length} peringatan` : ''} (${ms} ms).`);

/** Entries this pull request adds or changes, with their frontmatter before and after. */
function entriBerubah(): EntriBerubah[] {
  const base = process.env.GITHUB_BASE_REF;
  if (!base) return [];
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  let nama: string[];
  try {
    nama = git('diff', '--name-only', '--diff-filter=AM', `origin/${base}...HEAD`, '--', relative(root, contentDir) || '.').split('\n').filter((f) => /\.(mdx|ya?ml)$/.test(f));
  } catch {
    return [];
  }
  const fm = (teks: string, file: string) => parseFrontmatter(teks, /\.ya?ml$/.test(file)).data as Record<string, unknown>;
  return nama.map((file) => {
    let lama: Record<string, unknown> | undefined;
    try {
      lama = fm(git('show', `origin/${base}:${file}`), file);
    } catch {
      lama = undefined;
    }
    return { file, lama, baru: fm(readFileSync(resolve(root, file), 'utf8'), file) };
  });
}
