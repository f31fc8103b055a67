/**
 * When the catalogue's data files cannot be downloaded (a reader gone offline after the page
 * loaded, a host that lost `data/`), the islands that need them say so in their status line, in
 * the page's language, instead of showing "no result" or an empty table; the catalogue keeps the
 * list the page was built with and tries again on the next filter.
 *
 * Site: the fixture (SITUS.fixture); nothing here depends on what the entries say.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { id } from '../src/i18n/id.ts';
import { inContext, sesiPeramban, SITUS } from './alat.ts';

const sesi = sesiPeramban(SITUS.fixture);

/** Opens `path` with every catalogue data file answering 404 until `pulih()` is called. */
async function tanpaData(page: Page, path: string) {
  let putus = true;
  await page.route('**/data/katalog-*.json', (route) => (putus ? route.fulfill({ status: 404, body: 'Not Found' }) : route.fallback()));
  await page.goto(`${sesi.server.url}${path}`);
  return { pulih: () => void (putus = false) };
}

describe('data katalog tidak terunduh', () => {
  it('pencari kecocokan menyatakannya, tanpa daftar hasil', () =>
    inContext(sesi.browser, {}, async (page) => {
      await tanpaData(page, 'temukan/');
      await expect.poll(() => page.locator('[data-temukan-status]').textContent()).toBe(id['umum.gagalMuat']);
      expect(await page.locator('[data-temukan-hasil] > li').count()).toBe(0);
      expect(await page.locator('[data-temukan-lebih]').isVisible()).toBe(false);
    }));

  it('halaman bandingkan menyatakannya dalam bahasa halaman', () =>
    inContext(sesi.browser, {}, async (page) => {
      await tanpaData(page, 'en/bandingkan/');
      await expect.poll(() => page.locator('[data-bandingkan-status]').textContent()).toBe(en['umum.gagalMuat']);
    }));

  it('katalog menyatakannya saat saringan dipakai, daftar halaman tetap, dan saringan berikutnya mencoba lagi', () =>
    inContext(sesi.browser, {}, async (page) => {
      const { pulih } = await tanpaData(page, 'praktik/');
      const kartu = await page.locator('[data-katalog-hasil] > *').count();
      expect(kartu).toBeGreaterThan(0);
      const saringan = page.locator('[data-katalog-form] input[type=checkbox]');
      await saringan.first().check();
      await expect.poll(() => page.locator('[data-katalog-status]').textContent()).toBe(id['umum.gagalMuat']);
      expect(await page.locator('[data-katalog-hasil] > *').count()).toBe(kartu);
      pulih();
      await saringan.first().uncheck();
      await expect.poll(() => page.locator('[data-katalog-status]').textContent()).not.toBe(id['umum.gagalMuat']);
    }));
});
