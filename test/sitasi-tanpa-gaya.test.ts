/**
 * CSL formatting marks an author may write in a source's title or publisher (README: `<i>`, `<b>`,
 * `<sup>`, `<sub>`, small caps, `nocase`) must reach the page without an inline style: the page's
 * CSP (style-src 'self') drops it, and the post-build CSP gate then blames the templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daftarPustaka, itemSumber } from '../src/lib/sitasi/index.ts';
import { sumber as skemaSumber } from '../src/schema/sumber.ts';
import { ROOT } from './helpers.ts';

const JUDUL = [
  '<sc>Sumedang</sc> Terus Menuai Prestasi',
  '<span style="font-variant:small-caps;">Sumedang</span> Terus',
  'Laporan <i>Sinovik</i> 2023',
  '<b>Tebal <b>di dalam tebal</b></b>',
  '<sc>kapital <sc>di dalam kapital</sc></sc>',
  'H<sub>2</sub>O dan m<sup>2</sup>',
  '<span class="nocase">iPhone</span> Layanan',
  '<i>miring <i>tegak <i>miring</i></i></i>',
];
const JENIS = ['dokumen-resmi', 'berita-media', 'jurnal', 'regulasi', 'berita-resmi'] as const;

describe('tanda format CSL di daftar sumber', () => {
  const items = JENIS.flatMap((jenis, j) =>
    JUDUL.map((judul, n) => itemSumber(skemaSumber.parse({ kunci: `k-${j}-${n}`, jenis, judul, penerbit: judul, url: 'https://contoh.go.id/a', diakses: '2026-11-28' }))),
  );

  it('tidak ada atribut style= di HTML rujukan, dalam kedua bahasa', () => {
    for (const bahasa of ['id', 'en'] as const) for (const html of daftarPustaka(items, bahasa)) expect(html).not.toMatch(/style=/);
  });

  it('miring di dalam judul miring menjadi kelas yang ada di CSS situs; kapital kecil dan tebal bersarang tinggal teksnya', () => {
    const html = daftarPustaka(items, 'id').join('\n');
    // A report's title is italic in APA: the author's <i> inside it turns upright.
    expect(html).toMatch(/<i>Laporan <span class="csl-tegak">Sinovik<\/span> 2023<\/i>/);
    expect(html).toContain('<span>Sumedang</span> Terus');
    expect(html).toContain('<span>di dalam tebal</span>');
    expect(html).toContain('<span>di dalam kapital</span>');
    const css = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
    for (const [kelas] of html.matchAll(/(?<=class=")csl-[a-z]+/g)) expect(css).toMatch(new RegExp(`\\.${kelas} \\{`));
  });
});
