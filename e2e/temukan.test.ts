/**
 * The fit-finder (/temukan/, src/scripts/temukan.ts): answers rank the entries, the results say
 * why each fits, the answers live in the URL so a result can be shared, and each result leads to
 * the compare page. Without JavaScript the page offers theme and catalogue links instead.
 */
import { describe, expect, it } from 'vitest';
import { BASE_PATH } from './harness.ts';
import { bersih, sesiPeramban } from './alat.ts';

const sesi = sesiPeramban();


describe('temukan (pencari kecocokan)', () => {
  it('jawaban tema mempersempit hasil ke tema itu, dengan alasan kecocokan dan tautan bandingkan', async () => {
    sesi.tab.reset();
    const { page } = sesi.tab;
    await page.goto(`${sesi.server.url}temukan/`);
    const items = page.locator('[data-temukan-hasil] > li');
    await expect.poll(() => items.count(), { message: 'hasil awal tidak muncul' }).toBeGreaterThan(0);

    // A theme some entry has, other than the current top result's when possible, so the answer must reorder.
    const options = await page.locator('#q-tema option').evaluateAll((opts) => opts.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent!.trim() })).filter((o) => o.value));
    const present = new Set((await page.locator('[data-temukan-hasil] .lencana').allTextContents()).map((t) => t.trim()));
    const topBefore = (await items.first().locator('.lencana').allTextContents()).map((t) => t.trim());
    const candidates = options.filter((o) => present.has(o.label));
    const chosen = candidates.find((o) => !topBefore.includes(o.label)) ?? candidates[0];
    expect(chosen, 'tidak ada tema di hasil yang juga ada di pilihan').toBeDefined();
    await page.selectOption('#q-tema', chosen!.value);
    await page.locator('[data-temukan-form] button[type=submit]').click();
    await expect.poll(() => page.url()).toContain(`tema=${chosen!.value}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'fokus tidak pindah ke judul hasil setelah kirim' }).toBe('temukan-hasil');
    expect((await page.locator('[data-temukan-status]').textContent())!.trim().length).toBeGreaterThan(0);
    // Every result now carries the chosen theme (as RB theme or presidential priority).
    const badges = await items.evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('.lencana')].map((b) => b.textContent!.trim())));
    expect(badges.length).toBeGreaterThan(0);
    for (const b of badges) expect(b, `hasil tanpa tema "${chosen!.label}"`).toContain(chosen!.label);
    const top = items.first();
    expect(await top.locator('.alasan li').count(), 'hasil tanpa alasan kecocokan').toBeGreaterThan(0);

    // The compare link of a result opens /bandingkan/ with that entry, under the sub-path.
    const compare = await top.locator(`a[href*="bandingkan/?id="]`).getAttribute('href');
    expect(compare).toMatch(new RegExp(`^${BASE_PATH}(en/)?bandingkan/\\?id=(praktik|model)/`));
    bersih(sesi.tab);
  });

  it('tautan dengan jawaban membuka jawaban yang sama', async () => {
    sesi.tab.reset();
    const { page } = sesi.tab;
    const value = await (async () => {
      await page.goto(`${sesi.server.url}temukan/`);
      return page.locator('#q-tema option').nth(1).getAttribute('value');
    })();
    await page.goto(`${sesi.server.url}temukan/?tema=${value}`);
    await expect.poll(() => page.locator('#q-tema').inputValue()).toBe(value);
    await expect.poll(() => page.locator('[data-temukan-hasil] > li').count()).toBeGreaterThan(0);
    await page.locator('[data-temukan-form] button[type=reset]').click();
    await expect.poll(() => page.url()).not.toContain('tema=');
    bersih(sesi.tab);
  });

  it('tanpa JavaScript: formulir disembunyikan, tautan tema dan katalog tersedia', async () => {
    const context = await sesi.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sesi.server.url}temukan/`);
    expect(await page.locator('[data-temukan-form]').isVisible()).toBe(false);
    expect(await page.locator('.tanpa-js a').count()).toBeGreaterThan(0);
    expect(await page.locator('.tanpa-js a').first().isVisible()).toBe(true);
    await context.close();
  });
});
