import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ANATOMI } from '../src/rules/anatomy.ts';
import { checkContent } from '../src/validate/run.ts';
import { generate, type GenerateResult } from '../scripts/generate.ts';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'pustaka-gen-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;

describe('scripts/generate.ts', () => {
  let result: GenerateResult;

  it('writes a content tree that the real checker accepts with zero problems', () => {
    result = generate({ entries: 20, out: tempDir(), seed: 'uji' });
    expect(result.praktik).toHaveLength(20);
    expect(result.model.length).toBeGreaterThanOrEqual(2);
    const { problems, entries } = checkContent({ root: result.dir, contentDir: result.dir });
    expect(problems.map((p) => `${p.file}:${p.line}:${p.col} ${p.field} ${p.message}`)).toEqual([]);
    expect(entries.filter((e) => e.koleksi === 'praktik')).toHaveLength(20);
    expect(entries.some((e) => e.koleksi === 'penulis')).toBe(true);
  }, 60_000);

  it('writes entries of realistic length with every required section in order', () => {
    expect(result.words.mean).toBeGreaterThan(2_200);
    expect(result.words.mean).toBeLessThan(2_900);
    const source = readFileSync(join(result.dir, 'praktik', `${result.praktik[0]}.mdx`), 'utf8');
    const h2 = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    const required = ANATOMI.praktik.filter((b) => b.wajib).map((b) => b.judul);
    expect(h2.filter((h) => required.includes(h as never))).toEqual(required);
    expect(source).toMatch(/^### Inti dan Adaptasi$/m);
    expect(source).toMatch(/^### Langkah Replikasi$/m);
    expect(source).toMatch(/^\| --- \|/m);
    expect(source).toMatch(/^- \[[ x]\] /m);
    expect(source).toMatch(/\]\(\/praktik\/[a-z0-9-]+\/\)/);
  });

  it('links models and practices in both directions', () => {
    for (const id of result.model) {
      const model = frontmatter(join(result.dir, 'model', `${id}.mdx`));
      const members = model.praktik as string[];
      expect(members.length).toBeGreaterThanOrEqual(2);
      for (const p of members) expect(frontmatter(join(result.dir, 'praktik', `${p}.mdx`)).model).toContain(id);
    }
    const themes = new Set(result.praktik.map((id) => frontmatter(join(result.dir, 'praktik', `${id}.mdx`)).tema_rb));
    expect(themes.size).toBeGreaterThan(1);
  });

  it('is deterministic for a seed and varies with it', () => {
    const again = generate({ entries: 20, out: tempDir(), seed: 'uji' });
    const other = generate({ entries: 20, out: tempDir(), seed: 'lain' });
    const read = (r: GenerateResult) => readdirSync(join(r.dir, 'praktik')).sort().map((f) => readFileSync(join(r.dir, 'praktik', f), 'utf8'));
    expect(read(again)).toEqual(read(result));
    expect(other.praktik).not.toEqual(result.praktik);
  }, 60_000);

  it('refuses to write into a folder it did not create', () => {
    expect(() => generate({ entries: 2, out: join(process.cwd(), 'src') })).toThrow(/refusing/);
  });
});
