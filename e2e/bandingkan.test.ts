/**
 * The compare page (/bandingkan/, src/scripts/bandingkan.ts): entries named in the URL appear side
 * by side, one can be added from the list and removed again, the URL follows, and printing keeps
 * the table without the controls.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { E2E_DIST, BASE_PATH } from './harness.ts';
import { sesiPeramban, type Observed } from './alat.ts';

const sesi = sesiPeramban();
const praktik = (JSON.parse(readFileSync(join(E2E_DIST, 'data/katalog-praktik-id.json'), 'utf8')) as { id: string }[]).map((r) => r.id);

const columns = (t: Observed) => t.page.locator('[data-bandingkan-tabel] thead th[scope=col] a');

describe('bandingkan', () => {
  it('menampilkan entri dari URL berdampingan, bisa menambah dan menghapus, dan URL mengikutinya', async () => {
    expect(praktik.length, 'perlu minimal tiga praktik terbit untuk uji ini').toBeGreaterThanOrEqual(3);
    sesi.tab.reset();
    const { page } = sesi.tab;
    const [a, b] = praktik;
    await page.goto(`${sesi.server.url}bandingkan/?id=praktik/${a},praktik/${b}`);
    await expect.poll(() => columns(sesi.tab).count(), { message: 'tabel perbandingan tidak muncul' }).toBe(2);
    expect(await columns(sesi.tab).nth(0).getAttribute('href')).toBe(`${BASE_PATH}praktik/${a}/`);
    const rows = page.locator('[data-bandingkan-tabel] tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    // The readiness card row carries each entry's own card.
    expect(await page.locator('[data-bandingkan-tabel] tbody td').first().textContent()).not.toBe('');

    // Add a third from the list.
    const option = await page.locator('[data-bandingkan-form] select option[value^="praktik/"]').first().getAttribute('value');
    await page.selectOption('[data-bandingkan-form] select', option!);
    await page.locator('[data-bandingkan-form] button[type=submit]').click();
    await expect.poll(() => columns(sesi.tab).count()).toBe(3);
    await expect.poll(() => decodeURIComponent(page.url())).toContain(option!);

    // Remove the first; focus returns to the list.
    await page.locator('[data-bandingkan-tabel] [data-hapus]').first().click();
    await expect.poll(() => columns(sesi.tab).count()).toBe(2);
    await expect.poll(() => decodeURIComponent(page.url())).not.toContain(`praktik/${a},`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    expect(sesi.tab.errors, 'galat konsol').toEqual([]);
    expect(sesi.tab.csp, 'pelanggaran CSP').toEqual([]);
    expect(sesi.tab.foreign, 'permintaan ke asal lain').toEqual([]);
    expect(sesi.tab.failed, 'permintaan gagal').toEqual([]);
  });

  it('dicetak tanpa kontrol, dengan tabelnya', async () => {
    const { page } = sesi.tab;
    const [a, b] = praktik;
    await page.goto(`${sesi.server.url}bandingkan/?id=praktik/${a},praktik/${b}`);
    await expect.poll(() => columns(sesi.tab).count()).toBe(2);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-bandingkan-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-bandingkan-tabel] table.bandingkan').isVisible()).toBe(true);
    expect(await page.locator('[data-bandingkan-tabel] [data-hapus]').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
