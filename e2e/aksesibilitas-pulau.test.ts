/**
 * The islands as a keyboard or screen-reader user meets them, beyond what axe can see: what the live
 * regions say and when, what a table's headings read as, and how far the first result is in Tab presses.
 *
 * Site: the fixture (SITUS.fixture). The word searched for, the entries compared and the answers
 * given are read from the fixture files (e2e/fixture.ts) and the built page's own data, so a content
 * edit cannot break them.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { id as kamus } from '../src/i18n/id.ts';
import { isi } from '../src/lib/format.ts';
import { announced, CATALOGUE_CARDS, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture, memuatKata, teksTerindeks } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture, { cleanAfterEach: true });
const terbit = entriFixture().filter((e) => e.tampil);
/** A word several published entries hold (as e2e/cari.test.ts searches for). */
const KATA = 'posyandu';

/**
 * Record what a live region says from now on, as a screen reader hears it: its text after each change
 * made while the region is live (not `aria-live="off"`) and not busy, each time it differs from the last.
 */
async function dengarkan(region: Locator): Promise<() => Promise<string[]>> {
  await region.evaluate((el) => {
    const w = window as unknown as { terdengar: string[] };
    w.terdengar = [];
    new MutationObserver(() => {
      const live = el.closest('[aria-live]')?.getAttribute('aria-live') ?? (el.closest('[role=status]') ? 'polite' : 'off');
      const teks = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (live !== 'off' && !el.querySelector('[aria-busy=true]') && !el.closest('[aria-busy=true]') && teks && teks !== w.terdengar.at(-1)) w.terdengar.push(teks);
    }).observe(el, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-live', 'aria-busy'] });
  });
  return () => region.page().evaluate(() => (window as unknown as { terdengar: string[] }).terdengar);
}

/** The element that has the focus: its tag, its text and whether it is drawn (not clipped to a pixel). */
const fokus = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return { tag: el.tagName.toLowerCase(), href: el.getAttribute('href'), teks: (el.textContent ?? '').trim(), tampak: r.width > 2 && r.height > 2 };
  });

describe('pulau bagi pembaca layar dan papan ketik', () => {
  it('mengetik perlahan di kotak cari: wilayah langsung bicara sekali, sesudah pembaca berhenti, bukan untuk setiap huruf', async () => {
    expect(terbit.filter((e) => memuatKata(teksTerindeks(e), KATA)).length, `fixture: beberapa entri memuat "${KATA}"`).toBeGreaterThan(1);
    const page = await sesi.open('cari/');
    const dengar = await dengarkan(page.locator('[role=status]'));
    // A screen-reader user types slowly: each key is echoed, and the search runs in every pause.
    await page.locator('#cari-q').pressSequentially(KATA, { delay: 350 });
    const kata = await announced(page);
    expect(kata).toMatch(new RegExp(`^\\d+ hasil untuk “${KATA}”`));
    await expect.poll(dengar, { timeout: 4000, message: 'status akhir tidak pernah diumumkan' }).toHaveLength(1);
    expect(await dengar()).toEqual([kata]);
    // Enter is an act whose outcome the reader waits for: it is said at once, even right after typing.
    await page.locator('#cari-q').fill('');
    const dengar2 = await dengarkan(page.locator('[role=status]'));
    await page.locator('#cari-q').pressSequentially('zzyzx', { delay: 50 });
    await page.keyboard.press('Enter');
    await expect.poll(dengar2, { timeout: 1200, message: 'Enter tidak diumumkan segera' }).toEqual([expect.stringMatching(/^0 hasil untuk “zzyzx”/)]);
  });

  it('Temukan: jawaban yang mengubah hasil teratas terdengar, dengan nama hasil teratasnya', async () => {
    const page = await sesi.open('temukan/');
    const judul = page.locator('[data-temukan-hasil] > li h3');
    await expect.poll(() => judul.count()).toBeGreaterThan(1);
    const awal = await judul.first().textContent();
    const wilayah = page.locator('[data-temukan-status]').locator('xpath=ancestor-or-self::*[@aria-live][1]');
    // The province of an entry that is not first: answering it lifts that entry (or another) to the top.
    const provinsi = await page.locator('#q-provinsi option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    let teratas = awal;
    for (const p of provinsi) {
      await page.selectOption('#q-provinsi', p);
      await expect.poll(() => page.url()).toContain(`provinsi=${p}`);
      await page.waitForTimeout(400);
      teratas = await judul.first().textContent();
      if (teratas !== awal) break;
    }
    expect(teratas, 'fixture: sebuah provinsi mengubah hasil teratas').not.toBe(awal);
    const teks = ((await wilayah.textContent()) ?? '').replace(/\s+/g, ' ').trim();
    expect(teks).toContain(isi(kamus['temukan.teratas'], teratas!));
    expect(teks.startsWith((await page.locator('[data-temukan-status]').textContent())!)).toBe(true);
  });

  it('Bandingkan: kepala kolom dibaca sebagai judul entri saja, tombol hapus tetap bernama dan terjangkau', async () => {
    const dua = terbit.filter((e) => e.koleksi === 'praktik').slice(0, 2);
    const page = await sesi.open(`bandingkan/?id=${dua.map((e) => `praktik/${e.id}`).join(',')}`);
    const tabel = page.locator('[data-bandingkan-tabel] table');
    await expect.poll(() => tabel.locator('tbody tr').count()).toBeGreaterThan(0);
    // What a screen reader repeats before every cell of a column is that column's head.
    for (const e of dua) expect(await tabel.getByRole('columnheader', { name: e.fm.judul, exact: true }).count(), e.id).toBe(1);
    const hapus = tabel.getByRole('button', { name: isi(kamus['bandingkan.hapus'], dua[0]!.fm.judul) });
    await hapus.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('bandingkan-pilih');
    expect(await page.locator('[data-bandingkan-status]').textContent()).toContain(isi(kamus['bandingkan.dihapus'], dua[0]!.fm.judul));
  });

  it('tautan "lewati saringan" membawa papan ketik dari atas daftar ke kartu pertama, tanpa puluhan Tab', async () => {
    // The catalogue on a wide screen: its filter panel is open beside the list.
    const page = await sesi.open('praktik/');
    await page.locator('main nav a').first().focus();
    // From the breadcrumb (past the introduction's links, if any) the first form control must not come before the link.
    let lewati = await fokus(page);
    for (let i = 0; i < 4 && lewati.teks !== kamus['katalog.lewati'] && !['input', 'select'].includes(lewati.tag); i++) {
      await page.keyboard.press('Tab');
      lewati = await fokus(page);
    }
    expect(lewati, 'saringan dicapai sebelum tautan lewati saringan').toMatchObject({ tag: 'a', teks: kamus['katalog.lewati'], tampak: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect((await fokus(page)).href).toBe(await page.locator(CATALOGUE_CARDS).first().getAttribute('href'));

    // The search page: from the search button, past the filters, to the first result.
    const cari = await sesi.open(`cari/?q=${KATA}`);
    await announced(cari);
    await cari.locator('.cari-kueri button[type=submit]').focus();
    await cari.keyboard.press('Tab');
    expect(await fokus(cari), 'perhentian sesudah tombol Cari bukan tautan lewati saringan').toMatchObject({ tag: 'a', teks: kamus['cari.lewati'], tampak: true });
    await cari.keyboard.press('Enter');
    await cari.keyboard.press('Tab');
    expect((await fokus(cari)).href).toBe(await cari.locator('[data-cari-hasil] a').first().getAttribute('href'));
  });
});
