/**
 * Full-text search on the production build, served under a sub-path: queries, Indonesian stemming,
 * filters with counts and URL state, highlighting on the target page, the header form, the English
 * index, drafts, no JavaScript, console errors, foreign requests, and the bytes a query costs.
 *
 * Build first: BASE_PATH=/model-inovasi/ npm run build -- --outDir dist-e2e
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { edisiBernama } from '../src/data/edisi.ts';
import { BASE_PATH, E2E_DIST, launch, serve, watchedPage, type Served, type Watched } from './harness.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

let server: Served;
let browser: Browser;
const watched: Watched[] = [];

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Watched> {
  const w = await watchedPage(browser, server.origin, options);
  watched.push(w);
  await w.page.goto(`${server.url}${path}`);
  return w;
}

/** Wait until the live region has announced a finished search and the counts are in, and return what it said. */
async function announced(page: Page): Promise<string> {
  const status = page.locator('[data-cari-status]');
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-cari-status]');
    return el && !el.hasAttribute('aria-busy') && !document.querySelector('[data-cari-saring]')?.hasAttribute('aria-busy') && /\d/.test(el.textContent ?? '');
  });
  return (await status.textContent()) ?? '';
}

/** The result links shown so far. */
const shownHrefs = (page: Page) => page.locator('.cari-hasil .cari-judul a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));

/** Every result link: presses "show more" until all results are on the page. */
async function resultHrefs(page: Page): Promise<string[]> {
  const more = page.locator('[data-cari-lebih]');
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    const n = (await shownHrefs(page)).length;
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('.cari-hasil').length > before, n);
  }
  return shownHrefs(page);
}

/** Site path of a result link without base, query and hash: "praktik/x/". */
const sitePath = (href: string) => new URL(href, 'http://x').pathname.slice(BASE_PATH.length);

/** The indexed text of an Indonesian page: its data-pagefind-body, minus what Pagefind ignores. */
async function indexedText(path: string): Promise<string> {
  const html = await (await fetch(`${server.url}${path}`)).text();
  const body = /<article[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<(nav|label|form|script|style|footer)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase();
}
const hasWord = (text: string, w: string) => new RegExp(`(^|[^\\p{L}])${w}([^\\p{L}]|$)`, 'u').test(text);

/** Entries the edition publishes (`terbit`), and the others (`draf`), of the content tree the build read. */
function entries(): { terbit: Set<string>; draf: Set<string> } {
  const tampil: readonly string[] = edisiBernama(process.env.EDISI).tampil;
  const terbit = new Set<string>();
  const draf = new Set<string>();
  for (const koleksi of ['praktik', 'model']) {
    const dir = join(CONTENT_DIR, koleksi);
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) {
      const fm = parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, f), 'utf8'))?.[1] ?? '') as { id?: string; status?: string };
      (tampil.includes(fm.status ?? '') ? terbit : draf).add(`${koleksi}/${fm.id ?? f.replace(/\.mdx$/, '')}/`);
    }
  }
  return { terbit, draf };
}

beforeAll(async () => {
  if (!existsSync(join(E2E_DIST, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error(`Tidak ada build pencarian di ${E2E_DIST}/. Jalankan dulu: BASE_PATH=${BASE_PATH} npm run build -- --outDir ${E2E_DIST}`);
  }
  server = await serve(E2E_DIST, BASE_PATH);
  browser = await launch();
});

afterAll(async () => {
  // Every page any test opened: nothing may leave the origin, and no console error may occur.
  const foreign = watched.flatMap((w) => w.foreign);
  const errors = watched.flatMap((w) => w.errors);
  await browser?.close();
  await server?.close();
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

describe('pencarian (id)', () => {
  it('finds a stunting practice for "stunting", with <mark>ed excerpts and an announcement', async () => {
    const { page } = await open('cari/?q=stunting');
    const said = await announced(page);
    expect(said).toMatch(/^\d+ hasil untuk “stunting”/);
    const hrefs = await resultHrefs(page);
    expect(hrefs.map(sitePath)).toContain('praktik/kejar-stunting-luwu-utara/');
    expect(hrefs.every((h) => h.startsWith(BASE_PATH) && h.includes('highlight=stunting'))).toBe(true);
    expect(await page.locator('.cari-hasil .cuplikan mark').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#cari-q')).toBe('stunting');
    expect(await page.title()).toMatch(/^stunting · /);
  });

  it('ranks the P3DN model first for its acronym', async () => {
    const { page } = await open('cari/?q=P3DN');
    await announced(page);
    expect(sitePath((await shownHrefs(page))[0] ?? '')).toBe('model/p3dn/');
  });

  it('stems Indonesian: a root finds its affixed form, and an affixed form finds the root', async () => {
    // "tiru" is in no page as a word, only as "ditiru"; "mereplikasi" finds pages that say only "replikasi".
    const cases = [
      { q: 'tiru', has: 'ditiru', lacks: 'tiru' },
      { q: 'mereplikasi', has: 'replikasi', lacks: 'mereplikasi' },
    ];
    for (const c of cases) {
      const { page } = await open(`cari/?q=${c.q}`);
      await announced(page);
      const paths = (await resultHrefs(page)).map(sitePath);
      expect(paths.length, c.q).toBeGreaterThan(0);
      let proof: string | undefined;
      for (const p of paths) {
        const text = await indexedText(p);
        if (hasWord(text, c.has) && !hasWord(text, c.lacks)) {
          proof = p;
          break;
        }
      }
      expect(proof, `a result for "${c.q}" containing "${c.has}" but not "${c.lacks}"`).toBeDefined();
    }
  });

  it('narrows with filters, shows counts, keeps them in the URL, and restores them on back and reload', async () => {
    const { page } = await open('cari/?q=stunting');
    await announced(page);
    const all = await resultHrefs(page);
    const praktik = page.locator('input[name=jenis][value=praktik]');
    const jumlah = praktik.locator('xpath=..').locator('[data-jumlah]');
    // The query's counts wait until the reader reaches for the filters; no other number stands in for them.
    expect(await jumlah.isVisible()).toBe(false);
    await page.hover('[data-cari-lipat] legend');
    await expect.poll(() => jumlah.isVisible()).toBe(true);
    await announced(page);
    const count = Number(await jumlah.textContent());
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all.length);

    // Keyboard only: from the query field, Tab to the filters and tick "Praktik" with Space.
    await page.focus('#cari-q');
    for (let i = 0; i < 30 && !(await praktik.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/jenis=praktik/);
    const said = await announced(page);
    expect(said).toMatch(new RegExp(`^${count} hasil untuk “stunting”, 1 saringan aktif`));
    const narrowed = await resultHrefs(page);
    expect(narrowed).toHaveLength(count);
    expect(narrowed.every((h) => sitePath(h).startsWith('praktik/'))).toBe(true);
    expect(new URL(page.url()).search).toBe('?q=stunting&jenis=praktik');
    // A ticked group counts without itself, so the other entry type is still offered, with its count.
    expect(await page.locator('input[name=jenis][value=model]').isVisible()).toBe(true);

    await page.reload();
    await announced(page);
    expect(await praktik.isChecked()).toBe(true);
    expect(await resultHrefs(page)).toEqual(narrowed);

    await page.goBack();
    await page.waitForURL((u) => u.search === '?q=stunting');
    await page.waitForFunction(() => !(document.querySelector('input[name=jenis][value=praktik]') as HTMLInputElement).checked);
    await announced(page);
    expect(await resultHrefs(page)).toEqual(all);
  });

  it('on a phone, fetches the filter index only when the folded filters are opened, then counts the query', async () => {
    const w = await watchedPage(browser, server.origin, { viewport: { width: 390, height: 844 } });
    watched.push(w);
    const { page } = w;
    const filterFiles: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFiles.push(r.url());
    });
    await page.goto(`${server.url}cari/?q=stunting`);
    await announced(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-cari-lipat]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(filterFiles).toEqual([]);

    const praktikResults = (await resultHrefs(page)).filter((h) => sitePath(h).startsWith('praktik/')).length;
    const count = page.locator('input[name=jenis][value=praktik]').locator('xpath=..').locator('[data-jumlah]');
    // Until then no count shows: the site's totals would read as this query's.
    expect(await count.isVisible()).toBe(false);
    const filterIndex = page.waitForRequest((r) => r.url().includes('/pagefind/filter/'));
    await page.locator('[data-cari-lipat] > summary').click();
    await filterIndex;
    await expect.poll(async () => Number(await count.textContent())).toBe(praktikResults);
  });

  it('sorts by start year and by last update', async () => {
    const { page } = await open('cari/?q=stunting&urut=terbaru');
    await announced(page);
    expect(await page.inputValue('#cari-urut')).toBe('terbaru');
    const years = await page.locator('.cari-hasil > p.kecil.muted').evaluateAll((ps) => ps.map((p) => Number(/(\d{4})$/.exec(p.textContent ?? '')?.[1])));
    expect(years.length).toBeGreaterThan(1);
    expect(years.every((y) => y > 2000)).toBe(true);
    expect([...years].sort((a, b) => b - a)).toEqual(years);

    await page.selectOption('#cari-urut', 'terlama');
    await page.waitForURL(/urut=terlama/);
    await announced(page);
    const oldest = await page.locator('.cari-hasil > p.kecil.muted').evaluateAll((ps) => ps.map((p) => Number(/(\d{4})$/.exec(p.textContent ?? '')?.[1])));
    expect([...oldest].sort((a, b) => a - b)).toEqual(oldest);

    await page.selectOption('#cari-urut', 'diperbarui');
    await page.waitForURL(/urut=diperbarui/);
    expect(await announced(page)).toMatch(/^[1-9]\d* hasil/);
  });

  it('has no axe violations on the search page with results', async () => {
    // bypassCSP only so that axe itself can be injected; the page's own code runs as usual.
    const { page } = await open('cari/?q=stunting&jenis=praktik', { bypassCSP: true });
    await announced(page);
    await page.addScriptTag({ content: readFileSync(join('node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
    const violations = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
    expect(violations).toEqual([]);
  });

  it('searches as the reader types (debounced) and updates the URL', async () => {
    const { page } = await open('cari/');
    expect(await page.textContent('[data-cari-status]')).toContain('Ketik kata kunci');
    await page.locator('#cari-q').pressSequentially('TPID', { delay: 40 });
    await page.waitForURL(/\?q=TPID$/);
    expect(await announced(page)).toMatch(/hasil untuk “TPID”/);
    expect(sitePath((await shownHrefs(page))[0] ?? '')).toBe('model/pengendalian-inflasi/');
  });

  it('opens a result with the search terms highlighted on the entry page', async () => {
    const { page } = await open('cari/?q=stunting');
    await announced(page);
    await resultHrefs(page);
    const link = page.locator('.cari-hasil .cari-judul a', { hasText: 'Kejar Stunting' }).first();
    await link.click();
    await page.waitForURL(/praktik\/kejar-stunting-luwu-utara\/\?highlight=stunting$/);
    const mark = page.locator('article[data-pagefind-body] mark.pagefind-highlight').first();
    await mark.waitFor();
    expect((await mark.textContent())?.toLowerCase()).toBe('stunting');
    expect(await mark.isVisible()).toBe(true);
  });

  it('takes the header form from any page to /cari/?q=…', async () => {
    const { page } = await open('praktik/');
    await page.fill('#cari-kepala', 'P3DN');
    await page.press('#cari-kepala', 'Enter');
    await page.waitForURL(`${server.url}cari/?q=P3DN`);
    await announced(page);
    expect(sitePath((await shownHrefs(page))[0] ?? '')).toBe('model/p3dn/');
  });

  it('loads no search code on entry pages', async () => {
    const w = await open('praktik/kejar-stunting-luwu-utara/');
    const urls: string[] = [];
    w.page.on('request', (r) => urls.push(r.url()));
    await w.page.reload({ waitUntil: 'networkidle' });
    expect(urls.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  });

  it('indexes every published entry and no draft', async () => {
    const { terbit, draf } = entries();
    expect(terbit.has('praktik/kejar-stunting-luwu-utara/')).toBe(true);
    const { page } = await open('cari/');
    // A string, not a function: vitest would rewrite a dynamic import() inside a function body.
    const urls = (await page.evaluate(`(async () => {
      const pf = await import(${JSON.stringify(`${BASE_PATH}pagefind/pagefind.js`)});
      const r = await pf.search(null, { filters: { jenis: { any: ['praktik', 'model'] } } });
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    })()`)) as string[];
    const indexed = new Set(urls.map(sitePath));
    expect(indexed.has('praktik/kejar-stunting-luwu-utara/')).toBe(true);
    expect([...draf].filter((d) => indexed.has(d))).toEqual([]);
    expect([...indexed].sort()).toEqual([...terbit].sort());
  });

  it('explains, without JavaScript, that search needs it and links to the catalogues, the fit-finder and every theme', async () => {
    const { page } = await open('cari/?q=stunting', { javaScriptEnabled: false });
    expect(await page.locator('.tanpa-js').isVisible()).toBe(true);
    expect(await page.locator('[data-cari]').isVisible()).toBe(false);
    const links = await page.locator('.tanpa-js a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.slice(0, 3)).toEqual([`${BASE_PATH}praktik/`, `${BASE_PATH}model/`, `${BASE_PATH}temukan/`]);
    expect(links.slice(3)).toContain(`${BASE_PATH}tema/penanganan-stunting/`);
    expect(links.slice(3).every((l) => l?.startsWith(`${BASE_PATH}tema/`))).toBe(true);
  });

  it('never leaves a bare "0 results": words found in part, a spelling, then the themes and the fit-finder', async () => {
    const sebagian = await open('cari/?q=pangan%20mahal%20menjelang%20lebaran%20xqzw');
    expect(await announced(sebagian.page)).toMatch(/memuat sebagian.* Tidak ditemukan di entri mana pun: xqzw\.$/);
    expect((await shownHrefs(sebagian.page)).length).toBeGreaterThanOrEqual(3);

    const ejaan = await open('cari/?q=stuntng');
    await announced(ejaan.page);
    const saran = ejaan.page.locator('[data-cari-saran] a');
    expect(await saran.textContent()).toBe('stunting');
    await saran.click();
    await ejaan.page.waitForURL(/q=stunting/);
    await announced(ejaan.page);
    expect((await shownHrefs(ejaan.page)).length).toBeGreaterThan(0);

    const kosong = await open('cari/?q=zzyzx');
    expect(await announced(kosong.page)).toMatch(/^0 hasil/);
    expect(await kosong.page.locator('[data-cari-alternatif]').isVisible()).toBe(true);
    expect(await kosong.page.locator(`[data-cari-alternatif] a[href="${BASE_PATH}temukan/"]`).count()).toBe(1);
  });
});

describe('pencarian (en)', () => {
  it('searches the English index, which holds no Indonesian body text', async () => {
    // "penimbangan" (weighing) is in the Indonesian body of several entries and in no English region.
    const id = await open('cari/?q=penimbangan');
    await announced(id.page);
    const idPaths = (await resultHrefs(id.page)).map(sitePath).filter((p) => /^(praktik|model)\//.test(p));
    expect(idPaths.length).toBeGreaterThan(0);

    const w = await open('en/cari/');
    const requested: string[] = [];
    w.page.on('request', (r) => requested.push(r.url()));
    await w.page.fill('#cari-q', 'penimbangan');
    await w.page.press('#cari-q', 'Enter');
    expect(await announced(w.page)).toMatch(/results? for “penimbangan”/);
    const enPaths = (await resultHrefs(w.page)).map(sitePath);
    expect(enPaths.every((p) => p.startsWith('en/'))).toBe(true);
    expect(enPaths.filter((p) => idPaths.includes(p.slice('en/'.length)))).toEqual([]);
    expect(requested.some((u) => /pagefind\/pagefind\.en_\w+\.pf_meta/.test(u))).toBe(true);
    expect(requested.some((u) => /pagefind\/(pagefind\.id_|wasm\.id\.)/.test(u))).toBe(false);
  });

  it('finds English entry pages by English summary, alias and title, in English words', async () => {
    const { page } = await open('en/cari/?q=P3DN');
    expect(await announced(page)).toMatch(/^1 result for “P3DN”|^\d+ results for “P3DN”/);
    expect(sitePath((await shownHrefs(page))[0] ?? '')).toBe('en/model/p3dn/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('label[for=cari-q]').textContent()).toBe('Search terms');
  });
});

describe('bytes per query', () => {
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

  it('measures the transfer of the first and a second query (printed, not asserted)', async () => {
    const { page } = await open('cari/');
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
  });
});
