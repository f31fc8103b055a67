/**
 * Held-out-style mutations of real entries: each breaks one trust rule the way a careless or
 * hopeful author would, in a copy of content/ where every practice and model is published
 * (`terbit`, reviewed by a body that is not its author), and must be refused by the real checker
 * with the file's line, the field, and an Indonesian message that names what to write instead.
 * The controls at the end are honest text that must still pass.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../src/validate/run.ts';
import type { Problem } from '../src/validate/problem.ts';
import { ROOT } from './helpers.ts';

const PANGANKU = 'praktik/panganku-kulon-progo.mdx';
const LAB = 'praktik/laboratorium-kemiskinan-pekalongan.mdx';
const SIMPATI = 'praktik/simpati-sumedang.mdx';
const MOMI = 'praktik/momi-kementerian-esdm.mdx';
const STUNTING = 'model/penanganan-stunting.mdx';
const PENINJAU = 'peninjau: [universitas-gadjah-mada]';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pustaka-mutasi-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  for (const koleksi of ['praktik', 'model']) {
    for (const f of readdirSync(join(dir, koleksi))) {
      const p = join(dir, koleksi, f);
      // A published entry's contact needs a channel (src/rules/kontak.ts); the real entries await theirs.
      writeFileSync(p, readFileSync(p, 'utf8').replace(/^status: tinjauan$/m, `${PENINJAU}\nstatus: terbit`).replace(/^(kontak:\n  unit: .*)$/m, '$1\n  situs: https://contoh.go.id/'));
    }
  }
});

/** One text replaced, or the test fails: a mutation that no longer applies says so. */
const ganti = (a: string, b: string) => (s: string) => {
  if (!s.includes(a)) throw new Error(`mutation no longer applies, not found: ${a}`);
  return s.replace(a, b);
};
const urut = (...f: ((s: string) => string)[]) => (s: string) => f.reduce((x, g) => g(x), s);
/** A paragraph right after a level-2 heading. */
const sisip = (judul: string, teks: string) => ganti(`## ${judul}\n\n`, `## ${judul}\n\n${teks}\n\n`);
const hasil = (teks: string) => sisip('Hasil dan Dampak', teks);
const KORAN = 'url: https://koran-jogja.com/inovasi-panganku-tingkatkan-produksi-petani-dan-peternak-kulon-progo/';

/** The problems of one file after one edit (and, optionally, an extra file), the tree restored after. */
function setelah(berkas: string, ubah: (s: string) => string, status: 'terbit' | 'draf' = 'terbit', tambahan?: [string, string]): { teks: string; masalah: Problem[] } {
  const p = join(dir, berkas);
  const asli = readFileSync(p, 'utf8');
  const dasar = status === 'draf' ? asli.replace(`${PENINJAU}\nstatus: terbit`, 'status: draf') : asli;
  const teks = ubah(dasar);
  writeFileSync(p, teks);
  if (tambahan) writeFileSync(join(dir, tambahan[0]), tambahan[1]);
  try {
    const { problems } = checkContent({ root: dir, contentDir: dir });
    return { teks, masalah: problems };
  } finally {
    writeFileSync(p, asli);
    if (tambahan) rmSync(join(dir, tambahan[0]));
  }
}

/** The 1-based line of the n-th line holding `teks`. */
const barisKe = (isi: string, teks: string, ke = 1) => isi.split('\n').map((l, i) => [l, i + 1] as const).filter(([l]) => l.includes(teks))[ke - 1]?.[1];

interface Mutasi {
  nama: string;
  berkas: string;
  ubah: (s: string) => string;
  /** The field column the author reads. */
  medan: string;
  /** Text on the line the problem must point at (its n-th occurrence with `ke`). */
  baris: string;
  ke?: number;
  /** What the message must say, the expected value included. */
  pesan: RegExp;
  tambahan?: [string, string];
}

const MUTASI: Mutasi[] = [
  { nama: 'terbit tanpa peninjau', berkas: PANGANKU, ubah: ganti(`${PENINJAU}\n`, ''), medan: 'status', baris: 'status: terbit', pesan: /memerlukan paling sedikit satu peninjau yang bukan penulis.*status: tinjauan/ },
  { nama: 'satu-satunya peninjau adalah penulisnya', berkas: PANGANKU, ubah: ganti(PENINJAU, 'peninjau: [tim-redaksi]'), medan: 'peninjau', baris: 'peninjau:', pesan: /semuanya juga penulis/ },
  { nama: 'peninjau = penulis ditulis berhuruf besar', berkas: PANGANKU, ubah: ganti(PENINJAU, 'peninjau: [Tim-Redaksi]'), medan: 'peninjau[0]', baris: 'peninjau:', pesan: /"Tim-Redaksi" harus berupa slug huruf kecil/ },
  {
    nama: 'peninjau adalah profil kedua lembaga penulis (nama beda huruf dan spasi)',
    berkas: PANGANKU,
    ubah: urut(ganti('penulis: [tim-redaksi]', 'penulis: [universitas-gadjah-mada]'), ganti(PENINJAU, 'peninjau: [ugm]')),
    tambahan: ['penulis/ugm.yaml', 'id: ugm\nnama: universitas  gadjah mada\njenis: institusi\nketerangan: Profil kedua.\n'],
    medan: 'peninjau',
    baris: 'peninjau:',
    pesan: /di luar lembaga penulisnya.*"ugm" dan penulis "universitas-gadjah-mada": nama yang sama/,
  },
  {
    nama: 'peninjau adalah fakultas lembaga penulis (situs di bawah domainnya)',
    berkas: PANGANKU,
    ubah: urut(ganti('penulis: [tim-redaksi]', 'penulis: [universitas-indonesia]'), ganti(PENINJAU, 'peninjau: [fib-kampus]')),
    tambahan: ['penulis/fib-kampus.yaml', 'id: fib-kampus\nnama: Fakultas Ilmu Budaya\njenis: institusi\nsitus: https://fib.ui.ac.id/\nketerangan: Fakultas.\n'],
    medan: 'peninjau',
    baris: 'peninjau:',
    pesan: /situs di domain yang sama \(fib\.ui\.ac\.id, ui\.ac\.id\)/,
  },
  { nama: 'bukti 2→4 dengan pembanding; satu-satunya dokumen resmi bukan evaluasi', berkas: PANGANKU, ubah: urut(ganti('kekuatan_bukti: 2', 'kekuatan_bukti: 4'), ganti('    perubahan_persen: 75', '    pembanding: kabupaten tetangga 10 → 11 gapoktan\n    perubahan_persen: 75')), medan: 'kesiapan.kekuatan_bukti', baris: 'kekuatan_bukti: 4', pesan: /evaluasi oleh pihak independen yang dirujuk di bagian "Hasil dan Dampak".*\(lan-pedoman-replikasi\).*turunkan kesiapan\.kekuatan_bukti ke 3/ },
  { nama: 'bukti 2→3 tanpa pembanding', berkas: PANGANKU, ubah: ganti('kekuatan_bukti: 2', 'kekuatan_bukti: 3'), medan: 'kesiapan.dampak_utama.pembanding', baris: '    indikator:', pesan: /kekuatan bukti 3 memerlukan: kesiapan\.dampak_utama\.pembanding/ },
  { nama: 'dampak tinggi dengan perubahan -31', berkas: SIMPATI, ubah: ganti('tingkat_dampak: sedang', 'tingkat_dampak: tinggi'), medan: 'kesiapan.tingkat_dampak', baris: 'tingkat_dampak: tinggi', pesan: /paling sedikit 33%.*turunkan ke "sedang"/ },
  { nama: 'perubahan_persen dinaikkan agar dampak tinggi', berkas: LAB, ubah: urut(ganti('perubahan_persen: -21.4', 'perubahan_persen: -40'), ganti('tingkat_dampak: sedang', 'tingkat_dampak: tinggi')), medan: 'kesiapan.dampak_utama.perubahan_persen', baris: 'perubahan_persen: -40', pesan: /baseline 1425 ke hasil 1120 .* = -21,4 persen\. Tulis perubahan_persen: -21/ },
  { nama: 'biaya 2 dengan Rp600 juta', berkas: PANGANKU, ubah: ganti('biaya_juta_per_tahun: 150', 'biaya_juta_per_tahun: 600'), medan: 'kesiapan.biaya', baris: '  biaya: 2', pesan: /Rp600 juta masuk biaya 3/ },
  { nama: 'kompleksitas lebih rendah dari skornya', berkas: PANGANKU, ubah: ganti('kompleksitas: sedang', 'kompleksitas: rendah'), medan: 'kesiapan.kompleksitas', baris: 'kompleksitas: rendah', pesan: /skor 3 .* berarti "sedang"/ },
  { nama: 'replikasi yang sama ditulis dua kali', berkas: MOMI, ubah: (s) => s.replace(/( {4}- instansi: Pemerintah Provinsi Nusa Tenggara Barat[\s\S]*?replikasi-momi\n)/, '$1$1'), medan: 'kesiapan.replikasi[1].instansi', baris: 'instansi: Pemerintah Provinsi Nusa Tenggara Barat', ke: 2, pesan: /sudah tercatat sebagai replikasi ke-1/ },
  { nama: 'replikasi oleh instansi asal sendiri', berkas: PANGANKU, ubah: ganti('  replikasi: []', '  replikasi:\n    - instansi: Pemerintah  Kabupaten Kulon Progo\n      tahun: 2020\n      status: implementasi\n      sumber: https://jogjapolitan.harianjogja.com/read/2020/02/19/514/1032185/surplus-beras-gapoktan-di-kulonprogo-suplai-beras-untuk-program-kemensos'), medan: 'kesiapan.replikasi[0].instansi', baris: 'Pemerintah  Kabupaten Kulon Progo', pesan: /adalah instansi_asal inovasi ini, jadi bukan replikasi/ },
  { nama: 'replikasi sebelum inovasinya dimulai', berkas: MOMI, ubah: ganti('      tahun: 2016\n      status: implementasi', '      tahun: 2010\n      status: implementasi'), medan: 'kesiapan.replikasi[0].tahun', baris: '      tahun: 2010', pesan: /tahun replikasi 2010 lebih awal daripada tahun_mulai 2013/ },
  { nama: 'angka ditulis dengan kata', berkas: PANGANKU, ubah: hasil('Pendapatan pemasok naik tiga puluh persen.'), medan: 'isi.rujukan', baris: 'tiga puluh persen', pesan: /angka tanpa rujukan: "Pendapatan pemasok naik tiga puluh persen\."/ },
  { nama: '"dua ribu keluarga" di Sumber Daya dan Biaya', berkas: PANGANKU, ubah: sisip('Sumber Daya dan Biaya', 'Program melibatkan dua ribu keluarga.'), medan: 'isi.rujukan', baris: 'dua ribu keluarga', pesan: /angka tanpa rujukan/ },
  { nama: '"ribuan keluarga"', berkas: PANGANKU, ubah: hasil('Ribuan keluarga kini membeli beras petani setempat.'), medan: 'isi.rujukan', baris: 'Ribuan keluarga', pesan: /angka tanpa rujukan/ },
  { nama: '"biaya 3 miliar" (kata nilai kartu diikuti satuan)', berkas: PANGANKU, ubah: sisip('Sumber Daya dan Biaya', 'Replikator memerlukan biaya 3 miliar.'), medan: 'isi.rujukan', baris: 'biaya 3 miliar', pesan: /angka tanpa rujukan/ },
  { nama: 'bilangan berbentuk tahun sebagai jumlah', berkas: PANGANKU, ubah: hasil('Bantuan menjangkau 2024 keluarga.'), medan: 'isi.rujukan', baris: '2024 keluarga', pesan: /angka tanpa rujukan/ },
  { nama: 'angka lebar penuh', berkas: PANGANKU, ubah: hasil('Harga turun ４５ persen.'), medan: 'isi.rujukan', baris: '４５ persen', pesan: /angka tanpa rujukan/ },
  { nama: 'angka di sub-butir, rujukan hanya di butir induk', berkas: PANGANKU, ubah: hasil('- Pemasok 2021 [@jpnn-jogja-e-warong]:\n  - pendapatan naik 45 persen'), medan: 'isi.rujukan', baris: 'pendapatan naik 45', pesan: /angka tanpa rujukan: "pendapatan naik 45 persen"/ },
  { nama: 'angka di <Catatan> satu baris', berkas: PANGANKU, ubah: hasil('<Catatan jenis="info">Harga turun 45 persen.</Catatan>'), medan: 'isi.rujukan', baris: 'Harga turun 45', pesan: /angka tanpa rujukan/ },
  { nama: 'angka di catatan kaki yang ditulis di akhir berkas', berkas: PANGANKU, ubah: urut(hasil('Pendapatan pemasok naik.[^1]'), (s) => `${s}\n[^1]: Naik 45 persen menurut dinas.\n`), medan: 'isi.rujukan', baris: '[^1]: Naik 45', pesan: /angka tanpa rujukan: "Naik 45 persen menurut dinas\."/ },
  { nama: 'klaim replikasi berangka tanpa sumber', berkas: PANGANKU, ubah: sisip('Rekam Jejak Replikasi', 'Sudah direplikasi 12 kabupaten di Jawa Tengah.'), medan: 'isi.rujukan', baris: 'direplikasi 12 kabupaten', pesan: /angka tanpa rujukan/ },
  { nama: 'pemendek URL s.id', berkas: PANGANKU, ubah: ganti(KORAN, 'url: https://s.id/panganku'), medan: 'sumber[14].url', baris: 's.id/panganku', pesan: /pemendek URL \(s\.id\)/ },
  { nama: 'host IP desimal', berkas: PANGANKU, ubah: ganti(KORAN, 'url: http://1729557025/panganku'), medan: 'sumber[14].url', baris: '1729557025', pesan: /IP mentah \(103\.22\.242\.33\)/ },
  { nama: 'nama pengguna sebelum "@" menyamarkan host', berkas: PANGANKU, ubah: ganti('url: https://koran-jogja.com/', 'url: https://kulonprogokab.go.id@koran-jogja.com/'), medan: 'sumber[14].url', baris: 'kulonprogokab.go.id@', pesan: /peramban membuka koran-jogja\.com/ },
  { nama: 'mailto sebagai sumber', berkas: PANGANKU, ubah: ganti(KORAN, 'url: mailto:redaksi@koran-jogja.com'), medan: 'sumber[14].url', baris: 'mailto:', pesan: /"mailto:redaksi@koran-jogja.com" bukan URL yang sah; tulis alamat lengkap yang diawali https:\/\// },
  { nama: 'diakses sebelum terbit', berkas: PANGANKU, ubah: ganti('    terbit: 2020-11-26\n    diakses: 2026-11-28', '    terbit: 2020-11-26\n    diakses: 2019-05-01'), medan: 'sumber[0].diakses', baris: 'diakses: 2019-05-01', pesan: /diakses 2019-05-01 lebih awal daripada tanggal terbit sumber \(2020-11-26\)/ },
  { nama: 'diakses di masa depan', berkas: PANGANKU, ubah: ganti('    terbit: 2020-11-26\n    diakses: 2026-11-28', '    terbit: 2020-11-26\n    diakses: 2099-03-01'), medan: 'sumber[0].diakses', baris: 'diakses: 2099-03-01', pesan: /tanggal 2099-03-01 ada di masa depan/ },
  { nama: 'status berlanjut bersandar pada sumber lama', berkas: LAB, ubah: ganti('    terbit: 2025-07-08', '    terbit: 2019-07-08'), medan: 'status_sumber', baris: 'status_sumber:', pesan: /paling lama 24 bulan sebelum tanggal_status/ },
  { nama: 'tahun penghargaan tidak sesuai keputusannya', berkas: PANGANKU, ubah: ganti('    tahun: 2020\n    predikat: outstanding-achievement', '    tahun: 2021\n    predikat: outstanding-achievement'), medan: 'penghargaan[0].tahun', baris: '    tahun: 2021', pesan: /berbeda dari tahun dasar_penetapan "KepmenPANRB 192\/2020" \(2020\)/ },
  { nama: 'sumber penghargaan terbit sebelum penghargaannya', berkas: PANGANKU, ubah: ganti('    tahun: 2020\n    predikat: outstanding-achievement\n    dasar_penetapan: KepmenPANRB 192/2020', '    tahun: 2021\n    predikat: outstanding-achievement\n    dasar_penetapan: KepmenPANRB 100/2021'), medan: 'penghargaan[0].sumber', baris: 'sumber: https://jogja.tribunnews.com/2020/11/26', pesan: /terbit 2020, sebelum tahun penghargaan 2021/ },
  { nama: '"terbukti" di ringkasan, bukti 2', berkas: PANGANKU, ubah: ganti('ringkasan: Bantuan pangan', 'ringkasan: Terbukti efektif. Bantuan pangan'), medan: 'ringkasan', baris: 'ringkasan: Terbukti', pesan: /"Terbukti" menyatakan inovasi ini sudah terbukti, padahal kekuatan buktinya 2/ },
  { nama: '"membuktikan" di isi', berkas: PANGANKU, ubah: hasil('Data dinas membuktikan bahwa PanganKu menaikkan pendapatan petani [@harianjogja-2020].'), medan: 'isi', baris: 'membuktikan bahwa', pesan: /"membuktikan" menyatakan/ },
  { nama: '"terbukti" di indikator kartu', berkas: PANGANKU, ubah: ganti('indikator: jumlah gapoktan', 'indikator: terbukti menaikkan jumlah gapoktan'), medan: 'kesiapan.dampak_utama.indikator', baris: 'indikator: terbukti', pesan: /padahal kekuatan buktinya 2/ },
  { nama: 'model menyebut lebih banyak praktik daripada daftarnya', berkas: 'model/pengentasan-kemiskinan.mdx', ubah: ganti('dua praktik yang saling melengkapi', 'tiga praktik yang saling melengkapi'), medan: 'isi', baris: 'tiga praktik yang saling', pesan: /"tiga praktik", padahal daftar praktik model ini memuat 2/ },
  { nama: 'model lebih terbukti dari praktiknya', berkas: STUNTING, ubah: urut(ganti('  kekuatan_bukti: 2', '  kekuatan_bukti: 3'), ganti('    perubahan_persen: -31', '    pembanding: Kabupaten lain 10% → 9%\n    perubahan_persen: -31')), medan: 'kesiapan.kekuatan_bukti', baris: 'kekuatan_bukti: 3', pesan: /melebihi praktik terkuatnya/ },
];

describe('mutasi entri nyata yang terbit ditolak dengan berkas, baris, isian, dan pesan', () => {
  it.each(MUTASI)('$nama', (m) => {
    const { teks, masalah } = setelah(m.berkas, m.ubah, 'terbit', m.tambahan);
    const diBerkas = masalah.filter((p) => p.file === m.berkas);
    expect(diBerkas.filter((p) => p.level === 'error').map((p) => `${p.line} ${p.field} ${p.message}`)).toContainEqual(expect.stringMatching(new RegExp(`^${barisKe(teks, m.baris, m.ke)} ${m.medan.replace(/[.[\]]/g, '\\$&')} .*${m.pesan.source}`)));
  });
});

describe('pada draf, aturan isian menjadi peringatan', () => {
  it.each([
    ['angka tanpa rujukan', hasil('Pendapatan pemasok naik 45 persen.'), 'isi.rujukan', 'naik 45 persen'],
    ['sumber yang tidak dirujuk', ganti('tingkat_verifikasi: media-terverifikasi', '  - kunci: sumber-baru\n    judul: Sumber uji\n    url: https://www.antaranews.com/berita/1\n    jenis: berita-media\n    diakses: 2026-11-28\ntingkat_verifikasi: media-terverifikasi'), 'sumber[19].kunci', 'kunci: sumber-baru'],
    ['"terbukti" dengan bukti 2', hasil('Inovasi ini terbukti meningkatkan pendapatan petani [@harianjogja-2020].'), 'isi', 'terbukti meningkatkan'],
  ] as const)('%s', (_, ubah, medan, baris) => {
    const { teks, masalah } = setelah(PANGANKU, ubah, 'draf');
    const diBerkas = masalah.filter((p) => p.file === PANGANKU);
    expect(diBerkas.filter((p) => p.level === 'error')).toEqual([]);
    expect(diBerkas).toContainEqual(expect.objectContaining({ level: 'warning', field: medan, line: barisKe(teks, baris) }));
  });
});

describe('teks jujur tetap lolos', () => {
  it.each([
    ['"belum terbukti" dan "sulit dibuktikan"', hasil('Dampaknya pada pendapatan petani belum terbukti dan sulit dibuktikan tanpa baseline [@harianjogja-2020].')],
    ['angka yang rujukannya ada di catatan kaki', urut(hasil('Pemasok naik 75 persen.[^a]'), (s) => `${s}\n[^a]: Dihitung dari 12 dan 21 gapoktan [@harianjogja-2020].\n`)],
    ['ambang sepertiga aturan kartu', hasil('Perubahan itu di bawah ambang sepertiga untuk dampak tinggi.')],
    ['tahun yang diikuti kata biasa', hasil('Pada 2020 pemkab menambah bantuan dari APBD.')],
    ['peninjau dari lembaga lain', ganti('penulis: [tim-redaksi]', 'penulis: [universitas-indonesia]')],
  ] as const)('%s', (_, ubah) => {
    expect(setelah(PANGANKU, ubah).masalah.filter((p) => p.file === PANGANKU)).toEqual([]);
  });
});

describe('peninjau dari lembaga penulis sendiri', () => {
  it('profil lain dari lembaga yang sama dikenali, lembaga lain yang namanya hanya berawalan sama tidak', async () => {
    const { lembagaSama } = await import('../src/schema/tinjauan.ts');
    const ui = { id: 'ui', nama: 'Universitas Indonesia', situs: 'https://www.ui.ac.id/' };
    expect(lembagaSama({ id: 'fisip', nama: 'FISIP Universitas Indonesia' }, ui)).toBeDefined();
    expect(lembagaSama({ id: 'fia', nama: 'Fakultas Ilmu Administrasi', situs: 'https://fia.ui.ac.id/' }, ui)).toBeDefined();
    expect(lembagaSama({ id: 'ui-2', nama: 'universitas  indonesia.' }, ui)).toBeDefined();
    expect(lembagaSama({ id: 'uit', nama: 'Universitas Indonesia Timur', situs: 'https://uit.ac.id/' }, ui)).toBeUndefined();
    expect(lembagaSama({ id: 'ugm', nama: 'Universitas Gadjah Mada', situs: 'https://ugm.ac.id/' }, ui)).toBeUndefined();
  });
});
