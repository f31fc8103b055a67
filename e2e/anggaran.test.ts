/**
 * Budgets measured in a real browser: for the heaviest page of each type in budgets.json, every
 * request Chromium makes on first load (empty cache, until the network is idle), counted and
 * weighed at its gzip size. The static gate (scripts/verify/budgets.ts) checks every page but can
 * only see what the HTML names; this catches what scripts load by themselves. Also printed: what a
 * first and a second search query transfer.
 *
 * Site: the real content (SITUS.nyata). Weights are a property of the real pages and the real
 * search index; a fixture of a few entries would weigh nothing worth budgeting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, BASE_PATH, E2E_DIST, inContext, sesiPeramban, weighRequests } from './alat.ts';
import { FirstLoad, kib, matchesPattern, type Budgets } from '../scripts/verify/budgets.ts';
import { Site } from '../scripts/verify/site.ts';

const sesi = sesiPeramban();
const budgets = JSON.parse(readFileSync(join(process.cwd(), 'budgets.json'), 'utf8')) as Budgets;
const site = new Site({ dir: E2E_DIST, base: BASE_PATH });
const loads = new FirstLoad(site);

/** The page of a type that weighs most by the static count (the first of equals). */
function heaviest(patterns: string[]): string | undefined {
  const pages = site.htmlFiles().filter((rel) => patterns.some((p) => matchesPattern(site.sitePath(site.urlOf(rel)), p)));
  // A stable sort: the first of equals stays first.
  return pages.map((rel) => ({ rel, bytes: loads.of(rel).bytes })).sort((a, b) => b.bytes - a.bytes)[0]?.rel;
}

/** Load a path in a fresh context (empty cache), weigh every same-origin request until the network is idle, and hold the total to its budget. */
async function check(path: string, limit: { gzipKiB: number; permintaan: number; alasan: string }) {
  const requests = await inContext(sesi.browser, {}, async (page) => {
    const weighed = weighRequests(page, sesi.server.origin, site);
    await page.goto(`${sesi.server.origin}${path}`, { waitUntil: 'networkidle' });
    return weighed;
  });
  const bytes = requests.reduce((n, r) => n + r.bytes, 0);
  const detail = `${path}: ${kib(bytes)}, ${requests.length} permintaan\n${requests.map((r) => `  ${r.path} ${kib(r.bytes)}`).join('\n')}\nalasan anggaran: ${limit.alasan}`;
  expect(bytes, `melebihi ${limit.gzipKiB} KiB — ${detail}`).toBeLessThanOrEqual(limit.gzipKiB * 1024);
  expect(requests.length, `melebihi ${limit.permintaan} permintaan — ${detail}`).toBeLessThanOrEqual(limit.permintaan);
}

describe.each(Object.entries(budgets.jenis))('anggaran muatan pertama: %s', (type, budget) => {
  it(`≤ ${budget.gzipKiB} KiB gzip dan ≤ ${budget.permintaan} permintaan di Chromium (halaman terberat)`, async () => {
    const rel = heaviest(budget.pola);
    expect(rel, `tidak ada halaman jenis "${type}" di build`).toBeDefined();
    await check(site.urlOf(rel!), budget);
  });
  const q = budget.kueri;
  if (q) it(`kueri pertama (${q.contoh}) ≤ ${q.gzipKiB} KiB gzip dan ≤ ${q.permintaan} permintaan`, () => check(`${BASE_PATH}${q.contoh}`, q));
});

describe('byte per kueri', () => {
  /** Transfer size per request (gzip body + headers) since the last call, grouped by what Pagefind loads. */
  function meter(page: Page) {
    const rows: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (r) => pending.push(r.sizes().then((s) => void rows.push({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize }))));
    return async () => {
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      const out = rows.splice(0);
      const group = (re: RegExp) => out.filter((r) => re.test(r.url)).reduce((n, r) => n + r.bytes, 0);
      const total = out.reduce((n, r) => n + r.bytes, 0);
      const parts = {
        runtime: group(/pagefind\/(pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json|pagefind\.\w+\.pf_meta)/),
        index: group(/\.pf_index$/),
        fragments: group(/\.pf_fragment$/),
        filters: group(/\.pf_filter$/),
      };
      return { total, requests: out.length, parts: { ...parts, other: total - Object.values(parts).reduce((a, b) => a + b, 0) } };
    };
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

  it('mengukur transfer kueri pertama dan kedua (dicetak, tidak dinilai)', async () => {
    const page = await sesi.open('cari/');
    await page.waitForLoadState('networkidle');
    const take = meter(page);
    await page.fill('#cari-q', 'stunting');
    await page.press('#cari-q', 'Enter');
    await announced(page);
    const first = await take();
    await page.fill('#cari-q', 'pengendalian inflasi');
    await page.press('#cari-q', 'Enter');
    await page.waitForFunction(() => /inflasi/.test(document.querySelector('[data-cari-status]')?.textContent ?? ''));
    await announced(page);
    const second = await take();
    const entry = JSON.parse(readFileSync(join(E2E_DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const line = (name: string, x: typeof first) => `${name} ${kb(x.total)} in ${x.requests} requests (${Object.entries(x.parts).map(([k, v]) => `${k} ${kb(v)}`).join(', ')})`;
    const pages = Object.entries(entry.languages).map(([l, v]) => `${l} ${v.page_count}`);
    console.log(`[cari] transfer, gzip where the server compresses; index ${pages.join(', ')} pages:\n  ${line('first query', first)}\n  ${line('second query', second)}`);
    expect(first.total).toBeGreaterThan(0);
    expect(sesi.tab.errors).toEqual([]);
    expect(sesi.tab.foreign).toEqual([]);
  });
});
