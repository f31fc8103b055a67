/**
 * The browser every tool here drives: Debian's Chromium through playwright-core (nothing is
 * downloaded), headless and without any network of its own, and the static server it reads a build
 * from. Shared by `npm run pdf`, the studio's screenshots, the search benchmark and the browser
 * tests: the one module of scripts/ that e2e/ imports for helpers (e2e/harness.ts adds its own
 * defaults), so scripts/ never import e2e/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer } from './package/serve.mjs';
import { wireSize } from './verify/budgets.ts';
import type { Site } from './verify/site.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A TCP port free on the loopback now, for a server a test or tool starts (fixed ports meet other runs). */
export function portBebas(): Promise<number> {
  return new Promise((ok, gagal) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
    s.on('error', gagal);
  });
}

export const bukaPeramban = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/** The browser, or an error saying how to install it. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium tidak ditemukan di ${CHROMIUM}. Pasang dengan: sudo apt-get install -y chromium (atau setel CHROMIUM_PATH).`);
  }
  return bukaPeramban();
}

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
export async function serve(dir: string, base: string): Promise<Served> {
  const server = createStaticServer({ root: resolve(dir), base, mounted: true });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${base}`, origin, close: () => new Promise((done) => server.close(() => done())) };
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

/** Lighthouse's four categories, as scores 0–100. */
export type SkorLighthouse = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/**
 * Lighthouse (from npm) over Debian's Chromium, with its defaults: a mid-range phone, simulated
 * slow 4G and a slower CPU. Performance is timed, so it moves with the machine's load; the other
 * three are not. Each page's scores, and the audits under 0.9 that pulled a category down.
 */
export async function auditLighthouse(asal: string, halaman: readonly string[]): Promise<{ path: string; skor: SkorLighthouse; audit: string[] }[]> {
  const [{ default: lighthouse }, { launch: luncurkan }] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  // Lighthouse drives the browser over its debugging port, which Playwright's launch does not open.
  const chrome = await luncurkan({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
  const hasil: { path: string; skor: SkorLighthouse; audit: string[] }[] = [];
  try {
    for (const path of halaman) {
      const lhr = (await lighthouse(`${asal}${path}`, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }))!.lhr;
      const skor = Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)])) as SkorLighthouse;
      const audit = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      hasil.push({ path, skor, audit });
    }
  } finally {
    await chrome.kill();
  }
  return hasil;
}
