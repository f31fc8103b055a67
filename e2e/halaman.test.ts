/**
 * Every URL of the sitemap, in both locales, opened in Chromium from the sub-path: no WCAG 2.0–2.2
 * A/AA violation (axe-core), no console error, no CSP violation, no request to another origin,
 * and no same-origin request that fails. One sesi.browser, one sesi.tab, pages in sequence: the machine has
 * two cores and the server shares them.
 *
 * Site: the real content (SITUS.nyata): the smoke run over every page a publisher ships. It asserts
 * nothing about what a page says, only that each one is accessible and clean, so a content edit
 * fails it only by breaking a page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sesiPeramban, axe, sitemapPaths, ViolationLog } from './alat.ts';

const sesi = sesiPeramban();
const paths = sitemapPaths();

describe('setiap URL di sitemap', () => {
  it('sitemap memuat halaman kedua bahasa', () => {
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.some((p) => p.includes('/en/')), 'sitemap tanpa halaman /en/').toBe(true);
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
      for (const e of sesi.tab.errors) problems.push(`${path}  galat konsol: ${e}`);
      for (const c of sesi.tab.csp) problems.push(`${path}  pelanggaran CSP: ${c}`);
      for (const f of sesi.tab.foreign) problems.push(`${path}  permintaan ke asal lain (diblokir): ${f}`);
      for (const f of sesi.tab.failed) problems.push(`${path}  permintaan gagal: ${f}`);
    }
    problems.push(...a11y.lines());
    // The whole list also goes to a file: a CI log may cut a long assertion message.
    mkdirSync('.cache/e2e', { recursive: true });
    writeFileSync('.cache/e2e/halaman.txt', `${problems.join('\n\n')}\n`);
    expect(problems.length, `${problems.length} masalah di ${paths.length} halaman:\n\n${problems.join('\n\n')}\n`).toBe(0);
  }, Math.max(120_000, paths.length * 5_000));
});
