/**
 * Search's first query, measured in Chromium: the reader opens the search page with a query in the
 * URL (as the header's search form sends it), on an empty cache. Every same-origin request is
 * weighed at its gzip size, as the e2e budgets weigh it: once when the first results are on screen,
 * and again when the network is idle. Each query is loaded on a phone and on a desktop screen: on
 * the desktop the filters are open, so their counts (the filter index) load after the results; on a
 * phone they are folded away and load only when the reader opens them.
 */
import { launch, serve, weighRequests, type Weighed } from '../peramban.ts';
import { Site } from '../verify/site.ts';

/** CSS pixels: a common Android phone, and a laptop. */
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } } as const;
export type Screen = keyof typeof VIEWPORTS;

export interface QueryLoad {
  query: string;
  screen: Screen;
  /** Results Pagefind found (the page shows the first few). */
  results: number;
  /** Bytes and requests once the first results are on screen. */
  shown: { bytes: number; requests: number };
  /** Bytes and requests once the network is idle (filter counts included). */
  idle: { bytes: number; requests: number };
  /** Bytes by kind at idle: page (HTML, CSS, JS), pagefind runtime, wasm, metadata, index, filter, fragment. */
  byKind: Record<string, { bytes: number; requests: number }>;
}

/** Which part of Pagefind a request under /pagefind/ fetched; anything else there is its runtime. */
const PAGEFIND_KINDS: readonly (readonly [string, RegExp])[] = [
  ['fragment', /\/fragment\//], ['index', /\/index\//], ['filter', /\/filter\//], ['metadata', /\.pf_meta$/], ['wasm', /\/wasm\./],
];
const kindOf = (path: string) => (path.includes('/pagefind/') ? (PAGEFIND_KINDS.find(([, re]) => re.test(path))?.[0] ?? 'runtime') : 'page');

/** Load `/cari/?q=…` for each query and screen in a fresh browser context over the built site in `dist` (base `/`). */
export async function measureFirstQueries(dist: string, queries: readonly string[]): Promise<QueryLoad[]> {
  const site = new Site({ dir: dist, base: '/' });
  const server = await serve(dist, '/');
  // Started inside the try: a missing Chromium must not leave the server holding the process open.
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    browser = await launch();
    const out: QueryLoad[] = [];
    const loads = (Object.keys(VIEWPORTS) as Screen[]).flatMap((screen) => queries.map((query) => ({ screen, query })));
    for (const { screen, query } of loads) {
      const context = await browser.newContext({ viewport: VIEWPORTS[screen] });
      const page = await context.newPage();
      const requests = weighRequests(page, server.origin, site);
      await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(query)}`);
      // The status leaves aria-busy once the first results are rendered (or "no results" is said).
      await page.waitForFunction(() => {
        const status = document.querySelector('[data-cari-status]');
        return status && !status.hasAttribute('aria-busy') && status.textContent?.trim();
      });
      const sum = (rs: Weighed[]) => ({ bytes: rs.reduce((n, r) => n + r.bytes, 0), requests: rs.length });
      const shown = sum([...requests]);
      await page.waitForLoadState('networkidle');
      await page.waitForFunction(() => !document.querySelector('[data-cari-saring]')?.hasAttribute('aria-busy'));
      const idle = [...requests];
      // Same module URL as the page's own import, so this adds no request: the count the reader's query found.
      const results = await page.evaluate(async () => {
        const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
        return (await pf.search(new URLSearchParams(location.search).get('q'))).results.length as number;
      });
      const byKind = Object.fromEntries([...Map.groupBy(idle, (r) => kindOf(r.path))].map(([kind, rs]) => [kind, sum(rs)]));
      out.push({ query, screen, results, shown, idle: sum(idle), byKind });
      await context.close();
    }
    return out;
  } finally {
    await browser?.close();
    await server.close();
  }
}
