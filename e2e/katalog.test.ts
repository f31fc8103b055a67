/**
 * The catalogue's filter island (src/scripts/katalog.ts): every filter value shows how many
 * practices have it, ticking one narrows the results to exactly those, values of one filter join
 * with OR and filters with AND, the URL can be shared, reset restores the list; without JavaScript
 * the page still lists every entry and offers theme and province links instead of the filter panel.
 *
 * Site: the fixture (SITUS.fixture). Every count and every list of results is derived from the
 * fixture files' fields (e2e/fixture.ts), so a wrong count or a card that does not belong fails,
 * and adding an entry to content/ cannot.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { id as kamus } from '../src/i18n/id.ts';
import { isi } from '../src/lib/format.ts';
import { BASE_PATH, CATALOGUE_CARDS, hrefs, inContext, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture, type EntriFixture } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture, { cleanAfterEach: true });
const praktik = entriFixture().filter((e) => e.tampil && e.koleksi === 'praktik');

/** The values a practice has for each filter of the catalogue, from its file. */
const NILAI: Record<string, (e: EntriFixture) => (string | number | undefined)[]> = {
  tema: (e) => [e.fm.tema_rb],
  prioritas: (e) => [e.fm.prioritas_presiden],
  provinsi: (e) => [e.fm.instansi_asal?.kode_provinsi],
  instansi: (e) => [e.fm.instansi_asal?.jenis],
  sdg: (e) => e.fm.sdgs,
  bukti: (e) => [e.fm.kesiapan.kekuatan_bukti],
  biaya: (e) => [e.fm.kesiapan.biaya],
  kompleksitas: (e) => [e.fm.kesiapan.kompleksitas],
  tahun: (e) => [e.fm.tahun_mulai],
  penghargaan: (e) => [...new Set((e.fm.penghargaan ?? []).map((p) => p.program))],
};
/** The practices with a value of a filter. */
const dengan = (filter: string, value: string) => praktik.filter((e) => NILAI[filter]!(e).some((v) => v !== undefined && String(v) === value));
const entryHrefs = (list: EntriFixture[]) => list.map((e) => `${BASE_PATH}${e.path}`).sort();

/** "Menampilkan 1–12 dari 18 entri." → 18 (the last number of the status line). */
async function total(page: Page): Promise<number> {
  const text = (await page.locator('[data-katalog-status]').textContent()) ?? '';
  const numbers = text.match(/\d+/g);
  if (!numbers) throw new Error(`status katalog tanpa angka: "${text}"`);
  return Number(numbers.at(-1));
}

const cardHrefs = async (page: Page) => (await hrefs(page.locator(CATALOGUE_CARDS))).sort();
const tick = (page: Page, filter: string, value: string) => page.locator(`[data-katalog-form] input[name=${filter}][value="${value}"]`).check();

/** Every filter box with its count: "tema=digitalisasi-administrasi-pemerintahan" → 2. */
const counts = (page: Page) =>
  page.locator('[data-katalog-form] input[type=checkbox]').evaluateAll((els) =>
    Object.fromEntries((els as HTMLInputElement[]).map((i) => [`${i.name}=${i.value}`, Number(i.closest('label')?.querySelector('[data-jumlah]')?.textContent ?? 'NaN')])),
  );

describe('saringan katalog (praktik)', () => {
  it('setiap nilai saringan menunjukkan jumlah praktik yang memilikinya, dan tidak ada nilai tanpa praktik', async () => {
    const page = await sesi.open('praktik/');
    expect(await total(page)).toBe(praktik.length);
    const expected: Record<string, number> = {};
    for (const [filter, nilai] of Object.entries(NILAI)) {
      for (const e of praktik) for (const v of nilai(e)) if (v !== undefined) expected[`${filter}=${v}`] = (expected[`${filter}=${v}`] ?? 0) + 1;
    }
    const shown = await counts(page);
    // A filter this test cannot read from the fixture yet is a line to add to NILAI, not a pass.
    const baru = [...new Set(Object.keys(shown).map((k) => k.split('=')[0]!))].filter((f) => !(f in NILAI));
    expect(baru, 'saringan katalog tanpa baris di NILAI (e2e/katalog.test.ts)').toEqual([]);
    expect(shown).toEqual(expected);
  });

  it('mencentang satu tema menampilkan tepat praktik bertema itu, dan URL-nya dapat dibagikan', async () => {
    const page = await sesi.open('praktik/');
    expect(await cardHrefs(page)).toEqual(entryHrefs(praktik));

    const tema = praktik[0]!.fm.tema_rb;
    const bertema = dengan('tema', tema);
    expect(bertema.length, 'tema uji harus mempersempit katalog').toBeLessThan(praktik.length);
    await tick(page, 'tema', tema);
    await expect.poll(() => total(page)).toBe(bertema.length);
    await expect.poll(() => page.url()).toContain(`tema=${tema}`);
    expect(await cardHrefs(page)).toEqual(entryHrefs(bertema));

    // A shared link with the filter opens the same result.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    expect(await page.locator(`[data-katalog-form] input[name=tema][value="${tema}"]`).isChecked()).toBe(true);
    await expect.poll(() => total(page)).toBe(bertema.length);
    expect(await cardHrefs(page)).toEqual(entryHrefs(bertema));

    await page.locator('[data-katalog-form] button[type=reset]').click();
    await expect.poll(() => total(page)).toBe(praktik.length);
    await expect.poll(() => page.url()).not.toContain('tema=');
    expect(await cardHrefs(page)).toEqual(entryHrefs(praktik));
  });

  it('dua nilai dalam satu saringan digabung dengan ATAU, dua saringan dengan DAN', async () => {
    const page = await sesi.open('praktik/');
    const [a, b] = [...new Set(praktik.map((e) => String(e.fm.kesiapan.biaya)))];
    expect(b, 'fixture perlu praktik dengan dua pita biaya').toBeDefined();
    await tick(page, 'biaya', a!);
    await expect.poll(() => cardHrefs(page)).toEqual(entryHrefs(dengan('biaya', a!)));
    await tick(page, 'biaya', b!);
    const atau = [...new Set([...dengan('biaya', a!), ...dengan('biaya', b!)])];
    await expect.poll(() => cardHrefs(page)).toEqual(entryHrefs(atau));
    expect(await total(page)).toBe(atau.length);

    // And a theme on top: only those of the two bands that have the theme.
    const tema = atau[0]!.fm.tema_rb;
    await tick(page, 'tema', tema);
    const dan = atau.filter((e) => e.fm.tema_rb === tema);
    await expect.poll(() => cardHrefs(page)).toEqual(entryHrefs(dan));
    expect(await total(page)).toBe(dan.length);
  });
});

describe('urutan katalog', () => {
  it('status menyebut urutan selain bawaan, jadi mengurutkan ulang (jumlahnya sama) tetap diumumkan', async () => {
    const page = await sesi.open('praktik/');
    const status = page.locator('[data-katalog-status]');
    const semua = isi(kamus['katalog.status'], 1, praktik.length, praktik.length);
    await page.selectOption('#urut', 'terbaru');
    await expect.poll(() => status.textContent()).toBe(`${semua} ${isi(kamus['urut.status'], kamus['urut.terbaru'])}`);
    await page.selectOption('#urut', 'biaya');
    await expect.poll(() => status.textContent()).toBe(`${semua} ${isi(kamus['urut.status'], kamus['urut.biaya'])}`);
    await page.selectOption('#urut', 'judul');
    await expect.poll(() => status.textContent()).toBe(semua);
  });
});

describe('katalog tanpa JavaScript', () => {
  it('menampilkan setiap praktik dan tautan tema, tanpa panel saringan', async () => {
    await inContext(sesi.browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${sesi.server.url}praktik/`);
      expect(await cardHrefs(page)).toEqual(entryHrefs(praktik));
      expect(await page.locator('[data-katalog-form]').isVisible(), 'panel saringan tampil padahal tidak berfungsi tanpa JS').toBe(false);
      expect(await page.locator('.tanpa-js a').first().isVisible(), 'tanpa tautan tema').toBe(true);
    });
  });
});
