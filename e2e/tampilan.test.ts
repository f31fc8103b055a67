/**
 * How pages look: the dark theme (toggle, remembered choice, no flash of the light theme before
 * the first paint, the system preference) and print (an entry prints its content and readiness
 * card without the site's navigation, in dark ink on white even when the reader chose dark).
 *
 * Site: the real content (SITUS.nyata): theme and print are the same on every page and assert
 * nothing a content edit changes (the entry is the catalogue's first card, whichever it is), and
 * the real entry page, long and full of tables, is the one worth printing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inContext, sesiPeramban } from './alat.ts';

const sesi = sesiPeramban();
let entry: string;
beforeAll(async () => {
  entry = await sesi.firstEntry();
});

const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(17, 22, 28)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('tema gelap', () => {
  it('tombol mengganti tema, menandai aria-pressed, dan pilihan diingat di halaman berikutnya tanpa kilatan', () =>
    inContext(sesi.browser, { colorScheme: 'light' }, async (page) => {
      // The theme at the moment <body> is created, before anything is painted: a theme applied later
      // (by a deferred or module script) would show the light page first.
      await page.addInitScript(() => {
        const w = window as unknown as { __temaAwal?: string | null };
        new MutationObserver((records, observer) => {
          if (records.some((r) => [...r.addedNodes].some((n) => n.nodeName === 'BODY'))) {
            w.__temaAwal = document.documentElement.dataset.theme ?? null;
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(sesi.server.url);
      const toggle = page.locator('[data-tema-toggle]');
      await expect.poll(() => toggle.isVisible(), { message: 'tombol tema tetap tersembunyi walau JS aktif' }).toBe(true);
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await background(page)).toBe(LIGHT_BG);

      await toggle.click();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => background(page)).toBe(DARK_BG);

      // Another page: dark from the first paint.
      await page.goto(entry);
      expect(await page.evaluate(() => (window as unknown as { __temaAwal?: string | null }).__temaAwal), 'tema belum gelap saat <body> dibuat: halaman berkedip terang').toBe('dark');
      expect(await background(page)).toBe(DARK_BG);

      await page.locator('[data-tema-toggle]').click();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
      await expect.poll(() => background(page)).toBe(LIGHT_BG);
      expect(errors).toEqual([]);
    }));

  it('mengikuti preferensi sistem bila pembaca belum memilih', () =>
    inContext(sesi.browser, { colorScheme: 'dark' }, async (page) => {
      await page.goto(sesi.server.url);
      expect(await background(page)).toBe(DARK_BG);
      await expect.poll(() => page.locator('[data-tema-toggle]').getAttribute('aria-pressed')).toBe('true');
    }));

  it('tanpa JavaScript tombol tidak tampil (ia tidak akan berfungsi) dan preferensi sistem tetap berlaku', () =>
    inContext(sesi.browser, { javaScriptEnabled: false, colorScheme: 'dark' }, async (page) => {
      await page.goto(sesi.server.url);
      expect(await page.locator('[data-tema-toggle]').isVisible()).toBe(false);
      expect(await background(page)).toBe(DARK_BG);
    }));
});

describe('cetak', () => {
  it('halaman entri tercetak tanpa kepala, navigasi, remah roti, daftar isi dan kaki; kartu kesiapan tetap ada', () =>
    inContext(sesi.browser, { colorScheme: 'dark' }, async (page) => {
      await page.goto(entry);
      expect(await page.locator('header.kepala').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header.kepala', 'nav.nav-utama', 'nav.remah', '.daftar-isi', 'footer.kaki', '[data-tema-toggle]']) {
        const el = page.locator(selector);
        if ((await el.count()) === 0) continue;
        expect(await el.first().isVisible(), `${selector} masih tercetak`).toBe(false);
      }
      expect(await page.locator('.kesiapan').isVisible(), 'kartu kesiapan hilang dari cetakan').toBe(true);
      expect(await page.locator('h1').isVisible()).toBe(true);
      // Printed in light colours even though the reader's system is dark: no page of black ink.
      expect(await background(page)).toBe(LIGHT_BG);
      // Headless Chromium can render the print layout to PDF: proof that printing works end to end.
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    }));

  it('tercetak terang juga bila pembaca memilih tema gelap di situs', () =>
    inContext(sesi.browser, {}, async (page) => {
      await page.addInitScript(() => localStorage.setItem('tema', 'dark'));
      await page.goto(entry);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.emulateMedia({ media: 'print' });
      expect(await background(page)).toBe(LIGHT_BG);
    }));
});
