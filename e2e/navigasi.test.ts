/**
 * A reader's first path, by clicking only: home → catalogue → an entry, in both languages, with the
 * language switch and the breadcrumbs leading back; every URL stays under the sub-path; a number's
 * citation leads to its source in APA and back.
 *
 * Site: the fixture (SITUS.fixture). The first card, the entry it opens and the source a citation
 * names are read from the fixture files, so the test names no entry of content/ and a content edit
 * cannot break it. The real content's reader path is walked by the nginx and package tests
 * (smokeTest in e2e/alat.ts).
 */
import { describe, expect, it } from 'vitest';
import { BASE_PATH, CATALOGUE_CARDS, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture } from './fixture.ts';
import { edisiBernama } from '../src/data/edisi.ts';
import { id as kamus } from '../src/i18n/id.ts';

const sesi = sesiPeramban(SITUS.fixture, { cleanAfterEach: true });
const praktik = entriFixture().filter((e) => e.tampil && e.koleksi === 'praktik');
/** The catalogue lists practices by title (its default order), Indonesian collation. */
const pertama = [...praktik].sort((a, b) => a.fm.judul.localeCompare(b.fm.judul, 'id'))[0]!;

describe.each([
  { locale: 'id', prefix: '' },
  { locale: 'en', prefix: 'en/' },
])('beranda → katalog → entri ($locale)', ({ locale, prefix }) => {
  it('sampai ke entri hanya dengan mengklik, tetap di bawah sub-path', async () => {
    const page = await sesi.open(prefix);
    expect(await page.locator('html').getAttribute('lang')).toBe(locale);
    await expect.poll(() => page.locator('h1').count()).toBe(1);

    await page.locator(`nav.nav-utama a[href="${BASE_PATH}${prefix}praktik/"]`).click();
    await page.waitForURL(`${sesi.server.url}${prefix}praktik/`);
    const cards = page.locator(CATALOGUE_CARDS);
    expect(await cards.count(), 'katalog tanpa kartu').toBeGreaterThan(0);

    // Every published practice has its card; the first, by title, opens its entry page with its readiness card.
    expect(await cards.count()).toBe(praktik.length);
    const href = await cards.first().getAttribute('href');
    expect(href).toBe(`${BASE_PATH}${prefix}${pertama.path}`);
    expect((await cards.first().textContent())!.trim()).toBe(pertama.fm.judul);
    await cards.first().click();
    await page.waitForURL(`${sesi.server.origin}${href}`);
    expect((await page.locator('h1').first().textContent())!.trim()).toBe(pertama.fm.judul);
    await expect.poll(() => page.locator('.kesiapan').isVisible()).toBe(true);

    const crumbs = page.locator('nav.remah a');
    expect(await crumbs.count()).toBeGreaterThan(0);
    expect(await crumbs.last().getAttribute('href')).toBe(`${BASE_PATH}${prefix}praktik/`);
  });
});

describe('pengalih bahasa', () => {
  it('membuka halaman yang sama dalam bahasa lain, lalu kembali', async () => {
    const entry = await sesi.firstEntry();
    const { page } = sesi.tab;
    await page.goto(entry);
    for (const [lang, url] of [['en', entry.replace(BASE_PATH, `${BASE_PATH}en/`)], ['id', entry]] as const) {
      await page.locator(`a[hreflang="${lang}"]`).first().click();
      await page.waitForURL(url);
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    }
  });
});

describe('sub-path', () => {
  it('setiap tautan dan aset di beranda berada di bawah base path', async () => {
    sesi.tab.reset();
    const { page } = sesi.tab;
    const requests: string[] = [];
    const onRequest = (r: { url(): string }) => requests.push(r.url());
    page.on('request', onRequest);
    await page.goto(sesi.server.url, { waitUntil: 'networkidle' });
    page.off('request', onRequest);
    for (const r of requests) expect(new URL(r).pathname.startsWith(BASE_PATH), `permintaan di luar ${BASE_PATH}: ${r}`).toBe(true);
    const outside = await page.evaluate((base) => [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href).filter((h) => h.startsWith(location.origin) && !new URL(h).pathname.startsWith(base)), BASE_PATH);
    expect(outside, 'tautan internal di luar sub-path').toEqual([]);
  });

  it('alamat folder tanpa garis miring penutup dialihkan, bukan 404', async () => {
    const res = await fetch(`${sesi.server.url}praktik`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${BASE_PATH}praktik/`);
  });
});

describe('angka dan sumbernya', () => {
  it('satu klik dari angka ke sumbernya dalam APA, satu klik kembali ke kalimatnya', async () => {
    // A practice whose first citation names a dated source: the list item must be that source.
    const e = praktik.find((x) => x.fm.sumber.find((s) => s.kunci === /\[@([^\];]+)/.exec(x.isi)?.[1])?.terbit)!;
    const sumber = e.fm.sumber.find((s) => s.kunci === /\[@([^\];]+)/.exec(e.isi)![1])!;
    const page = await sesi.open(e.path);
    const penanda = page.locator('.isi sup a[id]').first();
    const id = (await penanda.getAttribute('id'))!;
    const nomor = (await penanda.textContent())!.replace(/\D/g, '');
    await penanda.click();
    await page.waitForURL(new RegExp(`#s${nomor}$`));
    const butir = page.locator(`li#s${nomor}`);
    expect(await butir.isVisible()).toBe(true);
    // APA 7 from the CSL processor: the source's title, its year, and its address as a link.
    const teks = (await butir.textContent())!;
    expect(teks).toContain(sumber.judul);
    expect(teks).toContain(`(${String(sumber.terbit).slice(0, 4)}`);
    expect(await butir.locator('a[href^="http"]').getAttribute('href')).toBe(sumber.url);
    await butir.locator(`a[href="#${id}"]`).click();
    await page.waitForURL(new RegExp(`#${id}$`));
    expect(await page.locator(`#${id}`).isVisible()).toBe(true);
  });
});

describe('kaki halaman', () => {
  it('menyebut penerbit edisi yang dibangun, seperti kutipan dan buku; kontak kementerian hanya di edisi resmi', async () => {
    const edisi = edisiBernama(process.env.EDISI);
    const page = await sesi.open('');
    const kaki = (await page.locator('footer').textContent())!.replace(/\s+/g, ' ');
    expect(kaki).toContain(edisi.penerbit);
    if (edisi.slug === 'resmi') expect(kaki).toContain(kamus['footer.kontak']);
    // A demonstration put together by an editorial team from public sources gives no ministry unit as its contact.
    else expect(kaki).not.toContain(kamus['footer.kontak']);
  });
});

describe('instansi asal', () => {
  it('halaman praktik menautkan halaman JIPPNas yang dicatatnya, di kedua bahasa', async () => {
    const dengan = praktik.filter((e) => e.fm.instansi_asal?.jippnas_url);
    expect(dengan.length, 'fixture: praktik dengan instansi_asal.jippnas_url').toBeGreaterThan(0);
    for (const e of dengan) {
      for (const prefix of ['', 'en/']) {
        const page = await sesi.open(`${prefix}${e.path}`);
        expect(await page.locator(`.entri-kepala dl.meta a[href="${e.fm.instansi_asal!.jippnas_url}"]`).count(), `${prefix}${e.path}`).toBe(1);
      }
    }
  });
});

describe('angka di beranda', () => {
  it('jumlah provinsi membuka peta, jumlah replikasi membuka rekam jejak replikasi', async () => {
    for (const [rute, judul] of [['peta/', kamus['peta.judul']], ['replikasi/', kamus['replikasi.judul']]] as const) {
      const page = await sesi.open('');
      await page.locator(`ul.stat a[href="${BASE_PATH}${rute}"]`).click();
      await page.waitForURL(`${sesi.server.url}${rute}`);
      expect((await page.locator('h1').textContent())!.trim()).toBe(judul);
    }
  });
});
