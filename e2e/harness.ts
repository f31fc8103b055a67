/**
 * Browser-test harness: serves a production build under a sub-path on a loopback port with a real
 * static server, and drives Debian's Chromium through playwright-core. Nothing is downloaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createStaticServer } from '../scripts/package/serve.mjs';
import { wireSize } from '../scripts/verify/budgets.ts';
import type { Site } from '../scripts/verify/site.ts';

import { bukaPeramban, CHROMIUM } from '../scripts/peramban.ts';

export { CHROMIUM, CHROMIUM_ARGS } from '../scripts/peramban.ts';

/** The sub-path the tests build and serve the site under, as a publisher would. */
export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/model-inovasi/';
/** Where the e2e build is written (see scripts/test-e2e.ts). */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist-e2e';

export interface Served {
  /** Origin plus base path, e.g. http://127.0.0.1:41234/model-inovasi/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serve `dir` at `base` as a publisher's static host would (folder index, trailing-slash
 * redirect, gzip for text, 404 page), with the same server the offline package ships.
 */
export async function serve(dir = E2E_DIST, base = BASE_PATH): Promise<Served> {
  const server = createStaticServer({ root: resolve(dir), base, mounted: true });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${base}`, origin, close: () => new Promise((done) => server.close(() => done())) };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}. Pasang dengan: sudo apt-get install -y chromium (atau setel CHROMIUM_PATH).`);
  }
  return bukaPeramban();
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests to any origin other than the served one. */
  foreign: string[];
}

/** A page that records console errors and blocks (and records) every request to another origin. */
export async function watchedPage(browser: Browser, origin: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Watched> {
  const page = await browser.newPage(options);
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  return { page, errors, foreign };
}

export interface Weighed {
  path: string;
  /** What the file weighs on the wire: gzip for text, as served for what is compressed already. */
  bytes: number;
}

/**
 * Records every request the page makes to `origin` as it finishes, weighed from the built file it
 * names in `site` (the budgets' measure). The array fills as the page loads.
 */
export function weighRequests(page: Page, origin: string, site: Site): Weighed[] {
  const requests: Weighed[] = [];
  page.on('requestfinished', (req) => {
    const u = new URL(req.url());
    if (u.origin !== origin) return;
    const file = site.resolve(u.pathname).rel;
    requests.push({ path: u.pathname, bytes: file ? wireSize(readFileSync(join(site.dir, file)), file) : 0 });
  });
  return requests;
}
