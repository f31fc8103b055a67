/**
 * Browser-test harness: serves a production build under a sub-path on a loopback port with a real
 * static server, and drives Debian's Chromium through playwright-core. Nothing is downloaded. The
 * server and the browser are scripts/peramban.ts's, which the tools share; this adds the tests'
 * defaults (e2e/alat.ts builds the tests' helpers on it).
 *
 * Two builds are served (scripts/test-e2e.ts makes both, under the same sub-path):
 *   - SITUS.nyata, the real content (content/): the smoke run a publisher cares about (axe on every
 *     page, layout stability, weights, nginx, the offline package, search relevance);
 *   - SITUS.fixture, the fixture tree (test/fixtures/situs/): the tests that assert what the pages
 *     say (search results, catalogue counts, compare, fit-finder ranking, the book) run here and
 *     derive their expectations from its files (e2e/fixture.ts), so editing content/ cannot break them.
 * Each test file says at its top which site it runs on and why.
 */
import { serve as sajikan, type Served } from '../scripts/peramban.ts';

export { launch, weighRequests, type Served } from '../scripts/peramban.ts';

/** The sub-path the tests build and serve both sites under, as a publisher would. */
export const BASE_PATH = process.env.E2E_BASE_PATH ?? '/model-inovasi/';
/** Where the e2e build of the real content is written (see scripts/test-e2e.ts). */
export const E2E_DIST = process.env.E2E_DIST ?? 'dist-e2e';

export const SITUS = {
  nyata: { nama: 'nyata', dist: E2E_DIST, base: BASE_PATH, konten: process.env.E2E_CONTENT_DIR ?? 'content' },
  fixture: { nama: 'fixture', dist: process.env.E2E_DIST_FIXTURE ?? 'dist-e2e-fixture', base: BASE_PATH, konten: process.env.E2E_CONTENT_FIXTURE ?? 'test/fixtures/situs' },
} as const;
/** A built site the tests can serve: its folder, its sub-path and the content tree it was built from. */
export type Situs = (typeof SITUS)[keyof typeof SITUS];

/** Serve a site as a publisher's static host would (scripts/peramban.ts), by default the real content's e2e build. */
export function serve(situs: Situs = SITUS.nyata): Promise<Served> {
  return sajikan(situs.dist, situs.base);
}
