/**
 * What an author wrote that Markdown or MDX does not read as they meant, said on the line they
 * see: an address with a space, `##` without its space, a heading with a character Word pasted,
 * sub-sections in the wrong order, attributes in a word processor's quotes, and a body the MDX
 * parser gave up on, whose headings are still checked.
 */
import { describe, expect, it } from 'vitest';
import { tautanTakTerbaca } from '../src/rules/alamat-berspasi.ts';
import { checkAnatomy, type Heading } from '../src/rules/anatomy.ts';
import { readBody } from '../src/rules/body.ts';
import { judulDariBaris, judulTakTerbaca } from '../src/rules/judul-baris.ts';
import { tagTakTerbaca } from '../src/rules/tag-pembuka.ts';
import { laporan } from './helpers.ts';

const PRAKTIK = 'praktik/layanan-contoh.mdx';

/** The lines `npm run check` prints for the example practice after one edit. */
const laporanPraktik = (edit: (s: string) => string) => laporan(PRAKTIK, edit);

const soal = (teks: string) => readBody(teks).problems.map((p) => `${p.line}:${p.col} ${p.area} ${p.message}`);

describe('alamat berspasi (H1)', () => {
  it('gambar yang nama berkasnya berspasi: ganti nama berkas, dengan bentuk bertanda hubung', () => {
    expect(laporanPraktik((s) => s.replace('(./gambar/alur-layanan.png)', '(./gambar/alur layanan.png)'))).toEqual([
      'praktik/layanan-contoh.mdx:110:82  isi.gambar  alamat gambar "./gambar/alur layanan.png" berisi spasi, sehingga gambar tidak terbaca dan yang terbit adalah teks Markdown-nya; ganti nama berkasnya tanpa spasi (mis. alur-layanan.png) dan tulis alamatnya ./gambar/alur-layanan.png',
    ]);
  });

  it('tautan ke halaman situs: tulis alamatnya tanpa spasi', () => {
    expect(soal('Lihat [SIMPATI](/praktik/simpati sumedang/).\n')).toEqual([
      '1:15 isi.tautan alamat tautan "/praktik/simpati sumedang/" berisi spasi, sehingga tautan tidak terbaca dan yang terbit adalah teks Markdown-nya; tulis alamatnya tanpa spasi, mis. /praktik/simpati-sumedang/',
    ]);
  });

  it('alamat situs lain tetap memakai nama berkasnya: spasi ditulis %20, juga bila sebagian alamat menjadi tautan otomatis', () => {
    expect(tautanTakTerbaca('[Laporan](https://contoh.go.id/Laporan Akhir.pdf)', 0, 20)).toEqual([
      { offset: 8, gambar: false, message: 'alamat tautan "https://contoh.go.id/Laporan Akhir.pdf" berisi spasi, sehingga tautan tidak terbaca dan yang terbit adalah teks Markdown-nya; tulis setiap spasi sebagai %20: https://contoh.go.id/Laporan%20Akhir.pdf' },
    ]);
    expect(soal('Unduh [laporan](https://contoh.go.id/a b.pdf).\n')).toHaveLength(1);
  });

  it('teks alt bertanda kurung tetap dikenali sebagai gambar; kurung tutup yang hilang disebut', () => {
    expect(tautanTakTerbaca('![Alur [baru]](./gambar/a b.png)', 0, 40)[0]!.gambar).toBe(true);
    expect(tautanTakTerbaca('Lihat [SIMPATI](/praktik/simpati-sumedang/ lalu', 0, 48)[0]!.message).toContain('berisi spasi');
    expect(tautanTakTerbaca('Lihat [SIMPATI](/praktik/simpati-sumedang/', 0, 43)).toEqual([
      { offset: 14, gambar: false, message: 'tautan tidak terbaca: kurung tutup ")" sesudah alamat "/praktik/simpati-sumedang/" tidak ada; tambahkan ")" sesudah alamatnya' },
    ]);
  });

  it('tautan yang sah, kurung siku yang diloloskan, dan kode tidak dilaporkan', () => {
    expect(soal('[a](/praktik/a/ "judul") dan [b](<./gambar/a b.png>) dan \\](x y) dan `[c](d e)`.\n\n```\n![x](./a b.png)\n```\n')).toEqual([]);
  });
});

describe('judul yang tidak terbaca sebagai judul (H2)', () => {
  it('##Ringkasan: galat di barisnya, dan bagian itu tidak dilaporkan hilang di judul berikutnya', () => {
    expect(laporanPraktik((s) => s.replace('## Ringkasan\n', '##Ringkasan\n'))).toEqual([
      'praktik/layanan-contoh.mdx:92:1  isi.bagian  baris "##Ringkasan" tidak terbaca sebagai judul: tulis spasi biasa sesudah ##, mis. "## Ringkasan"',
    ]);
  });

  it('## lalu spasi tak-terputus dari Word: karakternya disebut', () => {
    expect(laporanPraktik((s) => s.replace('## Latar Belakang dan Masalah', '##\u00a0Latar Belakang dan Masalah'))).toEqual([
      'praktik/layanan-contoh.mdx:96:1  isi.bagian  baris "##\u00a0Latar Belakang dan Masalah" tidak terbaca sebagai judul: sesudah ## ada spasi tak-terputus (U+00A0), biasanya tersalin dari Word, bukan spasi biasa; hapus lalu ketik ulang spasinya, mis. "## Latar Belakang dan Masalah"',
    ]);
  });

  it('spasi tak-terputus, spasi lebar-nol atau tanda hubung lunak di dalam judul disebut namanya, tanpa "mungkin maksud Anda" judul yang sama', () => {
    expect(laporanPraktik((s) => s.replace('## Latar Belakang dan Masalah', '## Latar\u00a0Belakang dan Masalah'))).toEqual([
      'praktik/layanan-contoh.mdx:96:1  isi.bagian  judul "Latar Belakang dan Masalah" memuat spasi tak-terputus (U+00A0), biasanya tersalin dari Word atau halaman web; hapus lalu ketik ulang judulnya: "## Latar Belakang dan Masalah"',
    ]);
    const judul = (text: string): Heading => ({ depth: 2, text, line: 3, col: 1, kosong: false });
    expect(checkAnatomy('panduan', [judul('Ring\u00adkasan\u200b')], 9).map((p) => p.message)).toEqual([
      'judul "Ringkasan" memuat tanda hubung lunak (U+00AD) dan spasi lebar-nol (U+200B), biasanya tersalin dari Word atau halaman web; hapus lalu ketik ulang judulnya: "## Ringkasan"',
    ]);
  });

  it('tidak di dalam blok kode, kode sebaris, kutipan atau butir daftar; # dengan huruf sesudahnya dianggap tagar', () => {
    expect(soal('```\n##Ringkasan\n```\n\n~~~~\n##\u00a0x\n~~~~\n\n`##x`\n\n> ##Ringkasan\n\n- ##Ringkasan\n\n#BanggaBuatanIndonesia adalah kampanye.\n\n####### bukan judul\n')).toEqual([]);
  });

  it('baris lanjutan paragraf dan ###: tingkatnya dipertahankan; # dengan spasi Word disarankan menjadi ##', () => {
    expect(soal('Teks.\n###Inti dan Adaptasi\n')).toEqual([
      '2:1 isi.bagian baris "###Inti dan Adaptasi" tidak terbaca sebagai judul: tulis spasi biasa sesudah ###, mis. "### Inti dan Adaptasi"',
    ]);
    expect(judulTakTerbaca('#\u00a0Ringkasan')).toMatchObject({ depth: 2, judul: 'Ringkasan' });
    expect(judulTakTerbaca('#\u00a0Ringkasan')!.message).toContain('mis. "## Ringkasan"');
    expect(judulTakTerbaca('##\u2003Ringkasan')!.message).toContain('sesudah ## ada spasi khusus (U+2003)');
    expect(judulTakTerbaca('## Ringkasan')).toBeUndefined();
    expect(judulTakTerbaca('##')).toBeUndefined();
  });
});

describe('urutan sub-bagian (M3)', () => {
  it('menyebut yang harus lebih dulu, di baris sub-bagian yang salah tempat', () => {
    expect(
      laporanPraktik((s) =>
        s.replace('### Inti dan Adaptasi\n\nInti: petugas datang ke warga. Adaptasi: jadwal dan sarana angkut.\n\n### Langkah Replikasi\n\nPersiapan, rencana, replikasi, evaluasi.', '### Langkah Replikasi\n\nPersiapan, rencana, replikasi, evaluasi.\n\n### Inti dan Adaptasi\n\nInti: petugas datang ke warga. Adaptasi: jadwal dan sarana angkut.'),
      ),
    ).toEqual([
      'praktik/layanan-contoh.mdx:153:1  isi.bagian  urutan sub-bagian salah di "Panduan Replikasi": "### Inti dan Adaptasi" harus sebelum "### Langkah Replikasi"; pindahkan "### Langkah Replikasi" beserta isinya ke bawah "### Inti dan Adaptasi"',
    ]);
  });
});

describe('isi yang tidak dapat diurai MDX (M1)', () => {
  it('judul bagian tetap diperiksa, dan pesannya menyebut apa yang baru diperiksa sesudahnya', () => {
    const p = laporanPraktik((s) => s.replace('Warga desa terpencil memperoleh dokumen tanpa perjalanan jauh.', 'Anak <5 tahun.').replace('## Kebaruan dan Nilai Tambah\n\nLayanan datang ke warga, bukan sebaliknya.\n\n', '').replace('## Ringkasan\n', '##Ringkasan\n'));
    expect(p).toEqual([
      'praktik/layanan-contoh.mdx:92:1  isi.bagian  baris "##Ringkasan" tidak terbaca sebagai judul: tulis spasi biasa sesudah ##, mis. "## Ringkasan"',
      expect.stringMatching(/^praktik\/layanan-contoh\.mdx:102:6 {2}isi {2}tanda "<" memulai tag JSX; untuk tautan tulis \[teks\]\(https:\/\/…\), untuk tanda kurang dari tulis \\<\. Tautan, gambar, komponen, rujukan, dan galat MDX lain di isi baru diperiksa setelah galat ini diperbaiki \(pesan pengurai: /),
      'praktik/layanan-contoh.mdx:104:1  isi.bagian  bagian wajib "## Kebaruan dan Nilai Tambah" tidak ada; tulis sebelum "Rancang Bangun dan Cara Kerja". Isinya: Apa yang berubah dibanding cara lama, dan apa yang baru untuk konteksnya.',
    ]);
  });

  it('pemindaian baris melewati frontmatter dan blok kode, dan mengenal judul yang ditutup #', () => {
    const { headings, masalah } = judulDariBaris('---\n# komentar YAML\n---\n\n## Ringkasan ##\n\n```md\n## Bukan\n```\n\n##Latar\n');
    expect(headings.map((h) => [h.line, h.depth, h.text, h.rusak ?? false])).toEqual([
      [5, 2, 'Ringkasan', false],
      [11, 2, 'Latar', true],
    ]);
    expect(masalah).toEqual([{ line: 11, col: 1, message: 'baris "##Latar" tidak terbaca sebagai judul: tulis spasi biasa sesudah ##, mis. "## Latar"' }]);
  });
});

describe('atribut komponen yang tidak terbaca (M2)', () => {
  it('tanda kutip lengkung dari Word disebut, bukan disuruh menulis \\<', () => {
    expect(laporanPraktik((s) => s.replace('<Catatan jenis="penting">', '<Catatan jenis=“penting”>'))).toEqual([
      'praktik/layanan-contoh.mdx:151:16  isi.mdx  nilai atribut jenis pada <Catatan> diapit tanda kutip lengkung “ (biasanya dari Word atau Google Docs); ketik ulang dengan tanda kutip lurus ", mis. jenis="penting". Tautan, gambar, komponen, rujukan, dan galat MDX lain di isi baru diperiksa setelah galat ini diperbaiki',
    ]);
  });

  it('tanda kutip lurus di dalam nilai, nilai tanpa tanda kutip, dan nilai lengkung berspasi', () => {
    expect(soal('<Catatan jenis="penting" judul="Sediakan "jalur" loket">\nIsi.\n</Catatan>\n')).toEqual([
      '1:42 isi.mdx nilai atribut judul pada <Catatan> memuat tanda kutip " di dalamnya, sehingga nilainya terpotong di sini; hapus tanda kutip di dalam nilai, atau pakai tanda kutip tunggal \'…\' di dalamnya. Tautan, gambar, komponen, rujukan, dan galat MDX lain di isi baru diperiksa setelah galat ini diperbaiki',
    ]);
    expect(tagTakTerbaca('<Catatan jenis=penting>', 0)?.message).toBe('nilai atribut jenis pada <Catatan> harus diapit tanda kutip lurus ", mis. jenis="penting"');
    expect(tagTakTerbaca('<Catatan\n  judul=‘Sediakan jalur loket’>', 0)?.message).toContain("mis. judul=\"Sediakan jalur loket\"");
  });

  it('tanda < yang tidak memulai tag tetap mendapat saran \\<; tag yang atributnya terbaca tidak dinilai di sini', () => {
    expect(tagTakTerbaca('Anak <5 tahun', 5)).toBeUndefined();
    expect(tagTakTerbaca('<details open>', 0)).toBeUndefined();
    expect(tagTakTerbaca('<Catatan jenis="info" judul=\'a "b" c\'>', 0)).toBeUndefined();
  });
});

// A hostile body must get a bounded report quickly. No timing is asserted: the quadratic versions
// of these rules took minutes on such input and fail on the suite's time limit.
describe('isi yang sengaja dibuat berat', () => {
  const dibatasi = (teks: string) => {
    const p = readBody(teks).problems;
    expect(p.length).toBeLessThanOrEqual(201);
    expect(Math.max(...p.map((x) => x.message.length))).toBeLessThan(1_000);
    return p;
  };

  it('sebaris penuh "](" berspasi: paling banyak 200 masalah, alamat dipotong, sisanya dihitung', () => {
    const p = dibatasi(`## Ringkasan\n\n${'x](a b '.repeat(70_000)}\n`);
    expect(p.at(-1)!.message).toMatch(/^\d+ masalah lain di isi tidak ditampilkan/);
  });

  it('ribuan baris "##x": daftar judul dan pesannya dibatasi', () => {
    const p = dibatasi(`## Ringkasan\n\nisi\n\n${'##x\n\n'.repeat(100_000)}`);
    expect(p[0]!.message).toMatch(/^baris "##x" tidak terbaca sebagai judul/);
  });

  it('isi yang gagal diurai dengan judul berekor spasi panjang tetap dibaca per baris', () => {
    const body = `## Ringkasan\n\nAnak <5 tahun.\n\n${`## Latar Belakang dan Masalah${' \t'.repeat(200_000)}#x\n`}`;
    const f = readBody(body);
    expect(f.parsed).toBe(false);
    expect(f.headings.map((h) => h.text)).toEqual(['Ringkasan', `Latar Belakang dan Masalah${' \t'.repeat(200_000)}#x`.trim()]);
  });
});
