/**
 * "Say only what is true": rules the author guide states that follow from recorded data — years
 * against today and each other, the verification level against the sources, a percentage against
 * its figures, evidence addresses against the reference list, contact data that is an office's,
 * citations written in another style, and MDX tags with their Markdown equivalents.
 */
import { describe, expect, it } from 'vitest';
import { readBody } from '../src/rules/body.ts';
import { masalahIsiEntri } from '../src/rules/isi-entri.ts';
import { layananEmailUmum, namaBersapaan, nomorPonsel } from '../src/rules/kontak.ts';
import { kunciAlamat } from '../src/schema/common.ts';
import { periksa, salinan } from './helpers.ts';

const PRAKTIK = 'praktik/layanan-contoh.mdx';
const HARI = '2026-11-28';
const BELUM_TERDAFTAR = 'alamat ini belum ada di daftar sumber; tambahkan butir sumber dengan url yang sama (lengkap dengan diakses)';

/** The problems of the example practice after one edit, as `field level message`. */
function setelah(edit: (s: string) => string): string[] {
  const t = salinan();
  t.ubah(PRAKTIK, edit);
  return periksa(t.dir, HARI)
    .filter((p) => p.file === PRAKTIK)
    .map((p) => `${p.field} ${p.level} ${p.message}`);
}

const REPLIKASI = `  replikasi:
    - instansi: Pemerintah Kabupaten Bulungan
      kode_provinsi: "65"
      tahun: 2020
      status: implementasi
      sumber: https://contoh.go.id/berita/top-45
`;

describe('tahun tidak boleh di masa depan (M8)', () => {
  it('tahun_mulai, penghargaan[].tahun dan replikasi[].tahun sesudah tahun ini adalah galat, dengan "hari ini" yang sama seperti tanggal', () => {
    const p = setelah((s) =>
      s
        .replace('tahun_mulai: 2018', 'tahun_mulai: 2032')
        .replace('    tahun: 2019\n    predikat', '    tahun: 2033\n    predikat')
        .replace('  replikasi: []\n', REPLIKASI.replace('tahun: 2020', 'tahun: 2034')),
    );
    expect(p).toEqual(
      expect.arrayContaining([
        `tahun_mulai error tahun 2032 ada di masa depan (hari ini ${HARI})`,
        `penghargaan[0].tahun error tahun 2033 ada di masa depan (hari ini ${HARI})`,
        `kesiapan.replikasi[0].tahun error tahun 2034 ada di masa depan (hari ini ${HARI})`,
      ]),
    );
  });

  it('tahun peraturan, tahun_selesai dan tanggal terbit sumber juga', () => {
    const p = setelah((s) =>
      s
        .replace('    nomor: "24"\n    tahun: 2013', '    nomor: "24"\n    tahun: 2027')
        .replace('    penerbit: Pemerintah Contoh\n', '    penerbit: Pemerintah Contoh\n    terbit: 2026-12\n'),
    );
    expect(p).toEqual(expect.arrayContaining([`dasar_hukum[0].tahun error tahun 2027 ada di masa depan (hari ini ${HARI})`, `sumber[0].terbit error tanggal 2026-12 ada di masa depan (hari ini ${HARI})`]));
    expect(setelah((s) => s.replace('    penerbit: Pemerintah Contoh\n', '    penerbit: Pemerintah Contoh\n    terbit: 2026-11\n'))).toEqual([]);
  });

  it('tahun ini sendiri boleh, dan tahun di luar rentang skema hanya dilaporkan skema', () => {
    expect(setelah((s) => s.replace('tahun_mulai: 2018', 'tahun_mulai: 2026').replace('    tahun: 2019\n    predikat', '    tahun: 2026\n    predikat').replace('KepmenPANRB 18/2019', 'KepmenPANRB 18/2026'))).toEqual([]);
    expect(setelah((s) => s.replace('tahun_mulai: 2018', 'tahun_mulai: 2200'))).toEqual(['tahun_mulai error terlalu besar: ditemukan angka 2200, paling besar 2100']);
  });

  it('penghargaan sebelum tahun_mulai adalah peringatan pada tahun penghargaannya', () => {
    expect(setelah((s) => s.replace('    tahun: 2019\n    predikat', '    tahun: 2016\n    predikat').replace('KepmenPANRB 18/2019', 'KepmenPANRB 18/2016').replace('status: terbit', 'status: tinjauan'))).toEqual([
      'penghargaan[0].tahun warning tahun penghargaan 2016 lebih awal daripada tahun_mulai 2018: penghargaan diberikan kepada inovasi yang sudah berjalan; periksa kedua tahun itu',
    ]);
  });
});

describe('tingkat verifikasi mengikuti jenis sumbernya (M4a)', () => {
  it('dokumen-resmi tanpa sumber berjenis regulasi atau dokumen-resmi adalah galat yang menyebut tingkat di bawahnya', () => {
    expect(setelah((s) => s.replace('tingkat_verifikasi: media-terverifikasi', 'tingkat_verifikasi: dokumen-resmi'))).toEqual([
      'tingkat_verifikasi error tingkat verifikasi "dokumen-resmi" memerlukan paling sedikit satu sumber berjenis "regulasi" atau "dokumen-resmi" (sumber entri ini berjenis berita-resmi). Tambahkan dokumen resminya ke sumber, atau turunkan tingkat_verifikasi ke "media-terverifikasi"',
    ]);
  });

  it('satu sumber berjenis regulasi atau dokumen-resmi mencukupi', () => {
    for (const jenis of ['regulasi', 'dokumen-resmi']) {
      expect(setelah((s) => s.replace('tingkat_verifikasi: media-terverifikasi', 'tingkat_verifikasi: dokumen-resmi').replace('    jenis: berita-resmi\n', `    jenis: ${jenis}\n`))).toEqual([]);
    }
  });
});

describe('perubahan persen dihitung dari angka yang tercatat (M4b)', () => {
  it('perubahan_persen dengan baseline atau hasil "tidak tersedia" adalah galat pada perubahan_persen', () => {
    expect(setelah((s) => s.replace('    periode: 2018–2019\n', '    periode: 2018–2019\n    perubahan_persen: -80\n'))).toEqual([
      'kesiapan.dampak_utama.perubahan_persen error perubahan_persen -80 harus dihitung dari baseline dan hasil yang tercatat, tetapi baseline "tidak tersedia" dan hasil "tidak tersedia" tidak memuat angka. Hapus perubahan_persen, atau isi baseline dan hasil dengan angka dari sumber',
    ]);
  });

  it('tahun saja bukan angka hasil; baseline dan hasil berangka diterima', () => {
    const dengan = (baseline: string, hasil: string) => (s: string) =>
      s.replace('    baseline: tidak tersedia\n    hasil: tidak tersedia\n', `    baseline: ${baseline}\n    hasil: ${hasil}\n    perubahan_persen: -40\n`);
    expect(setelah(dengan('30% (2018)', 'belum diukur (2019)'))).toEqual([
      'kesiapan.dampak_utama.perubahan_persen error perubahan_persen -40 harus dihitung dari baseline dan hasil yang tercatat, tetapi hasil "belum diukur (2019)" tidak memuat angka. Hapus perubahan_persen, atau isi baseline dan hasil dengan angka dari sumber',
    ]);
    expect(setelah(dengan('30% (2018)', '18% (2019)'))).toEqual([]);
  });
});

describe('alamat bukti di frontmatter ada di daftar sumber (M4c)', () => {
  it('dampak_utama.sumber, penghargaan[].sumber dan replikasi[].sumber yang tidak ada di sumber adalah galat pada alamatnya', () => {
    const p = setelah((s) =>
      s
        .replace('    sumber: https://contoh.go.id/berita/top-45\n  tingkat_dampak', '    sumber: https://contoh.go.id/berita/lain\n  tingkat_dampak')
        .replace('    terverifikasi: true\n    sumber: https://contoh.go.id/berita/top-45', '    terverifikasi: true\n    sumber: https://contoh.go.id/')
        .replace('  replikasi: []\n', REPLIKASI.replace('https://contoh.go.id/berita/top-45', 'https://bulungan.go.id/berita/replikasi')),
    );
    expect(p).toEqual([
      `penghargaan[0].sumber error ${BELUM_TERDAFTAR}`,
      `kesiapan.dampak_utama.sumber error ${BELUM_TERDAFTAR}`,
      `kesiapan.replikasi[0].sumber error ${BELUM_TERDAFTAR}`,
      // Nothing points at the listed source any more, and the entry is published.
      'sumber[0].kunci error sumber "contoh" tidak dirujuk di mana pun; rujuk dengan [@contoh] di kalimat yang didukungnya, atau hapus sumber ini',
    ]);
  });

  it('http atau https, www., garis miring penutup dan #bagian tidak membedakan alamat; path dan query membedakan', () => {
    expect(kunciAlamat('http://www.Contoh.go.id/berita/top-45/#judul')).toBe(kunciAlamat('https://contoh.go.id/berita/top-45'));
    expect(kunciAlamat('https://contoh.go.id/Berita')).not.toBe(kunciAlamat('https://contoh.go.id/berita'));
    expect(kunciAlamat('https://contoh.go.id/?id=1')).not.toBe(kunciAlamat('https://contoh.go.id/?id=2'));
    expect(setelah((s) => s.replace('    terverifikasi: true\n    sumber: https://contoh.go.id/berita/top-45', '    terverifikasi: true\n    sumber: http://www.contoh.go.id/berita/top-45/'))).toEqual([]);
  });
});

describe('kontak tanpa data pribadi (H2): peringatan, bukan galat', () => {
  it('nama bersapaan, e-mail layanan umum dan nomor ponsel di kontak', () => {
    const p = setelah((s) => s.replace('kontak:\n  unit: Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Utara\n', 'kontak:\n  unit: Bapak Budi Santoso, Kasi Layanan\n  email: budi.santoso1975@gmail.com\n  telepon: 0812-3456-7890\n').replace('status: terbit', 'status: tinjauan'));
    expect(p).toEqual([
      'kontak.unit warning kontak hanya untuk data kelembagaan: "Bapak Budi" tampak seperti nama orang; tulis unit atau jabatannya (mis. "Kepala Seksi Pelayanan"), bukan nama pegawai',
      'kontak.email warning kontak hanya untuk data kelembagaan: "gmail.com" adalah layanan e-mail umum; pastikan ini alamat resmi unit, bukan alamat pribadi',
      'kontak.telepon warning kontak hanya untuk data kelembagaan: "0812-3456-7890" adalah nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi',
    ]);
  });

  it('kontak yang hanya menyebut unit: peringatan di draf dan tinjauan, galat saat terbit', () => {
    const tanpaSaluran = (s: string) => s.replace('kontak:\n  unit: Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Utara\n  situs: https://contoh.go.id/\n', 'kontak:\n  unit: Dinas Kependudukan dan Pencatatan Sipil Provinsi Kalimantan Utara\n');
    const pesan = 'kontak hanya menyebut unit: tambahkan paling sedikit satu saluran resmi unit itu (email, telepon, atau situs) agar instansi yang ingin mereplikasi dapat menghubunginya';
    expect(setelah((s) => tanpaSaluran(s).replace('status: terbit', 'status: tinjauan'))).toEqual([`kontak warning ${pesan}`]);
    expect(setelah(tanpaSaluran)).toEqual([expect.stringMatching(new RegExp(`^kontak error ${pesan.replace(/[()]/g, '\\$&')} \\(`))]);
  });

  it('e-mail kantor, telepon kantor, nomor bebas pulsa dan kantor bernama orang lolos', () => {
    expect(layananEmailUmum('humas@kulonprogokab.go.id')).toBeUndefined();
    expect(layananEmailUmum('dukcapil.bulungan@yahoo.co.id')).toBe('yahoo.co.id');
    expect(nomorPonsel('(0274) 123456')).toEqual([]);
    expect(nomorPonsel('0800-1-500-000')).toEqual([]);
    expect(nomorPonsel('+62 274 123456')).toEqual([]);
    expect(nomorPonsel('+62 812-3456-7890')).toEqual(['+62 812-3456-7890']);
    expect(nomorPonsel('6281234567890')).toEqual(['6281234567890']);
    expect(namaBersapaan('RSUD dr. Soetomo, Instalasi Rawat Jalan')).toEqual([]);
    expect(namaBersapaan('Otorita Ibu Kota Nusantara')).toEqual([]);
    expect(namaBersapaan('Ibu Kota Nusantara, Deputi Bidang Sosial')).toEqual([]);
    expect(namaBersapaan('Kasi Layanan (Ibu Sari Dewi)')).toEqual(['Ibu Sari']);
    expect(namaBersapaan('Sdr. Andi; Bidang Pelayanan')).toEqual(['Sdr. Andi']);
    expect(namaBersapaan('Bidang Pelayanan, ibu-ibu PKK')).toEqual([]);
  });

  it('tautan wa.me atau api.whatsapp.com dan nomor ponsel di badan entri', () => {
    const isi = readBody('## Kontak\n\nHubungi Ibu Sari di WA 0812 3456 7890 atau [WhatsApp](https://wa.me/6281234567890).\n\nLayanan buka pukul 08.30-16.00 untuk 62.812 warga; bebas pulsa 0800-1-500-000. [Formulir](https://api.whatsapp.com/send?phone=6281234567890).\n');
    expect(masalahIsiEntri(isi, {})).toEqual([
      { line: 3, col: 44, area: 'isi.tautan', level: 'warning', message: 'kontak hanya untuk data kelembagaan: tautan WhatsApp (wa.me) memuat nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi' },
      { line: 5, col: 80, area: 'isi.tautan', level: 'warning', message: 'kontak hanya untuk data kelembagaan: tautan WhatsApp (api.whatsapp.com) memuat nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi' },
      { line: 3, col: 24, area: 'isi', level: 'warning', message: 'kontak hanya untuk data kelembagaan: "0812 3456 7890" adalah nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi' },
    ]);
  });
});

describe('rujukan yang hampir benar (M5)', () => {
  const RAW = {
    sumber: [
      { kunci: 'kipp-2023', penerbit: 'SorotNTB', terbit: '2023-08' },
      { kunci: 'bps-2022', penerbit: 'Badan Pusat Statistik', terbit: 2022 },
    ],
  };
  const masalah = (teks: string) => masalahIsiEntri(readBody(`## Hasil dan Dampak\n\n${teks}\n`), RAW);

  it('[kunci] tanpa @ yang menamai sumber adalah galat dengan penanda yang benar', () => {
    expect(masalah('Inovasi ini masuk Top 45 KIPP 2023 [kipp-2023].')).toEqual([
      { line: 3, col: 36, area: 'isi.rujukan', level: 'error', message: 'rujukan ditulis "[kipp-2023]"; tulis [@kipp-2023] (dengan @) agar menjadi nomor rujukan' },
    ]);
    expect(masalah('Angkanya turun [bps-2022; KIPP-2023].').map((m) => m.message)).toEqual(['rujukan ditulis "[bps-2022; KIPP-2023]"; tulis [@bps-2022; @kipp-2023] (dengan @) agar menjadi nomor rujukan']);
  });

  it('tautan Markdown, tautan rujukan, kotak centang, catatan kaki, [@kunci] dan kurung yang bukan kunci tidak disentuh', () => {
    const teks = [
      'Lihat [kipp-2023](https://contoh.go.id/) dan [kipp-2023][] serta [@kipp-2023] dan [^1] dan [catatan] dan `[kipp-2023]`.',
      '',
      '- [ ] periksa',
      '- [x] selesai',
      '',
      '[kipp-2023]: https://contoh.go.id/',
      '[^1]: Catatan.',
    ].join('\n');
    expect(masalah(teks)).toEqual([]);
  });

  it('(Penerbit, tahun) yang cocok dengan penerbit dan tahun terbit sumber adalah peringatan yang menyebut kuncinya', () => {
    expect(masalah('Inovasi ini masuk Top 45 (SorotNTB, 2023) dan (Badan  Pusat Statistik, 2022).')).toEqual([
      { line: 3, col: 26, area: 'isi.rujukan', level: 'warning', message: 'rujukan "(SorotNTB, 2023)" ditulis dengan gaya penulis-tahun dan tidak menjadi nomor rujukan; tulis [@kipp-2023] agar tertaut ke daftar sumber' },
      { line: 3, col: 47, area: 'isi.rujukan', level: 'warning', message: 'rujukan "(Badan  Pusat Statistik, 2022)" ditulis dengan gaya penulis-tahun dan tidak menjadi nomor rujukan; tulis [@bps-2022] agar tertaut ke daftar sumber' },
    ]);
    expect(masalah('Menurut (SorotNTB, 2021) dan (Kompas, 2023), layanan berjalan.')).toEqual([]);
  });
});

describe('saran tag HTML dalam Markdown (M10)', () => {
  const pesan = (isi: string) =>
    periksa(
      (() => {
        const t = salinan();
        t.ubah(PRAKTIK, (s) => s.replace('Dinas memimpin; desa menyiapkan tempat.', `Dinas memimpin.\n\n${isi}\n`));
        return t.dir;
      })(),
      HARI,
    )
      .filter((p) => p.file === PRAKTIK)
      .map((p) => `${p.field} ${p.level} ${p.message}`);

  it.each([
    ['<a href="https://contoh.go.id">PANRB</a>', 'isi.mdx error elemen <a> tidak diizinkan; tulis tautan sebagai [teks](https://…)'],
    ['Ini <u>penting</u>.', 'isi.mdx error elemen <u> tidak diizinkan; tandai dengan **tebal** atau *miring*; garis bawah di halaman web dikira tautan'],
    ['<b>tebal</b>', 'isi.mdx error elemen <b> tidak diizinkan; tulis **teks tebal**'],
    ['<em>miring</em>', 'isi.mdx error elemen <em> tidak diizinkan; tulis *teks miring*'],
    ['<img src="./gambar/alur.png" alt="alur" />', 'isi.mdx error elemen <img> tidak diizinkan; tulis gambar sebagai ![teks alt yang menguraikan isinya](./gambar/nama-berkas.png)'],
  ])('%s', (isi, diharapkan) => {
    expect(pesan(isi)).toEqual([diharapkan]);
  });

  it('setiap elemen tabel HTML diarahkan ke tabel Markdown', () => {
    const tabel = 'isi.mdx error elemen <%s> tidak diizinkan; tulis tabel Markdown: | Kolom A | Kolom B |, lalu |---|---|, lalu satu baris per baris tabel';
    expect(pesan('<table><tr><td>a</td></tr></table>')).toEqual(['table', 'tr', 'td'].map((t) => tabel.replace('%s', t)));
  });

  it('tebakan nama tidak lagi berakhir dengan "?."', () => {
    const [p] = pesan('<Catatn>a</Catatn>');
    expect(p).toMatch(/^isi\.mdx error elemen <Catatn> tidak diizinkan; mungkin maksud Anda <Catatan>\? Komponen yang tersedia: /);
    expect(pesan('<div>a</div>')[0]).toMatch(/^isi\.mdx error elemen <div> tidak diizinkan\. Komponen yang tersedia: /);
  });

  it('<style> dengan CSS berkurung kurawal mendapat pesan <style>, pada tag-nya', () => {
    const t = salinan();
    t.ubah(PRAKTIK, (s) => s.replace('Dinas memimpin; desa menyiapkan tempat.', 'Dinas memimpin.\n\n<style>h2{color:red}</style>\n'));
    const p = periksa(t.dir, HARI).filter((x) => x.file === PRAKTIK);
    expect(p).toEqual([expect.objectContaining({ field: 'isi.mdx', level: 'error', col: 1, message: '<style> tidak diizinkan: gaya CSS tidak boleh ditulis di entri: tampilan diatur oleh tema situs. Tautan, gambar, komponen, rujukan, dan galat MDX lain di isi baru diperiksa setelah galat ini diperbaiki' })]);
    expect(p[0]!.line).toBeGreaterThan(90);
  });

  it('kurung kurawal yang rusak di luar <style> tetap mendapat pesan ekspresi', () => {
    const body = readBody('<style>p{}</style>\n\nTeks biasa.\n\nLihat {catatan.\n');
    expect(body.problems.map((p) => p.message)[0]).toMatch(/^(ekspresi \{…\} tidak dapat dibaca|berkas berakhir sebelum)/);
  });
});

describe('npm run check melaporkan aturan badan entri (dengan src/validate/run.ts yang memanggil masalahIsiEntri)', () => {
  it('rujukan tanpa @, gaya penulis-tahun, tautan WhatsApp dan nomor ponsel, dengan tingkat masing-masing', () => {
    const p = setelah((s) =>
      s
        .replace('    penerbit: Pemerintah Contoh\n', '    penerbit: Pemerintah Contoh\n    terbit: 2019\n')
        .replace('Dinas memimpin; desa menyiapkan tempat.', 'Dinas memimpin [contoh]; desa menyiapkan tempat (Pemerintah Contoh, 2019). Hubungi [WhatsApp](https://wa.me/6281234567890) atau 0812-3456-7890.')
        .replace('status: terbit', 'status: tinjauan'),
    );
    expect(p).toEqual([
      'isi.rujukan error rujukan ditulis "[contoh]"; tulis [@contoh] (dengan @) agar menjadi nomor rujukan',
      'isi.rujukan warning rujukan "(Pemerintah Contoh, 2019)" ditulis dengan gaya penulis-tahun dan tidak menjadi nomor rujukan; tulis [@contoh] agar tertaut ke daftar sumber',
      'isi.tautan warning kontak hanya untuk data kelembagaan: tautan WhatsApp (wa.me) memuat nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi',
      'isi warning kontak hanya untuk data kelembagaan: "0812-3456-7890" adalah nomor ponsel; pastikan ini nomor layanan resmi unit, bukan nomor pribadi',
    ]);
  });

  it('sumber yang alamatnya dipakai sebagai bukti dengan http, www. atau garis miring berbeda tetap terhitung dirujuk', () => {
    expect(setelah((s) => s.replaceAll('sumber: https://contoh.go.id/berita/top-45', 'sumber: http://www.contoh.go.id/berita/top-45/'))).toEqual([]);
  });
});
