/**
 * The fit-finder (/temukan/, src/scripts/temukan.ts): an agency's answers, given through the form,
 * rank the entries exactly as the pure ranking (peringkat, src/lib/temukan.ts) ranks the records the
 * page downloads, each result with the reasons that ranking gives; a theme narrows the list to it;
 * the answers live in the URL so a result can be shared; each result leads to the compare page.
 * Without JavaScript the page offers theme and catalogue links instead.
 *
 * Site: the fixture (SITUS.fixture). Its entries differ in every criterion the ranking weighs
 * (agency, province, 3T, cost, digital, preparation, partners, complexity, evidence, a stopped
 * practice), and the records the page ranks are first checked against the fixture files, so the
 * ranking shown is compared with one computed from the fixture's own fields; content/ plays no part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isi } from '../src/lib/format.ts';
import { TEMA_RB } from '../src/data/tema.ts';
import { id as kamus } from '../src/i18n/id.ts';
import type { IndeksRecord } from '../src/lib/katalog.ts';
import { peringkat, type Alasan, type HasilTemukan, type Jawaban } from '../src/lib/temukan.ts';
import { BASE_PATH, inContext, sesiPeramban, SITUS } from './alat.ts';
import { entriFixture } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture, { cleanAfterEach: true });
const { dist, base } = SITUS.fixture;

/** The island's configuration, as the built page hands it over. */
interface Config {
  indexes: string[];
  labels: { tema: Record<string, string>; provinsi: Record<string, string> };
  instansi: Record<string, string>;
  alasan: Record<string, string>;
  words: { status: string; semua: string; cocok: string; perlu: string };
}
const config = JSON.parse(/<script type="application\/json" id="temukan-config">([\s\S]*?)<\/script>/.exec(readFileSync(join(dist, 'temukan/index.html'), 'utf8'))![1]!) as Config;
/** The records the page downloads, in the order it concatenates them. */
const records = config.indexes.flatMap((u) => JSON.parse(readFileSync(join(dist, u.slice(base.length)), 'utf8')) as IndeksRecord[]);
const fixture = entriFixture();
const terbit = fixture.filter((e) => e.tampil);

/** The labels the page was given for the values of a reason, by the reason's code. */
const REASON_LABELS: Record<string, Record<string, string>> = { tema: config.labels.tema, instansiSama: config.instansi, provinsiSama: config.labels.provinsi };
/** A reason in the reader's words. */
const kata = (a: Alasan) => isi(config.alasan[a.kode] ?? a.kode, ...(a.nilai ?? []).map((x) => REASON_LABELS[a.kode]?.[String(x)] ?? x));

type Tampil = { href: string; cocok: string[]; perlu: string[] };
const harapan = (ranked: HasilTemukan<IndeksRecord>[]): Tampil[] =>
  ranked.map((h) => ({ href: `${BASE_PATH}${h.kandidat.koleksi}/${h.kandidat.id}/`, cocok: h.cocok.map(kata), perlu: h.perlu.map(kata) }));

/** The results as shown: each card's link and its two reason lists. */
const tampil = (page: Page): Promise<Tampil[]> =>
  page.locator('[data-temukan-hasil] > li').evaluateAll(
    (lis, w) =>
      lis.map((li) => {
        const daftar = (judul: string) => {
          const p = [...li.querySelectorAll('.alasan > p')].find((x) => x.textContent?.trim() === `${judul}:`);
          const ul = p?.nextElementSibling;
          return ul?.tagName === 'UL' ? [...ul.querySelectorAll('li')].map((x) => x.textContent ?? '') : [];
        };
        return { href: li.querySelector('h3 a')?.getAttribute('href') ?? '', cocok: daftar(w.cocok), perlu: daftar(w.perlu) };
      }),
    config.words,
  );

/** Give the answers through the form, as a reader would, and send it. */
async function jawab(page: Page, j: Jawaban) {
  if (j.instansi) await page.selectOption('#q-instansi', j.instansi);
  if (j.provinsi) await page.selectOption('#q-provinsi', j.provinsi);
  if (j.daerah3t !== undefined) await page.check(`[data-temukan-form] input[name="3t"][value="${j.daerah3t ? 'ya' : 'tidak'}"]`);
  if (j.tema) await page.selectOption('#q-tema', j.tema);
  if (j.anggaran !== undefined) await page.selectOption('#q-anggaran', String(j.anggaran));
  if (j.digital) await page.check(`[data-temukan-form] input[name=digital][value=${j.digital}]`);
  if (j.bulan !== undefined) await page.selectOption('#q-bulan', String(j.bulan));
  if (j.mitra !== undefined) await page.check(`[data-temukan-form] input[name=mitra][value=${j.mitra ? 'ya' : 'tidak'}]`);
  await page.locator('[data-temukan-form] button[type=submit]').click();
}

/**
 * An agency like the fixture's stunting practice's (same kind, same province), in a 3T area, with a
 * small budget, low digital readiness, six months and partners: every criterion fires for some
 * entry and against another.
 */
const timbang = fixture.find((e) => e.id === 'timbang-contoh')!.fm.instansi_asal!;
const JAWABAN: Jawaban = { instansi: timbang.jenis, provinsi: timbang.kode_provinsi, daerah3t: true, anggaran: 2, digital: 'rendah', bulan: 6, mitra: true };

describe('temukan (pencari kecocokan)', () => {
  it('mengunduh catatan yang sesuai berkas fixture: setiap entri terbit, dengan nilai yang ditimbang peringkat', () => {
    expect(records.map((r) => `${r.koleksi}/${r.id}`).sort()).toEqual(terbit.map((e) => `${e.koleksi}/${e.id}`).sort());
    for (const e of terbit) {
      const r = records.find((x) => x.koleksi === e.koleksi && x.id === e.id)!;
      const k = e.fm.kesiapan;
      const praktik = e.koleksi === 'praktik';
      const harap = {
        tema: e.fm.tema_rb,
        prioritas: e.fm.prioritas_presiden,
        instansi: praktik ? e.fm.instansi_asal!.jenis : undefined,
        provinsi: praktik ? e.fm.instansi_asal!.kode_provinsi : undefined,
        daerah3t: praktik ? (e.fm.instansi_asal!.daerah_3t ?? false) : false,
        jenisInovasi: e.fm.jenis_inovasi,
        biaya: k.biaya,
        bukti: k.kekuatan_bukti,
        kompleksitas: k.kompleksitas,
        persiapan: k.lama_persiapan_bulan,
        mitra: e.fm.instansi_mitra?.length ?? 0,
        keberlanjutan: e.fm.status_keberlanjutan,
        replikasi: (k.replikasi ?? []).filter((x) => x.status === 'implementasi').length,
        prasyarat: k.prasyarat.slice(0, 3),
      };
      expect(Object.fromEntries(Object.keys(harap).map((key) => [key, r[key as keyof IndeksRecord]])), e.id).toEqual(harap);
    }
  });

  it('menampilkan urutan dan alasan yang sama dengan peringkat() atas catatan yang sama', async () => {
    const page = await sesi.open('temukan/');
    // Before any answer: every published entry, ranked on its own merits.
    const awal = harapan(peringkat(records, {}));
    await expect.poll(() => tampil(page), { message: 'hasil awal tidak sama dengan peringkat tanpa jawaban' }).toEqual(awal);

    const ranked = peringkat(records, JAWABAN);
    const harap = harapan(ranked);
    // The answers must matter: they reorder the entries, and set at least three scores apart.
    expect(harap.map((h) => h.href), 'jawaban uji tidak mengubah urutan').not.toEqual(awal.map((h) => h.href));
    expect(new Set(ranked.map((h) => h.skor)).size).toBeGreaterThanOrEqual(3);
    expect(ranked.length, 'uji ini membaca satu halaman hasil').toBeLessThanOrEqual(10);

    await jawab(page, JAWABAN);
    await expect.poll(() => tampil(page), { message: 'urutan atau alasan yang tampil berbeda dari peringkat()' }).toEqual(harap);
    // One page holds them all, and the status says so rather than "the top N of N".
    expect(await page.locator('[data-temukan-status]').textContent()).toBe(isi(config.words.semua, ranked.length));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: 'fokus tidak pindah ke judul hasil setelah kirim' }).toBe('temukan-hasil');
    expect(await page.locator('[data-temukan-hasil] > li').count()).toBe(ranked.length);

    // The link the page wrote opens the same answers and the same ranking.
    const shared = page.url();
    expect(new URL(shared).search, 'jawaban tidak tersimpan di URL').not.toBe('');
    await page.goto('about:blank');
    await page.goto(shared);
    await expect.poll(() => tampil(page)).toEqual(harap);
    expect(await page.locator('#q-instansi').inputValue()).toBe(JAWABAN.instansi);
    expect(await page.locator('#q-anggaran').inputValue()).toBe(String(JAWABAN.anggaran));
    expect(await page.locator('[data-temukan-form] input[name=digital]:checked').getAttribute('value')).toBe(JAWABAN.digital);

    // Reset clears the answers and the URL, and the first ranking returns.
    await page.locator('[data-temukan-form] button[type=reset]').click();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => tampil(page)).toEqual(awal);
  });

  it('jawaban tema mempersempit hasil ke tema itu (tema RB atau prioritas presiden), dengan tautan bandingkan', async () => {
    const page = await sesi.open('temukan/');
    await expect.poll(() => page.locator('[data-temukan-hasil] > li').count()).toBeGreaterThan(0);
    // A presidential priority of the fixture: entries carry it beside their RB theme.
    const tema: string = terbit.find((e) => e.fm.prioritas_presiden)!.fm.prioritas_presiden!;
    const ranked = peringkat(records, { tema });
    const bertema = terbit.filter((e) => e.fm.tema_rb === tema || e.fm.prioritas_presiden === tema);
    expect(ranked.map((h) => `${h.kandidat.koleksi}/${h.kandidat.id}`).sort()).toEqual(bertema.map((e) => `${e.koleksi}/${e.id}`).sort());
    expect(bertema.length).toBeLessThan(terbit.length);

    await jawab(page, { tema });
    await expect.poll(() => tampil(page)).toEqual(harapan(ranked));
    await expect.poll(() => page.url()).toContain(`tema=${tema}`);

    // The compare link of a result opens /bandingkan/ with that entry, under the sub-path.
    const top = ranked[0]!.kandidat;
    const compare = await page.locator('[data-temukan-hasil] > li').first().locator('a[href*="bandingkan/?id="]').getAttribute('href');
    expect(decodeURIComponent(compare!)).toBe(`${BASE_PATH}bandingkan/?id=${top.koleksi}/${top.id}`);
  });

  it('tiga hasil teratas terbuka berdampingan di halaman Bandingkan dengan satu tautan, dalam urutan peringkat', async () => {
    const page = await sesi.open('temukan/');
    const ranked = peringkat(records, JAWABAN);
    expect(ranked.length, 'fixture: paling sedikit tiga hasil').toBeGreaterThanOrEqual(3);
    await jawab(page, JAWABAN);
    await expect.poll(() => tampil(page)).toEqual(harapan(ranked));
    const tautan = page.locator('[data-temukan-banding] a');
    expect(await tautan.isVisible()).toBe(true);
    const teratas = ranked.slice(0, 3).map((h) => `${BASE_PATH}${h.kandidat.koleksi}/${h.kandidat.id}/`);
    await tautan.click();
    await page.waitForURL(/\/bandingkan\/\?id=/);
    const kolom = page.locator('[data-bandingkan-tabel] thead th[scope=col] a');
    await expect.poll(() => kolom.count(), { message: 'tabel perbandingan tidak muncul' }).toBe(3);
    expect(await kolom.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(teratas);

    // With fewer than two results there is nothing to compare, and no such link.
    const tanpaHasil = TEMA_RB.find((x) => peringkat(records, { tema: x.slug }).length === 0)!;
    expect(tanpaHasil, 'fixture: tema tanpa entri terbit').toBeDefined();
    await sesi.open(`temukan/?tema=${tanpaHasil.slug}`);
    await expect.poll(() => page.locator('[data-temukan-status]').textContent()).toBe(kamus['temukan.statusKosong']);
    expect(await page.locator('[data-temukan-banding] a').isVisible()).toBe(false);
  });

  it('berpindah pilihan dengan panah: hasil dan status mengikuti sekali, sesudah pembaca berhenti', async () => {
    const page = await sesi.open('temukan/');
    await expect.poll(() => page.locator('[data-temukan-hasil] > li').count()).toBeGreaterThan(0);
    // Count what the live region says from here on.
    await page.evaluate(() => {
      const w = window as unknown as { diumumkan: number };
      w.diumumkan = 0;
      new MutationObserver(() => w.diumumkan++).observe(document.querySelector('[data-temukan-status]')!, { childList: true, characterData: true, subtree: true });
    });
    // Arrow keys in a radio group check each option they pass, each with a "change".
    await page.focus('input[name="digital"][value=""]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('digital=tinggi');
    await expect.poll(() => tampil(page)).toEqual(harapan(peringkat(records, { digital: 'tinggi' })));
    expect(await page.evaluate(() => (window as unknown as { diumumkan: number }).diumumkan)).toBe(1);
  });

  it('tercetak sebagai catatan: jawaban yang diberikan dan hasilnya, tanpa pertanyaan kosong, pilihan lain dan tombol', async () => {
    const page = await sesi.open('temukan/');
    await jawab(page, { tema: terbit[0]!.fm.tema_rb, digital: 'rendah' });
    await expect.poll(() => page.locator('[data-temukan-hasil] > li').count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const tampak = async (sel: string) => (await Promise.all((await page.locator(sel).all()).map((l) => l.isVisible()))).filter(Boolean).length;
    // The two answers stay, with the choice made; the six unanswered questions and the unchosen options go.
    expect(await tampak('#q-tema')).toBe(1);
    expect(await tampak('[data-temukan-form] label:has(input[name=digital][value=rendah])')).toBe(1);
    expect(await tampak('#q-instansi, #q-provinsi, #q-anggaran, #q-bulan, [data-temukan-form] label:has(input[name=digital]:not([value=rendah])), [data-temukan-form] fieldset:has(input[name=mitra])')).toBe(0);
    expect(await tampak('[data-temukan-form] button, [data-temukan-hasil] a[href*="bandingkan/?id="]')).toBe(0);
    expect(await page.locator('[data-temukan-hasil] > li h3').first().isVisible()).toBe(true);
    // With no answer at all, the printout holds the results alone.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('[data-temukan-form] button[type=reset]').click();
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('[data-temukan-form]').isVisible()).toBe(false);
  });

  it('tanpa JavaScript: formulir disembunyikan, tautan tema dan katalog tersedia', async () => {
    await inContext(sesi.browser, { javaScriptEnabled: false }, async (page) => {
      await page.goto(`${sesi.server.url}temukan/`);
      expect(await page.locator('[data-temukan-form]').isVisible()).toBe(false);
      expect(await page.locator('.tanpa-js a').first().isVisible(), 'tanpa tautan tema dan katalog').toBe(true);
    });
  });
});
