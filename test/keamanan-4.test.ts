/**
 * Fourth hostile-author round (.tmp/review/merah4/findings.md): ways around the limits taken before
 * the MDX parser runs (a line the scan took for a code fence, a frontmatter the parser ends
 * elsewhere, tables in quotes, quadratic inputs without a tag), names that read as one institution
 * while the checks read another, link text that reads as an address or a citation number, aliases
 * that carry the whole search vocabulary, and images that say where they were taken or are bigger
 * than they are measured. Each case passed `npm run check` before its fix.
 */
import { describe, expect, it } from 'vitest';
import { barisBersarang, elemenBerlebih } from '../src/rules/elemen-mdx.ts';
import { readBody } from '../src/rules/body.ts';
import { karakterTerlarang } from '../src/schema/common.ts';
import { galat, periksa, salinan } from './helpers.ts';

const TAG = '<sub>x</sub>\n'.repeat(5_000);
const fm = (isi: string) => `---\nid: x\n---\n\n${isi}`;

describe('the limits taken before parsing cannot be hidden behind a line the scan reads as a code fence', () => {
  it('a backtick fence whose info string holds a backtick is text, as CommonMark reads it', () => {
    expect(elemenBerlebih(fm(`\`\`\`x\`\n\n${TAG}`))?.message).toMatch(/lebih dari 1\.000 tag atau ekspresi MDX/);
  });

  it('a "```" line inside a multi-line comment or attribute value hides at most a limited number more', () => {
    for (const sampul of ['{/*\n```\n*/}', '<abbr title="a\n```\nb">SPM</abbr>']) {
      const r = elemenBerlebih(fm(`${sampul}\n\n${TAG}\n${sampul}\n`));
      expect(r?.message, sampul).toMatch(/lebih dari 1\.000 tag atau ekspresi MDX/);
      // The 3,001st mark of the file: 1,000 over the limit plus 2,000 the scan took for code.
      expect(r?.line).toBeGreaterThan(1_500);
    }
  });

  it('honest code samples still do not count against the limit outside code', () => {
    expect(elemenBerlebih(fm(`\`\`\`html\n${'<b>x</b>\n'.repeat(900)}\`\`\`\n\n${'<sub>x</sub>\n'.repeat(400)}`))).toBeUndefined();
  });
});

describe('what makes the parser quadratic without a tag is counted before it runs', () => {
  it('refuses thousands of "<" that open no tag, but not a few comparisons', () => {
    expect(elemenBerlebih(fm(`Anak ${'< '.repeat(150_000)}\n`))).toMatchObject({ line: 5, col: 6 + 2 * 1000, message: expect.stringMatching(/1\.000 tanda < di luar tag/) });
    expect(elemenBerlebih(fm('Anak < 5 tahun, 3 <= 4, a << b.\n'))).toBeUndefined();
  });

  it('refuses a word of thousands of underscores', () => {
    expect(elemenBerlebih(fm(`${'a_'.repeat(80_000)}\n`))?.message).toMatch(/garis bawah \(_\)/);
    expect(elemenBerlebih(fm(`${'a__'.repeat(80_000)}\n`))?.message).toMatch(/garis bawah \(_\) di dalam kata/);
    expect(elemenBerlebih(fm('Kolom `tingkat_dampak` dan `kesiapan.replikasi[].status`.\n'))).toBeUndefined();
    // Underscores that open or close emphasis cost nothing, and frontmatter keys are no body.
    expect(elemenBerlebih(fm(`${'_a*'.repeat(130_000)}\n`))).toBeUndefined();
    expect(elemenBerlebih(`---\n${'kunci_asing: 1\n'.repeat(3_000)}---\n\nIsi.\n`)).toBeUndefined();
  });

  it('refuses one line that opens more quotes or list items than may nest, without parsing it', () => {
    // Refused before the parser runs (`parsed` false, the nesting message), which is what keeps the
    // parser from hanging; the time limit below only bounds a hang (speed is the benchmark's).
    for (const baris of ['>'.repeat(80_000), '> '.repeat(80_000), '+ '.repeat(80_000), '1. '.repeat(50)]) {
      const facts = readBody(fm(`${baris}x\n`));
      expect(facts.problems[0]?.message, baris.slice(0, 4)).toMatch(/lebih dari 40 tingkat kutipan atau daftar/);
      expect(facts.parsed).toBe(false);
    }
    // Forty levels, a thematic break of fifty marks, and real lists are no problem.
    expect(barisBersarang(fm(`${'> '.repeat(40)}x\n\n${'- '.repeat(50)}\n\n- a\n  - b\n    > c\n`))).toBeUndefined();
  }, 20_000);

  it('counts the cells of a table inside a quote', () => {
    const baris = (isi: string) => `> |${isi}\n`;
    const tabel = baris('a|'.repeat(300)) + baris('-|'.repeat(300)) + baris('x|').repeat(300);
    expect(elemenBerlebih(fm(tabel))).toMatchObject({ line: 5, message: expect.stringMatching(/tabel berisi 300 kolom/) });
    expect(elemenBerlebih(fm(`> | a | b |\n> |---|---|\n> | 1 | 2 |\n`))).toBeUndefined();
  });

  it('npm run check refuses the hidden tags with file, line and message', () => {
    const t = salinan();
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace('## Ringkasan\n', `## Ringkasan\n\n\`\`\`x\`\n\n${TAG}\n`));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-kedua.mdx');
    expect(p).toHaveLength(1);
    expect(p[0]!.message).toMatch(/lebih dari 1\.000 tag atau ekspresi MDX/);
    expect(p[0]!.line).toBeGreaterThan(1);
  });
});

describe('a name written with letters of another script drawn like Latin ones is the same name', () => {
  it('folds Armenian, Lisu, Cherokee, Coptic and Cyrillic look-alikes, also split off by an invisible character', async () => {
    const { namaBaku } = await import('../src/schema/alamat-teks.ts');
    for (const nama of ['Սniversitas Contoh', 'Universitꓮs Contoh', 'ꓴniversitas ꮯontoh', 'Universit\u200B\u0430\u200Bs Contoh', 'Universit\u00AD\u0430s Contoh', 'Universitⲁs Ꮯontoh', 'ᴜniversitas contoh']) {
      expect(namaBaku(nama), nama).toBe('universitas contoh');
    }
    // Greek symbols are no Latin letters: "μg" stays what it is.
    expect(namaBaku('10 μg')).toBe('10 μg');
  });

  it('npm run check refuses a second profile of an institution whose name only looks the same', () => {
    for (const nama of ['"\\u054Dniversitas Contoh"', 'Universitꓮs Contoh', '"Universit\\u200B\\u0430\\u200Bs Contoh"']) {
      const t = salinan();
      t.tulis('penulis/contoh-kedua.yaml', `id: contoh-kedua\nnama: ${nama}\njenis: institusi\nketerangan: Tim penilai.\n`);
      const p = galat(periksa(t.dir)).filter((x) => x.file === 'penulis/contoh-kedua.yaml');
      expect(p.map((x) => x.message).join('\n'), nama).toMatch(/juga dipakai content\/penulis\/universitas-contoh\.yaml/);
    }
  });
});

describe('a Latin word holding a look-alike letter of another script is refused in every text', () => {
  it('also when an invisible character cuts the letter off, and for Armenian, Lisu and Cherokee letters', () => {
    expect(karakterTerlarang('Universit\u200B\u0430\u200Bs')).toMatch(/huruf Kiril "а" \(U\+0430\)/);
    expect(karakterTerlarang('\u054Dniversitas')).toMatch(/huruf Armenia "Ս"/);
    expect(karakterTerlarang('Universit\uA4EEs')).toMatch(/huruf Lisu/);
    expect(karakterTerlarang('\u13A0inas Kesehatan')).toMatch(/huruf Cherokee/);
    // Latin letters of other alphabets and Greek symbols are not disguises.
    for (const boleh of ['Kırıkkale', '200 μg', 'Cronbach α']) expect(karakterTerlarang(boleh), boleh).toBeUndefined();
  });
});

describe('link text that reads as an address is read with the dots of other scripts', () => {
  it('"menpanꓸgoꓸid", "menpan։go։id" and "menpan·go·id" name menpan.go.id', async () => {
    const { hostLain } = await import('../src/schema/alamat-teks.ts');
    for (const teks of ['menpan\uA4F8go\uA4F8id', 'menpan\u0589go\u0589id', 'menpan\u06D4go\u06D4id', 'menpan\u00B7go\u00B7id', 'lapor\u2E31go\u2E31id/pengaduan']) {
      expect(hostLain(teks, 'https://contoh.invalid/')?.disebut, teks).toMatch(/^(menpan|lapor)\.go\.id$/);
    }
    expect(hostLain('menpan\uA4F8go\uA4F8id', 'https://www.menpan.go.id/site/')).toBeUndefined();
    expect(hostLain('Bab 2 · Ringkasan', 'https://contoh.invalid/')).toBeUndefined();
  });
});

/** A JPEG of `w` × `h` whose EXIF holds `ifd0` entries (tag, value), and a GPS IFD with `gps` tags when given. */
function jpegExif(gps: number[] | undefined, w = 64, h = 48): Buffer {
  // Big-endian TIFF: header, IFD0 at 8 with one entry (GPS pointer) or none, then the GPS IFD.
  const ifd0 = gps ? [[0x8825, 4, 1, 26]] : [];
  const gpsIfd = (gps ?? []).map((tag) => [tag, 2, 2, 0x4e000000]);
  const entri = (e: number[][]) => [e.length >> 8, e.length & 255, ...e.flatMap(([t, ty, c, v]) => [t! >> 8, t! & 255, 0, ty!, 0, 0, 0, c!, (v! >>> 24) & 255, (v! >> 16) & 255, (v! >> 8) & 255, v! & 255]), 0, 0, 0, 0];
  const tiff = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, ...entri(ifd0), ...(gps ? entri(gpsIfd) : [])]);
  const app1 = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const sof = [0xff, 0xc0, 0, 11, 8, h >> 8, h & 255, w >> 8, w & 255, 1, 1, 0x11, 0];
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1, (app1.length + 2) >> 8, (app1.length + 2) & 255]), app1, Buffer.from(sof), Buffer.from([0xff, 0xd9])]);
}

describe('images are published byte for byte, so a GPS position in their metadata is refused', () => {
  it('reads the GPS position of a JPEG, and lets through EXIF without one and cut-off files', async () => {
    const { lokasiGps } = await import('../src/validate/gambar.ts');
    expect(lokasiGps(jpegExif([1, 2, 3, 4]))).toBe(true);
    expect(lokasiGps(jpegExif([4]))).toBe(true);
    expect(lokasiGps(jpegExif(undefined))).toBe(false);
    expect(lokasiGps(jpegExif([5, 6]))).toBe(false);
    const b = jpegExif([1, 2, 3, 4]);
    for (let n = 0; n < b.length; n++) expect(typeof lokasiGps(b.subarray(0, n))).toBe('boolean');
  });

  it('npm run check refuses a photo that says where it was taken', () => {
    const t = salinan();
    t.tulis('praktik/gambar/rumah.jpg', jpegExif([1, 2, 3, 4]) as unknown as string);
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\n![Kader menimbang balita di rumah warga](./gambar/rumah.jpg)\n'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-kedua.mdx');
    expect(p.map((x) => x.message)).toEqual([expect.stringMatching(/menyimpan lokasi GPS tempat foto diambil/)]);
  });
});

describe('aliases and keywords cannot carry the whole search vocabulary', () => {
  const dengan = (alias: string[], kataKunci: string[]) => {
    const t = salinan();
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace(/^alias: .*$/m, `alias: ${JSON.stringify(alias)}`).replace(/^kata_kunci: .*$/m, `kata_kunci: ${JSON.stringify(kataKunci)}`));
    return galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-kedua.mdx' && /^(alias|kata_kunci)/.test(x.field ?? ''));
  };

  it('refuses an eleventh alias, a twenty-sixth keyword and a sentence written as one', () => {
    const kueri = Array.from({ length: 30 }, (_, i) => `kueri populer ${i}`);
    expect(dengan(kueri.slice(0, 11), []).map((p) => p.message)).toEqual([expect.stringMatching(/^alias berisi 11 nama lain, paling banyak 10/)]);
    expect(dengan([], kueri.slice(0, 26)).map((p) => p.message)).toEqual([expect.stringMatching(/^kata_kunci berisi 26 kata kunci, paling banyak 25/)]);
    expect(dengan(['a'.repeat(101)], []).map((p) => p.message)).toEqual([expect.stringMatching(/101 karakter, paling banyak 100/)]);
    expect(dengan(kueri.slice(0, 10), kueri.slice(0, 25))).toEqual([]);
    // At the limit, not over it (audit: kills `>` written `>=` in src/rules/entri.ts).
    expect(dengan(['a'.repeat(100)], ['b'.repeat(100)])).toEqual([]);
  });
});

describe('a link written as a citation number', () => {
  it('is refused: "[3]" looks like source 3 of the reference list and opens any site', async () => {
    const { masalahNomorRujukan } = await import('../src/rules/teks-tautan.ts');
    for (const teks of ['[3]', '[2, 5]', '[3–5]', '［3］']) expect(masalahNomorRujukan(teks, 'https://contoh.invalid/'), teks).toMatch(/tampak seperti nomor rujukan situs/);
    for (const teks of ['3', 'Lampiran [3]', 'Perbup 3/2020', '[Laporan 2023]']) expect(masalahNomorRujukan(teks, 'https://contoh.invalid/'), teks).toBeUndefined();
    const t = salinan();
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\nWaktu layanan turun separuh <sup>[\\[3\\]](https://contoh.invalid/bukti)</sup>.\n'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-kedua.mdx');
    expect(p.map((x) => x.message)).toEqual([expect.stringMatching(/^teks tautan "\[3\]" tampak seperti nomor rujukan situs, tetapi membuka https:\/\/contoh\.invalid\/bukti/)]);
  });
});

/** An AVIF container whose only item is `w` × `h`, followed by a crop box that image-size subtracts from the width. */
function avifDenganClap(w: number, h: number, potongLebar: number): Buffer {
  const kotak = (jenis: string, isi: Buffer) => {
    const b = Buffer.alloc(8);
    b.writeUInt32BE(8 + isi.length, 0);
    b.write(jenis, 4, 'latin1');
    return Buffer.concat([b, isi]);
  };
  const u32 = (...v: number[]) => Buffer.concat(v.map((x) => { const b = Buffer.alloc(4); b.writeUInt32BE(x); return b; }));
  const ispe = kotak('ispe', Buffer.concat([u32(0), u32(w, h)]));
  const clap = kotak('clap', u32(w - potongLebar, potongLebar, h, 1, 0, 1, 0, 1));
  const meta = kotak('meta', Buffer.concat([u32(0), kotak('iprp', kotak('ipco', Buffer.concat([ispe, clap])))]));
  return Buffer.concat([kotak('ftyp', Buffer.concat([Buffer.from('avif', 'latin1'), u32(0), Buffer.from('mif1avif', 'latin1')])), meta]);
}

describe('an AVIF is measured by the sizes its items declare, not after a crop box', () => {
  it('refuses a file image-size reads as 64 × 8,000 that a browser decodes at 8,000 × 8,000', async () => {
    const { imageSize } = await import('image-size');
    const { gambarEntri, ukuranIspe } = await import('../src/validate/gambar.ts');
    const bom = avifDenganClap(8000, 8000, 7936);
    // What the checker measured before: under the 16.8 million pixel limit.
    expect(imageSize(bom)).toMatchObject({ width: 64, height: 8000 });
    expect(ukuranIspe(bom)).toEqual([{ width: 8000, height: 8000 }]);
    const t = salinan();
    t.tulis('praktik/gambar/peta.avif', bom as unknown as string);
    const { join } = await import('node:path');
    const berkas = join(t.dir, 'praktik/gambar/peta.avif');
    expect(gambarEntri('./gambar/peta.avif', join(t.dir, 'praktik/x.mdx'), join(t.dir, 'praktik'), new Set([berkas])).masalah).toMatch(/berukuran 8\.000 × 8\.000 piksel, lebih dari batas/);
    // An honest small AVIF keeps its size.
    t.tulis('praktik/gambar/kecil.avif', avifDenganClap(800, 600, 0) as unknown as string);
    const kecil = join(t.dir, 'praktik/gambar/kecil.avif');
    expect(gambarEntri('./gambar/kecil.avif', join(t.dir, 'praktik/x.mdx'), join(t.dir, 'praktik'), new Set([kecil])).gambar).toMatchObject({ width: 800, height: 600 });
    for (let n = 0; n < bom.length; n++) expect(Array.isArray(ukuranIspe(bom.subarray(0, n)))).toBe(true);
  });
});

describe('the checker and the MDX parser end the frontmatter at the same line', () => {
  const tag = `#${'<sub>x</sub>'.repeat(150)}\n`.repeat(250);

  it('refuses a closing "---" followed by a tab, which the parser does not take for one', async () => {
    const { mdxToMdast } = await import('satteri');
    const { parseFrontmatter } = await import('../src/validate/frontmatter.ts');
    const teks = `---\nid: x\n${tag}\n---\t\n\nIsi.\n`;
    // The parser reads it all as body, comments and their 37,500 tags included.
    expect((mdxToMdast(teks) as { children: { type: string }[] }).children[0]!.type).not.toBe('yaml');
    expect(parseFrontmatter(teks).errors).toEqual([{ line: 254, col: 1, message: expect.stringMatching(/^baris penutup frontmatter "---" diikuti tab/) }]);
    expect(parseFrontmatter('---\nid: x\n---   \n\nIsi.\n').errors).toEqual([]);
  });

  it('refuses a "..." line, where the parser ends the frontmatter and YAML only ends its document', async () => {
    const { mdxToMdast } = await import('satteri');
    const { parseFrontmatter } = await import('../src/validate/frontmatter.ts');
    const teks = `---\nid: x\n...\n${tag}\n---\n\nIsi.\n`;
    expect((mdxToMdast(teks) as { children: { type: string }[] }).children.map((c) => c.type).slice(0, 2)).toEqual(['yaml', 'paragraph']);
    expect(parseFrontmatter(teks).errors).toEqual([{ line: 3, col: 1, message: expect.stringMatching(/^baris "\.\.\." di dalam frontmatter/) }]);
  });

  it('npm run check refuses the entry instead of passing 37,500 hidden tags to the build', () => {
    const t = salinan();
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace(/^---\n/, `---\n${tag}`).replace(/\n---\n/, '\n\n---\t\n'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-kedua.mdx');
    expect(p.map((x) => x.message)).toContainEqual(expect.stringMatching(/^baris penutup frontmatter "---" diikuti tab/));
  });
});
