/**
 * A reader on a cheap phone and on paper: pages reflow without sideways scrolling when the text is
 * made larger (the browser's or the system's font size, 200%) or the page is zoomed (200% on a
 * 360 px phone leaves 180 CSS px), the compare table gives its columns to the entries rather than to
 * the aspect names, the search page opened with a query says it is loading (not "type a term")
 * until its script answers, and a printout holds no search box or filter fold and prints a source's
 * address once.
 *
 * Site: the real content (SITUS.nyata): these assert the layout of every page type, whatever the
 * entries say; the entries compared are entri.json's first two practices.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { id } from '../src/i18n/id.ts';
import { inContext, realEntryIds, sesiPeramban } from './alat.ts';

const sesi = sesiPeramban();

/** One page of each kind a reader meets, both languages where the layout differs by the words' length. */
function halamanContoh(): string[] {
  const { praktik, model } = realEntryIds();
  const [p, m] = [praktik[0], model[0]];
  const satuBahasa = ['', 'praktik/', `praktik/${p}/`, `model/${m}/`, 'model/', 'temukan/', 'cari/?q=stunting', 'peta/', 'tema/', 'provinsi/', 'panduan/', 'panduan/cara-membaca-kartu-kesiapan/', 'data/', 'tentang/'];
  return [...satuBahasa, ...satuBahasa.map((x) => `en/${x}`), `model/${m}/buku/`, `bandingkan/?id=praktik/${p}&id=praktik/${praktik[1]}`];
}

/** What sticks out of the page sideways: the overflow in px and the widest culprit outside a scrolling box. */
const lebihLebar = (page: Page) =>
  page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const lebih = document.documentElement.scrollWidth - vw;
    if (lebih <= 0) return null;
    const digulir = (e: Element) => {
      for (let x = e.parentElement; x && x !== document.body; x = x.parentElement) if (/auto|scroll|hidden/.test(getComputedStyle(x).overflowX)) return true;
      return false;
    };
    const pelaku = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > vw + 0.5 && !digulir(e)).pop();
    return `${lebih}px, mis. <${pelaku?.tagName.toLowerCase()} class="${pelaku?.className}"> ${(pelaku?.textContent ?? '').trim().slice(0, 50)}`;
  });

async function periksaReflow(page: Page, cdp: CDPSession | undefined, lebar: string): Promise<string[]> {
  const masalah: string[] = [];
  for (const path of halamanContoh()) {
    await page.goto(`${sesi.server.url}${path}`, { waitUntil: 'networkidle' });
    // The browser's default font size, as the reader's font setting sets it: the site's sizes are in rem.
    if (cdp) await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    const l = await lebihLebar(page);
    if (l) masalah.push(`${path} (${lebar}): ${l}`);
  }
  return masalah;
}

describe('teks besar dan zum di ponsel (WCAG 1.4.4, 1.4.10)', () => {
  it('huruf 200% pada layar 320 px: tidak ada halaman yang harus digulir ke samping', () =>
    inContext(sesi.browser, { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, async (page) => {
      const cdp = await page.context().newCDPSession(page);
      expect(await periksaReflow(page, cdp, 'huruf 200%')).toEqual([]);
    }), 180_000);

  it('zum 200% pada ponsel 360 px (180 px CSS): tidak ada halaman yang harus digulir ke samping', () =>
    inContext(sesi.browser, { viewport: { width: 180, height: 320 }, isMobile: true, hasTouch: true }, async (page) => {
      expect(await periksaReflow(page, undefined, '180 px')).toEqual([]);
    }), 180_000);
});

describe('bandingkan', () => {
  it('kolom aspek lebih sempit daripada kolom setiap entri, di ponsel dan di layar lebar', async () => {
    const { praktik } = realEntryIds();
    for (const width of [360, 1280]) {
      await inContext(sesi.browser, { viewport: { width, height: 800 } }, async (page) => {
        await page.goto(`${sesi.server.url}bandingkan/?id=praktik/${praktik[0]}&id=praktik/${praktik[1]}`);
        const kepala = page.locator('table.bandingkan > thead th');
        await expect.poll(() => kepala.count()).toBe(3);
        const [aspek, ...entri] = await kepala.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
        for (const w of entri) expect(aspek, `lebar ${width}: kolom aspek ${aspek} px, kolom entri ${w} px`).toBeLessThan(w * 0.75);
      });
    }
  });
});

describe('memuat di jaringan lambat', () => {
  it('halaman cari yang dibuka dengan kueri menyatakan sedang memuat, bukan "ketik kata kunci", selama skripnya belum tiba', () =>
    inContext(sesi.browser, {}, async (page) => {
      // The island never arrives (a slow or broken connection): what the page says on its own.
      await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
      for (const [awalan, kamus] of [['', id], ['en/', en]] as const) {
        await page.goto(`${sesi.server.url}${awalan}cari/?q=stunting`);
        expect(await page.locator('[data-cari-status]').innerText()).toBe(kamus['cari.memuat']);
        await page.goto(`${sesi.server.url}${awalan}cari/`);
        expect(await page.locator('[data-cari-status]').innerText()).toBe(kamus['cari.mulai']);
      }
    }));
});

describe('cetak', () => {
  it('beranda dan katalog tercetak tanpa kotak cari dan tanpa lipatan saringan', () =>
    inContext(sesi.browser, {}, async (page) => {
      for (const path of ['', 'praktik/', 'en/model/']) {
        await page.goto(`${sesi.server.url}${path}`);
        await page.emulateMedia({ media: 'print' });
        for (const selector of ['main form[role=search]', 'main summary', 'main input', 'main button']) {
          const terlihat = await page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
          expect(terlihat, `${path}: ${selector} tercetak`).toBe(0);
        }
        await page.emulateMedia({ media: 'screen' });
      }
    }));

  it('alamat sumber tercetak sekali (teks tautannya sudah alamat), tautan di badan teks tetap disertai alamatnya', () =>
    inContext(sesi.browser, {}, async (page) => {
      const { praktik } = realEntryIds();
      await page.goto(`${sesi.server.url}praktik/${praktik[0]}/`);
      await page.emulateMedia({ media: 'print' });
      const setelah = (selector: string) => page.locator(selector).evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
      const sumber = await setelah('.daftar-sumber a[href^="http"]');
      expect(sumber.length).toBeGreaterThan(0);
      expect(new Set(sumber)).toEqual(new Set(['none']));
      // Nothing is lost on paper: each source link's words are its address.
      const teks = await page.locator('.daftar-sumber a[href^="http"]').allTextContents();
      expect(teks.filter((t) => !/^https?:\/\/\S+$/.test(t.trim())), 'tautan sumber yang teksnya bukan alamat: alamatnya tidak lagi tercetak').toEqual([]);
      // No entry's body holds an outside link (its facts cite sources instead), so a body link is
      // read where the real content has them: the author guide's reference list.
      await page.goto(`${sesi.server.url}panduan/panduan-penulis/`);
      await page.emulateMedia({ media: 'print' });
      const badan = await setelah('.isi a[href^="http"]');
      expect(badan.length, 'tautan keluar di isi panduan penulis').toBeGreaterThan(0);
      for (const after of badan) expect(after).toMatch(/^" \(" attr\(href\) "\)"$|^" \(https?:\/\/.+\)"$/);
    }));

  it('kartu tidak terbelah di antara dua halaman kertas', () =>
    inContext(sesi.browser, {}, async (page) => {
      await page.goto(`${sesi.server.url}praktik/`);
      await page.emulateMedia({ media: 'print' });
      expect(new Set(await page.locator('.kartu').evaluateAll((ks) => ks.map((k) => getComputedStyle(k).breakInside)))).toEqual(new Set(['avoid']));
    }));
});

describe('panduan', () => {
  it('judul di tautan sebelumnya/berikutnya tidak berbingkai sendiri di dalam bingkai tautannya', () =>
    inContext(sesi.browser, { viewport: { width: 360, height: 640 } }, async (page) => {
      await page.goto(`${sesi.server.url}panduan/cara-membaca-kartu-kesiapan/`);
      const bingkai = await page.locator('.halaman-nav a span').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).borderTopWidth));
      expect(bingkai.length).toBeGreaterThan(0);
      expect(new Set(bingkai)).toEqual(new Set(['0px']));
    }));
});
