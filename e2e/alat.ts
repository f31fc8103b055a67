/**
 * Helpers shared by the browser tests, on top of harness.ts: the sitemap's URLs, a page that also
 * records CSP violations and failed same-origin responses, and axe-core (@axe-core/playwright)
 * run without weakening the page's CSP.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { BASE_PATH, E2E_DIST, SITUS, launch, serve, watchedPage, type Served, type Situs, type Watched } from './harness.ts';

/** Every page the sitemap lists, as a path under the base (`/model-inovasi/praktik/x/`). */
export function sitemapPaths(dist = E2E_DIST): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(BASE_PATH.length));
  return maps.flatMap((rel) => [...readFileSync(join(dist, rel), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname)).sort();
}

export interface Observed extends Watched {
  /** CSP violations reported by the page (`securitypolicyviolation` events). */
  csp: string[];
  /** Same-origin responses with status ≥ 400, and requests that failed for another reason than our block. */
  failed: string[];
  /** Empty all lists, between two pages visited with the same tab. */
  reset(): void;
}

/** watchedPage() plus CSP violations and failed responses. */
export async function observedPage(browser: Browser, origin: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Observed> {
  const w = await watchedPage(browser, origin, options);
  const csp: string[] = [];
  const failed: string[] = [];
  // Registered through the DevTools protocol, so it runs before any page script and is not itself subject to the CSP.
  await w.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  w.page.on('console', (m) => {
    if (m.type() === 'error' && m.text().startsWith('CSP: ')) csp.push(m.text());
  });
  w.page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  w.page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'gagal';
    // ERR_ABORTED is a request cut short by the next navigation (a favicon still loading), not a failure;
    // a missing file shows up above as a 404 response.
    if (r.url().startsWith(origin) && error !== 'net::ERR_ABORTED') failed.push(`${error} ${r.url()}`);
  });
  return {
    ...w,
    csp,
    failed,
    reset() {
      for (const list of [w.errors, w.foreign, csp, failed]) list.length = 0;
    },
  };
}

/**
 * The WCAG tags the site must meet: 2.0, 2.1 and 2.2, levels A and AA (as Starlight's
 * docs/__a11y__ test does). Best-practice rules are not run: they are advice, not criteria.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules switched off, each with its reason. Empty: every violation found so far was fixable.
 * An entry looks like `'rule-id': 'why, with a link to the upstream issue'`.
 */
export const AXE_EXCEPTIONS: Record<string, string> = {};

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string | undefined }[];
}

/**
 * Run axe-core on the current page, through @axe-core/playwright. It injects axe with
 * `frame.evaluate`, through the DevTools protocol, which the page's CSP does not govern, so the
 * page keeps its real policy (`page.addScriptTag({ content })` would insert an inline <script>,
 * which the CSP rightly blocks). Legacy mode runs `axe.run` in the page itself: the default mode
 * gathers its results in a second, blank page of the same context, and the tests' pages come
 * from `browser.newPage()`, whose context Playwright will not give a second page ("Please use
 * browser.newContext()"). The site's pages have no frames, so nothing goes untested. The cost:
 * AxeBuilder evaluates axe's 0.5 MB twice per page (before choosing the mode, then per frame),
 * about 0.2 s a page more than the hand-written injection on a busy 2-core machine.
 */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // options() replaces what withTags() and disableRules() set, so it comes first.
  const result = await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).disableRules(Object.keys(AXE_EXCEPTIONS)).analyze();
  return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, failureSummary: n.failureSummary })) }));
}

/** One readable line per violation and element: what, where, and how to fix it. */
export function describeViolations(url: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${url}  [${v.id}, ${v.impact}] ${v.help}\n    elemen: ${n.target.join(' ')}  ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replace(/\n/g, ' ')}\n    ${v.helpUrl}`),
  );
}

/**
 * Violations grouped by rule and element across pages: a header that repeats on every page is one
 * problem to fix in one component, reported once with the pages where it was seen.
 */
export class ViolationLog {
  private readonly groups = new Map<string, { v: AxeViolation; node: AxeViolation['nodes'][number]; pages: string[]; count: number }>();
  add(url: string, violations: AxeViolation[]) {
    for (const v of violations) {
      for (const node of v.nodes) {
        // Same rule on the same kind of element (attribute values and text stripped: every link
        // of a table of contents) is one problem.
        const shape = node.html.replace(/="[^"]*"/g, '').replace(/>[^<]*</g, '><').slice(0, 160);
        const key = `${v.id}\0${shape}`;
        const g = this.groups.get(key);
        if (g) {
          g.count++;
          if (!g.pages.includes(url)) g.pages.push(url);
        } else this.groups.set(key, { v, node, pages: [url], count: 1 });
      }
    }
  }
  get size() {
    return this.groups.size;
  }
  lines(): string[] {
    return [...this.groups.values()].map(({ v, node, pages, count }) => {
      const where = `${count} elemen di ${pages.length === 1 ? pages[0] : `${pages.length} halaman, mis. ${pages.slice(0, 3).join(', ')}`}`;
      return `[${v.id}, ${v.impact}] ${v.help}\n    ${where}\n    contoh: ${node.target.join(' ')}  ${node.html.slice(0, 200)}\n    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}\n    ${v.helpUrl}`;
    });
  }
}

/** The base path the tests serve under, for assertions on URLs. */
export { BASE_PATH };

/**
 * The end-to-end path a publisher checks after installing the site: home → catalogue → an entry →
 * a search with results, by clicking, with nothing failing and nothing requested from elsewhere.
 * Returns what went wrong, empty when all is well.
 */
export async function smokeTest(browser: Browser, siteUrl: string): Promise<string[]> {
  const origin = new URL(siteUrl).origin;
  const base = new URL(siteUrl).pathname;
  const tab = await observedPage(browser, origin);
  const { page } = tab;
  const problems: string[] = [];
  try {
    const home = await page.goto(siteUrl);
    if (home?.status() !== 200) problems.push(`beranda: status ${home?.status()}`);
    await page.locator(`nav.nav-utama a[href="${base}praktik/"]`).click();
    await page.waitForURL(`${siteUrl}praktik/`);
    const card = page.locator('[data-katalog-hasil] article.kartu h3 a').first();
    const href = await card.getAttribute('href');
    await card.click();
    await page.waitForURL(`${origin}${href}`);
    if (!(await page.locator('.kesiapan').isVisible())) problems.push(`entri ${href}: kartu kesiapan tidak tampil`);
    // Search through the header form, as a reader would.
    await page.locator('form[role=search] input[type=search]').first().fill('stunting');
    await page.locator('form[role=search] input[type=search]').first().press('Enter');
    await page.waitForURL((u) => u.pathname === `${base}cari/`);
    try {
      await page.locator('[data-cari-hasil] a').first().waitFor({ timeout: 15_000 });
    } catch {
      problems.push(`pencarian "stunting" di ${page.url()} tidak menampilkan hasil: ${await page.locator('[data-cari-status]').textContent().catch(() => '(tanpa status)')}`);
    }
    const result = await page.locator('[data-cari-hasil] a').first().getAttribute('href').catch(() => null);
    if (result && !result.startsWith(base)) problems.push(`hasil pencarian menaut ke luar sub-path: ${result}`);
  } catch (e) {
    problems.push(`alur terhenti di ${page.url()}: ${(e as Error).message.split('\n')[0]}`);
  }
  for (const e of tab.errors) problems.push(`galat konsol: ${e}`);
  for (const f of tab.foreign) problems.push(`permintaan ke asal lain: ${f}`);
  for (const f of tab.failed) problems.push(`permintaan gagal: ${f}`);
  await page.close();
  return problems;
}

/** A served build, a browser and one observed tab for a test file, with its hooks registered. */
export interface SesiPeramban {
  readonly server: Served;
  readonly browser: Browser;
  readonly tab: Observed;
}

/** Serve `situs` (the real content's build unless told otherwise) for the test file that calls it. */
export function sesiPeramban(situs: Situs = SITUS.nyata): SesiPeramban {
  let server: Served | undefined;
  let browser: Browser | undefined;
  let tab: Observed | undefined;
  beforeAll(async () => {
    server = await serve(situs);
    browser = await launch();
    tab = await observedPage(browser, server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
    get tab() {
      return tab!;
    },
  };
}

/** Wait until the search page's live region has announced a finished search and the counts are in, and return what it said. */
export async function announced(page: Page): Promise<string> {
  const status = page.locator('[data-cari-status]');
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-cari-status]');
    return el && !el.hasAttribute('aria-busy') && !document.querySelector('[data-cari-saring]')?.hasAttribute('aria-busy') && /\d/.test(el.textContent ?? '');
  });
  return (await status.textContent()) ?? '';
}

/** What every page a test opened must satisfy. */
export function bersih(t: Observed) {
  expect(t.errors, 'galat konsol').toEqual([]);
  expect(t.csp, 'pelanggaran CSP').toEqual([]);
  expect(t.foreign, 'permintaan ke asal lain').toEqual([]);
  expect(t.failed, 'permintaan gagal (404 dsb.)').toEqual([]);
}
