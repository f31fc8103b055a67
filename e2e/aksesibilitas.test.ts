/**
 * What a keyboard or screen-reader user meets that axe (e2e/halaman.test.ts) does not check: side
 * columns that are not false toggles on a wide screen, links and landmarks with names of their own,
 * one "current page", the copy button's name and confirmation, focus rings that scrolling boxes do
 * not cut off, the catalogue's outline without JavaScript, named tables, and Indonesian names
 * marked as such on English pages.
 *
 * Site: the fixture (SITUS.fixture). What is checked is the pages' structure, the same for any
 * content; the entries named come from the fixture files (e2e/fixture.ts).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { id as kamus } from '../src/i18n/id.ts';
import { BASE_PATH, inContext, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture, { cleanAfterEach: true });
const terbit = entriFixture().filter((e) => e.tampil);
const praktik = terbit.find((e) => e.koleksi === 'praktik')!;

/** Every link under `scope` as the accessibility tree names it, with its address. */
async function tautan(page: Page, scope = 'main'): Promise<{ nama: string; url: string }[]> {
  const baris = (await page.locator(scope).ariaSnapshot()).split('\n');
  return baris.flatMap((b, i) => {
    const nama = /^\s*- link "((?:[^"\\]|\\.)*)"/.exec(b)?.[1];
    const url = /^\s*- \/url: (.*)$/.exec(baris[i + 1] ?? '')?.[1];
    return nama !== undefined && url !== undefined ? [{ nama: JSON.parse(`"${nama}"`) as string, url }] : [];
  });
}

/** Link names that lead to more than one address: a list of the page's links cannot tell them apart. */
async function namaGanda(page: Page, scope = 'main', kecuali = (_url: string) => false): Promise<string[]> {
  const tujuan = new Map<string, Set<string>>();
  for (const { nama, url } of await tautan(page, scope)) if (!kecuali(url)) tujuan.set(nama, (tujuan.get(nama) ?? new Set()).add(url.replace(/#.*$/, '')));
  return [...tujuan].filter(([, u]) => u.size > 1).map(([n]) => n);
}

/** Whether the element `selector` matches took the focus when asked to. */
const menerimaFokus = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    (el as HTMLElement).focus();
    return document.activeElement === el;
  });

describe('aksesibilitas papan ketik dan pembaca layar', () => {
  it('di layar lebar, judul daftar isi dan saringan bukan tombol lipat palsu: bukan perhentian Tab, dan terbuka seperti yang tampak', async () => {
    for (const path of [praktik.path, 'praktik/']) {
      const page = await sesi.open(path);
      expect(await menerimaFokus(page, '.lipat-sempit > summary'), `${path}: ringkasan menerima fokus`).toBe(false);
      expect(await page.locator('.lipat-sempit').first().evaluate((d) => (d as HTMLDetailsElement).open), `${path}: terlipat padahal isinya tampak`).toBe(true);
    }
  });

  it('di layar sempit, daftar isi tetap terlipat dan dibuka dengan Enter, juga tanpa JavaScript', () =>
    inContext(sesi.browser, { viewport: { width: 600, height: 900 }, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${sesi.server.url}${praktik.path}`);
      const lipat = page.locator('.daftar-isi details');
      expect(await lipat.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.locator('.daftar-isi ol').isVisible()).toBe(false);
      expect(await menerimaFokus(page, '.daftar-isi summary')).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.daftar-isi ol').isVisible()).toBe(true);
    }));

  it('tombol salin menyebut apa yang disalin, mengumumkan hasilnya, lalu mengosongkan pengumumannya', () =>
    inContext(sesi.browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
      await page.goto(`${sesi.server.url}${praktik.path}`);
      const tombol = page.getByRole('button', { name: kamus['entri.salinApa'], exact: true });
      await tombol.press('Enter');
      const status = page.locator('pre[data-salin] ~ [role=status]');
      await expect.poll(() => status.textContent()).toBe(kamus['entri.disalin']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.locator('pre[data-salin]').textContent());
      expect(await tombol.evaluate((b) => b === document.activeElement)).toBe(true);
      await expect.poll(() => status.textContent(), { timeout: 8000 }).toBe('');
    }));

  it('hanya remah roti yang menandai halaman ini; menu utama menandai bagiannya dengan cara lain', async () => {
    const page = await sesi.open(praktik.path);
    expect(await page.locator('[aria-current="page"]').evaluateAll((els) => els.map((e) => e.closest('nav')?.className))).toEqual(['remah']);
    expect(await page.locator(`.nav-utama a[href="${BASE_PATH}praktik/"]`).getAttribute('aria-current')).toBe('true');
  });

  it('dua formulir cari di satu halaman bernama berbeda', async () => {
    for (const path of ['', 'en/', 'cari/']) {
      const page = await sesi.open(path);
      // The landmark's line, not its search box's ("- searchbox").
      const nama = [...(await page.locator('body').ariaSnapshot()).matchAll(/^\s*- search(?: "([^"]*)")?:/gm)].map((m) => m[1]);
      expect(nama.length, path).toBe(2);
      expect(nama.every(Boolean), `${path}: landmark search tanpa nama`).toBe(true);
      expect(new Set(nama).size, path).toBe(2);
    }
  });

  it('tautan yang berulang menyebut entrinya: "Bandingkan" di Temukan, judul buku di katalog model', async () => {
    const temukan = await sesi.open('temukan/');
    await expect.poll(() => temukan.locator('[data-temukan-hasil] > li').count()).toBeGreaterThan(1);
    const bandingkan = (await tautan(temukan, '[data-temukan-hasil]')).filter((t) => t.url.startsWith(`${BASE_PATH}bandingkan/`));
    expect(bandingkan.length).toBe(await temukan.locator('[data-temukan-hasil] > li').count());
    for (const t of bandingkan) expect(terbit.map((e) => `${kamus['entri.bandingkan']} ${e.fm.judul}`)).toContain(t.nama);
    expect(await namaGanda(temukan)).toEqual([]);

    const model = await sesi.open('model/');
    // The books' PDF links ("Unduh buku") are named by src/lib/buku.ts, which this test does not cover.
    expect(await namaGanda(model, 'main', (url) => url.endsWith('.pdf'))).toEqual([]);
    expect((await tautan(model)).filter((t) => t.url.endsWith('/buku/')).every((t) => t.nama.endsWith(` (${kamus['buku.judul']})`))).toBe(true);
  });

  it('tanpa JavaScript, katalog tidak melompati tingkat judul dan tidak punya landmark saringan atau navigasi halaman yang kosong', () =>
    inContext(sesi.browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${sesi.server.url}praktik/`);
      const tingkat = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => Number(h.tagName[1])));
      tingkat.slice(1).forEach((n, i) => expect(n, `h${tingkat[i]} lalu h${n}`).toBeLessThanOrEqual(tingkat[i]! + 1));
      const peta = await page.locator('main').ariaSnapshot();
      expect(peta).not.toContain('complementary');
      // One page of cards: the page list has nothing to offer.
      expect(peta).not.toContain(`navigation "${kamus['katalog.halaman']}"`);
    }));

  it('cincin fokus tidak terpotong oleh kotak gulir: petak peta di tepi, tautan terakhir daftar isi', async () => {
    const terpotong = (page: Page, selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.flatMap((el) => {
          (el as HTMLElement).focus();
          const r = el.getBoundingClientRect();
          let kotak = el.parentElement;
          while (kotak && getComputedStyle(kotak).overflowX === 'visible' && getComputedStyle(kotak).overflowY === 'visible') kotak = kotak.parentElement;
          if (!kotak || kotak === document.body) return [];
          const k = kotak.getBoundingClientRect();
          const cincin = 5;
          const kiri = k.left + kotak.clientLeft;
          const atas = k.top + kotak.clientTop;
          return r.left - cincin < kiri || r.right + cincin > kiri + kotak.clientWidth || r.top - cincin < atas || r.bottom + cincin > atas + kotak.clientHeight ? [(el.textContent ?? '').trim()] : [];
        }),
      );
    const peta = await sesi.open('peta/');
    expect(await terpotong(peta, '.peta a')).toEqual([]);
    const entri = await sesi.open(praktik.path);
    expect(await terpotong(entri, '.daftar-isi a')).toEqual([]);
  });

  it('tabel replikasi dan kolom data terbuka bernama', async () => {
    for (const path of ['replikasi/', 'data/']) {
      const page = await sesi.open(path);
      expect(await page.locator('main table').count(), path).toBeGreaterThan(0);
      expect(await page.locator('main table:not([aria-label]):not(:has(caption))').count(), `${path}: tabel tanpa nama`).toBe(0);
    }
  });

  it('di halaman bahasa Inggris, judul entri yang berbahasa Indonesia di kartu ditandai demikian', async () => {
    for (const path of ['en/praktik/', 'en/model/']) {
      const page = await sesi.open(path);
      const judul = page.locator('[data-katalog-hasil] .kartu h3 a');
      expect(await judul.count(), path).toBeGreaterThan(0);
      expect(await judul.evaluateAll((as) => as.filter((a) => a.closest('[lang]')?.getAttribute('lang') !== 'id').length), path).toBe(0);
    }
  });
});
