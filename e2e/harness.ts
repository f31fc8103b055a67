/**
 * Browser-test harness: serves a production build under a sub-path on a loopback port with a real
 * static server, and drives Debian's Chromium through playwright-core. Nothing is downloaded. The
 * server and the browser are scripts/peramban.ts's, which the tools share; this adds the tests'
 * defaults and a watched page.
 */
import type { Browser, Page } from 'playwright-core';
import { serve as sajikan, type Served } from '../scripts/peramban.ts';

export { CHROMIUM, CHROMIUM_ARGS, launch, weighRequests, type Served, type Weighed } from '../scripts/peramban.ts';

/** The sub-path the tests build and serve the site under, as a publisher would. */
export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/model-inovasi/';
/** Where the e2e build is written (see scripts/test-e2e.ts). */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist-e2e';

/** Serve a build as a publisher's static host would (scripts/peramban.ts), by default the e2e build under the e2e sub-path. */
export function serve(dir = E2E_DIST, base = BASE_PATH): Promise<Served> {
  return sajikan(dir, base);
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
