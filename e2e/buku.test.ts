/**
 * The model as a book, tried as a regency planning officer would: from a model page, download the
 * PDF, open it offline, find every practice in its bookmarks and jump to it, and read which edition
 * it is. The PDFs are printed into the e2e build by `npm run pdf` (scripts/test-e2e.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { EDISI } from '../src/data/edisi.ts';
import { E2E_DIST } from './harness.ts';
import { sesiPeramban } from './alat.ts';

const sesi = sesiPeramban();
interface Entri {
  jenis_entri: 'model' | 'praktik';
  id: string;
  judul: string;
  praktik?: string[];
}
const data = JSON.parse(readFileSync(join(E2E_DIST, 'data/entri.json'), 'utf8')) as { edisi: string; entri: Entri[] };
const model = data.entri.filter((e) => e.jenis_entri === 'model');
const judul = new Map(data.entri.map((e) => [e.id, e.judul]));
const edisi = EDISI.find((e) => e.slug === data.edisi)!.id;
/** The practices a book holds: those the model lists that this edition publishes. */
const praktikDari = (m: Entri) => (m.praktik ?? []).filter((id) => judul.has(id));

const buka = (bytes: Uint8Array) => getDocument({ data: bytes, useSystemFonts: false }).promise;
async function teksHalaman(doc: PDFDocumentProxy, n: number): Promise<string> {
  const c = await (await doc.getPage(n)).getTextContent();
  return c.items.map((i) => ('str' in i ? i.str : '')).join(' ').replace(/\s+/g, ' ');
}
/** PDF text wraps a title over lines and hyphenless; compare words only. */
const kata = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('buku model', () => {
  it('setiap model punya PDF di bawah 2 MB, dan halaman model serta katalog menautkannya dengan ukurannya', async () => {
    expect(model.length).toBeGreaterThan(0);
    const pdf = readdirSync(join(E2E_DIST, 'unduh')).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdf).toEqual(model.map((m) => `${m.id}.pdf`).sort());
    for (const f of pdf) expect(readFileSync(join(E2E_DIST, 'unduh', f)).length, f).toBeLessThan(2_000_000);

    sesi.tab.reset();
    const { page } = sesi.tab;
    await page.goto(`${sesi.server.url}model/`);
    for (const m of model) expect(await page.locator(`a[href$="unduh/${m.id}.pdf"]`).count(), m.id).toBe(1);
    // No place for a PDF is left unfilled when every book was printed.
    expect(readFileSync(join(E2E_DIST, 'model/index.html'), 'utf8')).not.toContain('<template data-pdf=');
  });

  it('dari halaman model stunting: unduh satu PDF, lompat dari penanda ke setiap praktik, dan PDF menyebut edisinya', async () => {
    const m = model.find((x) => x.id.includes('stunting')) ?? model[0]!;
    sesi.tab.reset();
    const { page } = sesi.tab;
    await page.goto(`${sesi.server.url}model/${m.id}/`);
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
    expect(info.Title).toContain(m.judul);
    expect(info.Language).toBe('id');
    const tanda = (await doc.getMarkInfo()) as unknown as Map<string, boolean> | null;
    expect(tanda?.get('Marked'), 'PDF bertanda (tagged)').toBe(true);
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
    const halaman1 = await teksHalaman(doc, 1);
    expect(halaman1).toContain(edisi);
    expect(halaman1).toContain(kata(m.judul));
    const terakhir = await teksHalaman(doc, doc.numPages);
    expect(terakhir).toContain(`Halaman ${doc.numPages} / ${doc.numPages}`);
    expect(await teksHalaman(doc, 2)).toContain(edisi);

    // The bookmarks: the book, then one chapter per entry, the references last; each opens its chapter.
    const outline = (await doc.getOutline()) ?? [];
    const bab = outline.length === 1 ? outline[0]!.items : outline;
    const praktik = praktikDari(m);
    expect(praktik.length).toBeGreaterThan(0);
    for (const id of praktik) {
      const t = judul.get(id)!;
      const penanda = bab.find((b) => kata(b.title).endsWith(kata(t)));
      expect(penanda, `penanda untuk "${t}"`).toBeDefined();
      const tujuan = typeof penanda!.dest === 'string' ? await doc.getDestination(penanda!.dest) : penanda!.dest;
      const n = (await doc.getPageIndex(tujuan![0] as never)) + 1;
      expect(kata(await teksHalaman(doc, n)), `halaman ${n} yang dibuka penanda "${t}"`).toContain(kata(t));
    }
    expect(kata(bab.at(-1)!.title)).toBe('Daftar pustaka');

    // Every practice title and the consolidated references are in the text.
    let semua = '';
    for (let n = 1; n <= doc.numPages; n++) semua += ` ${await teksHalaman(doc, n)}`;
    for (const id of praktik) expect(semua).toContain(kata(judul.get(id)!));
    expect(semua).toContain('Daftar pustaka');
  });

  it('halaman buku memuat model, praktiknya berurutan, dan satu daftar pustaka yang dirujuk setiap angka', async () => {
    const m = model[0]!;
    sesi.tab.reset();
    const { page } = sesi.tab;
    await page.goto(`${sesi.server.url}model/${m.id}/buku/`);
    const babJudul = await page.locator('.bab > h2').allTextContents();
    expect(babJudul.map(kata)).toEqual([...[m.id, ...praktikDari(m)].map((id, i) => `Bab ${i + 1} ${kata(judul.get(id)!)}`), 'Daftar pustaka']);
    // Each citation number opens an item of the one list, and no id repeats on the page.
    const rujukan = await page.locator('.bab .isi sup a[href^="#pustaka-"]').evaluateAll((a) => a.map((x) => x.getAttribute('href')!.slice(1)));
    expect(rujukan.length).toBeGreaterThan(0);
    for (const id of new Set(rujukan)) expect(await page.locator(`#${id}`).count(), id).toBe(1);
    const ids = await page.locator('[id]').evaluateAll((e) => e.map((x) => x.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(existsSync(join(E2E_DIST, `model/${m.id}/buku/halaman.css`))).toBe(true);
  });
});
