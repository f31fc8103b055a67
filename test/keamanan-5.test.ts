/**
 * Fifth hostile-author round (.tmp/review/merah5/findings.md): what the checker read differently
 * from the page. Reference-style links (`[teks][label]`) whose text escaped the link-text rules,
 * reference-style images no image rule saw, heading ids the checker computed from other text than
 * the renderer (smart punctuation, footnote numbers, headings inside quotes), mail links whose text
 * names another domain, aligned table columns the page's CSP drops, file names Windows cannot hold, and CSV cells that a spreadsheet splitting
 * at ";" runs as formulas. Each case passed `npm run check` (or reached the CSV) before its fix.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csv, barisJson, type EntriTerbuka } from '../src/lib/opendata.ts';
import { namaTakSahWindows } from '../src/validate/berkas.ts';
import { sumber as skemaSumber } from '../src/schema/sumber.ts';
import { galat, laporan, periksa, salinan } from './helpers.ts';

const BERKAS = 'praktik/layanan-kedua.mdx';
/** The problems `npm run check` prints for the practice with `isi` added at the end of its body. */
const tambah = (isi: string) => laporan(BERKAS, (s) => `${s.trimEnd()}\n\n${isi}\n`);
const galatDi = (baris: string[]) => baris.filter((b) => !/ peringatan: /.test(b));

describe('a reference-style link meets the same link-text rules as an inline one', () => {
  it('refuses link text naming another host, or a citation number, when the address is in a definition', () => {
    const p = galatDi(tambah('Data dari [menpan.go.id][a], laporan<sup>[\\[3\\]][b]</sup> dan [www.menpan.go.id].\n\n[a]: https://evil.example/\n[b]: https://evil.example/bukti\n[www.menpan.go.id]: https://evil.example/x'));
    expect(p.filter((x) => /menyebut menpan\.go\.id, tetapi tautannya membuka evil\.example/.test(x))).toHaveLength(2);
    expect(p.filter((x) => /teks tautan "\[3\]" tampak seperti nomor rujukan situs/.test(x))).toHaveLength(1);
    // Each at the reference, where the reader sees the text, not at its definition (column 1 of a later line).
    expect(new Set(p.map((x) => /\.mdx:(\d+):/.exec(x)![1])).size).toBe(1);
  });

  it('accepts a reference-style link whose text names its own site, and reports a bad address once, at its definition', () => {
    expect(galatDi(tambah('Lihat [lapor.go.id][l].\n\n[l]: https://www.lapor.go.id/'))).toEqual([]);
    const p = galatDi(tambah('Lihat [laporan][l].\n\n[l]: ftp://contoh.example/'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/tautan "ftp:\/\/contoh\.example\/" harus diawali "\/"/);
  });

  it('refuses a reference-style image, which no image rule saw and the build then refused', () => {
    const p = galatDi(tambah('Peta ![Peta sebaran][peta] di sini.\n\n[peta]: https://evil.example/pixel.png'));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/isi\.gambar\s+gambar ditulis sebagai rujukan !\[…\]\[peta\]; tulis alamat gambarnya langsung/);
  });
});

describe('heading anchors are computed from the text the page shows', () => {
  it('reads "--" as the dash the page shows, so a link to the id the page lacks is refused', () => {
    expect(galatDi(tambah('### Uji -- coba\n\nLihat [bagian](#uji----coba).'))).toEqual([expect.stringMatching(/jangkar "#uji----coba" tidak ada di entri ini/)]);
    expect(galatDi(tambah('### Uji -- coba\n\nLihat [bagian](#uji--coba).'))).toEqual([]);
  });

  it('reads link text as the page shows it too: "[3--5]" is the citation range "[3–5]"', () => {
    expect(galatDi(tambah('Hasilnya naik<sup>[\\[3--5\\]](https://evil.example/)</sup>.'))).toEqual([expect.stringMatching(/teks tautan "\[3–5\]" tampak seperti nomor rujukan situs/)]);
  });

  it('refuses a footnote in a heading, whose number the page adds to the id', () => {
    const p = galatDi(tambah('### Catatan hasil[^1]\n\nTeks.\n\n[^1]: Catatan.'));
    expect(p).toEqual([expect.stringMatching(/isi\.bagian\s+catatan kaki \[\^1\] tidak dapat ditulis di judul bagian/)]);
  });

  it('refuses a heading inside a quote, list, component or footnote, which would take a section\'s anchor', () => {
    for (const [isi, tempat] of [
      ['> ## Ringkasan', /di dalam kutipan \(> …\)/],
      ['- ### Langkah', /di dalam daftar/],
      ['<Catatan>\n## Ringkasan\n</Catatan>', /di dalam <Catatan>/],
      ['Teks[^1].\n\n[^1]: ## Judul', /di dalam catatan kaki/],
    ] as const) {
      const p = galatDi(tambah(isi));
      expect(p, isi).toHaveLength(1);
      expect(p[0], isi).toMatch(tempat);
    }
  });
});

describe('what the page would drop is refused at the check', () => {
  it('an aligned table column, which GFM writes as a style attribute the CSP blocks', () => {
    const p = galatDi(tambah('| Indikator | Nilai |\n|---|--:|\n| Balita | 12 |'));
    expect(p).toEqual([expect.stringMatching(/isi\s+perataan kolom tabel .* tidak didukung/)]);
    expect(galatDi(tambah('> | Indikator | Nilai |\n> |:-:|---|\n> | Balita | 12 |'))).toHaveLength(1);
    expect(galatDi(tambah('| Indikator | Nilai |\n|---|---|\n| Balita | 12 |'))).toEqual([]);
  });
});

describe('a mail link whose text names another domain is refused', () => {
  it('for an address or a host in the text, inline or by reference', () => {
    const p = galatDi(tambah('Tulis ke [humas@menpan.go.id](mailto:humas@evil.example), [menpan.go.id](mailto:a@evil.example) atau [menpan.go.id][m].\n\n[m]: mailto:x@evil.example'));
    expect(p).toHaveLength(3);
    expect(p.every((x) => /menyebut menpan\.go\.id, tetapi tautannya menulis surel ke alamat di evil\.example/.test(x))).toBe(true);
  });

  it('but not a mail link naming its own domain, or none', () => {
    expect(galatDi(tambah('Tulis ke [humas@kulonprogokab.go.id](mailto:humas@kulonprogokab.go.id) atau [hubungi humas](mailto:humas@kulonprogokab.go.id).'))).toEqual([]);
  });
});

describe('file and folder names Windows cannot hold are refused', () => {
  it('names each reason', () => {
    expect(namaTakSahWindows('aux.png')).toMatch(/"aux", nama perangkat yang dicadangkan Windows/);
    expect(namaTakSahWindows('CON')).toMatch(/"con"/);
    expect(namaTakSahWindows('peta:1.jpg')).toMatch(/karakter ":"/);
    expect(namaTakSahWindows('tanya?.jpg')).toMatch(/karakter "\?"/);
    expect(namaTakSahWindows('foto.')).toMatch(/diakhiri titik atau spasi/);
    for (const sah of ['peta-sebaran.png', 'alur layanan.jpg', 'console.png', 'com10.png', 'auxiliary', 'gambar']) expect(namaTakSahWindows(sah), sah).toBeUndefined();
  });

  it('npm run check refuses them inside a collection, files and folders, with the file named', () => {
    const t = salinan();
    const png = join(t.dir, 'praktik/gambar/alur-layanan.png');
    for (const f of ['praktik/gambar/nul.png', 'praktik/gambar/peta:1.png', 'praktik/aux/a.png', 'praktik/foto./b.png']) {
      mkdirSync(join(t.dir, f, '..'), { recursive: true });
      copyFileSync(png, join(t.dir, f));
    }
    const p = galat(periksa(t.dir));
    expect(p.map((x) => x.file).sort()).toEqual(['praktik/aux', 'praktik/foto.', 'praktik/gambar/nul.png', 'praktik/gambar/peta:1.png']);
    expect(p.every((x) => /Windows tidak dapat menyimpan (?:berkas|folder) bernama begitu/.test(x.message))).toBe(true);
  });
});

describe('open data CSV cells stay text when a spreadsheet splits at ";"', () => {
  const entri = (judul: string): EntriTerbuka => ({
    koleksi: 'praktik',
    id: 'x',
    url: 'https://x.example/praktik/x/',
    diperbarui: '2026-11-28',
    data: { judul, tahun_mulai: 2018, kesiapan: { kekuatan_bukti: 0, biaya: 2, lama_persiapan_bulan: 0, replikasi: [] } },
  });
  /** The `judul` of the one data row, read with "," as the file is written. */
  const judulDibaca = (judul: string): string => (parse(csv([barisJson(entri(judul))]).replace(/^\uFEFF/, ''), { record_delimiter: '\r\n', columns: true }) as Record<string, string>[])[0]!.judul!;
  /** Every cell of the data row as Excel in a locale whose list separator is ";" reads it. */
  const selTitikKoma = (judul: string): string[] => {
    const baris = csv([barisJson(entri(judul))]).split('\r\n')[1]!;
    return parse(`${baris}\r\n`, { delimiter: ';', record_delimiter: '\r\n', relax_quotes: true, quote: false })[0] as string[];
  };

  it('guards every part after ";" as it guards a cell\'s start', () => {
    for (const judul of ['Inovasi;=1+1;x', 'Inovasi; +1+1', 'Inovasi;@SUM(A1)', 'Inovasi;-2+3;y']) {
      const sel = selTitikKoma(judul);
      expect(sel.filter((s) => /^[ \t]*[=+\-@]/.test(s)), judul).toEqual([]);
    }
    // Read with "," as written, the value keeps its text with the apostrophe before the formula.
    expect(judulDibaca('Inovasi;=1+1;x')).toBe("Inovasi;'=1+1;x");
  });

  it('leaves text with ";" and no formula unchanged', () => {
    expect(judulDibaca('Jemput bola; layanan keliling')).toBe('Jemput bola; layanan keliling');
  });
});

describe('a citation marker cannot sit inside a link', () => {
  it('refuses [@kunci] in link text, also inside bold: the page would print the marker, or nest one link in another', () => {
    const p = galatDi(tambah('Lihat [laporan [@contoh]](https://contoh.example/) dan [**rekap [@contoh]**](https://contoh.example/b).'));
    expect(p.filter((x) => /isi\.rujukan\s+penanda rujukan "\[@contoh\]" ada di dalam teks tautan/.test(x))).toHaveLength(2);
    expect(galatDi(tambah('Lihat [laporan](https://contoh.example/) [@contoh].'))).toEqual([]);
  });
});

describe('a source title holds only the marks the citation processor reads', () => {
  const parse = (judul: string) => skemaSumber.safeParse({ kunci: 'a', judul, url: 'https://contoh.go.id/', jenis: 'berita-media', diakses: '2026-11-28' });
  it('refuses other tags, which the reference list would print as text, and keeps the CSL marks', () => {
    for (const judul of ["Info <a href='javascript:alert(1)'>klik</a>", '<span style="color:red">Merah</span>', '<i class="x">Miring</i>', 'Data <script>x</script>', '<img src=x>']) {
      const r = parse(judul);
      expect(r.success, judul).toBe(false);
      expect(r.error!.issues[0]!.message).toMatch(/^memuat tag <[^>]+> yang tidak dibaca pemroses kutipan/);
    }
    for (const judul of ['Laporan <i>Sinovik</i> 2023', 'H<sub>2</sub>O dan m<sup>2</sup>', '<b>Tebal</b> <sc>Kapital</sc>', '<span class="nocase">iPhone</span>', '<span style="font-variant:small-caps;">Sumedang</span>', 'Anak <5 tahun dan rasio 3 < 4']) {
      expect(parse(judul).success, judul).toBe(true);
    }
  });
});
