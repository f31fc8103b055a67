/**
 * Entries written the way a hostile author would write them. Each case must be rejected by the
 * checker with its file, line and an Indonesian message; nothing in it may run (a tripwire file
 * that any evaluated payload would create stays absent); and a build or dev server on the same
 * tree must stop before rendering or refuse the entry, without running it either.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../src/validate/problem.ts';
import { GalatRender, renderMdx } from '../src/lib/mdx/render.ts';
import { konteksMdx, masalahMdx } from '../src/rules/mdx.ts';
import { galat, periksa, ROOT, salinan } from './helpers.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** The tripwire: any payload that runs creates this file. */
const JEBAKAN = join(mkdtempSync(join(tmpdir(), 'pustaka-jebakan-')), 'terpicu');
const MUATAN = `globalThis.process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(JEBAKAN)}, "x")`;

/** A valid practice to break: the fixture's second one, under another id. */
function entri(t: ReturnType<typeof salinan>, id: string, ubah: (s: string) => string): string {
  const asal = salinanTeks(t, 'praktik/layanan-kedua.mdx').replace('id: layanan-kedua', `id: ${id}`).replace('model: [model-contoh]', 'model: []');
  return ubah(asal);
}
const salinanTeks = (t: ReturnType<typeof salinan>, file: string) => readFileSync(join(t.dir, file), 'utf8');
const isi = (tambahan: string) => (s: string) => s.replace('## Ringkasan\n', `## Ringkasan\n\n${tambahan}\n`);

interface Kasus {
  nama: string;
  /** Writes the hostile file(s) into the tree; returns the file the problem must name. */
  tanam(t: ReturnType<typeof salinan>): string;
  /** What the Indonesian message must say. */
  pesan: RegExp;
  /** The line it must point at, where the case has one. */
  baris?: (t: ReturnType<typeof salinan>, file: string) => number;
}

const barisDari = (needle: string) => (t: ReturnType<typeof salinan>, file: string) => salinanTeks(t, file).split('\n').findIndex((l) => l.includes(needle)) + 1;

const KASUS: Kasus[] = [
  { nama: 'ekspresi dalam teks', tanam: (t) => (t.tulis('praktik/ekspresi.mdx', entri(t, 'ekspresi', isi(`Angka {${MUATAN}}.`))), 'praktik/ekspresi.mdx'), pesan: /ekspresi \{.*\} tidak diizinkan/, baris: barisDari('Angka {') },
  { nama: 'ekspresi blok', tanam: (t) => (t.tulis('praktik/blok.mdx', entri(t, 'blok', isi(`{${MUATAN}}`))), 'praktik/blok.mdx'), pesan: /ekspresi .* tidak diizinkan/, baris: barisDari('{globalThis') },
  {
    nama: 'kode diselundupkan di antara komentar',
    tanam: (t) => (t.tulis('praktik/selundup.mdx', entri(t, 'selundup', isi(`{/* catatan */ ${MUATAN} /* akhir */}`))), 'praktik/selundup.mdx'),
    pesan: /hanya komentar/,
    baris: barisDari('{/* catatan */'),
  },
  {
    nama: 'ekspresi atribut',
    tanam: (t) => (t.tulis('praktik/atribut.mdx', entri(t, 'atribut', isi(`<abbr title={${MUATAN}}>X</abbr>`))), 'praktik/atribut.mdx'),
    pesan: /harus berupa teks dalam tanda kutip/,
    baris: barisDari('<abbr title={'),
  },
  { nama: 'atribut sebaran', tanam: (t) => (t.tulis('praktik/sebaran.mdx', entri(t, 'sebaran', isi(`<abbr {...(${MUATAN})}>X</abbr>`))), 'praktik/sebaran.mdx'), pesan: /sebaran/, baris: barisDari('<abbr {') },
  { nama: 'import', tanam: (t) => (t.tulis('praktik/impor.mdx', entri(t, 'impor', isi('import fs from "node:fs"'))), 'praktik/impor.mdx'), pesan: /"import" tidak diizinkan/, baris: barisDari('import fs') },
  { nama: 'export', tanam: (t) => (t.tulis('praktik/ekspor.mdx', entri(t, 'ekspor', isi(`export const x = ${MUATAN}`))), 'praktik/ekspor.mdx'), pesan: /"export" tidak diizinkan/, baris: barisDari('export const') },
  { nama: 'skrip', tanam: (t) => (t.tulis('praktik/skrip.mdx', entri(t, 'skrip', isi('<script>alert(1)</script>'))), 'praktik/skrip.mdx'), pesan: /<script> tidak diizinkan/, baris: barisDari('<script>') },
  {
    nama: 'meta refresh',
    tanam: (t) => (t.tulis('praktik/meta.mdx', entri(t, 'meta', isi('<meta httpEquiv="refresh" content="0;url=https://contoh.invalid/" />'))), 'praktik/meta.mdx'),
    pesan: /<meta> tidak diizinkan/,
  },
  { nama: 'nilai pada atribut tanpa nilai', tanam: (t) => (t.tulis('praktik/terbuka.mdx', entri(t, 'terbuka', isi('<details open="javascript:alert(1)"><summary>S</summary>x</details>'))), 'praktik/terbuka.mdx'), pesan: /ditulis tanpa nilai/ },
  { nama: 'penangan peristiwa', tanam: (t) => (t.tulis('praktik/onclick.mdx', entri(t, 'onclick', isi('<abbr onClick="alert(1)">X</abbr>'))), 'praktik/onclick.mdx'), pesan: /atribut peristiwa/ },
  { nama: 'berkas diawali garis bawah', tanam: (t) => (t.tulis('praktik/_tersembunyi.mdx', entri(t, 'tersembunyi', (s) => s)), 'praktik/_tersembunyi.mdx'), pesan: /diawali "_"/ },
  { nama: 'berkas diawali titik', tanam: (t) => (t.tulis('praktik/.tersembunyi.mdx', entri(t, 'tersembunyi', (s) => s)), 'praktik/.tersembunyi.mdx'), pesan: /diawali "\."/ },
  {
    nama: 'entri di sub-folder',
    tanam: (t) => (mkdirSync(join(t.dir, 'praktik/sub')), t.tulis('praktik/sub/dalam.mdx', entri(t, 'dalam', (s) => s)), 'praktik/sub/dalam.mdx'),
    pesan: /langsung di/,
  },
  { nama: 'nama perangkat Windows', tanam: (t) => (t.tulis('praktik/aux.mdx', entri(t, 'aux', (s) => s)), 'praktik/aux.mdx'), pesan: /dicadangkan Windows/ },
  { nama: 'berkas bukan entri', tanam: (t) => (t.tulis('praktik/catatan.md', '# catatan'), 'praktik/catatan.md'), pesan: /bukan entri/ },
  {
    nama: 'tag YAML yang menjalankan kode',
    tanam: (t) => (t.tulis('praktik/tag.mdx', entri(t, 'tag', (s) => s.replace('judul: LAYAN Dua', 'judul: !!js/function "function () { return 1 }"'))), 'praktik/tag.mdx'),
    pesan: /tag|YAML/i,
    baris: barisDari('!!js/function'),
  },
  {
    nama: 'bom alias YAML',
    tanam: (t) => {
      const bom = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
      t.tulis('penulis/bom.yaml', `id: bom\nnama: Bom\njenis: tim\n${bom}\n`);
      return 'penulis/bom.yaml';
    },
    pesan: /alias/i,
  },
  { nama: 'tanggal mustahil', tanam: (t) => (t.tulis('praktik/tanggal.mdx', entri(t, 'tanggal', (s) => s.replace(/tanggal_status: \S+/, 'tanggal_status: 2025-02-30'))), 'praktik/tanggal.mdx'), pesan: /2025-02-30/ },
  // Each passed the checker before the count; the first then took a build past 10 GB, the second the checker to 80 s.
  { nama: 'ribuan elemen MDX berisi teks', tanam: (t) => (t.tulis('praktik/elemen.mdx', entri(t, 'elemen', isi('<sub>x</sub>\n'.repeat(5_000)))), 'praktik/elemen.mdx'), pesan: /lebih dari 1\.000 tag atau ekspresi MDX/ },
  { nama: 'tag terbuka berulang dalam satu paragraf', tanam: (t) => (t.tulis('praktik/tag-ulang.mdx', entri(t, 'tag-ulang', isi('a <b '.repeat(90_000)))), 'praktik/tag-ulang.mdx'), pesan: /lebih dari 1\.000 tag atau ekspresi MDX/ },
  // Both passed the checker; the table (12 KB, padded to 4 million cells) took a build 71 s and 2.9 GB, the references (420 KB) crashed the checker.
  {
    nama: 'tabel yang diisi sampai ribuan kolom judulnya',
    tanam: (t) => (t.tulis('praktik/tabel-lebar.mdx', entri(t, 'tabel-lebar', isi(`|${'a|'.repeat(2_000)}\n|${'-|'.repeat(2_000)}\n${'x\n'.repeat(2_000)}`))), 'praktik/tabel-lebar.mdx'),
    pesan: /tabel berisi 2\.000 kolom; paling banyak 30 kolom/,
    baris: barisDari('|a|a|'),
  },
  { nama: 'puluhan ribu rujukan karakter', tanam: (t) => (t.tulis('praktik/rujukan-karakter.mdx', entri(t, 'rujukan-karakter', isi('&#x41;'.repeat(70_000)))), 'praktik/rujukan-karakter.mdx'), pesan: /lebih dari 1\.000 rujukan karakter HTML/ },
  // decodeURIComponent threw: the checker stopped with a stack trace, the dev server served nothing.
  { nama: 'jangkar dengan kode persen yang salah', tanam: (t) => (t.tulis('praktik/persen.mdx', entri(t, 'persen', isi('[a](#%) dan [b](/praktik/layanan-contoh/#%E0%A4%A)'))), 'praktik/persen.mdx'), pesan: /kode % yang salah[\s\S]*kode % yang salah/, baris: barisDari('[a](#%)') },
  // Passed: 900 of them made a practice's page 4.5 MB, inside the tag limit.
  {
    nama: 'tabel milik panduan di praktik',
    tanam: (t) => (t.tulis('praktik/tesaurus-ulang.mdx', entri(t, 'tesaurus-ulang', isi('<TabelTesaurus />\n\n'.repeat(900)))), 'praktik/tesaurus-ulang.mdx'),
    pesan: /^komponen <TabelTesaurus> hanya dapat dipakai di panduan \(content\/panduan\/\), bukan di praktik atau model/,
    baris: barisDari('<TabelTesaurus />'),
  },
  // Escapes decode after the file check's byte scan: the values themselves are checked.
  {
    nama: 'pengubah arah teks lewat escape YAML',
    tanam: (t) => (t.tulis('praktik/arah-yaml.mdx', entri(t, 'arah-yaml', (s) => s.replace('judul: LAYAN Dua', 'judul: "LAYAN \\u202Efdp.exe"'))), 'praktik/arah-yaml.mdx'),
    pesan: /pengubah arah teks \(U\+202E\)/,
    baris: barisDari('judul: "LAYAN'),
  },
  {
    nama: 'pengubah arah teks lewat rujukan karakter di atribut tag dan judul tautan',
    tanam: (t) => (t.tulis('praktik/arah-atribut.mdx', entri(t, 'arah-atribut', isi('Lihat <abbr title="&#x202E;fdp.exe">LAYAN</abbr> dan [portal](https://contoh.go.id/ "&#8238;gnp.js").'))), 'praktik/arah-atribut.mdx'),
    pesan: /atribut title memuat karakter pengubah arah teks[\s\S]*judul tautan atau gambar \(title\) memuat karakter pengubah arah teks/,
    baris: barisDari('Lihat <abbr'),
  },
  { nama: 'pengubah arah teks lewat rujukan karakter HTML', tanam: (t) => (t.tulis('praktik/arah-isi.mdx', entri(t, 'arah-isi', isi('Unduh &#x202E;fdp.exe di kantor.'))), 'praktik/arah-isi.mdx'), pesan: /pengubah arah teks \(U\+202E\).*&#x202E;/, baris: barisDari('Unduh &#x202E;') },
  // Listed: 1,500 lines for one file buried every other problem and file in the log.
  {
    nama: 'ribuan nilai salah di frontmatter',
    tanam: (t) => (t.tulis('praktik/alias-ribuan.mdx', entri(t, 'alias-ribuan', (s) => s.replace('alias: []\n', `alias:\n${'  - "a\\nb"\n'.repeat(1_500)}`))), 'praktik/alias-ribuan.mdx'),
    pesan: /^1300 masalah lain di frontmatter tidak ditampilkan; perbaiki yang di atas, lalu periksa lagi$/m,
  },
  // Passed: a second profile named with a Cyrillic "а" was another institution to the reviewer rule.
  {
    nama: 'nama profil dengan huruf Kiril yang tampak Latin',
    tanam: (t) => (t.tulis('penulis/ugm-tiruan.yaml', 'id: ugm-tiruan\nnama: Universit\u0430s Gadjah Mada\njenis: lembaga\n'), 'penulis/ugm-tiruan.yaml'),
    pesan: /kata "Universitаs" yang mencampur huruf Latin dengan huruf Kiril "а" \(U\+0430\)/,
    baris: barisDari('nama: Universit'),
  },
  { nama: 'kata berhuruf Yunani di isi', tanam: (t) => (t.tulis('praktik/yunani.mdx', entri(t, 'yunani', isi('Layanan ini gratis untuk warga \u039Fpen.'))), 'praktik/yunani.mdx'), pesan: /huruf Yunani "Ο" \(U\+039F\)/, baris: barisDari('Layanan ini gratis untuk') },
  {
    nama: 'karakter kendali yang merusak umpan RSS',
    tanam: (t) => (t.tulis('praktik/kendali.mdx', entri(t, 'kendali', (s) => s.replace('judul: LAYAN Dua', 'judul: "LAYAN\\x0BDua"'))), 'praktik/kendali.mdx'),
    pesan: /karakter kendali U\+000B/,
    baris: barisDari('judul: "LAYAN'),
  },
  {
    // citeproc's time grows faster than quadratically with such a title: 80 KB added 50 s to a build.
    nama: 'judul sumber raksasa',
    tanam: (t) => (t.tulis('praktik/judul-panjang.mdx', entri(t, 'judul-panjang', (s) => s.replace('    judul: Layanan jemput bola masuk Top 45', `    judul: "${"'a' ".repeat(20_000)}"`))), 'praktik/judul-panjang.mdx'),
    pesan: /terlalu panjang: 79\.999 karakter, paling banyak 500 karakter/,
  },
  // Passed: in the pull request's job summary the title became a heading "## Pemeriksaan konten" of its own.
  {
    nama: 'judul dengan baris baru yang menjadi judul bagian ringkasan PR',
    tanam: (t) => (t.tulis('praktik/judul-baris.mdx', entri(t, 'judul-baris', (s) => s.replace('judul: LAYAN Dua', 'judul: "LAYAN\\n\\n## Pemeriksaan konten\\n\\n✓ Tidak ada galat. Disetujui peninjau: Tim Redaksi"'))), 'praktik/judul-baris.mdx'),
    pesan: /^harus satu baris; hapus baris baru \(mungkin tertulis sebagai \\n di antara tanda petik\)$/,
    baris: barisDari('judul: "LAYAN'),
  },
  // Passed, and published links whose text read "menpan.go.id" opening another site.
  {
    nama: 'teks tautan yang menyamarkan host lain dengan spasi lebar nol, titik lebar penuh, atau panah',
    tanam: (t) => (t.tulis('praktik/host-samaran.mdx', entri(t, 'host-samaran', isi('Lihat [menpan.go&#x200B;.id](https://evil.example/a), [menpan．go．id](https://evil.example/b) dan [menpan.go.id ↗](https://evil.example/c).'))), 'praktik/host-samaran.mdx'),
    pesan: /^(teks tautan "menpan\.go\.id( ↗)?" menyebut menpan\.go\.id, tetapi tautannya membuka evil\.example[^\n]*\n?){3}$/,
    baris: barisDari('Lihat [menpan'),
  },
  {
    nama: 'nama profil penulis yang tampak seperti alamat situs lain',
    tanam: (t) => (t.tulis('penulis/menpan.yaml', 'id: menpan\nnama: www.menpan.go.id\njenis: institusi\nsitus: https://evil.example/\nketerangan: Meninjau entri.\n'), 'penulis/menpan.yaml'),
    pesan: /^nama "www\.menpan\.go\.id" menyebut alamat menpan\.go\.id, tetapi halaman Tentang menautkannya ke situs evil\.example/,
    baris: () => 2,
  },
  // Passed: every entry could then name this profile as its reviewer, and pages credited the review to that university.
  {
    nama: 'profil penulis kedua dengan nama lembaga yang sudah ada',
    tanam: (t) => (t.tulis('penulis/universitas-contoh-fisip.yaml', 'id: universitas-contoh-fisip\nnama: UNIVERSITAS  Contoh\njenis: institusi\nketerangan: Meninjau entri.\n'), 'penulis/universitas-contoh-fisip.yaml'),
    pesan: /^nama "UNIVERSITAS Contoh" juga dipakai content\/penulis\/universitas-contoh\.yaml \(tertulis "Universitas Contoh"\): satu lembaga atau tim satu profil/,
    baris: () => 2,
  },
  { nama: 'id yang dipakai alamat halaman daftar', tanam: (t) => (t.tulis('praktik/halaman.mdx', entri(t, 'halaman', (s) => s)), 'praktik/halaman.mdx'), pesan: /id "halaman" dipakai alamat halaman daftar/ },
  { nama: 'isi bersarang sangat dalam', tanam: (t) => (t.tulis('praktik/dalam.mdx', entri(t, 'dalam', isi(`${'> '.repeat(3000)}dalam`))), 'praktik/dalam.mdx'), pesan: /bersarang/ },
  { nama: 'berkas raksasa', tanam: (t) => (t.tulis('praktik/besar.mdx', entri(t, 'besar', isi('kata '.repeat(200_000)))), 'praktik/besar.mdx'), pesan: /KB/ },
  // Named after the byte, not "nul": that name is itself refused, as a Windows device name.
  { nama: 'byte NUL', tanam: (t) => (t.tulis('praktik/byte-nol.mdx', entri(t, 'byte-nol', isi('a\u0000b'))), 'praktik/byte-nol.mdx'), pesan: /NUL/ },
  {
    nama: 'UTF-8 tidak sah',
    tanam: (t) => (writeFileSync(join(t.dir, 'praktik/latin.mdx'), Buffer.concat([Buffer.from(entri(t, 'latin', isi('caf'))), Buffer.from([0xe9, 0x0a])])), 'praktik/latin.mdx'),
    pesan: /UTF-8/,
  },
  { nama: 'tautan simbolik berputar', tanam: (t) => (symlinkSync('putar.mdx', join(t.dir, 'praktik/putar.mdx')), 'praktik/putar.mdx'), pesan: /berputar/ },
  { nama: 'tautan simbolik yang menggantung', tanam: (t) => (symlinkSync('tidak-ada.mdx', join(t.dir, 'praktik/gantung.mdx')), 'praktik/gantung.mdx'), pesan: /tidak ada/ },
  { nama: 'tautan simbolik ke luar repositori', tanam: (t) => (symlinkSync('/etc/hostname', join(t.dir, 'praktik/luar.mdx')), 'praktik/luar.mdx'), pesan: /ke luar repositori/ },
  { nama: 'pipa bernama', tanam: (t) => (spawnSync('mkfifo', [join(t.dir, 'praktik/pipa.mdx')]), 'praktik/pipa.mdx'), pesan: /bukan berkas biasa/ },
  { nama: 'gambar dari situs lain', tanam: (t) => (t.tulis('praktik/gambar-luar.mdx', entri(t, 'gambar-luar', isi('![Alur](https://contoh.invalid/a.png)'))), 'praktik/gambar-luar.mdx'), pesan: /situs lain/ },
  { nama: 'gambar dengan path mutlak', tanam: (t) => (t.tulis('praktik/gambar-mutlak.mdx', entri(t, 'gambar-mutlak', isi('![Sandi](/etc/passwd)'))), 'praktik/gambar-mutlak.mdx'), pesan: /mutlak/ },
  { nama: 'gambar file:', tanam: (t) => (t.tulis('praktik/gambar-file.mdx', entri(t, 'gambar-file', isi('![Sandi](file:///etc/passwd)'))), 'praktik/gambar-file.mdx'), pesan: /skema "file:"/ },
  {
    nama: 'gambar data:',
    tanam: (t) => (t.tulis('praktik/gambar-data.mdx', entri(t, 'gambar-data', isi('![Titik](data:image/png;base64,iVBORw0KGgo=)'))), 'praktik/gambar-data.mdx'),
    pesan: /skema "data:"/,
  },
  { nama: 'gambar javascript:', tanam: (t) => (t.tulis('praktik/gambar-js.mdx', entri(t, 'gambar-js', isi('![X](javascript:alert(1))'))), 'praktik/gambar-js.mdx'), pesan: /skema "javascript:"/ },
  { nama: 'gambar ../ keluar koleksi', tanam: (t) => (t.tulis('praktik/gambar-naik.mdx', entri(t, 'gambar-naik', isi('![X](../../../etc/x.png)'))), 'praktik/gambar-naik.mdx'), pesan: /di luar folder koleksi/ },
  { nama: 'gambar SVG', tanam: (t) => (t.tulis('praktik/x.svg', '<svg onload="alert(1)"/>'), t.tulis('praktik/gambar-svg.mdx', entri(t, 'gambar-svg', isi('![X](./x.svg)'))), 'praktik/gambar-svg.mdx'), pesan: /SVG/ },
  {
    nama: 'gambar bom piksel (berkas kecil, 20.000 × 20.000 piksel)',
    tanam: (t) => {
      // A PNG header is enough for the checker, which reads the size without decoding a pixel.
      const png = Buffer.alloc(33);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(png);
      png.writeUInt32BE(20_000, 16);
      png.writeUInt32BE(20_000, 20);
      png.set([8, 6], 24);
      writeFileSync(join(t.dir, 'praktik/bom.png'), png);
      t.tulis('praktik/gambar-bom.mdx', entri(t, 'gambar-bom', isi('![Peta](./bom.png)')));
      return 'praktik/gambar-bom.mdx';
    },
    pesan: /20\.000 × 20\.000 piksel, lebih dari batas 16,8 juta piksel/,
  },
  { nama: 'gambar palsu', tanam: (t) => (t.tulis('praktik/palsu.png', '<html>bukan gambar</html>'), t.tulis('praktik/gambar-palsu.mdx', entri(t, 'gambar-palsu', isi('![X](./palsu.png)'))), 'praktik/gambar-palsu.mdx'), pesan: /bukan gambar/ },
  { nama: 'tautan keluar base path', tanam: (t) => (t.tulis('praktik/tautan-naik.mdx', entri(t, 'tautan-naik', isi('[Beranda lain](/../../lain/)'))), 'praktik/tautan-naik.mdx'), pesan: /segmen \. dan \.\./ },
  { nama: 'tautan ke host lain lewat //', tanam: (t) => (t.tulis('praktik/tautan-host.mdx', entri(t, 'tautan-host', isi('[Situs lain](//contoh.invalid/)'))), 'praktik/tautan-host.mdx'), pesan: /memuat \/\// },
  { nama: 'tautan garis miring terbalik', tanam: (t) => (t.tulis('praktik/tautan-miring.mdx', entri(t, 'tautan-miring', isi('[Situs lain](/\\contoh.invalid/)'))), 'praktik/tautan-miring.mdx'), pesan: /memuat \/\// },
  // Both passed: on Windows and macOS each pair is one file, so a reviewer's copy differs from CI's and the site's.
  {
    nama: 'nama gambar yang hanya berbeda huruf besar/kecil',
    tanam: (t) => (t.tulis('praktik/Denah.png', 'a'), t.tulis('praktik/denah.png', 'b'), 'praktik/denah.png'),
    pesan: /nama "denah\.png" dan "Denah\.png" hanya berbeda huruf besar\/kecil; di Windows dan macOS keduanya menjadi satu berkas/,
    baris: () => 1,
  },
  {
    nama: 'nama gambar yang sama dalam dua bentuk Unicode',
    tanam: (t) => (t.tulis('praktik/cafe\u0301.png', 'a'), t.tulis('praktik/caf\u00e9.png', 'b'), 'praktik/caf\u00e9.png'),
    pesan: /nama "caf\u00e9\.png" dan "cafe\u0301\.png" tampak sama tetapi ditulis dengan bentuk Unicode yang berbeda/,
    baris: () => 1,
  },
  // Both passed: the English list linked to a page never built, and two guides shared a place in the sequence.
  {
    nama: 'terjemahan panduan tanpa panduan aslinya',
    tanam: (t) => (t.tulis('panduan/en/pengumuman.mdx', salinanTeks(t, 'panduan/en/cara-membaca.mdx').replace('id: cara-membaca', 'id: pengumuman').replace('urutan: 1', 'urutan: 2')), 'panduan/en/pengumuman.mdx'),
    pesan: /terjemahan tanpa panduan asli content\/panduan\/pengumuman\.mdx/,
    baris: () => 1,
  },
  {
    nama: 'dua panduan dengan urutan yang sama',
    tanam: (t) => (t.tulis('panduan/pengumuman-resmi.mdx', salinanTeks(t, 'panduan/cara-membaca.mdx').replace('id: cara-membaca', 'id: pengumuman-resmi')), 'panduan/pengumuman-resmi.mdx'),
    pesan: /urutan 1 sudah dipakai content\/panduan\/cara-membaca\.mdx/,
    baris: barisDari('urutan: 1'),
  },
  // Each key's suggestion and list of allowed keys made one message of 1.4 MB and took the checker seconds.
  {
    nama: 'ribuan kunci yang tidak dikenal',
    tanam: (t) => (t.tulis('praktik/kunci-ribuan.mdx', entri(t, 'kunci-ribuan', (s) => s.replace('judul: LAYAN Dua\n', `judul: LAYAN Dua\n${Array.from({ length: 2_000 }, (_, i) => `kunci_asing_${i}: 1\n`).join('')}`))), 'praktik/kunci-ribuan.mdx'),
    pesan: /^kunci "kunci_asing_0" tidak dikenal[^\n]*\| dan 1\.980 kunci lain juga tidak dikenal$/,
    baris: barisDari('kunci_asing_0:'),
  },
];

describe('entri dari penulis yang bermusuhan', () => {
  afterAll(() => rmSync(JEBAKAN, { force: true }));

  it.each(KASUS)('$nama: ditolak pemeriksa dengan berkas, baris dan pesan Indonesia, tanpa menjalankan apa pun', (k) => {
    const t = salinan();
    const file = k.tanam(t);
    const problems = galat(periksa(t.dir));
    const milik = problems.filter((p) => p.file === file);
    expect(milik.length, `tidak ada galat untuk ${file}:\n${problems.map(formatProblem).join('\n')}`).toBeGreaterThan(0);
    expect(milik.map((p) => p.message).join('\n')).toMatch(k.pesan);
    if (k.baris) expect(milik.some((p) => p.line === k.baris!(t, file))).toBe(true);
    for (const p of milik) expect(p.line).toBeGreaterThanOrEqual(1);
    expect(existsSync(JEBAKAN)).toBe(false);
  });
});

// The checker passes the same context from src/rules/body.ts (readBody's `halaman`); these pin the rule and the renderer.
describe('komponen milik panduan di praktik dan model', () => {
  const tesaurus = { type: 'mdxJsxFlowElement', name: 'TabelTesaurus', attributes: [] };
  const penilaian = (unsur: string) => ({ type: 'mdxJsxFlowElement', name: 'TabelPenilaian', attributes: [{ type: 'mdxJsxAttribute', name: 'unsur', value: unsur }] });

  it('aturan MDX menolaknya di halaman entri dan menyebut koleksinya; di panduan sekali saja', () => {
    expect(masalahMdx(tesaurus, konteksMdx('entri'))).toEqual(['komponen <TabelTesaurus> hanya dapat dipakai di panduan (content/panduan/), bukan di praktik atau model: isinya menjelaskan situs, bukan satu inovasi; hapus tag ini']);
    expect(masalahMdx(penilaian('biaya'), konteksMdx('entri'))).toEqual([expect.stringMatching(/^komponen <TabelPenilaian> hanya dapat dipakai di panduan/)]);
    const panduan = konteksMdx('panduan');
    expect(masalahMdx(tesaurus, panduan)).toEqual([]);
    expect(masalahMdx(tesaurus, panduan)).toEqual(['komponen <TabelTesaurus> dipakai lebih dari 1 kali di berkas ini (ini yang ke-2); paling banyak 1: hapus yang berulang']);
    // One table per element of the card, then no more.
    const lima = konteksMdx('panduan');
    for (const u of ['dampak', 'bukti', 'biaya', 'kompleksitas', 'tingkat-kompleksitas']) expect(masalahMdx(penilaian(u), lima), u).toEqual([]);
    expect(masalahMdx(penilaian('biaya'), lima)).toEqual([expect.stringMatching(/dipakai lebih dari 5 kali/)]);
    // A note is every collection's.
    expect(masalahMdx({ type: 'mdxJsxFlowElement', name: 'Catatan', attributes: [] }, konteksMdx('entri'))).toEqual([]);
  });

  it('renderer menolak yang sama pada barisnya, sehingga server dev dan build sejalan dengan pemeriksa', () => {
    const tolakan = (teks: string, halaman: 'entri' | 'panduan') => {
      try {
        renderMdx(teks, { base: '/', bahasa: 'id', halaman });
      } catch (e) {
        if (e instanceof GalatRender) return `${e.line}: ${e.pesan}`;
        throw e;
      }
      return undefined;
    };
    const seratus = 'Teks.\n\n' + '<TabelTesaurus />\n\n'.repeat(100);
    expect(tolakan(seratus, 'entri')).toMatch(/^3: komponen <TabelTesaurus> hanya dapat dipakai di panduan/);
    expect(tolakan(seratus, 'panduan')).toMatch(/^5: komponen <TabelTesaurus> dipakai lebih dari 1 kali/);
    expect(tolakan('<TabelTesaurus />\n', 'panduan')).toBeUndefined();
    for (const file of ['content/panduan/cara-membaca-kartu-kesiapan.mdx', 'content/panduan/glosarium.mdx']) expect(tolakan(readFileSync(join(ROOT, file), 'utf8'), 'panduan'), file).toBeUndefined();
  });
});

describe('build dan server dev pada pohon yang bermusuhan', () => {
  let tree: ReturnType<typeof salinan>;
  let diharapkan: Problem[];

  beforeAll(() => {
    tree = salinan();
    for (const k of KASUS) k.tanam(tree);
    diharapkan = periksa(tree.dir);
  });

  it('build berhenti sebelum entri mana pun dirender, dengan daftar galat yang sama dengan npm run check, tanpa menjalankan apa pun', () => {
    const out = mkdtempSync(join(tmpdir(), 'pustaka-build-'));
    const r = spawnSync(NODE, [ASTRO, 'build', '--outDir', out], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: tree.dir, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8', timeout: 240_000 });
    const log = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
    expect(r.status, log).toBe(1);
    const galatnya = diharapkan.filter((p) => p.level === 'error');
    expect(log).toContain(`Build dihentikan sebelum entri dirender: ${galatnya.length} galat konten`);
    for (const p of galatnya) expect(log).toContain(formatProblem(p));
    expect(log).not.toMatch(/^\s+at /m);
    expect(readdirSync(out).filter((f) => f !== '.astro')).toEqual([]);
    expect(existsSync(JEBAKAN)).toBe(false);
  }, 300_000);

  it('server dev melaporkan galatnya, melayani entri yang lolos, dan tidak menjalankan apa pun', async () => {
    const port = 4300 + Math.floor(Math.random() * 500);
    // Vitest's own variables (NODE_ENV=test, VITEST…) would put Astro's dev server in test mode.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
    const dev = spawn(NODE, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, env: { ...env, CONTENT_DIR: tree.dir, ASTRO_TELEMETRY_DISABLED: '1' } });
    let log = '';
    dev.stdout.on('data', (d) => (log += d));
    dev.stderr.on('data', (d) => (log += d));
    try {
      const siap = Date.now() + 90_000;
      const bersih = () => stripVTControlCharacters(log);
      while (!(/galat konten/.test(bersih()) && /ready in/i.test(bersih())) && Date.now() < siap) await new Promise((r) => setTimeout(r, 250));
      expect(bersih()).toMatch(/ready in/i);
      // Vite may restart once while it optimises dependencies: ask until the page is served.
      let halaman = '';
      while (!halaman.includes('LAYAN') && Date.now() < siap) {
        halaman = await fetch(`http://127.0.0.1:${port}/praktik/layanan-contoh/`).then((r) => r.text(), () => '');
        if (!halaman.includes('LAYAN')) await new Promise((r) => setTimeout(r, 500));
      }
      expect(halaman, bersih()).toContain('LAYAN');
      const ditolak = await fetch(`http://127.0.0.1:${port}/praktik/selundup/`);
      expect(ditolak.status).toBe(404);
      expect(stripVTControlCharacters(log)).toContain('praktik/selundup.mdx');
      expect(existsSync(JEBAKAN)).toBe(false);
    } finally {
      dev.kill('SIGTERM');
    }
  }, 180_000);
});

describe('gambar dengan huruf besar-kecil yang berbeda', () => {
  it('menyebut berkas yang ada, karena server membedakan Alur.JPG dari alur.jpg', async () => {
    const { gambarEntri } = await import('../src/validate/gambar.ts');
    const folder = '/konten/praktik';
    const h = gambarEntri('./gambar/Alur.JPG', `${folder}/layanan.mdx`, folder, new Set([`${folder}/gambar/alur.jpg`]));
    expect(h.masalah).toBe('berkas gambar "./gambar/Alur.JPG" tidak ditemukan di samping entri; yang ada "./gambar/alur.jpg": di server, huruf besar dan kecil pada nama berkas dibedakan');
    expect(gambarEntri('./gambar/lain.png', `${folder}/layanan.mdx`, folder, new Set([`${folder}/gambar/alur.jpg`])).masalah).toBe('berkas gambar "./gambar/lain.png" tidak ditemukan di samping entri');
  });
});
