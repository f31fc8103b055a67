/**
 * Full-text search on a production build, served under a sub-path: queries, Indonesian stemming,
 * filters with counts and URL state, sorting, highlighting on the target page, the header form, the
 * English index, drafts, no JavaScript, a query that finds nothing, console errors and foreign
 * requests.
 *
 * Site: the fixture (SITUS.fixture). Which pages a word finds, how many of them are practices, the
 * years a sort lists, the acronym that must rank its model first, the draft that must stay out: all
 * read from the fixture files (e2e/fixture.ts), so a content edit cannot break them. How well search
 * serves the real content is e2e/relevansi.test.ts's question (on SITUS.nyata), and what a query costs
 * in bytes there is measured in e2e/anggaran.test.ts.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { id as kamus } from '../src/i18n/id.ts';
import { isi } from '../src/lib/format.ts';
import { announced, axe, BASE_PATH, hrefs, type Observed, observedPage, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture, memuatKata, panduanFixture, tahunEntri, teksTerindeks, type EntriFixture } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture);
const watched: Observed[] = [];

const fixture = entriFixture();
const terbit = fixture.filter((e) => e.tampil);
const draf = fixture.filter((e) => !e.tampil);
/** What Pagefind indexes in Indonesian: the published entries (with their thesaurus terms) and the guides. */
const terindeks = [...terbit.map((e) => ({ path: e.path, teks: teksTerindeks(e), entri: e as EntriFixture | undefined })), ...panduanFixture().map((p) => ({ path: p.path, teks: p.isi, entri: undefined }))];
/** The pages whose file holds `word` as a word. */
const memuat = (word: string) => terindeks.filter((p) => memuatKata(p.teks, word));

/**
 * The query most tests use: a word several published entries hold, practices and a model, a draft
 * too (which must stay out), and no English region.
 */
const KATA = 'posyandu';
const denganKata = memuat(KATA);
const praktikDenganKata = denganKata.filter((p) => p.path.startsWith('praktik/'));
/** A model's acronym that other entries mention too: the model must still come first. */
const model = terbit.find((e) => e.koleksi === 'model' && (e.fm.alias ?? []).some((a) => terbit.some((x) => x !== e && x.isi.includes(a))))!;
const AKRONIM = model.fm.alias!.find((a) => terbit.some((x) => x !== model && x.isi.includes(a)))!;

/** A new observed tab at `path`, recording the URL of every request it makes. */
async function open(path: string, options: BrowserContextOptions = {}) {
  const w = { ...(await observedPage(sesi.browser, sesi.server.origin, options)), requests: [] as string[] };
  w.page.on('request', (r) => w.requests.push(r.url()));
  watched.push(w);
  await w.page.goto(`${sesi.server.url}${path}`);
  return w;
}

/** open() a search page and wait for its announcement (`said`). */
async function search(path: string) {
  const w = await open(path);
  return { ...w, said: await announced(w.page) };
}

/** The result links shown so far. */
const shownHrefs = (page: Page) => hrefs(page.locator('.cari-hasil .cari-judul a'));

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
const paths = (list: { path: string }[]) => list.map((p) => p.path).sort();
/** Every result of a search, as site paths in the page's order. */
const foundPaths = async (path: string) => (await resultHrefs((await search(path)).page)).map(sitePath);
/** The first result's site path. */
const firstResult = async (page: Page) => sitePath((await shownHrefs(page))[0] ?? '');
/** The count a type of entry shows beside its filter box. */
const typeCount = (page: Page, jenis: string) => page.locator(`input[name=jenis][value=${jenis}]`).locator('xpath=..').locator('[data-jumlah]');

afterAll(() => {
  // Every page any test opened: nothing may leave the origin, and no console error may occur.
  expect(watched.flatMap((w) => w.foreign)).toEqual([]);
  expect(watched.flatMap((w) => w.errors)).toEqual([]);
});

describe('pencarian (id)', () => {
  it(`menemukan tepat halaman yang memuat "${KATA}", dengan cuplikan bertanda <mark> dan pengumuman`, async () => {
    expect(praktikDenganKata.length, `fixture: "${KATA}" harus ada di minimal satu praktik`).toBeGreaterThan(0);
    expect(praktikDenganKata.length, `fixture: "${KATA}" harus ada juga di entri selain praktik`).toBeLessThan(denganKata.length);
    expect(draf.some((e) => memuatKata(e.isi, KATA)), `fixture: "${KATA}" harus ada di draf`).toBe(true);
    const { page, said } = await search(`cari/?q=${KATA}`);
    expect(said).toMatch(new RegExp(`^${denganKata.length} hasil untuk “${KATA}”`));
    const links = await resultHrefs(page);
    expect(links.map(sitePath).sort()).toEqual(paths(denganKata));
    expect(links.every((h) => h.startsWith(BASE_PATH) && h.includes(`highlight=${KATA}`))).toBe(true);
    expect(await page.locator('.cari-hasil .cuplikan mark').count()).toBeGreaterThan(0);
    expect(await page.inputValue('#cari-q')).toBe(KATA);
    expect(await page.title()).toMatch(new RegExp(`^${KATA} · `));
  });

  it(`menempatkan model ${AKRONIM} di urutan pertama untuk akronimnya, meski entri lain menyebutnya`, async () => {
    const found = await foundPaths(`cari/?q=${AKRONIM}`);
    expect(found[0]).toBe(model.path);
    expect(found.length, `entri lain yang menyebut ${AKRONIM} tidak ditemukan`).toBeGreaterThan(1);
  });

  it('memakai stemmer bahasa Indonesia: kata dasar menemukan bentuk berimbuhannya, dan sebaliknya', async () => {
    // "tiru" is in no fixture page as a word, only as "ditiru"; "mereplikasi" finds pages that say only "replikasi".
    for (const [q, has, lacks] of [['tiru', 'ditiru', 'tiru'], ['mereplikasi', 'replikasi', 'mereplikasi']] as const) {
      const harap = terindeks.filter((p) => memuatKata(p.teks, has) && !memuatKata(p.teks, lacks));
      expect(harap.length, `fixture: halaman dengan "${has}" tanpa "${lacks}"`).toBeGreaterThan(0);
      expect(await foundPaths(`cari/?q=${q}`), q).toEqual(expect.arrayContaining(paths(harap)));
    }
  });

  it('mempersempit dengan saringan, menampilkan hitungannya, menyimpannya di URL, dan memulihkannya saat kembali dan dimuat ulang', async () => {
    const { page } = await search(`cari/?q=${KATA}`);
    const all = await resultHrefs(page);
    const praktik = page.locator('input[name=jenis][value=praktik]');
    const jumlah = typeCount(page, 'praktik');
    // The query's counts wait until the reader reaches for the filters; no other number stands in for them.
    expect(await jumlah.isVisible()).toBe(false);
    await page.hover('[data-cari-lipat] legend');
    await expect.poll(() => jumlah.isVisible()).toBe(true);
    await announced(page);
    expect(Number(await jumlah.textContent())).toBe(praktikDenganKata.length);

    // Keyboard only: from the query field, Tab to the filters and tick "Praktik" with Space.
    await page.focus('#cari-q');
    for (let i = 0; i < 30 && !(await praktik.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.waitForURL(/jenis=praktik/);
    expect(await announced(page)).toMatch(new RegExp(`^${praktikDenganKata.length} hasil untuk “${KATA}”, 1 saringan aktif`));
    const narrowed = await resultHrefs(page);
    expect(narrowed.map(sitePath).sort()).toEqual(paths(praktikDenganKata));
    expect(new URL(page.url()).search).toBe(`?q=${KATA}&jenis=praktik`);
    // A ticked group counts without itself, so the other entry type is still offered, with its count.
    expect(await page.locator('input[name=jenis][value=model]').isVisible()).toBe(true);

    await page.reload();
    await announced(page);
    expect(await praktik.isChecked()).toBe(true);
    expect(await resultHrefs(page)).toEqual(narrowed);

    await page.goBack();
    await page.waitForURL((u) => u.search === `?q=${KATA}`);
    await page.waitForFunction(() => !(document.querySelector('input[name=jenis][value=praktik]') as HTMLInputElement).checked);
    await announced(page);
    expect(await resultHrefs(page)).toEqual(all);
  });

  it('saringan yang dilepas dengan spasi tetap di tempatnya dan memegang fokus, meski hitungannya kini 0', async () => {
    // A province with published entries, none of which holds the word: ticked, the search finds
    // nothing; unticked, its count for the word is 0, which would hide it.
    const provinsi = (e: EntriFixture | undefined) => e?.fm.instansi_asal?.kode_provinsi;
    const kode = terbit.map(provinsi).find((k) => k && !denganKata.some((p) => provinsi(p.entri) === k));
    expect(kode, `fixture: provinsi tanpa entri yang memuat "${KATA}"`).toBeDefined();
    const { page } = await search(`cari/?q=${KATA}&provinsi=${kode}`);
    const box = page.locator(`input[name=provinsi][value="${kode}"]`);
    await box.focus();
    await page.keyboard.press('Space');
    await page.waitForURL((u) => !u.searchParams.has('provinsi'));
    expect(await announced(page)).toMatch(new RegExp(`^${denganKata.length} hasil untuk “${KATA}”`));
    expect(await box.evaluate((b) => b === document.activeElement), 'fokus jatuh dari kotak yang dilepas').toBe(true);
    expect(await box.isVisible()).toBe(true);
    expect(await box.isChecked()).toBe(false);
    expect(await box.locator('xpath=..').locator('[data-jumlah]').textContent()).toBe('0');
  });

  it('di ponsel, mengambil indeks saringan hanya saat saringan yang terlipat dibuka, lalu menghitung kueri', async () => {
    const { page, requests } = await open(`cari/?q=${KATA}`, { viewport: { width: 390, height: 844 } });
    await announced(page);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-cari-lipat]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(requests.filter((u) => u.includes('/pagefind/filter/'))).toEqual([]);

    const count = typeCount(page, 'praktik');
    // Until then no count shows: the site's totals would read as this query's.
    expect(await count.isVisible()).toBe(false);
    await Promise.all([page.waitForRequest((r) => r.url().includes('/pagefind/filter/')), page.locator('[data-cari-lipat] > summary').click()]);
    await expect.poll(async () => Number(await count.textContent())).toBe(praktikDenganKata.length);
  });

  it('mengurutkan menurut tahun mulai dan menurut pembaruan terakhir', async () => {
    const tahun = denganKata.map((p) => tahunEntri(p.entri!)!);
    expect(new Set(tahun).size, 'fixture: hasil uji perlu tahun yang berbeda').toBeGreaterThan(1);
    const years = async (page: Page) => {
      await resultHrefs(page);
      return page.locator('.cari-hasil > p.kecil.muted').evaluateAll((ps) => ps.map((p) => Number(/(\d{4})$/.exec(p.textContent ?? '')?.[1])));
    };
    const sortBy = async (page: Page, urut: string) => {
      await page.selectOption('#cari-urut', urut);
      await page.waitForURL(new RegExp(`urut=${urut}`));
      return announced(page);
    };
    // The sort keys are not in the metadata every query loads: a relevance search never fetches them.
    const relevansi = await search(`cari/?q=${KATA}`);
    await relevansi.page.waitForLoadState('networkidle');
    expect(relevansi.requests.filter((u) => u.includes('/pagefind/urut.'))).toEqual([]);
    const { page, requests } = await search(`cari/?q=${KATA}&urut=terbaru`);
    expect(requests.filter((u) => u.includes('/pagefind/urut.')).map((u) => new URL(u).pathname)).toEqual(['/model-inovasi/pagefind/urut.id.json']);
    expect(await page.inputValue('#cari-urut')).toBe('terbaru');
    expect(await years(page)).toEqual([...tahun].sort((a, b) => b - a));
    // The status names the order, so a re-sort that keeps the count still says something new.
    expect(await sortBy(page, 'terlama')).toBe(`${isi(kamus['cari.hasilBanyak'], denganKata.length, KATA)}. ${isi(kamus['urut.status'], kamus['cari.urut.terlama'])}`);
    expect(await years(page)).toEqual([...tahun].sort((a, b) => a - b));
    expect(await sortBy(page, 'diperbarui')).toMatch(new RegExp(`^${denganKata.length} hasil.* ${isi(kamus['urut.status'], kamus['cari.urut.diperbarui'])}$`));
  });

  it('mengurutkan dengan panah: satu pencarian setelah pembaca berhenti, tanpa entri riwayat baru, dan status menyebut urutannya', async () => {
    const { page } = await search(`cari/?q=${KATA}`);
    const riwayat = await page.evaluate(() => history.length);
    // Each search marks the status busy: count how many start.
    await page.evaluate(() => {
      const w = window as unknown as { pencarian: number };
      w.pencarian = 0;
      new MutationObserver((rs) => (w.pencarian += rs.filter((r) => r.oldValue === null).length)).observe(document.querySelector('[data-cari-status]')!, { attributeFilter: ['aria-busy'], attributeOldValue: true });
    });
    // On a closed list each arrow press changes the value (and fires "change").
    await page.focus('#cari-urut');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/urut=terlama/);
    expect(await announced(page)).toBe(`${isi(kamus['cari.hasilBanyak'], denganKata.length, KATA)}. ${isi(kamus['urut.status'], kamus['cari.urut.terlama'])}`);
    expect(await page.evaluate(() => (window as unknown as { pencarian: number }).pencarian)).toBe(1);
    expect(await page.evaluate(() => history.length)).toBe(riwayat);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-urut');
  });

  it('halaman pencarian dengan hasil lolos axe', async () => {
    const violations = await axe((await search(`cari/?q=${KATA}&jenis=praktik`)).page);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('mencari sambil pembaca mengetik (ditunda) dan memperbarui URL', async () => {
    const { page } = await open('cari/');
    expect(await page.textContent('[data-cari-status]')).toContain('Ketik kata kunci');
    await page.locator('#cari-q').pressSequentially(AKRONIM, { delay: 40 });
    await page.waitForURL(new RegExp(`\\?q=${AKRONIM}$`));
    expect(await announced(page)).toMatch(new RegExp(`hasil untuk “${AKRONIM}”`));
    expect(await firstResult(page)).toBe(model.path);
  });

  it('membuka hasil dengan kata kuncinya disorot di halaman entri', async () => {
    const target = praktikDenganKata[0]!.entri!;
    const { page } = await search(`cari/?q=${KATA}`);
    await resultHrefs(page);
    await page.locator('.cari-hasil .cari-judul a', { hasText: target.fm.judul }).first().click();
    await page.waitForURL(new RegExp(`${target.path}\\?highlight=${KATA}$`));
    const mark = page.locator('article[data-pagefind-body] mark.pagefind-highlight').first();
    await mark.waitFor();
    expect((await mark.textContent())?.toLowerCase()).toBe(KATA);
    expect(await mark.isVisible()).toBe(true);
  });

  it('formulir di kepala halaman membawa ke /cari/?q=…', async () => {
    const { page } = await open('praktik/');
    await page.fill('#cari-kepala', AKRONIM);
    await page.press('#cari-kepala', 'Enter');
    await page.waitForURL(`${sesi.server.url}cari/?q=${AKRONIM}`);
    await announced(page);
    expect(await firstResult(page)).toBe(model.path);
  });

  it('tidak memuat kode pencarian di halaman entri', async () => {
    const { page, requests } = await open(praktikDenganKata[0]!.path);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  });

  it('mengindeks setiap entri terbit dan tidak satu pun draf', async () => {
    expect(draf.length, 'fixture perlu minimal satu draf').toBeGreaterThan(0);
    const { page } = await open('cari/');
    // A string, not a function: vitest would rewrite a dynamic import() inside a function body.
    const urls = (await page.evaluate(`(async () => {
      const pf = await import(${JSON.stringify(`${BASE_PATH}pagefind/pagefind.js`)});
      const r = await pf.search(null, { filters: { jenis: { any: ['praktik', 'model'] } } });
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    })()`)) as string[];
    expect(urls.map(sitePath).sort()).toEqual(paths(terbit));
  });

  it('tanpa JavaScript, menjelaskan bahwa pencarian memerlukannya dan menautkan katalog, Temukan, dan setiap tema', async () => {
    const { page } = await open(`cari/?q=${KATA}`, { javaScriptEnabled: false });
    expect(await page.locator('.tanpa-js').isVisible()).toBe(true);
    expect(await page.locator('[data-cari]').isVisible()).toBe(false);
    const links = await hrefs(page.locator('.tanpa-js a'));
    expect(links.slice(0, 3)).toEqual([`${BASE_PATH}praktik/`, `${BASE_PATH}model/`, `${BASE_PATH}temukan/`]);
    expect(links.slice(3).every((l) => l.startsWith(`${BASE_PATH}tema/`))).toBe(true);
    // Every theme of the published entries is among them (a presidential priority for its entries).
    for (const e of terbit) expect(links, e.id).toContain(`${BASE_PATH}tema/${e.fm.prioritas_presiden ?? e.fm.tema_rb}/`);
  });

  it('tidak pernah hanya "0 hasil": kata yang ditemukan sebagian, ejaan, lalu tema dan Temukan', async () => {
    // Two words no page holds together, and a word no page holds: the pages holding either word are listed.
    const lain = terindeks.find((p) => !memuatKata(p.teks, KATA))!.entri!.fm.alias![0]!.toLowerCase();
    const sebagianHarap = [...new Set([...paths(denganKata), ...paths(memuat(lain))])].sort();
    expect(terindeks.filter((p) => memuatKata(p.teks, KATA) && memuatKata(p.teks, lain)), `fixture: "${KATA}" dan "${lain}" tidak boleh di satu halaman`).toEqual([]);
    const sebagian = await search(`cari/?q=${KATA}%20${lain}%20xqzw`);
    expect(sebagian.said).toMatch(/memuat sebagian.* Tidak ditemukan di entri mana pun: xqzw\.$/);
    expect((await resultHrefs(sebagian.page)).map(sitePath).sort()).toEqual(sebagianHarap);

    // A keyword of an entry, one letter short: "did you mean" offers it, and it finds that entry.
    const kunci = terbit.flatMap((e) => e.fm.kata_kunci ?? []).find((k) => /^\p{L}{6,}$/u.test(k))!;
    const salah = kunci.slice(0, 3) + kunci.slice(4);
    const ejaan = (await search(`cari/?q=${salah}`)).page;
    const saran = ejaan.locator('[data-cari-saran] a');
    expect(await saran.textContent()).toBe(kunci);
    // The suggestion is in the live region with the count, so a screen reader announces it too.
    expect(await ejaan.locator('[role=status]').textContent()).toContain(`${kamus['cari.mungkin']} ${kunci}`);
    await saran.click();
    await ejaan.waitForURL(new RegExp(`q=${kunci}`));
    await announced(ejaan);
    expect((await resultHrefs(ejaan)).map(sitePath).sort()).toEqual(paths(memuat(kunci)));

    const kosong = await search('cari/?q=zzyzx');
    expect(kosong.said).toMatch(/^0 hasil/);
    expect(await kosong.page.locator('[data-cari-alternatif]').isVisible()).toBe(true);
    expect(await kosong.page.locator(`[data-cari-alternatif] a[href="${BASE_PATH}temukan/"]`).count()).toBe(1);
  });
});

describe('kata yang tidak dimuat halaman mana pun (id)', () => {
  // Pagefind 1.6 searches such a word by its longest indexed prefix: "stunting bukan cuma…" found
  // the "c" of `git switch -c`, "Disdag" every "di". Here "posyanduxq" would find every "posyandu".
  const lain = terindeks.find((p) => !memuatKata(p.teks, KATA))!.entri!.fm.alias![0]!.toLowerCase();
  const tiada = `${KATA}xq`;

  it('menyebutnya tidak ditemukan dan tidak mencantumkan halaman yang hanya memuat awalannya', async () => {
    expect(terindeks.filter((p) => p.teks.toLowerCase().includes(tiada)), `fixture: tidak ada halaman yang memuat "${tiada}"`).toEqual([]);
    const s = await search(`cari/?q=${lain}%20${tiada}`);
    expect(s.said).toMatch(new RegExp(`memuat sebagian.* Tidak ditemukan di entri mana pun: ${tiada}\\.$`));
    expect((await resultHrefs(s.page)).map(sitePath).sort()).toEqual(paths(memuat(lain)));
    const sendiri = await search(`cari/?q=${tiada}`);
    expect(sendiri.said).toMatch(/^0 hasil/);
    expect(await sendiri.page.locator('[data-cari-alternatif]').isVisible()).toBe(true);
  });

  it('tetap melengkapi kata yang sedang diketik, dan kata lengkapnya tidak mengambil apa pun lagi', async () => {
    const awal = KATA.slice(0, 5);
    const { page, requests } = await open('cari/');
    await page.locator('#cari-q').pressSequentially(awal, { delay: 40 });
    await page.waitForURL(new RegExp(`\\?q=${awal}$`));
    expect(await announced(page)).toMatch(new RegExp(`^${denganKata.length} hasil untuk “${awal}”\\.$`));
    expect((await resultHrefs(page)).map(sitePath).sort()).toEqual(paths(denganKata));
    // The word finished: the check that each word is held runs on index chunks already loaded.
    await page.locator('#cari-q').pressSequentially(KATA.slice(5), { delay: 40 });
    await page.waitForURL(new RegExp(`\\?q=${KATA}$`));
    const sebelum = requests.filter((u) => u.includes('/pagefind/index/')).length;
    expect(await announced(page)).toMatch(new RegExp(`^${denganKata.length} hasil untuk “${KATA}”\\.$`));
    expect(requests.filter((u) => u.includes('/pagefind/index/')).length).toBe(sebelum);
  });
});

describe('pencarian (en)', () => {
  it('mencari di indeks bahasa Inggris, yang tidak memuat teks isi berbahasa Indonesia', async () => {
    // A word of the Indonesian text of some entries that no English field of the fixture holds.
    const KATA_ID = 'penimbangan';
    const enFields = terbit.map((e) => [e.fm.judul, e.fm.ringkasan_en ?? '', ...(e.fm.alias ?? [])].join(' '));
    expect(enFields.some((t) => memuatKata(t, KATA_ID)), `fixture: "${KATA_ID}" tidak boleh di kolom berbahasa Inggris`).toBe(false);
    const harap = memuat(KATA_ID).filter((p) => p.entri);
    expect(harap.length).toBeGreaterThan(0);
    const idPaths = (await foundPaths(`cari/?q=${KATA_ID}`)).filter((p) => /^(praktik|model)\//.test(p));
    expect(idPaths.sort()).toEqual(paths(harap));

    const { page, requests } = await open('en/cari/');
    await page.fill('#cari-q', KATA_ID);
    await page.press('#cari-q', 'Enter');
    expect(await announced(page)).toMatch(new RegExp(`results? for “${KATA_ID}”`));
    const enPaths = (await resultHrefs(page)).map(sitePath);
    expect(enPaths.every((p) => p.startsWith('en/'))).toBe(true);
    expect(enPaths.filter((p) => idPaths.includes(p.slice('en/'.length)))).toEqual([]);
    expect(requests.some((u) => /pagefind\/pagefind\.en_\w+\.pf_meta/.test(u))).toBe(true);
    expect(requests.some((u) => /pagefind\/(pagefind\.id_|wasm\.id\.)/.test(u))).toBe(false);
  });

  it('menemukan halaman entri berbahasa Inggris lewat akronim, dengan antarmuka berbahasa Inggris', async () => {
    const { page, said } = await search(`en/cari/?q=${AKRONIM}`);
    expect(said).toMatch(new RegExp(`^1 result for “${AKRONIM}”|^\\d+ results for “${AKRONIM}”`));
    expect(await firstResult(page)).toBe(`en/${model.path}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('label[for=cari-q]').textContent()).toBe('Search terms');
  });
});
