/**
 * The build's checker and `npm run check` walk the tree in steps (src/lib/giliran.ts): the event
 * loop gets a turn every few files, so the parser's tree snapshots are freed as the check goes,
 * and the result is exactly the one-pass check's, problems included.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../scripts/generate.ts';
import { BERKAS_PER_GILIRAN } from '../src/lib/giliran.ts';
import { checkContent, checkContentBertahap } from '../src/validate/run.ts';

const out = mkdtempSync(join(tmpdir(), 'pustaka-bertahap-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('checkContentBertahap', () => {
  const { dir } = generate({ entries: 2 * BERKAS_PER_GILIRAN + 5, out, seed: 'bertahap', today: '2026-11-28' });
  // One broken body and one broken field, so the comparison covers problems as well as entries.
  const [a, b] = readdirSync(join(dir, 'praktik')).filter((f) => f.endsWith('.mdx'));
  const ubah = (f: string, edit: (s: string) => string) => writeFileSync(join(dir, 'praktik', f), edit(readFileSync(join(dir, 'praktik', f), 'utf8')));
  ubah(a!, (s) => `${s}\n<script>alert(1)</script>\n`);
  ubah(b!, (s) => s.replace(/^status: .*$/m, 'status: hampir'));
  const opts = { root: dir, contentDir: dir, today: '2026-11-28' };

  it('gives the event loop turns while it walks the files, and finds exactly what the one-pass check finds', async () => {
    let giliran = 0;
    let jalan = true;
    const hitung = () => {
      giliran++;
      if (jalan) setImmediate(hitung);
    };
    setImmediate(hitung);
    const bertahap = await checkContentBertahap(opts);
    jalan = false;
    expect(giliran).toBeGreaterThanOrEqual(2);
    const sekaligus = checkContent(opts);
    expect(bertahap).toEqual(sekaligus);
    expect(sekaligus.problems.map((p) => p.file)).toEqual(expect.arrayContaining([`praktik/${a}`, `praktik/${b}`]));
    expect(sekaligus.entries.length).toBeGreaterThan(2 * BERKAS_PER_GILIRAN);
  });
});
