/**
 * Budgets measured in a real browser: for the heaviest page of each type in budgets.json, every
 * request Chromium makes on first load (empty cache, until the network is idle), counted and
 * weighed at its gzip size. The static gate (scripts/verify/budgets.ts) checks every page but can
 * only see what the HTML names; this catches what scripts load by themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_PATH, E2E_DIST, launch, serve, weighRequests, type Served, type Weighed } from './harness.ts';
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
