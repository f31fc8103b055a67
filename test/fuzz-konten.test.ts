/**
 * Property: whatever an author's file holds, the checker returns (never throws, never hangs), and
 * it agrees with the build. The build renders an entry only when the check has no error for it;
 * so an entry the check accepts must render, and an entry the renderer refuses must have an error
 * from the check. Mutations start from a real entry and splice in the characters and constructs
 * that parsers stumble on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { daftarKonten } from '../src/validate/berkas.ts';
import { gambarEntri } from '../src/validate/gambar.ts';
import { checkContent } from '../src/validate/run.ts';
import { bacaTeks } from '../src/validate/teks.ts';
import { salinan } from './helpers.ts';

const FILE = 'praktik/layanan-kedua.mdx';

const POTONGAN = [
  '{', '}', '{/* a */}', '{/* a */ x /* b */}', '{// c\n}', '<', '>', '</', '/>', '<abbr>', '</abbr>', '<Catatan>', '</Catatan>',
  '<Catatan jenis="penting">', '<abbr title={x}>', '<script>', '<>', 'import x from "y"\n', 'export const a = 1\n', '---\n', '---',
  '&a ', '*a', '<<: *a\n', '!!js/function ', '!tag ', ': ', '- ', '  ', '\t', '\n', '\r\n', '\u0000', '\uFEFF', '\u2028', '"', "'", '`', '\\',
  '[x](/praktik/layanan-contoh/)', '[x](javascript:alert(1))', '[x](//h/)', '![a](./a.png)', '![a](https://h/a.png)', '## ', '### ', '> > > ',
  '| a | b |\n|---|---|\n', '[^1]', '[^1]: x\n', '2025-02-30', 'status: terbit\n', 'id: ', '\u00e9', '\ud83d\ude00', '%', '&amp;', '&#0;',
];

const mutasi = fc.array(
  fc.record({
    pos: fc.nat(),
    hapus: fc.nat({ max: 40 }),
    sisip: fc.oneof(fc.constantFrom(...POTONGAN), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })),
  }),
  { minLength: 1, maxLength: 6 },
);

function terapkan(asal: string, ms: { pos: number; hapus: number; sisip: string }[]): string {
  let s = asal;
  for (const m of ms) {
    const at = m.pos % (s.length + 1);
    s = s.slice(0, at) + m.sisip + s.slice(at + m.hapus);
  }
  return s;
}

describe('pemeriksa terhadap mutasi acak entri sungguhan', () => {
  const t = salinan();
  const asal = readFileSync(join(t.dir, FILE), 'utf8');
  const awalIsi = asal.indexOf('\n---\n', 4) + 5;
  const periksaBerkas = (teks: string | Buffer) => {
    writeFileSync(join(t.dir, FILE), teks);
    return checkContent({ root: t.dir, contentDir: t.dir, today: '2026-11-28' }).problems.filter((p) => p.file === FILE);
  };

  it('tidak pernah melempar galat, di mana pun mutasinya, termasuk byte yang bukan UTF-8', () => {
    fc.assert(
      fc.property(mutasi, fc.uint8Array({ maxLength: 8 }), fc.nat(), (ms, bytes, at) => {
        const teks = Buffer.from(terapkan(asal, ms));
        const i = at % (teks.length + 1);
        const problems = periksaBerkas(Buffer.concat([teks.subarray(0, i), Buffer.from(bytes), teks.subarray(i)]));
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200, seed: 20261206 },
    );
  }, 240_000);

  it('entri yang diterima pemeriksa selalu dapat dirender build (mutasi pada isi)', () => {
    let diterima = 0;
    fc.assert(
      fc.property(mutasi, (ms) => {
        const teks = asal.slice(0, awalIsi) + terapkan(asal.slice(awalIsi), ms);
        if (periksaBerkas(teks).some((p) => p.level === 'error')) return;
        diterima++;
        const dibaca = bacaTeks(Buffer.from(teks));
        const daftar = daftarKonten(t.dir, t.dir);
        const render = () =>
          renderMdx(dibaca.teks!, {
            base: '/',
            bahasa: 'id',
            gambar: (src) => {
              const g = gambarEntri(src, join(t.dir, FILE), join(t.dir, 'praktik'), daftar.gambar);
              if (g.masalah !== undefined) throw new Error(g.masalah);
              return { src: g.gambar.nama, width: g.gambar.width, height: g.gambar.height };
            },
          });
        expect(render, `diterima pemeriksa tetapi ditolak perender:\n${teks.slice(awalIsi)}`).not.toThrow();
      }),
      { numRuns: 300, seed: 20261206 },
    );
    // Mutations that the check accepts must exist, or the property above proves nothing.
    expect(diterima).toBeGreaterThan(30);
  }, 240_000);
});
