import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { bacaPustaka, keSumber, sisipkanSumber } from '../src/lib/sitasi/impor.ts';
import { bibtex, cslJson, daftarPustaka, itemSumber } from '../src/lib/sitasi/index.ts';
import { adaAngka } from '../src/rules/rujukan.ts';
import { sumber as skemaSumber } from '../src/schema/sumber.ts';
import { galat, periksa, salinan } from './helpers.ts';

const FILE = 'praktik/layanan-contoh.mdx';
const diPraktik = (dir: string) => periksa(dir).filter((p) => p.file === FILE);
const hasil = (teks: string) => (s: string) => s.replace('Angka hasil tidak tersedia dalam sumber.', teks);

describe('setiap angka menunjuk sumbernya', () => {
  it('menolak angka hasil tanpa rujukan di entri terbit, pada barisnya', () => {
    const t = salinan();
    t.ubah(FILE, hasil('Cakupan perekaman naik dari 40% (2019) menjadi 75% (2021).'));
    const [p, ...lain] = galat(diPraktik(t.dir));
    expect(lain).toEqual([]);
    expect(p).toMatchObject({ field: 'isi.rujukan', message: expect.stringMatching(/^angka tanpa rujukan: "Cakupan perekaman naik dari 40%/) });
    expect(readFileSync(join(t.dir, FILE), 'utf8').split('\n')[p!.line - 1]).toMatch(/^Cakupan perekaman/);
  });

  it('hanya memperingatkan entri yang belum terbit, dan menerima angka yang dirujuk atau disebut perkiraan redaksi', () => {
    const t = salinan();
    t.ubah(FILE, (s) => hasil('Cakupan naik dari 40% menjadi 75%.')(s).replace(/^status: terbit$/m, 'status: tinjauan'));
    expect(diPraktik(t.dir).map((p) => `${p.level} ${p.field}`)).toEqual(['warning isi.rujukan']);
    t.ubah(FILE, (s) => s.replace('Cakupan naik dari 40% menjadi 75%.', 'Cakupan naik dari 40% menjadi 75% [@contoh]. Biayanya Rp40 juta per tahun, perkiraan redaksi.'));
    expect(diPraktik(t.dir)).toEqual([]);
  });

  it('menolak kunci yang tidak ada di daftar sumber dan penanda yang rusak, menyebut kunci yang ada', () => {
    const t = salinan();
    t.ubah(FILE, hasil('Cakupan naik [@bps-2023]. Lihat juga [@Dinas Kesehatan].'));
    const p = galat(diPraktik(t.dir));
    expect(p.map((x) => x.message)).toEqual([
      expect.stringMatching(/^\[@bps-2023\] tidak merujuk ke sumber mana pun; kunci yang ada: contoh$/),
      expect.stringMatching(/^penanda rujukan "\[@Dinas Kesehatan\]" tidak dapat dibaca/),
    ]);
    expect(p[0]!.col).toBe(14);
  });

  it('menolak sumber yang tidak dirujuk siapa pun, pada kuncinya', () => {
    const t = salinan();
    t.ubah(FILE, (s) => s.replace('tingkat_verifikasi:', '  - kunci: lupa\n    judul: Berita lain\n    url: https://contoh.go.id/berita-lain\n    jenis: berita-media\n    diakses: 2026-11-28\ntingkat_verifikasi:'));
    const [p] = galat(diPraktik(t.dir));
    expect(p).toMatchObject({ field: 'sumber[1].kunci', message: expect.stringMatching(/^sumber "lupa" tidak dirujuk di mana pun/) });
  });

  it('menolak dua sumber dengan kunci yang sama', () => {
    const t = salinan();
    t.ubah(FILE, (s) => s.replace('tingkat_verifikasi:', '  - kunci: contoh\n    judul: Berita lain\n    url: https://contoh.go.id/berita-lain\n    jenis: berita-media\n    diakses: 2026-11-28\ntingkat_verifikasi:'));
    expect(galat(diPraktik(t.dir)).map((p) => `${p.field}: ${p.message}`)).toContain('sumber[1].kunci: kunci "contoh" sudah dipakai sumber ke-1; setiap sumber perlu kunci sendiri');
  });

  it('menolak kata "terbukti" bila kekuatan buktinya di bawah 3', () => {
    const t = salinan();
    t.ubah(FILE, hasil('Layanan ini terbukti mempercepat perekaman.'));
    expect(galat(diPraktik(t.dir)).map((p) => p.message)).toEqual([expect.stringMatching(/^"terbukti" menyatakan inovasi ini sudah terbukti, padahal kekuatan buktinya 1/)]);
  });

  it('tidak menganggap tahun, tanggal, nomor peraturan, atau nilai kartu sebagai angka', () => {
    for (const teks of ['Dimulai 12 Maret 2019 berdasarkan Perpres 72/2021 dan Perbup Nomor 56 Tahun 2021.', 'Kekuatan bukti 2 dan biaya 1, periode 2019–2021.', 'Layanan 1000 HPK.', 'Inovasi ini mendukung TPB 16.', 'Sejalan dengan SDGs 3 dan 10.', 'Tim P3DN dan data P3KE.', 'Transaksi B2B selama pandemi COVID-19.']) expect(adaAngka(teks), teks).toBe(false);
    for (const teks of ['Naik 24 dari 26 bayi.', 'Rp50 juta per tahun.', 'turun 3,5 persen', 'TPB 16 dan 120 desa terlayani.', 'Rp86 juta untuk Tim P3DN.', 'Biaya 10rb per dokumen.']) expect(adaAngka(teks), teks).toBe(true);
  });

  it('membaca angka yang ditulis dengan kata, lebar penuh, atau tersamar sebagai nilai kartu dan tahun', () => {
    for (const teks of ['naik tiga puluh persen', 'dua ribu keluarga', 'seratus desa', 'lima persen', 'naik dua kali lipat', 'separuh penerima', 'ribuan warga', 'turun ４５ persen', 'biaya 3 miliar', 'nilai 7 persen', 'menjangkau 2024 keluarga', '1950 balita'])
      expect(adaAngka(teks), teks).toBe(true);
    for (const teks of ['di bawah ambang sepertiga untuk dampak tinggi', 'pada 2020 pemkab menambah bantuan', 'salah satu dari dua komponen', 'kedua desa', 'biaya 2 (perkiraan redaksi)', 'sejak 2019 dan 2021'])
      expect(adaAngka(teks), teks).toBe(false);
  });
});

describe('penanda di halaman', () => {
  const sumber = ['bps', 'dinkes'];
  it('menjadi nomor yang menaut ke daftar sumber; rujukan pertama setiap sumber diberi id untuk tautan balik', () => {
    const r = renderMdx('Turun 30% [@dinkes; @bps]. Lagi [@dinkes].\n', { base: '/', bahasa: 'id', sumber });
    expect(r.html).toBe('<p>Turun 30% <sup><a href="#s2" id="r2">[2]</a><a href="#s1" id="r1">[1]</a></sup>. Lagi <sup><a href="#s2">[2]</a></sup>.</p>');
    expect(r.kutipan).toEqual([['r1'], ['r2']]);
  });
  it('tetap teks di dalam kode dan bila kuncinya tidak dikenal', () => {
    const r = renderMdx('Tulis `[@bps]` atau [@lain].\n', { base: '/', bahasa: 'en', sumber });
    expect(r.html).toBe('<p>Tulis <code>[@bps]</code> atau [@lain].</p>');
  });
  it('tetap teks di dalam teks tautan, juga yang ditebalkan: tautan tidak memuat tautan lain', () => {
    const r = renderMdx('[Data [@bps]](https://contoh.go.id/) dan [**Rekap [@bps]**](https://contoh.go.id/b).\n', { base: '/', bahasa: 'id', sumber });
    expect(r.html).not.toMatch(/<a [^>]*>(?:(?!<\/a>).)*<a /);
    expect(r.html.match(/\[@bps\]/g)).toHaveLength(2);
  });
});

describe('daftar sumber dalam APA 7 dari pemroses CSL', () => {
  const s = (judul: string, lain: object = {}) => skemaSumber.parse({ kunci: 'k-1', judul, url: 'https://contoh.go.id/a?b=1&c=2', jenis: 'berita-media', penerbit: 'Antara', diakses: '2026-11-28', ...lain });
  it('memformat berita dengan tanggal terbitnya, dan salinan unggahan dengan tanggal aksesnya', () => {
    const [a, b] = daftarPustaka([itemSumber(s('Pijat Bayi Menang', { terbit: '2022-04-07' })), itemSumber(s('Proposal', { kunci: 'k-2', jenis: 'unggahan-pengguna', penerbit: 'Scribd' }))], 'id');
    expect(a).toBe('Pijat Bayi Menang. (2022, April 7). <i>Antara</i>. <a href="https://contoh.go.id/a?b=1&#38;c=2">https://contoh.go.id/a?b=1&#38;c=2</a>');
    expect(b).toMatch(/^Scribd\. \(t\.t\.\)\. <i>Proposal<\/i> \[Unggahan pengguna\]\. Diambil 28 November 2026, dari <a /);
    expect(daftarPustaka([itemSumber(s('Proposal', { jenis: 'unggahan-pengguna', penerbit: 'Scribd' }))], 'en')[0]).toMatch(/\(n\.d\.\)\..*Retrieved November 28, 2026, from/);
  });
  it('tidak membuat markup dari teks penulis selain huruf miring dan tebal CSL', () => {
    // The schema refuses such a title (keamanan-5); the formatter escapes it all the same.
    const [html] = daftarPustaka([itemSumber({ ...s('Judul'), judul: '<script>alert(1)</script><img src=x onerror=alert(1)> <i>Miring</i>' })], 'id');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#60;script&#62;');
    expect(html).toContain('<i>Miring</i>');
  });
  it('memformat sumber berkunci nama bawaan objek, dan menolak tanggal terbit yang bukan hari', () => {
    // citeproc stores items in plain objects: "constructor" once made a reference vanish.
    expect(daftarPustaka([itemSumber(s('Judul', { kunci: 'constructor' }))], 'id')[0]).toMatch(/^Judul\. \(t\.t\.\)/);
    expect(skemaSumber.safeParse({ ...s('Judul'), terbit: '2022-02-30' }).success).toBe(false);
    expect(skemaSumber.safeParse({ ...s('Judul'), terbit: '2022-02' }).success).toBe(true);
  });

  it('tidak membiarkan alamat menutup atribut href, juga bila skema dilewati', () => {
    const [html] = daftarPustaka([{ ...itemSumber(s('Judul')), URL: new URL('https://contoh.go.id/a"onmouseover="alert(1)').href }], 'id');
    expect(html).toContain('href="https://contoh.go.id/a%22onmouseover=%22alert(1)"');
    expect(itemSumber({ ...s('Judul'), url: 'https://contoh.go.id/a"b' }).URL).toBe('https://contoh.go.id/a%22b');
  });

  it('mengekspor BibTeX berkunci sama dengan kunci sumber, dan CSL-JSON', () => {
    const item = itemSumber(s('Judul & Sub', { kunci: 'antara-2022', terbit: 2022 }));
    expect(bibtex([item])).toMatch(/^@article\{antara-2022,\n[\s\S]*title = \{Judul \\& \{Sub\}\}/);
    expect(JSON.parse(cslJson([item]))).toEqual([expect.objectContaining({ 'citation-key': 'antara-2022', type: 'article-newspaper', issued: { 'date-parts': [[2022]] }, accessed: { 'date-parts': [[2026, 11, 28]] } })]);
  });

  it('menulis bulan BibTeX sebagai makro standar, bukan "mar 31" yang tercetak apa adanya', () => {
    const bib = bibtex([itemSumber(s('Judul', { kunci: 'kompas-2022', terbit: '2022-03-31' })), itemSumber(s('Lain', { kunci: 'lain-2021', terbit: '2021-11' }))]);
    expect(bib).toContain('\tyear = {2022},\n\tmonth = mar,\n');
    expect(bib).toContain('\tyear = {2021},\n\tmonth = nov,\n');
    expect(bib).not.toMatch(/month = \{/);
  });
});

describe('impor sumber dari Zotero', () => {
  const bib = `@article{sari2023,
  title = {Konvergensi {Stunting}},
  journal = {Jurnal Kebijakan},
  year = {2023}, month = {5},
  url = {https://jurnal.ugm.ac.id/x/1},
  urldate = {2026-11-20},
}
@misc{tanpa, title = {Tanpa alamat}}
@misc{pendek, title = {Pendek}, url = {https://bit.ly/abc}}
@misc{contoh, title = {Salinan}, url = {https://www.scribd.com/document/1/x}}`;

  it('mengubah butir BibTeX dan CSL-JSON menjadi sumber yang lolos skema, dan menyebut yang dilewati', () => {
    const { sumber, dilewati } = keSumber(bacaPustaka(bib, 'z.bib'), new Set(['contoh']), '2026-12-07');
    expect(sumber).toEqual([
      { kunci: 'sari2023', judul: 'Konvergensi Stunting', url: 'https://jurnal.ugm.ac.id/x/1', jenis: 'jurnal', penerbit: 'Jurnal Kebijakan', terbit: '2023-05', diakses: '2026-11-20' },
      { kunci: 'contoh-2', judul: 'Salinan', url: 'https://www.scribd.com/document/1/x', jenis: 'unggahan-pengguna', diakses: '2026-12-07' },
    ]);
    expect(dilewati).toEqual([expect.stringMatching(/^tanpa: tidak punya alamat web/), expect.stringMatching(/^pendek: url pemendek URL/)]);
    const json = JSON.stringify([{ id: 'laporan', type: 'report', title: 'Laporan', URL: 'https://bps.go.id/l', publisher: 'BPS', issued: { 'date-parts': [[2024]] } }]);
    expect(keSumber(bacaPustaka(json, 'z.json'), new Set(), '2026-12-07').sumber).toEqual([{ kunci: 'laporan', judul: 'Laporan', url: 'https://bps.go.id/l', jenis: 'dokumen-resmi', penerbit: 'BPS', terbit: 2024, diakses: '2026-12-07' }]);
    expect(() => bacaPustaka('x', 'z.ris')).toThrow(/hanya berkas \.bib/);
  });

  it('menambahkan ke akhir daftar sumber tanpa mengubah baris lain, dan entri tetap lolos pemeriksaan', () => {
    const t = salinan();
    const asli = readFileSync(join(t.dir, FILE), 'utf8');
    const { sumber } = keSumber(bacaPustaka(bib, 'z.bib'), new Set(['contoh']), '2026-11-28');
    const baru = sisipkanSumber(asli, sumber);
    const [a, b] = [asli.split('\n'), baru.split('\n')];
    const i = a.findIndex((l) => l.startsWith('tingkat_verifikasi:'));
    const n = b.length - a.length;
    expect(b[i]).toBe('  - kunci: sari2023');
    expect([...b.slice(0, i), ...b.slice(i + n)]).toEqual(a);
    expect((parse(baru.split('---')[1]!) as { sumber: unknown[] }).sumber).toHaveLength(3);
    // Imported sources still have to be cited before the entry is published.
    t.tulis(FILE, baru.replace('Angka hasil tidak tersedia dalam sumber.', 'Lihat [@sari2023; @contoh-2].'));
    expect(galat(diPraktik(t.dir))).toEqual([]);
  });
});

describe('pemanasan daftar sumber di inti kedua', () => {
  it('menghasilkan tepat yang akan dihitung halaman sendiri, untuk setiap entri', async () => {
    const { Worker } = await import('node:worker_threads');
    const { ROOT, FIXTURE } = await import('./helpers.ts');
    const { cacheSitasi } = await import('../src/lib/sitasi/index.ts');
    const pesan: { rencana?: string[]; hasil?: [string, string | string[]][]; tamat?: boolean }[] = [];
    await new Promise<void>((selesai, gagal) => {
      const w = new Worker(join(ROOT, 'src/konten/sitasi-worker.ts'), { workerData: { root: FIXTURE, contentDir: FIXTURE, folderGit: FIXTURE, site: 'https://contoh.example', base: '/' } });
      w.on('message', (m) => pesan.push(m));
      w.on('error', gagal);
      w.on('exit', () => selesai());
    });
    const rencana = pesan.flatMap((m) => m.rencana ?? []);
    const hasil = new Map(pesan.flatMap((m) => m.hasil ?? []));
    expect(pesan.at(-1)).toEqual({ tamat: true });
    // Three entries: each has its reference list and its citation in both languages (two practices share one list).
    expect(rencana).toHaveLength(9);
    expect([...hasil.keys()].sort()).toEqual([...new Set(rencana)].sort());
    cacheSitasi.clear();
    for (const [k, v] of hasil) {
      if (!k.startsWith('daftar')) continue;
      const items = JSON.parse(k.split('\u0000')[2]!);
      expect(daftarPustaka(items, 'id')).toEqual(v);
    }
  });
});
