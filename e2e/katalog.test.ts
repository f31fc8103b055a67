/**
 * The catalogue's filter island (src/scripts/katalog.ts): ticking a facet narrows the results and
 * the counts, the URL can be shared, reset restores the list; without JavaScript the page still
 * lists every entry and offers theme and province links instead of the filter panel.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sesiPeramban } from './alat.ts';

const sesi = sesiPeramban();

/** "Menampilkan 1–12 dari 18 entri" → 18 (the last number of the status line). */
async function total(page: Page): Promise<number> {
  const text = (await page.locator('[data-katalog-status]').textContent()) ?? '';
  const numbers = text.match(/\d+/g);
  if (!numbers) throw new Error(`status katalog tanpa angka: "${text}"`);
  return Number(numbers.at(-1));
}

const cardCount = (page: Page) => page.locator('[data-katalog-hasil] article.kartu').count();

describe('saringan katalog (praktik)', () => {
  it('mencentang satu tema mempersempit hasil sesuai hitungan di sampingnya, dan URL-nya dapat dibagikan', async () => {
    sesi.tab.reset();
    const { page } = sesi.tab;
    await page.goto(`${sesi.server.url}praktik/`);
    const all = await total(page);
    expect(all).toBeGreaterThan(0);

    // The theme with the fewest entries, so the filter visibly narrows the list.
    const boxes = page.locator('[data-katalog-form] input[type=checkbox][name=tema]');
    expect(await boxes.count(), 'tidak ada kotak centang tema').toBeGreaterThan(0);
    const options = await boxes.evaluateAll((els) =>
      els.map((el) => {
        const input = el as HTMLInputElement;
        const count = Number(input.closest('label')?.querySelector('[data-jumlah]')?.textContent ?? 'NaN');
        return { value: input.value, count };
      }),
    );
    const pick = options.filter((o) => o.count > 0).sort((a, b) => a.count - b.count)[0]!;
    expect(pick.count).toBeLessThanOrEqual(all);

    await page.locator(`[data-katalog-form] input[name=tema][value="${pick.value}"]`).check();
    await expect.poll(() => total(page)).toBe(pick.count);
    await expect.poll(() => page.url()).toContain(`tema=${pick.value}`);
    const shown = await cardCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(pick.count);

    // A shared link with the filter opens the same result.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    expect(await page.locator(`[data-katalog-form] input[name=tema][value="${pick.value}"]`).isChecked()).toBe(true);
    await expect.poll(() => total(page)).toBe(pick.count);

    // Reset brings every entry back.
    await page.locator('[data-katalog-form] button[type=reset]').click();
    await expect.poll(() => total(page)).toBe(all);
    await expect.poll(() => page.url()).not.toContain('tema=');
    expect(sesi.tab.errors).toEqual([]);
    expect(sesi.tab.csp).toEqual([]);
    expect(sesi.tab.foreign).toEqual([]);
    expect(sesi.tab.failed).toEqual([]);
  });

  it('dua nilai dalam satu saringan digabung dengan ATAU', async () => {
    sesi.tab.reset();
    const { page } = sesi.tab;
    await page.goto(`${sesi.server.url}praktik/`);
    const boxes = page.locator('[data-katalog-form] input[type=checkbox][name=tema]');
    if ((await boxes.count()) < 2) throw new Error('katalog praktik perlu minimal dua tema untuk uji ini');
    const counts = await boxes.evaluateAll((els) => els.slice(0, 2).map((el) => Number(el.closest('label')?.querySelector('[data-jumlah]')?.textContent)));
    await boxes.nth(0).check();
    await expect.poll(() => total(page)).toBe(counts[0]);
    await boxes.nth(1).check();
    await expect.poll(() => total(page)).toBe(counts[0]! + counts[1]!);
    expect(sesi.tab.errors).toEqual([]);
  });
});

describe('katalog tanpa JavaScript', () => {
  it('menampilkan kartu dan tautan tema, tanpa panel saringan', async () => {
    const context = await sesi.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sesi.server.url}praktik/`);
    expect(await cardCount(page)).toBeGreaterThan(0);
    expect(await page.locator('[data-katalog-form]').isVisible(), 'panel saringan tampil padahal tidak berfungsi tanpa JS').toBe(false);
    const themeLinks = page.locator('.tanpa-js a');
    expect(await themeLinks.count()).toBeGreaterThan(0);
    expect(await themeLinks.first().isVisible()).toBe(true);
    await context.close();
  });
});
