/**
 * The search thesaurus is data that content authors edit by pull request (CONTRIBUTING): the
 * checker reads src/data/tesaurus.json itself, never imports it, and names the line of every
 * mistake in Indonesian.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TESAURUS } from '../src/data/tesaurus.ts';
import { masalahBerkasTesaurus, periksaTesaurus } from '../src/validate/tesaurus.ts';

const ASLI = readFileSync(new URL('../src/data/tesaurus.json', import.meta.url), 'utf8');
const baris = (teks: string, cari: string) => teks.split('\n').findIndex((b) => b.includes(cari)) + 1;
const laporan = (teks: string) => masalahBerkasTesaurus(teks).map((p) => `${p.line}:${p.col} ${p.field} ${p.message}`);

describe('tesaurus pencarian sebagai data', () => {
  it('yang dipakai situs adalah isi berkas JSON, dan berkasnya lolos pemeriksaan', () => {
    expect(TESAURUS).toEqual(JSON.parse(ASLI));
    expect(periksaTesaurus()).toEqual([]);
  });

  it('JSON yang rusak dilaporkan di barisnya, bukan sebagai galat impor', () => {
    const rusak = ASLI.replace('"tengkes", ', '"tengkes" ');
    const [m] = laporan(rusak);
    expect(m).toMatch(new RegExp(`^${baris(rusak, '"tengkes" ')}:\\d+ tesaurus berkas tesaurus bukan JSON yang sah`));
    expect(m).toContain('tanda petik ganda');
  });

  it('kolom yang tidak dikenal, label yang hilang, dan istilah berhuruf menyamar ditolak di baris konsepnya', () => {
    const ubah = ASLI.replace('{"slug": "bblr", "id": "Berat badan lahir rendah", ', '{"slug": "bblr", "kode": "x", ')
      .replace('"gagal tumbuh"', '"gagal tumbuh", "t\u0435ngkes lama"');
    const out = laporan(ubah);
    const bblr = baris(ubah, '"slug": "bblr"');
    expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${bblr}:\\d+ tesaurus\\[1\\] .*"kode"`)));
    expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${bblr}:\\d+ tesaurus\\[1\\]\\.id wajib diisi`)));
    expect(out).toContainEqual(expect.stringMatching(new RegExp(`^${baris(ubah, 'tеngkes lama')}:\\d+ tesaurus\\[0\\]\\.istilah\\[3\\] memuat kata "tеngkes" yang mencampur huruf Latin dengan huruf Kiril`)));
  });

  it('istilah yang menunjuk dua konsep dilaporkan dengan kedua konsepnya', () => {
    const ubah = ASLI.replace('"bayi prematur"', '"bayi prematur", "kerdil"');
    expect(laporan(ubah)).toEqual([expect.stringMatching(/^\d+:\d+ tesaurus istilah "kerdil" ada di konsep "stunting" dan "bblr"; satu istilah hanya boleh menunjuk satu konsep$/)]);
  });

  it('teks yang menyerupai kode tetap data: tidak ada yang dijalankan', () => {
    const ubah = ASLI.replace('"kurang gizi"', '"kurang gizi", "${globalThis.process.exit(9)}"');
    expect(laporan(ubah)).toEqual([]);
  });
});
