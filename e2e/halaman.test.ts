/**
 * Every page of the build (the sitemap's URLs and the pages it leaves out), in both locales, opened in Chromium from the sub-path: no WCAG 2.0–2.2
 * A/AA violation (axe-core), no console error, no CSP violation, no request to another origin,
 * and no same-origin request that fails. One browser, one tab, pages in sequence: the machine has
 * two cores and the server shares them.
 *
 * Site: the real content (SITUS.nyata): the smoke run over every page a publisher ships. It asserts
 * nothing about what a page says, only that each one is accessible and clean, so a content edit
 * fails it only by breaking a page.
 */
import { describe, expect, it } from 'vitest';
import { axe, builtPagePaths, sesiPeramban, sitemapPaths, ViolationLog, writeReport } from './alat.ts';

const sesi = sesiPeramban();
const paths = builtPagePaths();

describe('setiap halaman hasil build', () => {
  it('sitemap memuat halaman kedua bahasa, dan setiap URL-nya halaman hasil build', () => {
    const map = sitemapPaths();
    expect(map.length).toBeGreaterThan(0);
    expect(map.some((p) => p.includes('/en/')), 'sitemap tanpa halaman /en/').toBe(true);
    expect(map.filter((p) => !paths.includes(p))).toEqual([]);
  });

  it('lolos axe (WCAG 2.0/2.1/2.2 A dan AA) tanpa galat konsol, pelanggaran CSP, permintaan ke luar, atau permintaan gagal', async () => {
    const problems: string[] = [];
    const a11y = new ViolationLog();
    for (const path of paths) {
      sesi.tab.reset();
      const response = await sesi.tab.page.goto(`${sesi.server.origin}${path}`, { waitUntil: 'load' });
      if (!response || response.status() !== 200) {
        problems.push(`${path}  status ${response?.status() ?? 'tanpa respons'}`);
        continue;
      }
      a11y.add(path, await axe(sesi.tab.page));
      problems.push(...sesi.tab.problems(`${path}  `));
    }
    problems.push(...a11y.lines());
    writeReport('.cache/e2e/halaman.txt', `${problems.join('\n\n')}\n`);
    expect(problems.length, `${problems.length} masalah di ${paths.length} halaman:\n\n${problems.join('\n\n')}\n`).toBe(0);
  }, Math.max(120_000, paths.length * 5_000));
});
