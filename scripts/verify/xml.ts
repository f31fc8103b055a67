/**
 * XML well-formedness (keabsahan XML) of the build's feeds and sitemaps. A feed reader or a search engine rejects
 * an ill-formed file whole, so one control character in one entry's title (escaped in YAML as
 * `\x0B`) would cut every reader off every entry; the links gate reads these files with a pattern
 * and would not notice. This is a small checker of XML 1.0's well-formedness constraints for what
 * the build writes (declaration, elements, attributes, text, references, comments, CDATA,
 * processing instructions; no DTD), so no XML parser is added as a dependency.
 */

import { tampakkan } from '../../src/lib/tampakkan.ts';

export interface GalatXml {
  line: number;
  col: number;
  message: string;
}

/** Characters XML 1.0 does not allow anywhere (the Char production), lone surrogates included. */
const BUKAN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAMA = /[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;
const SPASI = /[ \t\r\n]*/y;
const REFERENSI = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|([A-Za-z_:][\w.:-]*))?;?/g;
const ENTITAS_BAKU = new Set(['lt', 'gt', 'amp', 'apos', 'quot']);

const kode = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first violation of well-formedness in `xml`, with its line and column, or undefined. */
export function galatXml(xml: string): GalatXml | undefined {
  const letak = (offset: number, message: string): GalatXml => {
    const sebelum = xml.slice(0, offset).split('\n');
    // Feeds and sitemaps are written on one line: the text around the spot says more than a column.
    const dekat = tampakkan(xml.slice(Math.max(0, offset - 30), offset + 30)).replace(/\s+/g, ' ');
    return { line: sebelum.length, col: sebelum.at(-1)!.length + 1, message: `${message} (di dekat "${dekat}")` };
  };
  const buruk = BUKAN_CHAR.exec(xml);
  if (buruk) return letak(buruk.index, `karakter ${kode(buruk[0])} tidak boleh ada di XML; pembaca umpan dan mesin pencari menolak seluruh berkas`);

  /** The first bad `&` reference in a run of text or an attribute value starting at `awal`. */
  const referensi = (teks: string, awal: number): GalatXml | undefined => {
    for (const m of teks.matchAll(REFERENSI)) {
      const [utuh, hex, des, nama] = m;
      const di = awal + m.index;
      if (!utuh.endsWith(';') || (!hex && !des && !nama)) return letak(di, 'tanda & yang tidak menjadi referensi (tulis &amp;)');
      if (nama && !ENTITAS_BAKU.has(nama)) return letak(di, `entitas &${nama}; tidak dikenal XML (hanya &lt; &gt; &amp; &apos; &quot;)`);
      if (hex || des) {
        const n = parseInt(hex ?? des!, hex ? 16 : 10);
        const c = n <= 0x10ffff ? String.fromCodePoint(n) : '';
        if (!c || BUKAN_CHAR.test(c) || (n >= 0xd800 && n <= 0xdfff)) return letak(di, `referensi ${utuh} menunjuk karakter yang tidak boleh ada di XML`);
      }
    }
    return undefined;
  };
  const cocok = (re: RegExp, i: number) => ((re.lastIndex = i), re.exec(xml)?.[0]);

  const tumpukan: { nama: string; di: number }[] = [];
  let akar = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const teks = xml.slice(i, lt < 0 ? xml.length : lt);
    if (teks) {
      if (!tumpukan.length && teks.trim()) return letak(i + teks.search(/\S/), 'teks di luar elemen akar');
      const g = referensi(teks, i);
      if (g) return g;
      const cdata = teks.indexOf(']]>');
      if (cdata >= 0) return letak(i + cdata, '"]]>" tidak boleh ada di teks');
    }
    if (lt < 0) break;
    i = lt;
    const penutup = (akhir: string, apa: string): number | GalatXml => {
      const j = xml.indexOf(akhir, i);
      return j < 0 ? letak(i, `${apa} tidak ditutup`) : j + akhir.length;
    };
    let lanjut: number | GalatXml;
    if (xml.startsWith('<?', i)) lanjut = penutup('?>', 'instruksi <? … ?>');
    else if (xml.startsWith('<!--', i)) lanjut = penutup('-->', 'komentar <!-- … -->');
    else if (xml.startsWith('<![CDATA[', i)) lanjut = tumpukan.length ? penutup(']]>', 'bagian CDATA') : letak(i, 'CDATA di luar elemen akar');
    else if (xml.startsWith('<!', i)) lanjut = letak(i, 'deklarasi <!… (DTD) tidak diharapkan di umpan atau sitemap');
    else if (xml.startsWith('</', i)) {
      const nama = cocok(NAMA, i + 2);
      const buka = tumpukan.pop();
      if (!nama) lanjut = letak(i, 'tag penutup tanpa nama');
      else if (!buka) lanjut = letak(i, `tag penutup </${nama}> tanpa tag pembuka`);
      else if (buka.nama !== nama) lanjut = letak(i, `tag penutup </${nama}> tidak cocok dengan <${buka.nama}> ${((g) => `di baris ${g.line} kolom ${g.col}`)(letak(buka.di, ''))}`);
      else {
        const j = i + 2 + nama.length + cocok(SPASI, i + 2 + nama.length)!.length;
        lanjut = xml[j] === '>' ? j + 1 : letak(j, `tag penutup </${nama}> tidak diakhiri >`);
      }
    } else {
      const nama = cocok(NAMA, i + 1);
      if (!nama) return letak(i, 'tanda < yang tidak memulai tag (tulis &lt;)');
      if (!tumpukan.length && akar++) return letak(i, `elemen akar kedua <${nama}>: XML hanya boleh punya satu`);
      let j = i + 1 + nama.length;
      const atribut = new Set<string>();
      lanjut = letak(i, `tag <${nama}> tidak ditutup`);
      while (j < xml.length) {
        const spasi = cocok(SPASI, j)!;
        j += spasi.length;
        if (xml.startsWith('/>', j)) {
          lanjut = j + 2;
          break;
        }
        if (xml[j] === '>') {
          tumpukan.push({ nama, di: i });
          lanjut = j + 1;
          break;
        }
        const attr = spasi ? cocok(NAMA, j) : undefined;
        if (!attr) {
          lanjut = letak(j, `atribut tag <${nama}> tidak sah`);
          break;
        }
        if (atribut.has(attr)) {
          lanjut = letak(j, `atribut ${attr} ditulis dua kali di <${nama}>`);
          break;
        }
        atribut.add(attr);
        j += attr.length;
        j += cocok(SPASI, j)!.length;
        if (xml[j] !== '=') {
          lanjut = letak(j, `atribut ${attr} di <${nama}> tanpa nilai`);
          break;
        }
        j += 1 + cocok(SPASI, j + 1)!.length;
        const kutip = xml[j];
        const tutup = kutip === '"' || kutip === "'" ? xml.indexOf(kutip, j + 1) : -1;
        if (tutup < 0) {
          lanjut = letak(j, `nilai atribut ${attr} di <${nama}> tidak bertanda kutip atau tidak ditutup`);
          break;
        }
        const nilai = xml.slice(j + 1, tutup);
        const g = nilai.includes('<') ? letak(j + 1 + nilai.indexOf('<'), `tanda < di nilai atribut ${attr}`) : referensi(nilai, j + 1);
        if (g) {
          lanjut = g;
          break;
        }
        j = tutup + 1;
      }
    }
    if (typeof lanjut !== 'number') return lanjut;
    i = lanjut;
  }
  const terbuka = tumpukan.pop();
  if (terbuka) return letak(terbuka.di, `elemen <${terbuka.nama}> tidak ditutup sampai akhir berkas`);
  if (!akar) return letak(0, 'tidak ada elemen akar');
  return undefined;
}
