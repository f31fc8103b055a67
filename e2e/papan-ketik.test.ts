/**
 * Keyboard only: the skip link is the first stop and moves focus to the content, Tab reaches the
 * search box and every stop on the way shows a focus ring, a search can be sent with Enter, and
 * a catalogue filter can be ticked with the space bar.
 *
 * Site: the real content (SITUS.nyata): the Tab order is the page's chrome and filter panel, not
 * its text, and the real pages (the longest filter panel, a real entry's table of contents) are
 * where a keyboard trap would hurt. No entry is named.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_PATH, sesiPeramban, SITUS } from './alat.ts';

const sesi = sesiPeramban(SITUS.nyata, { cleanAfterEach: true });

type Focused = Awaited<ReturnType<typeof focused>>;

/** What has the focus, how it shows it, and in which form it is. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: el.className,
      text: (el.textContent ?? '').trim().slice(0, 40),
      outline: s.outlineStyle,
      shadow: s.boxShadow,
      left: el.getBoundingClientRect().left,
      inForm: el.closest('form')?.getAttribute('role') ?? (el.closest('[data-katalog-form]') ? 'katalog' : null),
    };
  });

/** Press Tab until `done` says so; fail with the path taken if it takes more than `max` presses. */
async function tabUntil(page: Page, done: (f: Focused) => boolean, max: number): Promise<Focused[]> {
  const path: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f);
    if (done(f)) return path;
  }
  throw new Error(`tidak tercapai dengan ${max} kali Tab; urutan: ${path.map((f) => `${f.tag}${f.id ? `#${f.id}` : ''} "${f.text}"`).join(' → ')}`);
}

describe('hanya papan ketik', () => {
  it('tautan lewati adalah perhentian pertama, tampak saat fokus, dan memindahkan fokus ke isi', async () => {
    const page = await sesi.open();
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first.cls, 'perhentian Tab pertama bukan tautan "Langsung ke isi"').toContain('lewati');
    expect(first.left, 'tautan lewati tetap di luar layar saat fokus').toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('isi');
    expect(page.url()).toBe(`${sesi.server.url}#isi`);
  });

  it('Tab mencapai kotak cari dengan cincin fokus di setiap perhentian, dan Enter mengirim pencarian', async () => {
    const page = await sesi.open();
    const path = await tabUntil(page, (f) => f.tag === 'input' && f.inForm === 'search', 25);
    for (const f of path) expect(f.outline !== 'none' || f.shadow !== 'none', `${f.tag} "${f.text}" tanpa penanda fokus yang terlihat`).toBe(true);
    await page.keyboard.type('stunting');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === `${BASE_PATH}cari/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('stunting');
  });

  it('saringan katalog dapat dicentang dengan spasi', async () => {
    const page = await sesi.open('praktik/');
    const before = await page.locator('[data-katalog-status]').textContent();
    await tabUntil(page, (f) => f.tag === 'input' && f.inForm === 'katalog' && f.id === '', 80);
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await expect.poll(() => page.locator('[data-katalog-status]').textContent()).not.toBe(before);
  });

  it('daftar isi entri membawa fokus ke bagian yang dipilih', async () => {
    const entry = await sesi.firstEntry();
    const { page } = sesi.tab;
    await page.goto(entry);
    const link = page.locator('.daftar-isi a').first();
    const target = (await link.getAttribute('href'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    const inView = await page.evaluate((id) => {
      const r = document.getElementById(decodeURIComponent(id.slice(1)))!.getBoundingClientRect();
      return r.top >= -1 && r.top < innerHeight;
    }, target);
    expect(inView, `bagian ${target} tidak terlihat setelah Enter`).toBe(true);
  });
});
