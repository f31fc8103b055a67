/**
 * `npm run pdf` (after `npm run build`): prints every model's book (/model/<id>/buku/,
 * src/pages/model/[id]/buku/) to <dist>/unduh/<id>.pdf with Debian's Chromium: A4 from the page's
 * own print rules, tagged, with bookmarks from its headings, its title and language, fonts
 * embedded, and the page number of every contents line and cross-reference (scripts/halaman-pdf.ts). Then it fills each page's place for the PDF (src/lib/buku.ts) with a link giving the
 * file's size, so no page links a PDF that does not exist. The base path is read from the build;
 * `--model <id>` prints only that book.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isiTempatPdf, labelUkuran, pathBuku, pathPdf, pdfTetap } from '../src/lib/buku.ts';
import { withBase } from '../src/data/routes.ts';
import { argumen } from './argumen.ts';
import { cetakBernomor } from './halaman-pdf.ts';
import { CHROMIUM, bukaPeramban, serve } from './peramban.ts';
import { Site } from './verify/site.ts';

const { values } = argumen({ options: { dist: { type: 'string', default: 'dist' }, model: { type: 'string' } } }, 'Cara pakai: npm run pdf -- [--dist dist] [--model <id>]');
const dist = resolve(values.dist);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`Tidak ada build di ${values.dist}/. Jalankan "npm run build" dulu (dengan BASE_PATH dan SITE_URL yang sama dengan situs yang diterbitkan).`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`Chromium tidak ada di ${CHROMIUM}: buku dicetak dengan Chromium. Pasang (Debian/Ubuntu: sudo apt-get install -y chromium) atau tunjuk Chrome/Chromium yang ada: CHROMIUM_PATH=/jalan/ke/chrome npm run pdf`);
  process.exit(1);
}
const site = new Site({ dir: dist });
const { base } = site; // the base the build was made for
const buku = site.files
  .map((f) => /^model\/([^/]+)\/buku\/index\.html$/.exec(f)?.[1])
  .filter((id): id is string => id !== undefined && (!values.model || id === values.model));
if (!buku.length) {
  console.error(values.model ? `Buku model "${values.model}" tidak ada di ${values.dist}.` : `Tidak ada halaman buku (model/<id>/buku/) di ${values.dist}. Jalankan "npm run build" dulu.`);
  process.exit(1);
}

/** The links that print the page they lead to: the contents, and cross-references between chapters (src/styles/buku.css). */
const TAUTAN_BERNOMOR = '.buku-daftar a[href^="#"], .buku .isi a[href^="#bab-"]';

const server = await serve(dist, base);
const lokal = server.origin;
// The book is opened at the site's own address and answered from the build, so every link in the
// PDF leads to the published site, not to this machine.
const asal = site.origin ?? lokal;
const browser = await bukaPeramban();
const ukuran = new Map<string, number>();
const mulai = performance.now();
try {
  const page = await browser.newPage();
  // Every request stays on the local server: a book must print the same offline.
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== asal) return route.abort();
    await route.fulfill({ response: await route.fetch({ url: `${lokal}${url.pathname}${url.search}` }) });
  });
  mkdirSync(join(dist, 'unduh'), { recursive: true });
  for (const id of buku) {
    const t0 = performance.now();
    await page.goto(`${asal}${withBase(base, pathBuku(id))}`, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const tanggal = await page.locator('article.buku').getAttribute('data-tanggal');
    const { pdf, cetakan } = await cetakBernomor({
      tujuan: await page.locator(TAUTAN_BERNOMOR).evaluateAll((a) => [...new Set(a.map((x) => decodeURIComponent((x as HTMLAnchorElement).hash.slice(1))))]),
      cetak: () => page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }),
      tulis: (nomor) =>
        page.locator(TAUTAN_BERNOMOR).evaluateAll((a, n) => {
          for (const x of a as HTMLAnchorElement[]) x.dataset.hlm = String(n[decodeURIComponent(x.hash.slice(1))]);
        }, Object.fromEntries(nomor)),
    });
    const tetap = pdfTetap(Buffer.from(pdf), tanggal ?? '');
    writeFileSync(join(dist, pathPdf(id)), tetap);
    ukuran.set(id, tetap.length);
    console.log(`${pathPdf(id).slice(1)}  ${labelUkuran(tetap.length, 'id')}  ${cetakan} cetakan  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  await server.close();
}

// Pages with a place for a PDF: the model pages and the model catalogue, in both languages, and each book page.
let diisi = 0;
for (const f of site.htmlFiles()) {
  const html = site.read(f);
  const baru = html.includes('<template data-pdf=') ? isiTempatPdf(html, ukuran, base) : html;
  if (baru === html) continue;
  writeFileSync(join(dist, f), baru);
  diisi++;
}
const total = [...ukuran.values()].reduce((a, b) => a + b, 0);
console.log(`${ukuran.size} buku PDF (${labelUkuran(total, 'id')}) dalam ${((performance.now() - mulai) / 1000).toFixed(1)} s; tautan PDF ditambahkan ke ${diisi} halaman.`);
