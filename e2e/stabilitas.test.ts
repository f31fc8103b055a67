/**
 * Layout stability: nothing a reader is looking at jumps while a page finishes loading. Every page
 * type, on a phone and on a desktop, opened as a reader opens it (search and compare from their
 * URLs, so their islands build results after the first paint): the cumulative layout shift the
 * browser reports stays at or under 0.1, the "good" threshold of Core Web Vitals. Shifts come
 * from layout, not timing, so the figure is stable from run to run.
 *
 * Site: the real content (SITUS.nyata). Shifts depend on how long the real lists, cards and
 * results are; a fixture of a few short entries would hide them. It picks its pages from the
 * build's own entri.json and asserts no text.
 */
import { describe, expect, it } from 'vitest';
import { inContext, onePagePerType, realEntryIds, sesiPeramban } from './alat.ts';

const sesi = sesiPeramban();
/** Every page type, plus the other language, the lists, and the islands' pages in their other states. */
const HALAMAN = [
  ...onePagePerType(),
  `en/praktik/${realEntryIds().praktik[0]}/`,
  ...['model/', 'tema/', 'temukan/?tema=percepatan-prioritas-presiden', 'cari/', 'en/cari/?q=stunting', 'cari/?q=qqqxyzzy', 'bandingkan/', 'data/'],
];
const LAYAR = [
  { nama: 'ponsel', viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true },
  { nama: 'desktop', viewport: { width: 1350, height: 940 } },
];

describe('stabilitas tata letak', () => {
  it('setiap jenis halaman, di ponsel dan desktop, bergeser paling banyak 0,1 (CLS) selama dimuat', async () => {
    const masalah: string[] = [];
    for (const { nama, ...opsi } of LAYAR) {
      await inContext(sesi.browser, opsi, async (page) => {
        await page.addInitScript(() => {
          const w = window as unknown as { __cls: number; __asal: string[] };
          w.__cls = 0;
          w.__asal = [];
          new PerformanceObserver((daftar) => {
            for (const e of daftar.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
              if (e.hadRecentInput) continue;
              w.__cls += e.value;
              w.__asal.push(`${e.value.toFixed(3)} ${(e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}${s.node.className ? `.${String(s.node.className).split(' ')[0]}` : ''}` : '#teks')).join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        for (const path of HALAMAN) {
          await page.goto(`${sesi.server.url}${path}`, { waitUntil: 'networkidle' });
          // The islands' last renders (search results, counts) land within a few frames of the network going quiet.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
          const { cls, asal } = await page.evaluate(() => ({ cls: (window as unknown as { __cls: number }).__cls, asal: (window as unknown as { __asal: string[] }).__asal }));
          if (cls > 0.1) masalah.push(`${nama} /${path}: CLS ${cls.toFixed(3)} (${asal.join('; ')})`);
        }
      });
    }
    expect(masalah, masalah.join('\n')).toEqual([]);
  }, 120_000);
});
