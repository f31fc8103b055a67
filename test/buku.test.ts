import { describe, expect, it } from 'vitest';
import { babBuku, babPerPath, cssBuku, isiTempatPdf, itemBuku, labelUkuran, pustakaBuku, tanggalBuku, teksCss, tempatPdf, pdfTetap } from '../src/lib/buku.ts';
import { renderMdx, type OpsiBab } from '../src/lib/mdx/render.ts';
import type { Sumber } from '../src/schema/sumber.ts';

const sumber = (kunci: string, url: string): Sumber => ({ kunci, judul: `Judul ${kunci}`, url, jenis: 'berita-resmi', diakses: '2026-01-01' });

describe('a model as a book', () => {
  it('puts the model first, then its practices in the order the model lists them', () => {
    const bab = babBuku({ id: 'stunting', judul: 'Model Stunting' }, [
      { id: 'simpati', judul: 'SIMPATI' },
      { id: 'kejar', judul: 'Kejar Stunting' },
    ]);
    expect(bab.map((b) => [b.nomor, b.id, b.koleksi, b.judul])).toEqual([
      [1, 'bab-1', 'model', 'Model Stunting'],
      [2, 'bab-2', 'praktik', 'SIMPATI'],
      [3, 'bab-3', 'praktik', 'Kejar Stunting'],
    ]);
    expect(babPerPath(bab).get('/praktik/kejar/')).toBe('bab-3');
  });

  it('lists a work several chapters cite once, under the number it first got', () => {
    const { sumber: daftar, nomor } = pustakaBuku([
      { sumber: [sumber('a', 'https://a.go.id/x'), sumber('b', 'https://b.go.id/')] },
      { sumber: [sumber('lain', 'https://c.go.id/'), sumber('a-lagi', 'https://A.go.id/x')] },
    ]);
    expect(daftar.map((s) => s.kunci)).toEqual(['a', 'b', 'lain']);
    expect(nomor).toEqual([
      [1, 2],
      [3, 1],
    ]);
  });

  it('renders a body as a chapter: its own ids, headings a level down, citations into the book list, links to chapters', () => {
    const mdx = '---\nid: x\n---\n## Latar\n\nAngka 12%[@a] dan[^1] [@b]. Lihat [praktik lain](/praktik/kejar/), [bagian ini](#latar) dan [di luar buku](/praktik/lain/).\n\n[^1]: Catatan kaki.\n';
    const bab = (awalan: string, nomor: number[]): OpsiBab => ({ awalan, nama: awalan.slice(0, 5), geser: 1, babEntri: new Map([['/praktik/kejar/', 'bab-3']]), rujukan: (i) => ({ nomor: nomor[i]!, id: `pustaka-${nomor[i]}` }) });
    const satu = renderMdx(mdx, { base: '/sub/', bahasa: 'id', sumber: ['a', 'b'], bab: bab('bab-1-', [4, 9]) });
    const dua = renderMdx(mdx, { base: '/sub/', bahasa: 'id', sumber: ['a', 'b'], bab: bab('bab-2-', [4, 2]) });
    expect(satu.html).toContain('<h3 id="bab-1-latar">Latar</h3>');
    expect(satu.headings[0]).toEqual({ depth: 3, slug: 'bab-1-latar', text: 'Latar' });
    expect(satu.html).toContain('<a href="#pustaka-4">[4]</a>');
    expect(satu.html).toContain('<a href="#pustaka-9">[9]</a>');
    expect(dua.html).toContain('<a href="#pustaka-2">[2]</a>');
    expect(satu.html).toContain('<a href="#bab-3">praktik lain</a>');
    expect(satu.html).toContain('<a href="#bab-1-latar">bagian ini</a>');
    expect(satu.html).toContain('<a href="/sub/praktik/lain/">di luar buku</a>');
    // Two chapters on one page share no id, footnotes included, and every in-page link has its target.
    const ids = (html: string) => [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids(satu.html).filter((id) => ids(dua.html).includes(id))).toEqual([]);
    for (const id of ids(satu.html)) expect(id.startsWith('bab-1-')).toBe(true);
    const target = [...satu.html.matchAll(/href="#(bab-1-[^"]+)"/g)].map((m) => m[1]!);
    expect(target.length).toBeGreaterThan(2);
    for (const t of target) expect(ids(satu.html)).toContain(t);
    expect(satu.html).toMatch(/aria-describedby="bab-1-footnote-label"/);
  });

  it('leaves the entry page render as it was', () => {
    const r = renderMdx('---\nid: x\n---\n## Latar\n\nAngka[@a].\n', { base: '/', bahasa: 'id', sumber: ['a'] });
    expect(r.html).toBe('<h2 id="latar">Latar</h2>\n<p>Angka<sup><a href="#s1" id="r1">[1]</a></sup>.</p>');
  });
});

describe('the book on paper', () => {
  const bab = babBuku({ id: 'm', judul: 'Model "A"' }, [{ id: 'p', judul: 'Praktik\\B\n"; } body { display: none } /*' }]);
  const css = cssBuku({ judul: 'Model "A"', edisi: 'Edisi demonstrasi', keadaan: 'Keadaan per 7 Desember 2026', bab, labelBab: 'Bab', labelHalaman: 'Halaman', labelHlm: 'hlm.' });

  it('names each chapter in its pages’ running header', () => {
    expect(css).toContain('@page bab-2 { @top-left { content: "Bab 2 · Praktik\\\\B\\a \\"; } body { display: none } /*";');
    expect(css).toContain('#bab-2 { page: bab-2; }');
    expect(css).toContain('counter(page) " / " counter(pages)');
  });

  it('dates every page, so a loose page of one printing is told from the next', () => {
    expect(css).toContain('@bottom-left { content: "Keadaan per 7 Desember 2026";');
    expect(tanggalBuku(['2026-11-30', '2026-12-07', '2026-01-02'])).toBe('2026-12-07');
  });

  it('leaves the title page without header and foot, with empty boxes so Ctrl+P prints none of the browser’s own there', () => {
    expect(css).toContain('@page :first { @top-left { content: ""; } @top-right { content: ""; } @bottom-left { content: ""; } @bottom-right { content: ""; } }');
  });

  it('says the page a cross-reference leads to once the PDF printer wrote it in', () => {
    expect(css).toContain('.buku .isi a[href^="#bab-"][data-hlm]::after { content: " (hlm. " attr(data-hlm) ")"; }');
  });

  it('keeps a hostile title inside its string: nothing it holds becomes a rule', () => {
    const tanpaString = css.replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
    expect(tanpaString).not.toMatch(/display|\/\*/);
    expect(tanpaString.split('{').length).toBe(tanpaString.split('}').length);
    expect(teksCss('a"b\\c\nd\u2028')).toBe('"a\\"b\\\\c\\a d\\2028 "');
  });

  it('cuts a long title in the header', () => {
    const panjang = cssBuku({ judul: 'x'.repeat(200), edisi: 'E', keadaan: 'K', bab: [], labelBab: 'Bab', labelHalaman: 'Halaman', labelHlm: 'hlm.' });
    expect(panjang).toContain(`"${'x'.repeat(69)}…"`);
  });
});

describe('the PDF download', () => {
  it('links a PDF only where one was made, with its size', () => {
    const html = `<p>${tempatPdf('stunting', 'Unduh buku', 'id')} ${tempatPdf('lain', 'Unduh buku', 'id')}</p><p>${tempatPdf('stunting', 'Download the book', 'en')}</p>`;
    const out = isiTempatPdf(html, new Map([['stunting', 1_234_567]]), '/model-inovasi/');
    expect(out).toContain('· <a href="/model-inovasi/unduh/stunting.pdf" download>Unduh buku</a> <span class="kecil">(PDF, 1,2 MB)</span>');
    expect(out).toContain('· <a href="/model-inovasi/unduh/stunting.pdf" download>Download the book</a> <span class="kecil">(PDF, 1.2 MB)</span>');
    expect(out).toContain('<template data-pdf="lain"');
    expect(isiTempatPdf(html, new Map(), '/')).toBe(html);
  });

  it('escapes what it writes into the page', () => {
    expect(tempatPdf('x', 'A "b" <c>', 'id')).toBe('<template data-pdf="x" data-label="A &quot;b&quot; &lt;c&gt;" data-bahasa="id"></template>');
  });

  it('says sizes as a reader on a metered connection wants them', () => {
    expect(labelUkuran(852_498, 'id')).toBe('852 KB');
    expect(labelUkuran(1_950_000, 'id')).toBe('2 MB');
    expect(labelUkuran(1_250_000, 'en')).toBe('1.3 MB');
    expect(labelUkuran(200, 'id')).toBe('1 KB');
  });

  it('dates a PDF by its book, keeping every byte offset', () => {
    const pdf = Buffer.from("%PDF-1.4\n<</CreationDate (D:20261207025255+00'00')\n/ModDate (D:20261207025255+00'00')>>\n", 'latin1');
    const tetap = pdfTetap(pdf, '2026-11-30');
    expect(tetap.length).toBe(pdf.length);
    expect(tetap.toString('latin1')).toBe("%PDF-1.4\n<</CreationDate (D:20261130000000+00'00')\n/ModDate (D:20261130000000+00'00')>>\n");
    expect(() => pdfTetap(pdf, '30-11-2026')).toThrow(/YYYY-MM-DD/);
  });

  it('numbers the tagged structure the same way however Chromium counted its nodes', () => {
    const cetak = (a: number, b: number) => Buffer.from(`<</S /P /ID (node${String(b).padStart(8, '0')})>> <</S /H2 /ID (node${String(a).padStart(8, '0')})>> /Limits [(node${String(a).padStart(8, '0')}) (node${String(b).padStart(8, '0')})]`, 'latin1');
    const satu = pdfTetap(cetak(268, 301), '2026-11-30');
    expect(satu.equals(pdfTetap(cetak(1271, 1290), '2026-11-30'))).toBe(true);
    expect(satu.toString('latin1')).toBe('<</S /P /ID (node00000001)>> <</S /H2 /ID (node00000000)>> /Limits [(node00000000) (node00000001)]');
  });

  it('cites the book as a book, with its edition', () => {
    const item = itemBuku({ id: 'm', judul: 'Model', penulis: ['UGM'], penerbit: 'Tim', tanggal: '2026-11-30', url: 'https://x.go.id/model/m/buku/', catatan: 'Edisi demonstrasi' });
    expect(item).toMatchObject({ type: 'book', title: 'Model', author: [{ literal: 'UGM' }], publisher: 'Tim', issued: { 'date-parts': [[2026, 11, 30]] }, genre: 'Edisi demonstrasi' });
  });
});
