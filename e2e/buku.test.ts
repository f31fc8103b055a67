/**
 * The model as a book, tried as a regency planning officer would: from a model page, download the
 * PDF, open it offline, find every practice in its bookmarks and jump to it, and read which edition
 * it is. The PDFs are printed into both e2e builds by `npm run pdf` (scripts/test-e2e.ts).
 *
 * Site: the fixture (SITUS.fixture) for everything a book says: its chapters, bookmarks and
 * consolidated references are derived from the fixture files (a model with two published practices
 * that share a source), so editing content/ cannot break them. The real content (SITUS.nyata) keeps
 * one file-level check: every real model's book is printed, linked from the catalogue and under 2 MB,
 * a property of the real books' size that a fixture cannot show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { edisiBernama } from '../src/data/edisi.ts';
import { pdfFiles, realEntryIds, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture, type EntriFixture } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture);
const fixture = entriFixture();
const terbit = new Map(fixture.filter((e) => e.tampil).map((e) => [`${e.koleksi}/${e.id}`, e]));
const model = [...terbit.values()].filter((e) => e.koleksi === 'model');
/** The practices a book holds: those the model lists that this edition publishes, in the model's order. */
const praktikDari = (m: EntriFixture) => (m.fm.praktik ?? []).flatMap((id) => terbit.get(`praktik/${id}`) ?? []);
/** The edition's name as the book prints it. */
const edisi = edisiBernama(process.env.EDISI).id;

const buka = (bytes: Uint8Array) => getDocument({ data: bytes, useSystemFonts: false }).promise;
async function teksHalaman(doc: PDFDocumentProxy, n: number): Promise<string> {
  const c = await (await doc.getPage(n)).getTextContent();
  return c.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
}
/** PDF text wraps a title over lines and hyphenless; compare words only. */
const kata = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The size, in points, most of a PDF's text is set in. */
async function ukuranTeksUtama(doc: PDFDocumentProxy): Promise<number> {
  const huruf = new Map<number, number>();
  for (let n = 1; n <= doc.numPages; n++) {
    for (const i of (await (await doc.getPage(n)).getTextContent()).items) {
      if (!('str' in i)) continue;
      const pt = Math.round(Math.hypot(i.transform[0], i.transform[1]) * 10) / 10;
      huruf.set(pt, (huruf.get(pt) ?? 0) + i.str.length);
    }
  }
  return [...huruf].sort((a, b) => b[1] - a[1])[0]![0];
}

describe('buku model (situs nyata: berkas saja)', () => {
  it('setiap model nyata punya PDF di bawah 2 MB, dan katalog model menautkannya', () => {
    const { dist } = SITUS.nyata;
    const ids = realEntryIds().model;
    expect(ids.length).toBeGreaterThan(0);
    const pdf = pdfFiles(dist);
    expect(pdf).toEqual(ids.map((id) => `${id}.pdf`).sort());
    for (const f of pdf) expect(readFileSync(join(dist, 'unduh', f)).length, f).toBeLessThan(2_000_000);
    const katalog = readFileSync(join(dist, 'model/index.html'), 'utf8');
    for (const id of ids) expect(katalog.match(new RegExp(`href="[^"]*unduh/${id}\\.pdf"`, 'g'))?.length ?? 0, id).toBe(1);
    expect(katalog).not.toContain('<template data-pdf=');
  });

  it('setiap buku nyata tercetak dengan teks 11 pt: tidak ada tabel yang membuat Chromium mengecilkan semua halaman', async () => {
    // Chromium scales a whole print down to its widest line; a seven-column indicator table once
    // set every book at 8-9 pt. The books' body text is 11 pt (src/styles/global.css, print).
    for (const f of pdfFiles(SITUS.nyata.dist)) {
      const doc = await buka(new Uint8Array(readFileSync(join(SITUS.nyata.dist, 'unduh', f))));
      expect(await ukuranTeksUtama(doc), f).toBeGreaterThanOrEqual(10.8);
      await doc.loadingTask.destroy();
    }
  });
});

describe('halaman entri nyata dicetak dari peramban', () => {
  const nyata = sesiPeramban(SITUS.nyata);
  it('setiap entri tercetak dengan teks 11 pt dan kotak skala kartunya terisi', async () => {
    // Ctrl+P of an entry page shrank it to 9.7-10 pt in the same way as the books (src/styles/global.css).
    const { praktik, model: m } = realEntryIds();
    for (const path of [...praktik.map((id) => `praktik/${id}/`), ...m.map((id) => `model/${id}/`)]) {
      const page = await nyata.open(path);
      const doc = await buka(new Uint8Array(await page.pdf({ format: 'A4' })));
      expect(await ukuranTeksUtama(doc), path).toBeGreaterThanOrEqual(10.8);
      await doc.loadingTask.destroy();
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.kesiapan .skala .isi-skala').first().evaluate((x) => getComputedStyle(x).printColorAdjust), path).toBe('exact');
      await page.emulateMedia({ media: null });
    }
  });
});

describe('buku model (situs fixture)', () => {
  it('setiap model punya PDF, dan katalog model menautkannya', async () => {
    const { dist } = SITUS.fixture;
    expect(model.length).toBeGreaterThan(0);
    expect(pdfFiles(dist)).toEqual(model.map((m) => `${m.id}.pdf`).sort());

    const page = await sesi.open('model/');
    for (const m of model) expect(await page.locator(`a[href$="unduh/${m.id}.pdf"]`).count(), m.id).toBe(1);
    // No place for a PDF is left unfilled when every book was printed.
    expect(readFileSync(join(dist, 'model/index.html'), 'utf8')).not.toContain('<template data-pdf=');
  });

  it('dari halaman model: unduh satu PDF, lompat dari penanda ke setiap praktik, dan PDF menyebut edisinya', async () => {
    const m = [...model].sort((a, b) => praktikDari(b).length - praktikDari(a).length)[0]!;
    const praktik = praktikDari(m);
    expect(praktik.length, 'fixture perlu model dengan minimal dua praktik terbit').toBeGreaterThanOrEqual(2);
    const page = await sesi.open(`model/${m.id}/`);
    const tautan = page.locator(`a[href$="unduh/${m.id}.pdf"]`);
    expect(await tautan.getAttribute('download')).toBe('');
    const ukuran = await page.locator(`a[href$="unduh/${m.id}.pdf"] + .kecil`).textContent();
    const unduhan = await page.request.get(new URL((await tautan.getAttribute('href'))!, page.url()).href);
    expect(unduhan.status()).toBe(200);
    expect(unduhan.headers()['content-type']).toContain('application/pdf');
    const bytes = await unduhan.body();
    expect(ukuran).toMatch(new RegExp(`PDF, ${Math.round(bytes.length / 1000)} KB|PDF, [\\d,]+ MB`));

    const doc = await buka(new Uint8Array(bytes));
    const { info } = (await doc.getMetadata()) as { info: Record<string, unknown> };
    expect(info.Title).toContain(m.fm.judul);
    expect(info.Language).toBe('id');
    expect(((await doc.getMarkInfo()) as unknown as Map<string, boolean> | null)?.get('Marked'), 'PDF bertanda (tagged)').toBe(true);
    // A4, in points.
    const [, , w, h] = (await doc.getPage(1)).view;
    expect([Math.round(w!), Math.round(h!)]).toEqual([595, 842]);

    // Every font is embedded: the PDF reads the same on a machine without DejaVu.
    const mentah = bytes.toString('latin1');
    const deskriptor = mentah.match(/\/Type \/FontDescriptor/g)?.length ?? 0;
    expect(deskriptor).toBeGreaterThan(0);
    expect(mentah.match(/\/FontFile[23]? /g)?.length ?? 0).toBe(deskriptor);
    // Links lead to the published site, never to the machine that printed it.
    expect(mentah).not.toMatch(/\/URI \(http:\/\/(127\.0\.0\.1|localhost)/);

    // The title page says which edition it is; every later page says it in its header, with its number.
    const pageTexts = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => teksHalaman(doc, i + 1)));
    expect(pageTexts[0]).toContain(edisi);
    expect(pageTexts[0]).toContain(kata(m.fm.judul));
    expect(pageTexts.at(-1)).toContain(`Halaman ${doc.numPages} / ${doc.numPages}`);
    expect(pageTexts[1]).toContain(edisi);
    // Every later page is dated as the title page dates the book: two printings of a changing book differ.
    const keadaan = /Keadaan per \d{1,2} \p{L}+ \d{4}/u.exec(pageTexts[0]!)?.[0];
    expect(keadaan, 'tanggal keadaan di halaman judul').toBeDefined();
    for (const [i, t] of pageTexts.entries()) if (i > 0) expect(t, `halaman ${i + 1}`).toContain(keadaan);

    // The contents give each chapter's page, and the chapter starts there: its running header
    // ("Bab 2 · …") is on that page and not on the page before.
    const daftarIsi = kata(pageTexts.slice(1, 3).join(' '));
    for (const [i, e] of [m, ...praktik].entries()) {
      const baris = `Bab ${i + 1}. ${kata(e.fm.judul)}`;
      const n = Number(new RegExp(`${baris.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(daftarIsi)?.[1]);
      expect(n, `nomor halaman "${baris}" di daftar isi`).toBeGreaterThan(2);
      expect(pageTexts[n - 1], `halaman ${n}, awal bab ${i + 1}`).toContain(`Bab ${i + 1} ·`);
      expect(pageTexts[n - 2], `halaman ${n - 1}, sebelum bab ${i + 1}`).not.toContain(`Bab ${i + 1} ·`);
    }
    expect(daftarIsi).toMatch(/Daftar pustaka \d+/);

    // The bookmarks: the book, then one chapter per entry, the references last; each opens its chapter.
    const outline = (await doc.getOutline()) ?? [];
    const bab = outline.length === 1 ? outline[0]!.items : outline;
    // A reader's bookmarks panel shows these titles as they are: every word apart, also where the
    // heading wraps on the page ("Bab 2SIMPATI" and "PublikBidang" until the print CSS kept the spaces).
    expect(kata(outline[0]!.title)).toBe(kata(m.fm.judul));
    expect(bab.map((b) => kata(b.title)).filter((t) => /^Bab \d/.test(t) || t === 'Daftar pustaka')).toEqual([...[m, ...praktik].map((e, i) => `Bab ${i + 1} ${kata(e.fm.judul)}`), 'Daftar pustaka']);
    expect(kata(bab.at(-1)!.title)).toBe('Daftar pustaka');
    for (const e of praktik) {
      const t = e.fm.judul;
      const penanda = bab.find((b) => kata(b.title).endsWith(kata(t)));
      expect(penanda, `penanda untuk "${t}"`).toBeDefined();
      const tujuan = typeof penanda!.dest === 'string' ? await doc.getDestination(penanda!.dest) : penanda!.dest;
      const n = (await doc.getPageIndex(tujuan![0] as never)) + 1;
      expect(kata(pageTexts[n - 1]!), `halaman ${n} yang dibuka penanda "${t}"`).toContain(kata(t));
    }

    // Every practice title and every source of the book's entries are in the text.
    const semua = pageTexts.join(' ');
    for (const e of praktik) expect(semua).toContain(kata(e.fm.judul));
    expect(semua).toContain('Daftar pustaka');
    for (const s of [m, ...praktik].flatMap((e) => e.fm.sumber)) expect(kata(semua), `sumber "${s.judul}"`).toContain(kata(s.judul));
  });

  it('dicetak dari peramban (Ctrl+P, kepala dan kaki peramban menyala): setiap halaman sesudah halaman judul menyebut edisi, tanggal keadaan, dan nomornya', async () => {
    const m = [...model].sort((a, b) => praktikDari(b).length - praktikDari(a).length)[0]!;
    const page = await sesi.open(`model/${m.id}/buku/`);
    // What Chromium's print dialog makes by default: the page's own print rules, the browser's
    // header and footer (print time, title, address, "1/9") where the page sets none.
    const doc = await buka(new Uint8Array(await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: true })));
    const n = doc.numPages;
    expect(n).toBeGreaterThan(2);
    const teks = await Promise.all(Array.from({ length: n }, (_, i) => teksHalaman(doc, i + 1)));
    const keadaan = /Keadaan per \d{1,2} \p{L}+ \d{4}/u.exec(teks[0]!)?.[0];
    expect(keadaan, 'tanggal keadaan di halaman judul').toBeDefined();
    for (const [i, t] of teks.entries()) {
      expect(t, `halaman ${i + 1} memuat alamat cetak peramban`).not.toContain(sesi.server.origin.replace(/^https?:\/\//, ''));
      if (i === 0) {
        expect(t).toContain(edisi);
        expect(t).not.toMatch(/Halaman \d+ \//);
        continue;
      }
      expect(t, `halaman ${i + 1}`).toContain(edisi);
      expect(t, `halaman ${i + 1}`).toContain(`Halaman ${i + 1} / ${n}`);
      expect(t, `halaman ${i + 1}`).toContain(keadaan);
    }
    // Every chapter's pages name it in their running header.
    for (const i of [1, 2, 3].slice(0, 1 + praktikDari(m).length)) expect(teks.some((t) => t.includes(`Bab ${i} ·`)), `kepala halaman bab ${i}`).toBe(true);
    await doc.loadingTask.destroy();
    // The dialog leaves backgrounds out by default; the rating scale's filled boxes are backgrounds
    // and must print anyway, or "2 dari 5" stands beside five empty boxes.
    await page.emulateMedia({ media: 'print' });
    const skala = await page.locator('.buku .skala .isi-skala').evaluateAll((s) => s.map((x) => getComputedStyle(x).printColorAdjust));
    await page.emulateMedia({ media: null });
    expect(skala.length).toBeGreaterThan(0);
    expect(new Set(skala)).toEqual(new Set(['exact']));
  });

  it('halaman buku memuat model, praktiknya berurutan, dan satu daftar pustaka tanpa sumber ganda yang dirujuk setiap angka', async () => {
    for (const m of model) {
      const page = await sesi.open(`model/${m.id}/buku/`);
      const babJudul = await page.locator('.bab > h2').allTextContents();
      expect(babJudul.map(kata), m.id).toEqual([...[m, ...praktikDari(m)].map((e, i) => `Bab ${i + 1} ${kata(e.fm.judul)}`), 'Daftar pustaka']);
      // One list for the whole book: each source once, however many entries cite it.
      const sumber = new Map([m, ...praktikDari(m)].flatMap((e) => e.fm.sumber.map((s) => [s.url, s] as const)));
      const butir = await page.locator('.buku-pustaka ol.daftar-sumber > li').evaluateAll((li) => li.map((x) => x.querySelector('a[href^="http"]')?.getAttribute('href') ?? ''));
      expect(butir.sort(), `${m.id}: daftar pustaka`).toEqual([...sumber.keys()].sort());
      // Each citation number opens an item of the one list, and no id repeats on the page.
      const rujukan = await page.locator('.bab .isi sup a[href^="#pustaka-"]').evaluateAll((a) => a.map((x) => x.getAttribute('href')!.slice(1)));
      expect(rujukan.length).toBeGreaterThan(0);
      for (const id of new Set(rujukan)) expect(await page.locator(`#${id}`).count(), id).toBe(1);
      const ids = await page.locator('[id]').evaluateAll((e) => e.map((x) => x.id));
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      expect(existsSync(join(SITUS.fixture.dist, `model/${m.id}/buku/halaman.css`))).toBe(true);
      // Printed from here the contents carry no page numbers; the page offers the PDF whose contents do.
      expect(await page.locator(`.buku-sampul a[href$="unduh/${m.id}.pdf"][download]`).textContent(), m.id).toBe('Unduh buku dengan nomor halaman di daftar isi');
      expect(await page.locator(`.buku-sampul a[href$="unduh/${m.id}.pdf"] + .kecil`).textContent()).toMatch(/^\(PDF, [\d,]+ [KM]B\)$/);
    }
  });
});
