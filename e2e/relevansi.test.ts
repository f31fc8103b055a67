/**
 * Search relevance on the real content (e2e/relevansi.json): each query typed as an officer would,
 * the right entry among the first three results. Precision at 3 is reported and held to 90 %; no
 * query may leave the reader on an empty page (nothing listed and nothing suggested).
 *
 * Site: the real content (SITUS.nyata), on purpose: the question is how well search serves the
 * handbook's own entries, so a content edit that buries an entry is exactly what it must catch.
 * The mechanics of search (stemming, filters, counts, drafts) are e2e/cari.test.ts's, on the fixture.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, E2E_DIST, SITUS, launch, serve, watchedPage, type Served } from './harness.ts';

interface Kueri {
  q: string;
  harap: string[];
  bahasa?: 'en';
  ejaan?: string;
}
const SET = JSON.parse(readFileSync(join(import.meta.dirname, 'relevansi.json'), 'utf8')) as { kueri: Kueri[] };

let server: Served;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(E2E_DIST, 'pagefind', 'pagefind-entry.json'))) throw new Error(`Tidak ada build pencarian di ${E2E_DIST}/.`);
  server = await serve(SITUS.nyata);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Wait for the finished search, then the first three result paths (without base) and the suggestion. */
async function hasil(page: Page): Promise<{ top: string[]; saran: string | undefined; alternatif: boolean }> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-cari-status]');
    return el && !el.hasAttribute('aria-busy') && /\d/.test(el.textContent ?? '');
  });
  const top = (await page.locator('.cari-hasil .cari-judul a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).slice(0, 3).map((h) => new URL(h, 'http://x').pathname.slice(BASE_PATH.length).replace(/\/$/, ''));
  const saran = (await page.locator('[data-cari-saran]:not([hidden]) a').count()) ? ((await page.locator('[data-cari-saran] a').textContent()) ?? undefined) : undefined;
  return { top, saran, alternatif: await page.locator('[data-cari-alternatif]').isVisible() };
}

describe('relevansi pencarian', () => {
  it(`menempatkan entri yang tepat di tiga teratas untuk paling sedikit 90 % dari ${SET.kueri.length} kueri, tanpa halaman kosong`, async () => {
    expect(SET.kueri.length).toBeGreaterThanOrEqual(40);
    const w = await watchedPage(browser, server.origin);
    const laporan: { q: string; top: string[]; kena: boolean; saran?: string | undefined }[] = [];
    for (const k of SET.kueri) {
      await w.page.goto(`${server.url}${k.bahasa === 'en' ? 'en/' : ''}cari/?q=${encodeURIComponent(k.q)}`);
      let r = await hasil(w.page);
      // Something useful on every page: results, a spelling, or the themes and the fit-finder.
      expect(r.top.length > 0 || r.saran !== undefined || r.alternatif, `halaman kosong untuk "${k.q}"`).toBe(true);
      // A misspelling either still finds the entry (Pagefind matches word stems and prefixes) or,
      // when it finds nothing, is offered the corrected search.
      if (k.ejaan && !r.top.some((p) => k.harap.includes(p))) {
        expect(r.saran, `tidak ada "mungkin maksud Anda" untuk "${k.q}"`).toBe(k.ejaan);
        await w.page.locator('[data-cari-saran] a').click();
        await w.page.waitForURL(new RegExp(`q=${encodeURIComponent(k.ejaan)}`));
        r = await hasil(w.page);
      }
      laporan.push({ q: k.q, top: r.top, kena: r.top.some((p) => k.harap.includes(p)), saran: r.saran });
    }
    const presisi = laporan.filter((l) => l.kena).length / laporan.length;
    mkdirSync('.cache', { recursive: true });
    writeFileSync('.cache/relevansi.json', `${JSON.stringify({ presisi, laporan }, null, 1)}\n`);
    console.log(`Presisi@3: ${(presisi * 100).toFixed(1)} % (${laporan.filter((l) => l.kena).length}/${laporan.length}). Meleset: ${laporan.filter((l) => !l.kena).map((l) => `"${l.q}" → ${l.top.join(', ') || '(kosong)'}`).join('; ') || 'tidak ada'}`);
    expect(presisi).toBeGreaterThanOrEqual(0.9);
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
  }, 300_000);
});
