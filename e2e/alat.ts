/**
 * Helpers shared by the browser tests, on top of harness.ts (re-exported): the sitemap's URLs, a tab that records
 * console errors, CSP violations, failed same-origin responses and requests to other origins (which
 * it blocks), axe-core (@axe-core/playwright) run without weakening the page's CSP, and a served
 * build with a browser and one tab per test file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { NodeResult, Result } from 'axe-core';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { BASE_PATH, E2E_DIST, SITUS, launch, serve, type Served, type Situs } from './harness.ts';

/** What the test files use of harness.ts, so that they import from one module. */
export { BASE_PATH, E2E_DIST, SITUS, launch, weighRequests } from './harness.ts';

/** Every page the sitemap lists, as a path under the base (`/model-inovasi/praktik/x/`). */
export function sitemapPaths(dist = E2E_DIST): string[] {
  const locs = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return locs('sitemap-index.xml').flatMap((map) => locs(map.slice(BASE_PATH.length))).sort();
}

/**
 * Every reader page of a build, as a path under the base: the sitemap's URLs plus the pages it
 * leaves out because they point search engines elsewhere (an untranslated English guide). Readers
 * still open those; the studio is not a reader page.
 */
export function builtPagePaths(dist = E2E_DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) return rel === 'studio' || rel === 'pagefind' ? [] : walk(rel);
      return e.name === 'index.html' ? [`${BASE_PATH}${dir ? `${dir}/` : ''}`] : [];
    });
  return walk('').sort();
}

/** The practices' and models' ids of the real content's build, in entri.json's order: the smoke tests pick their pages from it. */
export function realEntryIds(): { praktik: string[]; model: string[] } {
  const { entri } = JSON.parse(readFileSync(join(E2E_DIST, 'data/entri.json'), 'utf8')) as { entri: { jenis_entri: string; id: string }[] };
  const ids = (jenis: string) => entri.filter((e) => e.jenis_entri === jenis).map((e) => e.id);
  return { praktik: ids('praktik'), model: ids('model') };
}

/** The books' PDFs printed into a build, by file name. */
export const pdfFiles = (dist: string) => readdirSync(join(dist, 'unduh')).filter((f) => f.endsWith('.pdf')).sort();

/** One page of every type of the real content's build, as paths under the base; the entries are entri.json's first. */
export function onePagePerType(): string[] {
  const { praktik, model } = realEntryIds();
  const [p, m] = [praktik[0], model[0]];
  return ['', `praktik/${p}/`, `model/${m}/`, `model/${m}/buku/`, 'praktik/', 'peta/', 'temukan/', 'cari/?q=stunting', `bandingkan/?id=praktik/${p},praktik/${praktik[1]}`, 'panduan/'];
}

/** The catalogue's result links (one per card). */
export const CATALOGUE_CARDS = '[data-katalog-hasil] article.kartu h3 a';

/** The `href` of every element `locator` matches, in page order. */
export const hrefs = (locator: Locator) => locator.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

/** Run `fn` on a page of a fresh context (its own cache, storage and options), closed afterwards. */
export async function inContext<T>(browser: Browser, options: BrowserContextOptions, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

/** Write a report a test produces (a CI log may cut a long assertion message), creating its folder. */
export function writeReport(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** A tab whose problems are recorded as it goes. */
export interface Observed {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin other than the served one; each is blocked. */
  foreign: string[];
  /** CSP violations reported by the page (`securitypolicyviolation` events). */
  csp: string[];
  /** Same-origin responses with status ≥ 400, and requests that failed for another reason than our block. */
  failed: string[];
  /** Empty all lists, between two pages visited with the same tab. */
  reset(): void;
  /** Everything recorded, one line per problem, each after `prefix`. */
  problems(prefix?: string): string[];
}

/** A new tab of `browser` that records its problems and blocks (and records) every request to another origin than `origin`. */
export async function observedPage(browser: Browser, origin: string, options: BrowserContextOptions = {}): Promise<Observed> {
  const page = await browser.newPage(options);
  const [errors, foreign, csp, failed]: [string[], string[], string[], string[]] = [[], [], [], []];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    errors.push(m.text());
    if (m.text().startsWith('CSP: ')) csp.push(m.text());
  });
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  // Registered through the DevTools protocol, so it runs before any page script and is not itself subject to the CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('response', (r) => {
    if (r.url().startsWith(origin) && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? 'gagal';
    // ERR_ABORTED is a request cut short by the next navigation (a favicon still loading), not a failure;
    // a missing file shows up above as a 404 response.
    if (r.url().startsWith(origin) && error !== 'net::ERR_ABORTED') failed.push(`${error} ${r.url()}`);
  });
  return {
    page,
    errors,
    foreign,
    csp,
    failed,
    reset() {
      for (const list of [errors, foreign, csp, failed]) list.length = 0;
    },
    problems(prefix = '') {
      const lists = { 'galat konsol': errors, 'pelanggaran CSP': csp, 'permintaan ke asal lain (diblokir)': foreign, 'permintaan gagal': failed };
      return Object.entries(lists).flatMap(([what, list]) => list.map((x) => `${prefix}${what}: ${x}`));
    },
  };
}

/**
 * The WCAG tags the site must meet: 2.0, 2.1 and 2.2, levels A and AA (as Starlight's
 * docs/__a11y__ test does). Best-practice rules are not run: they are advice, not criteria.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules switched off, each with its reason. Empty: every violation found so far was fixable.
 * An entry looks like `'rule-id': 'why, with a link to the upstream issue'`.
 */
const AXE_EXCEPTIONS: Record<string, string> = {};

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
export async function axe(page: Page): Promise<Result[]> {
  // options() replaces what withTags() and disableRules() set, so it comes first.
  return (await new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).withTags(WCAG_TAGS).disableRules(Object.keys(AXE_EXCEPTIONS)).analyze()).violations;
}

/**
 * Violations grouped by rule and element across pages: a header that repeats on every page is one
 * problem to fix in one component, reported once with the pages where it was seen.
 */
export class ViolationLog {
  private readonly groups = new Map<string, { v: Result; node: NodeResult; pages: string[]; count: number }>();
  add(url: string, violations: Result[]) {
    for (const v of violations) {
      for (const node of v.nodes) {
        // Same rule on the same kind of element (attribute values and text stripped: every link
        // of a table of contents) is one problem.
        const shape = node.html.replace(/="[^"]*"/g, '').replace(/>[^<]*</g, '><').slice(0, 160);
        const key = `${v.id}\0${shape}`;
        const g = this.groups.get(key);
        if (!g) this.groups.set(key, { v, node, pages: [url], count: 1 });
        else {
          g.count++;
          if (!g.pages.includes(url)) g.pages.push(url);
        }
      }
    }
  }
  lines(): string[] {
    return [...this.groups.values()].map(({ v, node, pages, count }) => {
      const where = `${count} elemen di ${pages.length === 1 ? pages[0] : `${pages.length} halaman, mis. ${pages.slice(0, 3).join(', ')}`}`;
      return `[${v.id}, ${v.impact}] ${v.help}\n    ${where}\n    contoh: ${node.target.join(' ')}  ${node.html.slice(0, 200)}\n    ${(node.failureSummary ?? '').replace(/\n\s*/g, ' ')}\n    ${v.helpUrl}`;
    });
  }
}

/**
 * The end-to-end path a publisher checks after installing the site: home → catalogue → an entry →
 * a search with results, by clicking, with nothing failing and nothing requested from elsewhere.
 * Returns what went wrong, empty when all is well.
 */
export async function smokeTest(browser: Browser, siteUrl: string): Promise<string[]> {
  const { origin, pathname: base } = new URL(siteUrl);
  const tab = await observedPage(browser, origin);
  const { page } = tab;
  const problems: string[] = [];
  try {
    const home = await page.goto(siteUrl);
    if (home?.status() !== 200) problems.push(`beranda: status ${home?.status()}`);
    await page.locator(`nav.nav-utama a[href="${base}praktik/"]`).click();
    await page.waitForURL(`${siteUrl}praktik/`);
    const card = page.locator(CATALOGUE_CARDS).first();
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
  problems.push(...tab.problems());
  await page.close();
  return problems;
}

/** A served build, a browser and one observed tab for a test file, set by the hooks sesiPeramban() registers. */
export interface SesiPeramban {
  server: Served;
  browser: Browser;
  tab: Observed;
  /** The tab, its lists emptied, at `path` (under the base). */
  open(path?: string): Promise<Page>;
  /** The address (origin and path) of the catalogue's first practice. */
  firstEntry(): Promise<string>;
}

/**
 * Serve `situs` (the real content's build unless told otherwise) for the test file that calls it.
 * With `cleanAfterEach`, the tab must be bersih() when each test ends: whatever it opened since its
 * last open() raised no console error or CSP violation and requested nothing that failed or was foreign.
 */
export function sesiPeramban(situs: Situs = SITUS.nyata, { cleanAfterEach = false } = {}): SesiPeramban {
  const sesi = {
    async open(path = '') {
      sesi.tab.reset();
      await sesi.tab.page.goto(`${sesi.server.url}${path}`);
      return sesi.tab.page;
    },
    async firstEntry() {
      const page = await sesi.open('praktik/');
      return `${sesi.server.origin}${await page.locator(CATALOGUE_CARDS).first().getAttribute('href')}`;
    },
  } as SesiPeramban;
  beforeAll(async () => {
    if (!existsSync(join(situs.dist, 'pagefind', 'pagefind-entry.json'))) {
      throw new Error(`Tidak ada build dengan indeks pencarian di ${situs.dist}/. Jalankan dulu: npm run test:e2e (membangunnya dari ${situs.konten}).`);
    }
    sesi.server = await serve(situs);
    sesi.browser = await launch();
    sesi.tab = await observedPage(sesi.browser, sesi.server.origin);
  });
  if (cleanAfterEach) afterEach(() => bersih(sesi.tab));
  afterAll(async () => {
    await sesi.browser?.close();
    await sesi.server?.close();
  });
  return sesi;
}

/** Wait until the search page's live region has announced a finished search and the counts are in, and return what it said. */
export async function announced(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-cari-status]');
    return el && !el.hasAttribute('aria-busy') && !document.querySelector('[data-cari-saring]')?.hasAttribute('aria-busy') && /\d/.test(el.textContent ?? '');
  });
  return (await page.locator('[data-cari-status]').textContent()) ?? '';
}

/** What every page a test opened must satisfy. */
function bersih(t: Observed) {
  expect(t.errors, 'galat konsol').toEqual([]);
  expect(t.csp, 'pelanggaran CSP').toEqual([]);
  expect(t.foreign, 'permintaan ke asal lain').toEqual([]);
  expect(t.failed, 'permintaan gagal (404 dsb.)').toEqual([]);
}
