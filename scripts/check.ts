/**
 * `npm run check`: validate every content file without building the site, and report every
 * problem in every file in one run, as `path:line:col  field  message`. On GitHub Actions it also
 * annotates each problem on its line of the pull request's diff and writes a job summary of the
 * changed entries (src/validate/github.ts).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BATAS } from '../src/rules/batas.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { anotasiPr, ringkasanPr, type EntriBerubah } from '../src/validate/github.ts';
import { checkContentBertahap } from '../src/validate/run.ts';
import { formatProblem } from '../src/validate/problem.ts';

const root = process.cwd();
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const started = performance.now();
const { problems, entries } = await checkContentBertahap({ root, contentDir, bentuk: true });
const errors = problems.filter((p) => p.level === 'error');
const warnings = problems.filter((p) => p.level === 'warning');
// On GitHub the list quotes author text: workflow commands stay off while it prints (GitHub's
// stop-commands, with a token no file can know), so only the annotations below are commands.
const penjaga = process.env.GITHUB_ACTIONS === 'true' ? randomUUID() : undefined;
if (penjaga) console.log(`::stop-commands::${penjaga}`);
for (const p of problems) console.log(formatProblem(p));
if (penjaga) console.log(`::${penjaga}::`);
const ms = Math.round(performance.now() - started);
const files = new Set(problems.map((p) => p.file)).size;

if (process.env.GITHUB_ACTIONS === 'true') {
  let berubah: EntriBerubah[] = [];
  let tanpaPerubahan: string | undefined;
  try {
    berubah = entriBerubah();
  } catch (e) {
    tanpaPerubahan = e instanceof Error ? e.message : String(e);
  }
  const diubah = new Set(berubah.filter((e) => e.baru).map((e) => e.file));
  for (const baris of anotasiPr(problems, diubah)) console.log(baris);
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `${ringkasanPr(problems, berubah, { diubah, tanpaPerubahan })}\n`);
}

if (errors.length) {
  console.log(`\n✗ ${errors.length} galat dan ${warnings.length} peringatan di ${files} berkas (dari ${entries.length} berkas yang diperiksa, ${ms} ms).`);
  process.exit(1);
}
console.log(`${warnings.length ? '\n' : ''}✓ ${entries.length} berkas konten sah${warnings.length ? `, ${warnings.length} peringatan` : ''} (${ms} ms).`);

/**
 * Entries this pull request adds, changes, renames or deletes, with their frontmatter and body before and after.
 *
 * Both versions are read from git's objects, never from the working tree: a pull request may add a
 * symbolic link (the checker refuses it, but this summary runs anyway), and following it would put
 * the values of a file of the runner, or an endless read of /dev/zero, into a public job summary.
 * Only regular files are read, and none larger than the checker allows.
 */
function entriBerubah(): EntriBerubah[] {
  const base = process.env.GITHUB_BASE_REF;
  if (!base) return [];
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  const entri = (f: string | undefined) => f !== undefined && /\.(mdx|ya?ml)$/.test(f);
  type Baris = { st: string; mode: [string, string]; sha: [string, string]; jalur: string[] };
  let baris: Baris[];
  try {
    // -z: a name with a space or a non-ASCII letter comes as it is, not quoted. --raw gives each
    // side's mode and object: ":100644 120000 <sha> <sha> M\0<path>\0" (a rename has two paths).
    const kolom = git('diff', '-z', '--raw', '--no-abbrev', '--find-renames', '--diff-filter=AMDR', `origin/${base}...HEAD`, '--', relative(root, contentDir) || '.').split('\0');
    baris = [];
    for (let i = 0; i < kolom.length - 1; ) {
      const [modeA, modeB, shaA, shaB, st] = kolom[i++]!.slice(1).split(' ') as [string, string, string, string, string];
      const n = st.startsWith('R') ? 2 : 1;
      baris.push({ st, mode: [modeA, modeB], sha: [shaA, shaB], jalur: kolom.slice(i, i + n) });
      i += n;
    }
  } catch {
    throw new Error(`git diff origin/${base}...HEAD gagal; cabang dasar harus ada di checkout (actions/checkout dengan fetch-depth: 0).`);
  }
  /** A side of the change as the summary reads it: a regular file within the size limit, or nothing. */
  const baca = (mode: string, sha: string, file: string) => {
    if (!['100644', '100755'].includes(mode) || Number(git('cat-file', '-s', sha)) > BATAS.ukuranBerkasByte) return undefined;
    const f = parseFrontmatter(git('cat-file', 'blob', sha), /\.ya?ml$/.test(file));
    return { fm: f.data as Record<string, unknown>, isi: /\.ya?ml$/.test(file) ? undefined : f.body };
  };
  const out: EntriBerubah[] = [];
  for (const { st, mode, sha, jalur } of baris) {
    const file = st.startsWith('R') ? jalur[1]! : jalur[0]!;
    const asal = st.startsWith('R') ? jalur[0] : undefined;
    if (!entri(file) && !entri(asal)) continue;
    const lama = st === 'A' ? undefined : baca(mode[0], sha[0], asal ?? file);
    if (st === 'D') {
      out.push({ file, lama: lama?.fm, baru: undefined });
      continue;
    }
    // A link, a submodule or an oversized file: the checker's own error on it is the summary's line.
    const baru = baca(mode[1], sha[1], file);
    if (!baru) continue;
    out.push({ file, lama: lama?.fm, asal, baru: baru.fm, isiLama: lama?.isi, isiBaru: baru.isi });
  }
  return out;
}
