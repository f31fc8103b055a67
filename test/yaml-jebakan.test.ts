/**
 * YAML that reads silently other than the author wrote it, or that fails with a message pointing
 * somewhere else: what the author sees (message, line, column, field) for each trap, in
 * `parseFrontmatter`, in `npm run check`, and what `npm run rapikan` does with such a file.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOMENTAR_ISI } from '../src/lib/scaffold.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { formatProblem, type Problem } from '../src/validate/problem.ts';
import { checkContent } from '../src/validate/run.ts';
import { FIXTURE, periksa, ROOT, salinan } from './helpers.ts';

const PRAKTIK = 'praktik/layanan-contoh.mdx';
const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n\nIsi.\n`);
/** 1-based line of the first line of `teks` that starts with `awal`. */
const baris = (teks: string, awal: string) => teks.split('\n').findIndex((l) => l.startsWith(awal)) + 1;
const asli = readFileSync(join(FIXTURE, PRAKTIK), 'utf8');

/** The fixture practice with one edit; every problem the checker reports for that file. */
function praktik(edit: (s: string) => string, bentuk = false): Problem[] {
  const t = salinan();
  t.ubah(PRAKTIK, edit);
  return checkContent({ root: t.dir, contentDir: t.dir, today: '2026-11-28', bentuk }).problems.filter((p) => p.file === PRAKTIK);
}

/** `npm run rapikan` on a copy of the fixture tree, after writing `file`'s new text. */
function rapikan(file: string, text: string) {
  const t = salinan();
  t.tulis(file, text);
  const r = spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts/rapikan.ts')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: t.dir, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, hasil: readFileSync(join(t.dir, file), 'utf8') };
}

describe('H1: tanda # di tengah nilai tanpa kutip', () => {
  it('teks sesudah " #" yang terbuang adalah galat di kolom tanda #, dengan nilai utuh berkutip sebagai saran', () => {
    const r = fm('id: a\njenis_detail: sistem informasi #1 layanan');
    expect(r.errors).toEqual([
      {
        line: 3,
        col: 32,
        path: ['jenis_detail'],
        message: 'tanda # di tengah teks dibaca YAML sebagai awal komentar, sehingga "#1 layanan" terbuang; apit seluruh nilainya dengan tanda kutip ganda: "sistem informasi #1 layanan"',
      },
    ]);
    expect(r.data).toEqual({});
    expect(fm('catatan: Dukung #BanggaBuatanIndonesia').errors[0]).toMatchObject({ line: 2, col: 17, message: expect.stringContaining('sehingga "#BanggaBuatanIndonesia" terbuang') });
  });

  it('di butir daftar dan di nilai yang jadi kosong, dengan nama kolomnya', () => {
    expect(fm('sumber:\n  - kunci: a #rahasia').errors[0]).toMatchObject({ line: 3, col: 14, path: ['sumber', 0, 'kunci'] });
    expect(fm('id: a\nkategori: #1 nasional').errors).toEqual([
      {
        line: 3,
        col: 11,
        path: ['kategori'],
        message: 'tanda # di awal nilai dibaca YAML sebagai awal komentar, sehingga "#1 nasional" terbuang dan nilainya kosong; apit seluruh nilainya dengan tanda kutip ganda: "#1 nasional"',
      },
    ]);
  });

  it('komentar biasa tetap boleh: "# " dengan spasi, komentar di barisnya sendiri, # di dalam kutip atau alamat', () => {
    for (const yaml of [
      'tema_rb: pengentasan-kemiskinan # ISI, pilih: a | b',
      'sdgs: [1] # ISI: nomor TPB',
      'kode: "34" #catatan sesudah kutip',
      'judul: "sistem informasi #1 layanan"',
      "judul: 'Perbaikan #2'",
      'url: https://contoh.go.id/halaman#bagian',
      'judul: x\n#catatan di barisnya sendiri',
      'ringkasan: |\n  baris #1 di teks blok',
      'judul: x #',
    ]) {
      expect(fm(yaml).errors, yaml).toEqual([]);
    }
  });

  it('npm run check: satu galat di kolom jenis_detail, tanpa galat lain', () => {
    const l = baris(asli, 'jenis_detail:');
    const p = praktik((s) => s.replace('jenis_detail: layanan jemput bola', 'jenis_detail: layanan #1 jemput bola'), true);
    expect(p.map(formatProblem)).toEqual([
      `${PRAKTIK}:${l}:23  jenis_detail  tanda # di tengah teks dibaca YAML sebagai awal komentar, sehingga "#1 jemput bola" terbuang; apit seluruh nilainya dengan tanda kutip ganda: "layanan #1 jemput bola"`,
    ]);
    expect(p[0]!.level).toBe('error');
  });

  it('npm run rapikan menolak berkas itu dan tidak mengubahnya', () => {
    const l = baris(asli, 'jenis_detail:');
    const teks = asli.replace('jenis_detail: layanan jemput bola', 'jenis_detail: layanan #1 jemput bola');
    const r = rapikan(PRAKTIK, teks);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Tidak dirapikan, perbaiki dulu:\n`);
    expect(r.stderr).toMatch(new RegExp(`layanan-contoh\\.mdx:${l}:23  tanda # di tengah teks dibaca YAML sebagai awal komentar`));
    expect(r.hasil).toBe(teks);
  });
});

describe('H4: tanda kutip yang belum ditutup', () => {
  it('ditunjuk di tanda kutip pembukanya, bukan di baris terakhir frontmatter', () => {
    expect(fm('id: a\njudul: "CEISA Barang\nringkasan: abc\nsdgs: [1, 2]\nx: y').errors).toEqual([
      { line: 3, col: 8, message: 'YAML tidak sah: tanda kutip " di baris 3 belum ditutup; tutup di akhir nilai, atau hapus tanda kutipnya' },
    ]);
    expect(fm("id: a\njudul: CEISA\njenis_detail: 'sistem informasi\nringkasan: abc\nx: y").errors).toEqual([
      { line: 4, col: 15, message: "YAML tidak sah: tanda kutip ' di baris 4 belum ditutup; tutup di akhir nilai, atau hapus tanda kutipnya" },
    ]);
  });

  it('npm run check: satu galat di baris judul, tanpa galat rujukan palsu', () => {
    const p = praktik((s) => s.replace('judul: LAYAN\n', 'judul: "LAYAN\n').replace('Petugas dinas datang ke desa', 'Petugas dinas datang ke desa [@contoh]'));
    expect(p.map(formatProblem)).toEqual([`${PRAKTIK}:3:8  (frontmatter)  YAML tidak sah: tanda kutip " di baris 3 belum ditutup; tutup di akhir nilai, atau hapus tanda kutipnya`]);
  });
});

describe('H5: angka bertitik ribuan', () => {
  it('"5.000" adalah galat di nilainya: dibaca 5, tulis 5000', () => {
    expect(fm('kesiapan:\n  biaya: 5\n  biaya_juta_per_tahun: 5.000').errors).toEqual([
      {
        line: 4,
        col: 25,
        path: ['kesiapan', 'biaya_juta_per_tahun'],
        message: '"5.000" dibaca sebagai 5 (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: 5000',
      },
    ]);
    expect(fm('perubahan_persen: -1.250').errors[0]!.message).toBe('"-1.250" dibaca sebagai -1,25 (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: -1250');
    expect(fm('sdgs: [1, 1.000]').errors[0]).toMatchObject({ line: 2, col: 11, path: ['sdgs'] });
  });

  it('kata-kata pesannya mengikuti isi kolom: angka, atau teks yang harus dikutip', () => {
    const baca = (yaml: string, angka: boolean) => parseFrontmatter(`---\n${yaml}\n---\n`, false, { angka: () => angka }).errors;
    // YAML reads `5.000.000` as text: an error only where the field holds numbers.
    expect(baca('a: 5.000.000 # ISI', true)).toEqual([
      { line: 2, col: 4, path: ['a'], message: '"5.000.000" dibaca sebagai teks, bukan angka (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: 5000000' },
    ]);
    expect(baca('a: 5.000.000', false)).toEqual([]);
    expect(baca('baseline: 1.250', false)).toEqual([
      { line: 2, col: 11, path: ['baseline'], message: '"1.250" dibaca sebagai angka 1,25 (titik adalah tanda desimal di YAML), padahal kolom ini berisi teks; apit dengan tanda kutip ganda: "1.250"' },
    ]);
  });

  it('desimal biasa, tahun, dan teks berkutip tidak disentuh', () => {
    for (const yaml of ['a: 1.5', 'a: 12.50', 'a: 2023', 'a: 1234.567', 'a: "5.000"', 'a: 0.125', 'a: -0.500', 'a: 5.0000', '5.000: x', 'a: 5.000 pengguna']) expect(fm(yaml).errors, yaml).toEqual([]);
  });

  it('npm run check: galat di biaya_juta_per_tahun, bukan "biaya tidak sesuai" di baris biaya', () => {
    const l = baris(asli, '  biaya_juta_per_tahun:');
    const p = praktik((s) => s.replace('biaya_juta_per_tahun: 120', 'biaya_juta_per_tahun: 5.000'));
    expect(p.map(formatProblem)).toEqual([
      `${PRAKTIK}:${l}:25  kesiapan.biaya_juta_per_tahun  "5.000" dibaca sebagai 5 (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: 5000`,
    ]);
    // The schema decides what the field holds: a year in a list of records, and a text.
    const tahun = praktik((s) => s.replace('    tahun: 2019', '    tahun: 2.019'));
    expect(tahun.map((x) => [x.line, x.col, x.field, x.message])).toEqual([[baris(asli, '    tahun: 2019'), 12, 'penghargaan[0].tahun', '"2.019" dibaca sebagai 2,019 (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: 2019']]);
    const juta = praktik((s) => s.replace('biaya_juta_per_tahun: 120', 'biaya_juta_per_tahun: 5.000.000'));
    expect(juta.map((x) => [x.field, x.message])).toEqual([['kesiapan.biaya_juta_per_tahun', '"5.000.000" dibaca sebagai teks, bukan angka (titik adalah tanda desimal di YAML); tulis angka tanpa titik ribuan: 5000000']]);
    const teks = praktik((s) => s.replace('    baseline: tidak tersedia', '    baseline: 1.250'));
    expect(teks.map((x) => [x.field, x.message])).toEqual([
      ['kesiapan.dampak_utama.baseline', '"1.250" dibaca sebagai angka 1,25 (titik adalah tanda desimal di YAML), padahal kolom ini berisi teks; apit dengan tanda kutip ganda: "1.250"'],
    ]);
  });
});

describe('M1: frontmatter yang tak terbaca tidak menambah galat rujukan palsu', () => {
  const dikutip = (s: string) => s.replace('Petugas dinas datang ke desa', 'Petugas dinas datang ke desa [@contoh]');

  it('rujukan yang sah tetap sah, dan tidak diperiksa selama frontmatter belum dapat dibaca', () => {
    expect(praktik(dikutip)).toEqual([]);
    for (const rusak of [
      (s: string) => s.replace('judul: LAYAN\n', 'judul: LAYAN\njudul: LAYAN 2\n'),
      (s: string) => s.replace('  nama: Pemerintah Provinsi', '\tnama: Pemerintah Provinsi'),
      (s: string) => s.replace('riwayat:', 'riwayat: [').replace('\n---\n\n## Ringkasan', '\n\n## Ringkasan'),
    ]) {
      const p = praktik((s) => rusak(dikutip(s)));
      expect(p.length).toBeGreaterThan(0);
      expect(p.filter((x) => x.field !== '(frontmatter)')).toEqual([]);
    }
  });
});

describe('M2: akhir baris Windows (CRLF)', () => {
  const crlf = asli.replaceAll('\n', '\r\n');

  it('berkas CRLF yang bentuknya sama dengan studio tidak diperingatkan', () => {
    expect(praktik(() => crlf, true)).toEqual([]);
  });

  it('berkas di luar bentuk tetap diperingatkan pada barisnya', () => {
    const p = praktik(() => crlf.replace('sdgs: [10, 16]', 'sdgs:\r\n  - 10\r\n  - 16'), true);
    expect(p).toEqual([expect.objectContaining({ field: '(bentuk berkas)', level: 'warning', line: baris(asli, 'sdgs:') })]);
  });

  it('npm run rapikan mempertahankan CRLF di frontmatter dan isi, tanpa menambah baris kosong', () => {
    const diLuarBentuk = asli.replace('sdgs: [10, 16]', 'sdgs:\n  - 10\n  - 16');
    const r = rapikan(PRAKTIK, diLuarBentuk.replaceAll('\n', '\r\n'));
    expect(r.stdout).toContain('Dirapikan: 1 berkas.');
    expect(r.hasil).toBe(crlf);
    // An editor's mix takes the ending of the file's first line throughout.
    const campur = `${diLuarBentuk.slice(0, diLuarBentuk.indexOf('## Ringkasan'))}${diLuarBentuk.slice(diLuarBentuk.indexOf('## Ringkasan')).replaceAll('\n', '\r\n')}`;
    expect(rapikan(PRAKTIK, campur).hasil).toBe(asli);
    expect(rapikan(PRAKTIK, crlf).stdout).toContain('Semua berkas sudah rapi.');
  });

  it('.gitattributes menyimpan konten dan kode dengan akhir baris LF', () => {
    const atribut = readFileSync(join(ROOT, '.gitattributes'), 'utf8');
    for (const pola of ['*.mdx', '*.md', '*.yaml', '*.yml', '*.json', '*.ts']) expect(atribut).toMatch(new RegExp(`^\\${pola} text eol=lf$`, 'm'));
  });
});

describe('M6: tanda kutip lengkung dan karakter tak terlihat', () => {
  it('nilai yang seluruhnya diapit tanda kutip lengkung adalah galat di nilainya', () => {
    expect(fm('id: a\njudul: “CEISA Barang Kiriman”').errors).toEqual([
      { line: 3, col: 8, path: ['judul'], message: 'tanda kutip lengkung “ ” (dari Word) bukan tanda kutip YAML; ketik ulang dengan " biasa: "CEISA Barang Kiriman"' },
    ]);
    expect(fm('sumber:\n  - kunci: ‘kipp-2023’').errors).toEqual([
      { line: 3, col: 12, path: ['sumber', 0, 'kunci'], message: 'tanda kutip lengkung ‘ ’ (dari Word) bukan tanda kutip YAML; ketik ulang dengan " biasa: "kipp-2023"' },
    ]);
    // With a colon inside, YAML fails on the colon; the quotes are named instead.
    expect(fm('id: a\njenis_detail: “sistem informasi: layanan”\nx: y').errors).toEqual([
      { line: 3, col: 15, path: ['jenis_detail'], message: 'tanda kutip lengkung “ ” (dari Word) bukan tanda kutip YAML; ketik ulang dengan " biasa: "sistem informasi: layanan"' },
    ]);
  });

  it('tanda kutip lengkung di dalam teks tetap teks', () => {
    for (const yaml of ['judul: “Si Perut Laper” Milik Jabar Raih Apresiasi', 'judul: Program “Lapor” berjalan', 'judul: "“Kutipan” dalam kutip"', 'catatan: Jum’at']) {
      expect(fm(yaml).errors, yaml).toEqual([]);
    }
  });

  it('spasi tak-terputus di kunci, sesudah titik dua, dan sebagai indentasi dinamai di kolomnya', () => {
    expect(fm('id: a\ntahun_mulai\u00a0: 2023').errors).toEqual([
      {
        line: 3,
        col: 12,
        message: 'kunci "tahun_mulai\\u{A0}" berisi spasi tak-terputus (U+00A0), karakter tak terlihat yang biasanya ikut tersalin dari Word atau halaman web; hapus karakter itu lalu ketik ulang kuncinya',
      },
    ]);
    expect(fm('id: a\ntahun_mulai:\u00a02023\ntahap_siklus: implementasi').errors).toEqual([
      { line: 3, col: 13, message: 'sesudah titik dua ada spasi tak-terputus (U+00A0), bukan spasi biasa, sehingga YAML tidak membaca "kunci: nilai" di baris ini; ganti dengan spasi biasa' },
    ]);
    expect(fm('instansi_asal:\n\u00a0 nama: Kementerian Keuangan\n  jenis: kementerian').errors).toEqual([
      { line: 3, col: 1, message: 'indentasi memakai spasi tak-terputus (U+00A0), bukan spasi biasa, sehingga YAML tidak mengenali tingkatnya; hapus lalu ketik ulang indentasinya dengan spasi' },
    ]);
  });

  it('spasi lebar-nol, penyambung kata, dan BOM di dalam berkas dinamai dengan cara yang sama', () => {
    expect(fm('tahun_mulai\u200b: 2023').errors[0]!.message).toMatch(/^kunci "tahun_mulai\\u\{200B\}" berisi spasi lebar-nol \(U\+200B\)/);
    expect(fm('tahun\ufeff_mulai: 2023').errors[0]).toMatchObject({ line: 2, col: 6, message: expect.stringMatching(/^kunci "tahun\\u\{FEFF\}_mulai" berisi tanda BOM \(U\+FEFF\)/) });
    expect(fm('tahun_mulai:\u20602023\nx: y').errors[0]).toMatchObject({ line: 2, col: 13, message: expect.stringMatching(/^sesudah titik dua ada penyambung kata tak terlihat \(U\+2060\)/) });
    expect(fm('jenis_inovasi: digital\u200b').errors).toEqual([
      { line: 2, col: 23, path: ['jenis_inovasi'], message: 'nilai diakhiri spasi lebar-nol (U+200B), karakter tak terlihat yang biasanya ikut tersalin dari Word atau halaman web; hapus karakter itu' },
    ]);
    expect(fm('jenis_inovasi: \u00a0digital').errors[0]).toMatchObject({ col: 16, message: expect.stringMatching(/^nilai diawali spasi tak-terputus \(U\+00A0\)/) });
    // Inside text they are typography, and stay.
    expect(fm('judul: Rp\u00a05 juta per\u200btahun').errors).toEqual([]);
  });

  it('npm run check: galat kunci menggantikan "kunci tidak dikenal" dan "wajib diisi"', () => {
    const l = baris(asli, 'tahun_mulai:');
    const p = praktik((s) => s.replace('tahun_mulai: 2018', 'tahun_mulai\u00a0: 2018'));
    expect(p.map(formatProblem)).toEqual([
      `${PRAKTIK}:${l}:12  (frontmatter)  kunci "tahun_mulai\\u{A0}" berisi spasi tak-terputus (U+00A0), karakter tak terlihat yang biasanya ikut tersalin dari Word atau halaman web; hapus karakter itu lalu ketik ulang kuncinya`,
    ]);
    const nilai = praktik((s) => s.replace('judul: LAYAN\n', 'judul: “LAYAN”\n'));
    expect(nilai.map(formatProblem)).toEqual([`${PRAKTIK}:3:8  judul  tanda kutip lengkung “ ” (dari Word) bukan tanda kutip YAML; ketik ulang dengan " biasa: "LAYAN"`]);
  });

  it('nama kolom yang ditulis penulis ditampilkan tanpa karakter tak terlihat', () => {
    const p: Problem = { file: 'a.mdx', line: 1, col: 1, field: 'tahun\u200b_mulai', message: 'x', level: 'error' };
    expect(formatProblem(p)).toBe('a.mdx:1:1  tahun\\u{200B}_mulai  x');
  });
});

describe('L3: pagar frontmatter', () => {
  it('penutup "---" yang hilang ditunjuk di baris pembukanya', () => {
    const r = parseFrontmatter('---\nid: a\njudul: b\n\n## Ringkasan\n\nIsi.\n');
    expect(r.errors).toEqual([{ line: 1, col: 1, message: 'penutup "---" frontmatter tidak ditemukan: frontmatter dibuka dengan "---" di baris ini, tetapi tidak ada baris "---" yang menutupnya sebelum isi entri' }]);
    expect(parseFrontmatter('\uFEFF---\r\nid: a\r\n').errors[0]!.message).toMatch(/^penutup "---" frontmatter tidak ditemukan/);
  });

  it('akhir baris CR saja dan berkas tanpa frontmatter dijelaskan sesuai keadaannya', () => {
    expect(parseFrontmatter('---\rid: a\r---\r\rIsi.\r').errors[0]!.message).toBe('berkas memakai akhir baris CR saja (Mac lama), sehingga seluruh berkas terbaca sebagai satu baris; simpan ulang dengan akhir baris LF');
    expect(parseFrontmatter('## Ringkasan\n').errors[0]!.message).toBe('frontmatter tidak ditemukan: berkas harus diawali baris "---", lalu data YAML, lalu "---"');
  });
});

describe('H6: komentar "# ISI" dari kerangka', () => {
  const pesan = 'baris ini masih bertanda "# ISI" dari kerangka: periksa nilainya, lalu hapus komentar itu';

  it('galat pada entri terbit, di kolom komentarnya dan dengan nama kolomnya', () => {
    const l = baris(asli, '  biaya:');
    const p = praktik((s) => s.replace('  biaya: 2\n', '  biaya: 2 # ISI: 1–5, pita yang memuat biaya_juta_per_tahun\n'));
    expect(p).toEqual([{ file: PRAKTIK, line: l, col: 12, field: 'kesiapan.biaya', level: 'error', message: pesan }]);
  });

  it('peringatan pada draf; komentar di barisnya sendiri tanpa nama kolom', () => {
    const p = praktik((s) => s.replace('status: terbit', 'status: draf').replace('tingkat_verifikasi:', '# ISI: periksa dulu\ntingkat_verifikasi:').replace('  kode_provinsi: "65"', '  kode_provinsi: "65" #ISI'));
    const isi = p.filter((x) => x.message === pesan);
    expect(isi).toEqual([
      { file: PRAKTIK, line: baris(asli, '  kode_provinsi:'), col: 23, field: 'instansi_asal.kode_provinsi', level: 'warning', message: pesan },
      { file: PRAKTIK, line: baris(asli, 'tingkat_verifikasi:'), col: 1, field: '(frontmatter)', level: 'warning', message: pesan },
    ]);
  });

  it('"ISI" di dalam teks atau di komentar lain tidak dihitung', () => {
    for (const yaml of ['judul: "# ISI"', 'catatan: teks blok\n# ISIAN lama', 'a: 1 # isi nanti', 'ringkasan: |\n  # ISI di teks blok']) {
      expect(fm(yaml).komentar(KOMENTAR_ISI), yaml).toEqual([]);
    }
  });

  it('tidak ada entri konten maupun fixture yang masih memuatnya', () => {
    const periksaFolder = (root: string) => {
      for (const koleksi of ['model', 'praktik', 'panduan', 'panduan/en']) {
        let nama: string[];
        try {
          nama = readdirSync(join(root, koleksi)).filter((n) => n.endsWith('.mdx'));
        } catch {
          continue;
        }
        for (const n of nama) expect(parseFrontmatter(readFileSync(join(root, koleksi, n), 'utf8')).komentar(KOMENTAR_ISI), `${root}/${koleksi}/${n}`).toEqual([]);
      }
    };
    for (const root of [join(ROOT, 'content'), FIXTURE, join(ROOT, 'test/fixtures/situs')]) periksaFolder(root);
    expect(periksa(FIXTURE).filter((p) => p.message === pesan)).toEqual([]);
  });
});

describe('jebakan pada baris yang sangat panjang', () => {
  it('satu baris panjang penuh #, titik ribuan, kutip lengkung, dan spasi tak-terputus tetap terbaca', () => {
    const n = 200_000;
    for (const yaml of [
      `a: ${'x #'.repeat(n)}`,
      `a: “${'x“'.repeat(n)}`,
      `a: ‘${'x’'.repeat(n)}y`,
      `a: ${'\u00a0:'.repeat(n)}`,
      `a${'\u00a0'.repeat(n)}: 1`,
      `a: 1${'.000'.repeat(n)}x`,
      `a:${' '.repeat(n)}#${'#'.repeat(n)}`,
      `${'# ISI '.repeat(n)}\na: 1`,
      `${'# ISI\n'.repeat(n / 4)}${Array.from({ length: 2400 }, (_, i) => `k${i}: 1 # ISI`).join('\n')}`,
    ]) {
      const r = fm(yaml);
      // Comes back, with or without comments found: a quadratic scan of 200,000 characters would
      // not within the suite's time limit.
      expect(Array.isArray(r.komentar(KOMENTAR_ISI)), yaml.slice(0, 12)).toBe(true);
    }
  });
});
