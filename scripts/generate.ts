/**
 * Generate a complete, valid content tree for the benchmark:
 *
 *   node scripts/generate.ts --entries 1000 [--out DIR] [--seed S] [--words 2500]
 *
 * Writes DIR/praktik (N practices of about 2,500 words with the full anatomy), DIR/model (about
 * N/100 models, at least 2, each listing its practices, which list it back), DIR/penulis (copied
 * from content/penulis) and DIR/panduan (copied from content/panduan, so guide links resolve).
 * Deterministic for a given seed. The tree passes `CONTENT_DIR=DIR npm run check`; it is meant for
 * a temporary folder (default: a new one under the OS temp dir) and never for the repository.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dariAstroId, EKSTENSI_HALAMAN } from '../src/data/routes.ts';
import { checkContent } from '../src/validate/run.ts';
import { makeShared, plan, render, type Context, type Plan } from './bench/content.ts';
import { Rng } from './bench/prng.ts';
import { argumen } from './argumen.ts';
import { listFiles } from './verify/site.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A file that marks a folder as ours, so a second run may clear it and nothing else. */
const MARKER = '.pustaka-bench-generated';

export interface GenerateOptions {
  entries: number;
  /** Output folder; created if missing. Must be empty or a folder this script generated. */
  out?: string;
  seed?: string;
  /** Today's date (YYYY-MM-DD); generated dates never pass it. */
  today?: string;
  /**
   * Approximate mean body length of a practice in words (default 2,500, as the issue asks; today's
   * real entries have about 1,550 body words, 2,500 with frontmatter). Below about 2,100 the result
   * stays higher than asked: every section keeps its tables and lists.
   */
  words?: number;
}

export interface GenerateResult {
  dir: string;
  seed: string;
  praktik: string[];
  model: string[];
  penulis: string[];
  guides: string[];
  /** Guide links that pointed at pages absent from the generated tree and were turned into text. */
  guideLinksUnlinked: number;
  /** Guides left out because they failed the checker for reasons other than links. */
  guidesDropped: string[];
  words: { mean: number; min: number; max: number };
  bytes: number;
  ms: number;
}

function prepareDir(out: string | undefined): string {
  if (!out) return mkdtempSync(join(tmpdir(), 'pustaka-bench-'));
  const dir = resolve(out);
  if (existsSync(dir) && readdirSync(dir).length) {
    if (!existsSync(join(dir, MARKER))) throw new Error(`${dir} is not empty and was not made by scripts/generate.ts; refusing to overwrite it`);
    for (const name of ['praktik', 'model', 'panduan', 'penulis']) rmSync(join(dir, name), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Replace the Markdown link `[text](url)` starting at line:col (1-based) by its text; undefined without one. */
function unlinkAt(source: string | undefined, line: number, col: number): string | undefined {
  const lines = source?.split('\n') ?? [];
  const text = lines[line - 1];
  if (text === undefined || text[col - 1] !== '[') return undefined;
  let depth = 0;
  let i = col - 1;
  for (; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) break;
  }
  if (text[i + 1] !== '(') return undefined;
  let j = i + 2;
  for (let paren = 1; j < text.length && paren; j++) {
    if (text[j] === '(') paren++;
    else if (text[j] === ')') paren--;
  }
  lines[line - 1] = text.slice(0, col - 1) + text.slice(col, i) + text.slice(j);
  return lines.join('\n');
}

/**
 * Copy penulis and panduan, then make the guides valid inside the generated tree: links to pages
 * the tree does not have (real entries, guides still being written) become plain text; a guide that
 * still fails is left out. The copies are the project's guides as they are today, so the benchmark
 * builds the same guide pages the site has.
 */
function copyShared(dir: string, today: string): Pick<GenerateResult, 'penulis' | 'guides' | 'guideLinksUnlinked' | 'guidesDropped'> {
  const source = join(PROJECT_ROOT, 'content');
  for (const sub of ['penulis', 'panduan']) cpSync(join(source, sub), join(dir, sub), { recursive: true });
  let unlinked = 0;
  const dropped: string[] = [];
  for (let pass = 0; pass < 6; pass++) {
    const { problems } = checkContent({ root: dir, contentDir: dir, today });
    const errors = problems.filter((p) => p.level === 'error');
    if (!errors.length) break;
    for (const [file, list] of Map.groupBy(errors, (p) => p.file)) {
      const full = join(dir, file);
      // A guide whose only errors are links loses them, right to left so earlier positions stay valid; any other file goes.
      const repairable = !file.startsWith('penulis/') && list.every((p) => p.field === 'isi.tautan');
      const rightToLeft = [...list].sort((a, b) => b.line - a.line || b.col - a.col);
      const text = repairable ? rightToLeft.reduce<string | undefined>((t, p) => unlinkAt(t, p.line, p.col), readFileSync(full, 'utf8')) : undefined;
      if (text === undefined) {
        rmSync(full);
        dropped.push(file);
      } else {
        writeFileSync(full, text);
        unlinked += list.length;
      }
    }
  }
  const penulis = listFiles(join(dir, 'penulis')).map((f) => basename(f).replace(/\.ya?ml$/, ''));
  if (!penulis.length) {
    writeFileSync(join(dir, 'penulis', 'tim-redaksi.yaml'), 'id: tim-redaksi\nnama: Tim Redaksi\njenis: tim\nketerangan: Tim penyusun (berkas pengganti untuk tolok ukur).\n');
    penulis.push('tim-redaksi');
  }
  const guides = listFiles(join(dir, 'panduan'))
    .filter((f) => f.endsWith(EKSTENSI_HALAMAN) && dariAstroId('panduan', f.slice(0, -EKSTENSI_HALAMAN.length)).bahasa === 'id')
    .filter((f) => /^status:\s*terbit\s*$/m.test(readFileSync(join(dir, 'panduan', f), 'utf8')))
    .map((f) => f.replace(/\.mdx$/, ''));
  return { penulis: penulis.sort(), guides: guides.sort(), guideLinksUnlinked: unlinked, guidesDropped: dropped };
}

export function generate(opts: GenerateOptions): GenerateResult {
  const started = performance.now();
  if (!Number.isInteger(opts.entries) || opts.entries < 2) throw new Error('--entries must be an integer ≥ 2 (a model needs two practices)');
  const seed = opts.seed ?? 'pustaka';
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const dir = prepareDir(opts.out);
  writeFileSync(join(dir, MARKER), `Generated by scripts/generate.ts (seed ${seed}, ${opts.entries} entries). Safe to delete.\n`);
  const shared = copyShared(dir, today);

  const common = makeShared(today);
  const rng = new Rng(`${seed}:plan`);
  const { praktik, model } = plan(rng, common, opts.entries);
  const byId = new Map<string, Plan>([...praktik, ...model].map((p) => [p.id, p]));
  const ctx: Context = { shared: common, byId, allPraktik: praktik, guides: shared.guides, penulis: shared.penulis, words: opts.words ?? 2500 };

  for (const koleksi of ['praktik', 'model']) mkdirSync(join(dir, koleksi), { recursive: true });
  const words: number[] = [];
  let bytes = 0;
  for (const p of [...praktik, ...model]) {
    const g = render(p, ctx, seed);
    writeFileSync(join(dir, p.koleksi, `${p.id}.mdx`), g.source);
    if (p.koleksi === 'praktik') words.push(g.words);
    bytes += Buffer.byteLength(g.source);
  }
  const stats = { mean: Math.round(words.reduce((a, b) => a + b, 0) / words.length), min: Math.min(...words), max: Math.max(...words) };
  return { dir, seed, praktik: praktik.map((p) => p.id), model: model.map((p) => p.id), ...shared, words: stats, bytes, ms: Math.round(performance.now() - started) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = argumen(
    { options: { entries: { type: 'string', default: '100' }, out: { type: 'string' }, seed: { type: 'string' }, words: { type: 'string' } } },
    'node scripts/generate.ts --entries N [--out DIR] [--seed S] [--words 2500]',
  );
  const { entries, out, seed, words } = values;
  const r = generate({ entries: Number(entries), ...(out ? { out } : {}), ...(seed ? { seed } : {}), ...(words ? { words: Number(words) } : {}) });
  console.log(`${r.praktik.length} praktik, ${r.model.length} model, ${r.guides.length} panduan, ${r.penulis.length} penulis → ${r.dir}`);
  console.log(`words per practice: mean ${r.words.mean} (min ${r.words.min}, max ${r.words.max}); ${(r.bytes / 1048576).toFixed(1)} MiB of MDX; ${r.ms} ms`);
  if (r.guideLinksUnlinked || r.guidesDropped.length) {
    console.log(`guides: ${r.guideLinksUnlinked} link(s) to pages outside the generated tree turned into text${r.guidesDropped.length ? `; left out (failing the checker): ${r.guidesDropped.join(', ')}` : ''}`);
  }
  console.log(`check it: CONTENT_DIR=${r.dir} npm run check`);
}
