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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE_PATH, E2E_DIST, launch, serve, watchedPage, weighRequests, type Served, type Weighed } from './harness.ts';
import { announced } from './alat.ts';
import { FirstLoad, kib, loadBudgets, matchesPattern } from '../scripts/verify/budgets.ts';
import { Site } from '../scripts/verify/site.ts';

const budgets = loadBudgets();
const site = new Site({ dir: E2E_DIST, base: BASE_PATH });
const loads = new FirstLoad(site);
let server: Served;
let browser: Browser;

beforeAll(async () => {
  server = await serve();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page of a type that weighs most by the static count. */
function heaviest(patterns: string[]): string | undefined {
  let best: { rel: string; bytes: number } | undefined;
  for (const rel of site.htmlFiles()) {
    if (!patterns.some((p) => matchesPattern(site.sitePath(site.urlOf(rel)), p))) continue;
    const bytes = loads.of(rel).bytes;
    if (!best || bytes > best.bytes) best = { rel, bytes };
  }
  return best?.rel;
}

interface Measured {
  bytes: number;
  requests: Weighed[];
}

/** Load a URL in a fresh context (empty cache) and weigh every same-origin request until the network is idle. */
async function measure(path: string): Promise<Measured> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = weighRequests(page, server.origin, site);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  await context.close();
  return { bytes: requests.reduce((n, r) => n + r.bytes, 0), requests };
}

function check(m: Measured, path: string, limit: { gzipKiB: number; permintaan: number; alasan: string }) {
  const detail = `${path}: ${kib(m.bytes)}, ${m.requests.length} permintaan\n${m.requests.map((r) => `  ${r.path} ${kib(r.bytes)}`).join('\n')}\nalasan anggaran: ${limit.alasan}`;
  expect(m.bytes, `melebihi ${limit.gzipKiB} KiB — ${detail}`).toBeLessThanOrEqual(limit.gzipKiB * 1024);
  expect(m.requests.length, `melebihi ${limit.permintaan} permintaan — ${detail}`).toBeLessThanOrEqual(limit.permintaan);
}

describe.each(Object.entries(budgets.jenis))('anggaran muatan pertama: %s', (type, budget) => {
  it(`≤ ${budget.gzipKiB} KiB gzip dan ≤ ${budget.permintaan} permintaan di Chromium (halaman terberat)`, async () => {
    const rel = heaviest(budget.pola);
    expect(rel, `tidak ada halaman jenis "${type}" di build`).toBeDefined();
    const path = site.urlOf(rel!);
    check(await measure(path), path, budget);
  });
  if (budget.kueri) {
    const q = budget.kueri;
    it(`kueri pertama (${q.contoh}) ≤ ${q.gzipKiB} KiB gzip dan ≤ ${q.permintaan} permintaan`, async () => {
      const path = `${BASE_PATH}${q.contoh}`;
      check(await measure(path), path, q);
    });
  }
});

describe('byte per kueri', () => {
  /** Transfer size per request (gzip body + headers), grouped by what Pagefind loads. */
  function meter(page: Page) {
    const rows: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (r) => {
      pending.push(r.sizes().then((s) => void rows.push({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize })));
    });
    return {
      async take() {
        await page.waitForLoadState('networkidle');
        await Promise.all(pending);
        const out = rows.splice(0);
        const group = (re: RegExp) => out.filter((r) => re.test(r.url)).reduce((n, r) => n + r.bytes, 0);
        const total = out.reduce((n, r) => n + r.bytes, 0);
        const runtime = group(/pagefind\/(pagefind(-worker)?\.js|wasm\.|pagefind-entry\.json|pagefind\.\w+\.pf_meta)/);
        const index = group(/\.pf_index$/);
        const fragments = group(/\.pf_fragment$/);
        const filters = group(/\.pf_filter$/);
        return { total, requests: out.length, runtime, index, fragments, filters, other: total - runtime - index - fragments - filters };
      },
    };
  }
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

  it('mengukur transfer kueri pertama dan kedua (dicetak, tidak dinilai)', async () => {
    const { page, errors, foreign } = await watchedPage(browser, server.origin);
    await page.goto(`${server.url}cari/`);
    await page.waitForLoadState('networkidle');
    const m = meter(page);
    await page.fill('#cari-q', 'stunting');
    await page.press('#cari-q', 'Enter');
    await announced(page);
    const first = await m.take();
    await page.fill('#cari-q', 'pengendalian inflasi');
    await page.press('#cari-q', 'Enter');
    await page.waitForFunction(() => /inflasi/.test(document.querySelector('[data-cari-status]')?.textContent ?? ''));
    await announced(page);
    const second = await m.take();
    const entry = JSON.parse(readFileSync(join(E2E_DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const line = (name: string, x: typeof first) =>
      `${name} ${kb(x.total)} in ${x.requests} requests (runtime ${kb(x.runtime)}, index ${kb(x.index)}, fragments ${kb(x.fragments)}, filters ${kb(x.filters)}, other ${kb(x.other)})`;
    console.log(
      `[cari] transfer, gzip where the server compresses; index ${Object.entries(entry.languages)
        .map(([l, v]) => `${l} ${v.page_count}`)
        .join(', ')} pages:\n  ${line('first query', first)}\n  ${line('second query', second)}`,
    );
    expect(first.total).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
