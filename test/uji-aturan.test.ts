/**
 * Content-safety and trust rules that survived a hand mutation of their module: each case here
 * fails when the rule is weakened as the comment before it says, and passes on the real rule.
 * Found by the test audit (.tmp/review/uji/findings.md); the fixture tree is the real schema's.
 */
import { describe, expect, it } from 'vitest';
import { jumlahPraktikBerlebih } from '../src/rules/jumlah-praktik.ts';
import { namaBersapaan, nomorPonsel, ponselDalamTeks } from '../src/rules/kontak.ts';
import { tahun, tanggal } from '../src/schema/common.ts';
import { lembagaSama } from '../src/schema/tinjauan.ts';
import { periksa, salinan } from './helpers.ts';

const PRAKTIK = 'praktik/layanan-contoh.mdx';
const HARI = '2026-11-28';

/** The problems of one fixture file after one edit to it (none: as it is), as `field level message`. */
function setelah(edit: ((s: string) => string) | undefined, file = PRAKTIK): string[] {
  const t = salinan();
  if (edit) t.ubah(file, edit);
  return periksa(t.dir, HARI)
    .filter((p) => p.file === file)
    .map((p) => `${p.field} ${p.level} ${p.message}`);
}

describe('nomor ponsel setiap operator dikenali (kontak tanpa data pribadi)', () => {
  // Mutation killed: dropping one operator digit from PONSEL (e.g. 088x, Smartfren) in src/rules/kontak.ts.
  it.each(['0811', '0821', '0831', '0852', '0877', '0881', '0895'])('%s… di kontak.telepon dan di badan entri', (awal) => {
    const nomor = `${awal}-2345-6789`;
    expect(nomorPonsel(nomor)).toEqual([nomor]);
    expect(nomorPonsel(`(0274) 123456 atau ${nomor}`)).toEqual([nomor]);
    expect(ponselDalamTeks(`Hubungi ${nomor} pada jam kerja.`).map((n) => n.nomor)).toEqual([nomor]);
  });

  it('nomor kantor dan bebas pulsa (080x) tetap bukan ponsel', () => {
    for (const n of ['0800-1-500-000', '(0274) 123456', '021-5551234']) expect(nomorPonsel(n), n).toEqual([]);
  });
});

describe('sapaan hanya dianggap nama bila diikuti huruf kapital', () => {
  // Mutation killed: removing the capital-letter test in namaBersapaan (every "ibu …" becomes a person).
  it('"Ibu dan Anak", "bapak pengurus" dan "ibu hamil" adalah nama layanan, bukan orang', () => {
    expect(namaBersapaan('Seksi Kesehatan Keluarga: Ibu dan Anak')).toEqual([]);
    expect(namaBersapaan('Posyandu (ibu hamil dan balita)')).toEqual([]);
    expect(namaBersapaan('Sekretariat; bapak pengurus RT')).toEqual([]);
    expect(namaBersapaan('Seksi Kesehatan Keluarga: Ibu Ani')).toEqual(['Ibu Ani']);
  });
});

describe('sumber dampak utama yang terbit sebelum akhir periodenya', () => {
  const periode = (s: string) => s.replace('    periode: 2018–2019', '    periode: 2018–2024').replace('    penerbit: Pemerintah Contoh\n', '    penerbit: Pemerintah Contoh\n    terbit: 2019\n');

  // Mutation killed: dropping the "tidak tersedia" exemption (a card without a result needs no later source).
  it('hasil "tidak tersedia" tidak memerlukan sumber yang lebih baru; hasil berangka memerlukannya', () => {
    expect(setelah(periode)).toEqual([]);
    const berangka = setelah((s) => periode(s).replace('    hasil: tidak tersedia', '    hasil: 85% desa sasaran (2024)'));
    expect(berangka).toContainEqual(expect.stringMatching(/^kesiapan\.dampak_utama\.sumber error sumber dampak utama terbit 2019, sebelum akhir periodenya \(2024\)/));
  });
});

describe('tahun penghargaan dan tahun keputusannya', () => {
  const dasar = (tahun: string) => (s: string) => s.replace('dasar_penetapan: KepmenPANRB 18/2019', `dasar_penetapan: KepmenPANRB 18/${tahun}`);

  // Mutation killed: widening "decree later than the award's next year" (tahunDasar > t + 1 → t + 2) in src/rules/entri.ts.
  it('keputusan dua tahun sesudah tahun penghargaan dilaporkan; keputusan awal tahun berikutnya tidak', () => {
    expect(setelah(dasar('2020'))).toEqual([]);
    expect(setelah(dasar('2021'))).toEqual([
      expect.stringMatching(/^penghargaan\[0\]\.tahun error tahun penghargaan 2019 berbeda dari tahun dasar_penetapan "KepmenPANRB 18\/2021" \(2021\); periksa keduanya pada sumber penghargaan \(status terbit/),
    ]);
    expect(setelah(dasar('2018'))).toEqual([expect.stringMatching(/^penghargaan\[0\]\.tahun error tahun penghargaan 2019 berbeda dari tahun dasar_penetapan "KepmenPANRB 18\/2018" \(2018\)/)]);
  });

  // Mutation killed: `t < mulai` written `t < mulai - 1` (an award the year before the innovation began).
  it('penghargaan setahun sebelum tahun_mulai dilaporkan; pada tahun mulainya tidak', () => {
    const tahunPenghargaan = (t: number) => (s: string) => s.replace('    tahun: 2019\n    predikat: top-45', `    tahun: ${t}\n    predikat: top-45`).replace('KepmenPANRB 18/2019', `KepmenPANRB 18/${t}`);
    expect(setelah(tahunPenghargaan(2018))).toEqual([]);
    expect(setelah(tahunPenghargaan(2017))).toEqual([expect.stringMatching(/^penghargaan\[0\]\.tahun error tahun penghargaan 2017 lebih awal daripada tahun_mulai 2018: penghargaan diberikan kepada inovasi yang sudah berjalan/)]);
  });
});

describe('model menyintesis paling sedikit dua praktik', () => {
  const MODEL = 'model/model-contoh.mdx';
  const satu = (s: string) => s.replace('praktik: [layanan-contoh, layanan-kedua]', 'praktik: [layanan-contoh]');

  // Mutation killed: MIN_PRAKTIK_PER_MODEL = 1 in src/rules/references.ts (one case published as a model).
  it('model dengan satu praktik: galat bila terbit, peringatan selama draf', () => {
    expect(setelah(satu, MODEL)).toContain('praktik error model memerlukan paling sedikit 2 praktik (ditemukan 1)');
    expect(setelah((s) => satu(s).replace('status: terbit', 'status: draf'), MODEL)).toContain('praktik warning model memerlukan paling sedikit 2 praktik (ditemukan 1)');
    expect(setelah(undefined, MODEL).filter((m) => m.startsWith('praktik '))).toEqual([]);
  });
});

describe('entri terbit tidak menunjuk entri yang belum terbit', () => {
  const MODEL = 'model/model-contoh.mdx';
  const KEDUA = 'praktik/layanan-kedua.mdx';
  /** The problems of `file` once `lain` is set back to review. */
  const tinjauan = (lain: string, file: string) => {
    const t = salinan();
    t.ubah(lain, (s) => s.replace('status: terbit', 'status: tinjauan'));
    return periksa(t.dir, HARI)
      .filter((p) => p.file === file)
      .map((p) => `${p.field} ${p.level} ${p.message}`);
  };

  // Mutation killed: dropping "published practice, unpublished model" in src/rules/references.ts.
  it('praktik terbit yang modelnya masih tinjauan: galat pada model[i]', () => {
    expect(tinjauan(MODEL, PRAKTIK)).toContain('model[0] error model "model-contoh" belum terbit (status tinjauan), sedangkan praktik ini terbit');
  });

  // Mutation killed: dropping "the model does not list this practice" in src/rules/references.ts.
  it('praktik yang menyebut model yang tidak mencantumkannya: galat yang menyebut berkas model', () => {
    const t = salinan();
    t.ubah(MODEL, (s) => s.replace('praktik: [layanan-contoh, layanan-kedua]', 'praktik: [layanan-contoh]'));
    const kedua = periksa(t.dir, HARI).filter((p) => p.file === KEDUA).map((p) => `${p.field} ${p.message}`);
    expect(kedua).toEqual(['model[0] model "model-contoh" tidak mencantumkan praktik ini; tambahkan "layanan-kedua" ke daftar praktik di model/model-contoh.mdx']);
  });

  // Mutation killed: dropping "published model, unpublished practice" (the model's page would link to a missing page).
  it('model terbit yang salah satu praktiknya masih tinjauan: galat pada praktik[i]', () => {
    expect(tinjauan(KEDUA, MODEL)).toContain('praktik[1] error praktik "layanan-kedua" belum terbit (status tinjauan); model terbit hanya boleh memuat praktik yang terbit');
  });
});

describe('peninjau dari unit lembaga penulis', () => {
  const ui = { id: 'ui', nama: 'Universitas Indonesia', situs: 'https://www.ui.ac.id/' };

  // Mutation killed: dropping the `unit` half of lembagaSama in src/schema/tinjauan.ts (a team of the
  // authors' own university, named without it, would count as an outside reviewer).
  it('tim yang unitnya di lembaga penulis adalah lembaga yang sama', () => {
    expect(lembagaSama({ id: 'tim', nama: 'Tim Kajian Pelayanan Publik', unit: 'Departemen Ilmu Administrasi, Universitas Indonesia' }, ui)).toBe('"Tim Kajian Pelayanan Publik" memuat nama "Universitas Indonesia"');
    expect(lembagaSama({ id: 'tim', nama: 'Tim Kajian Pelayanan Publik', unit: 'Departemen Ilmu Administrasi, Universitas Gadjah Mada' }, ui)).toBeUndefined();
  });

  it('unit di universitas yang namanya hanya diawali nama lembaga penulis adalah lembaga lain', () => {
    expect(lembagaSama({ id: 'tim', nama: 'Tim Kajian', unit: 'Fakultas Hukum, Universitas Indonesia Timur' }, ui)).toBeUndefined();
    expect(lembagaSama({ id: 'tim', nama: 'Tim Kajian', unit: 'FISIP Universitas Indonesia (Depok)' }, ui)).toBe('"Tim Kajian" memuat nama "Universitas Indonesia"');
  });
});

describe('tahun dan tanggal di batasnya', () => {
  // Mutation killed: tahun() from 1990 instead of 2000 in src/schema/common.ts (the existing test only tries a far value).
  it('tahun 2000 sampai 2100 diterima, 1999 dan 2101 tidak', () => {
    expect([1999, 2000, 2100, 2101].map((y) => tahun().safeParse(y).success)).toEqual([false, true, true, false]);
  });

  // Mutation killed: leap years without the 400-year rule in the calendar message.
  it('pesan tanggal yang tidak ada menyebut hari terakhir bulan itu, dengan tahun kabisat 2000 dan bukan kabisat 2100', () => {
    const pesan = (d: string) => tanggal().safeParse(d).error?.issues.map((i) => i.message);
    expect(pesan('2000-02-30')).toEqual(['tanggal 2000-02-30 tidak ada di kalender: bulan 02 tahun 2000 hanya sampai tanggal 29']);
    expect(pesan('2100-02-29')).toEqual(['tanggal 2100-02-29 tidak ada di kalender: bulan 02 tahun 2100 hanya sampai tanggal 28 (bukan tahun kabisat)']);
    expect(pesan('2000-02-29')).toBeUndefined();
  });
});

describe('riwayat ditulis dari yang terbaru', () => {
  const riwayat = (bawah: string) => (s: string) => s.replace('    catatan: Entri pertama.\n', `    catatan: Entri pertama.\n  - tanggal: ${bawah}\n    jenis: kecil\n`);

  // Mutation killed: dropping the order check of src/schema/riwayat.ts (the page shows the first item as the latest change).
  it('perubahan yang lebih baru di bawah yang lebih lama dilaporkan pada tanggalnya; urutan yang benar lolos', () => {
    expect(setelah(riwayat('2025-03-01'))).toEqual([]);
    expect(setelah((s) => riwayat('2026-11-28')(s).replace('  - tanggal: 2026-11-28\n    jenis: besar', '  - tanggal: 2026-10-01\n    jenis: besar'))).toEqual([
      'riwayat[1].tanggal error urutan salah: riwayat ditulis dari yang terbaru; 2026-11-28 lebih baru daripada 2026-10-01 di atasnya',
    ]);
  });
});

describe('kunci sumber unik', () => {
  // Mutation killed: dropping the duplicate-key check of the source list in src/schema/entri.ts
  // (a citation [@contoh] would then point at whichever source came first).
  it('dua sumber berkunci sama: galat pada kunci yang kedua', () => {
    const kedua = '  - kunci: contoh\n    judul: Profil layanan jemput bola\n    url: https://contoh.go.id/profil\n    jenis: berita-resmi\n    diakses: 2026-11-28\n';
    expect(setelah((s) => s.replace('tingkat_verifikasi:', `${kedua}tingkat_verifikasi:`))).toContain('sumber[1].kunci error kunci "contoh" sudah dipakai sumber ke-1; setiap sumber perlu kunci sendiri');
  });
});

describe('tahun_selesai dan ringkasan kartu', () => {
  // Mutations killed: dropping either check on tahun_selesai in src/schema/entri.ts (an innovation
  // that ended before it began, or one shown as running after it ended).
  it('tahun_selesai sebelum tahun_mulai, dan tahun_selesai tanpa status berhenti-vakum, dilaporkan pada kolomnya', () => {
    const p = setelah((s) => s.replace('tahun_mulai: 2018\n', 'tahun_mulai: 2018\ntahun_selesai: 2017\n'));
    expect(p).toContain('tahun_selesai error tidak mungkin sebelum tahun_mulai (2018)');
    expect(p).toContain('status_keberlanjutan error harus "berhenti-vakum" karena tahun_selesai diisi (2017)');
  });

  // Mutation killed: the card summary's limit off by one (RINGKASAN_MAKS_KATA + 1).
  it('ringkasan 60 kata lolos, 61 kata dilaporkan dengan jumlahnya', () => {
    const kata = (n: number) => (s: string) => s.replace(/^ringkasan: .*$/m, `ringkasan: ${Array.from({ length: n }, (_, i) => `kata${i}`).join(' ')}.`);
    expect(setelah(kata(60))).toEqual([]);
    expect(setelah(kata(61))).toEqual([expect.stringMatching(/^ringkasan error terlalu panjang: 61 kata, paling banyak 60; /)]);
  });
});

describe('tingkat judul tidak melompat', () => {
  // Mutation killed: dropping the heading-level check in src/rules/anatomy.ts (a screen reader's
  // outline of the page would skip a level; e2e checks this only on the catalogue).
  it('#### langsung di bawah ## dilaporkan pada judulnya dengan tingkat yang benar; ### lolos', () => {
    const sub = (tingkat: string) => (s: string) => s.replace('Layanan datang ke warga, bukan sebaliknya.\n', `Layanan datang ke warga, bukan sebaliknya.\n\n${tingkat} Pembeda utama\n\nPetugas membawa alat perekaman.\n`);
    expect(setelah(sub('###'))).toEqual([]);
    expect(setelah(sub('####'))).toEqual(['isi.bagian error tingkat judul melompat dari ## ke #### ("Pembeda utama"); gunakan ###']);
  });

  // Mutation killed: dropping the level-1 heading refusal (the page title comes from the frontmatter; a second <h1> breaks the outline).
  it('judul tingkat 1 di isi dilaporkan', () => {
    const p = setelah((s) => s.replace('Layanan datang ke warga, bukan sebaliknya.\n', 'Layanan datang ke warga, bukan sebaliknya.\n\n# Judul Besar\n\nTeks.\n'));
    expect(p).toContain('isi.bagian error judul tingkat 1 ("# Judul Besar") tidak boleh dipakai: judul halaman diambil dari frontmatter. Gunakan "## " untuk bagian');
  });

  // Mutation killed: dropping the duplicate-section check (the second copy's text would be read as the section).
  it('bagian yang ditulis dua kali dilaporkan dengan baris yang pertama', () => {
    const p = setelah((s) => s.replace('## Panduan Replikasi\n', '## Kebaruan dan Nilai Tambah\n\nLagi.\n\n## Panduan Replikasi\n'));
    expect(p).toContain('isi.bagian error bagian "Kebaruan dan Nilai Tambah" ditulis dua kali (pertama di baris 104)');
  });
});

describe('batas kata bagian Ringkasan', () => {
  // Mutation killed: the section word limit off by one in src/rules/anatomy.ts (`> maks + 1`).
  it('200 kata lolos, 201 kata dilaporkan', () => {
    const ringkasan = (n: number) => (s: string) => s.replace('Petugas dinas datang ke desa, merekam data, dan menyerahkan dokumen di tempat.', `${Array.from({ length: n }, (_, i) => `kata${i}`).join(' ')}.`);
    expect(setelah(ringkasan(200))).toEqual([]);
    expect(setelah(ringkasan(201))).toEqual([expect.stringMatching(/^isi\.bagian error bagian "Ringkasan" berisi 201 kata, paling banyak 200; /)]);
  });
});

describe('sub-bagian wajib Panduan Replikasi', () => {
  // Mutation killed: dropping "required sub-section missing" in src/rules/anatomy.ts (a replication guide without its steps).
  it('tanpa "### Langkah Replikasi": galat pada judul bagiannya', () => {
    const p = setelah((s) => s.replace('### Langkah Replikasi\n\nPersiapan, rencana, replikasi, evaluasi.', 'Persiapan, rencana, replikasi, evaluasi.'));
    expect(p).toEqual(['isi.bagian error sub-bagian wajib "### Langkah Replikasi" tidak ada di bawah "Panduan Replikasi"']);
  });
});

describe('bilangan praktik dalam teks model', () => {
  // Mutation killed: dropping the word-start guard of the count pattern in src/rules/jumlah-praktik.ts
  // ("ketiga praktik" would be read as "tiga praktik").
  it('"kedua praktik" dan "ketiga praktik" bukan jumlah; "tiga praktik" pada model dua praktik dilaporkan pada letaknya', () => {
    expect(jumlahPraktikBerlebih('Kedua praktik itu saling melengkapi; ketiga praktik lain masih diuji.', 2)).toEqual([]);
    expect(jumlahPraktikBerlebih('Model ini\nmenyintesis tiga praktik.', 2)).toEqual([
      { line: 2, col: 13, message: 'teks menyebut "tiga praktik", padahal daftar praktik model ini memuat 2; sesuaikan teksnya dengan daftar praktik' },
    ]);
  });
});
