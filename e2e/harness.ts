/**
 * Browser-test harness: serves a production build under a sub-path on a loopback port with a real
 * static server, and drives Debian's Chromium through playwright-core. Nothing is downloaded. The
 * server and the browser are scripts/peramban.ts's, which the tools share; this adds the tests'
 * defaults and a watched page.
 *
 * Two builds are served (scripts/test-e2e.ts makes both, under the same sub-path):
 *   - SITUS.nyata, the real content (content/): the smoke run a publisher cares about (axe on every
 *     page, layout stability, weights, nginx, the offline package, search relevance);
 *   - SITUS.fixture, the fixture tree (test/fixtures/situs/): the tests that assert what the pages
 *     say (search results, catalogue counts, compare, fit-finder ranking, the book) run here and
 *     derive their expectations from its files (e2e/fixture.ts), so editing content/ cannot break them.
 * Each test file says at its top which site it runs on and why.
 */
import type { Browser, Page } from 'playwright-core';
import { serve as sajikan, type Served } from '../scripts/peramban.ts';

export { CHROMIUM, CHROMIUM_ARGS, launch, weighRequests, type Served, type Weighed } from '../scripts/peramban.ts';

/** The sub-path the tests build and serve both sites under, as a publisher would. */
export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/model-inovasi/';
/** Where the e2e build of the real content is written (see scripts/test-e2e.ts). */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist-e2e';

/** A built site the tests can serve: its folder, its sub-path and the content tree it was built from. */
export interface Situs {
  nama: 'nyata' | 'fixture';
  dist: string;
  base: string;
  konten: string;
}

export const SITUS = {
  nyata: { nama: 'nyata', dist: E2E_DIST, base: BASE_PATH, konten: process.env.E2E_CONTENT_DIR ?? 'content' },
  fixture: { nama: 'fixture', dist: process.env.E2E_DIST_FIXTURE ?? 'dist-e2e-fixture', base: BASE_PATH, konten: process.env.E2E_CONTENT_FIXTURE ?? 'test/fixtures/situs' },
} as const satisfies Record<string, Situs>;

/** Serve a site as a publisher's static host would (scripts/peramban.ts), by default the real content's e2e build. */
export function serve(situs: Situs = SITUS.nyata): Promise<Served> {
  return sajikan(situs.dist, situs.base);
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
