/**
 * The compare page (/bandingkan/, src/scripts/bandingkan.ts): entries named in the URL appear side
 * by side, every row of the table (src/lib/bandingkan.ts) shows in each column what that entry's
 * files say, one entry can be added from the list and removed again, the URL follows, and printing
 * keeps the table without the controls.
 *
 * Site: the fixture (SITUS.fixture). The cells are checked against the fixture files' fields and
 * sections (e2e/fixture.ts), which differ from entry to entry, so a column showing another entry's
 * text, a row taken from the wrong section or a dropped row fails; editing content/ cannot.
 */
import { describe, expect, it } from 'vitest';
import { KEKUATAN_BUKTI, KOMPLEKSITAS, BIAYA, TINGKAT_DAMPAK } from '../src/data/klasifikasi.ts';
import { id as kamus } from '../src/i18n/id.ts';
import { BARIS_BANDINGKAN } from '../src/lib/bandingkan-baris.ts';
import { MAKS_BANDINGKAN } from '../src/lib/bandingkan.ts';
import { isi, rupiahJuta } from '../src/lib/format.ts';
import { BASE_PATH, sesiPeramban, SITUS } from './alat.ts';
import { bagian, entriFixture, teksPolos, type EntriFixture } from './fixture.ts';

const sesi = sesiPeramban(SITUS.fixture, { cleanAfterEach: true });
const terbit = entriFixture().filter((e) => e.tampil);
const praktik = terbit.filter((e) => e.koleksi === 'praktik');
const model = terbit.filter((e) => e.koleksi === 'model');
/** A full table: three practices and a model, at least one of them with a replication record. */
const dibandingkan = [...praktik.slice(0, 3), model[0]!];

const columns = () => sesi.tab.page.locator('[data-bandingkan-tabel] thead th[scope=col] a');
/** Open the page comparing `entries`, and wait for their columns. */
async function openCompare(entries: EntriFixture[]) {
  const page = await sesi.open(`bandingkan/?id=${entries.map((e) => `${e.koleksi}/${e.id}`).join(',')}`);
  await expect.poll(() => columns().count(), { message: 'tabel perbandingan tidak muncul' }).toBe(entries.length);
  return page;
}
const label = (vocab: readonly { slug: string; id: string }[], slug: string | number) => vocab.find((v) => v.slug === String(slug))!.id;
/** Text without any whitespace: the cells' markup puts line breaks between list items or none, the sources do not say. */
const rapat = (s: string) => s.replace(/\s+/g, '');

/** Which section of an entry's page each row that is a section shows (the others are the card and the prerequisites). */
const BAGIAN: Record<string, string> = {
  biaya: 'Sumber Daya dan Biaya',
  aktor: 'Aktor, Peran, dan Tata Kelola',
  hukum: 'Dasar Hukum dan Regulasi Pendukung',
  langkah: 'Tahapan Implementasi',
  indikator: 'Indikator dan Pengukuran',
  replikasi: 'Rekam Jejak Replikasi',
};

/** What the readiness card in a column must state, from the entry's `kesiapan`. */
function kartu(e: EntriFixture): string[] {
  const k = e.fm.kesiapan;
  return [
    label(TINGKAT_DAMPAK, k.tingkat_dampak),
    `${k.kekuatan_bukti} dari 5 · ${label(KEKUATAN_BUKTI, k.kekuatan_bukti)}`,
    `${k.biaya} dari 5 · ${label(BIAYA, k.biaya)} · ${rupiahJuta(k.biaya_juta_per_tahun, 'id')}`,
    label(KOMPLEKSITAS, k.kompleksitas),
    `${k.lama_persiapan_bulan} bulan`,
    ...(['indikator', 'baseline', 'hasil', 'periode'] as const).map((f) => k.dampak_utama[f]),
    k.biaya_catatan,
  ];
}

describe('bandingkan', () => {
  it('setiap baris tabel, di setiap kolom, memuat isi entri kolom itu', async () => {
    expect(praktik.length, 'fixture perlu minimal tiga praktik terbit').toBeGreaterThanOrEqual(3);
    expect(dibandingkan.some((e) => bagian(e, BAGIAN.replikasi!)), 'minimal satu entri yang dibandingkan perlu "Rekam Jejak Replikasi"').toBe(true);
    expect(dibandingkan.some((e) => !bagian(e, BAGIAN.replikasi!)), 'minimal satu entri yang dibandingkan tanpa "Rekam Jejak Replikasi"').toBe(true);
    const page = await openCompare(dibandingkan);
    expect(await columns().evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual(dibandingkan.map((e) => [`${BASE_PATH}${e.path}`, e.fm.judul]));

    // One row per entry of BARIS_BANDINGKAN, in its order, under its Indonesian name.
    // The card's own table sits inside a cell: only the comparison's rows and cells count.
    const rows = await page.locator('[data-bandingkan-tabel] table.bandingkan').evaluate((t) =>
      [...t.querySelectorAll(':scope > tbody > tr')].map((tr) => ({
        judul: tr.querySelector(':scope > th[scope=row]')?.textContent ?? '',
        sel: [...tr.querySelectorAll(':scope > td')].map((td) => {
          const c = td.cloneNode(true) as HTMLElement;
          // Citation numbers ([1]) are the page's, not the entry's words.
          c.querySelectorAll('sup').forEach((s) => s.remove());
          return { teks: c.textContent ?? '', butir: [...c.querySelectorAll('li')].map((li) => (li.textContent ?? '').trim()) };
        }),
      })),
    );
    expect(rows.map((r) => r.judul)).toEqual(BARIS_BANDINGKAN.map((b) => kamus[`bandingkan.r.${b.kunci}`]));

    BARIS_BANDINGKAN.forEach((baris, i) => {
      const row = rows[i]!;
      expect(row.sel, `baris "${row.judul}"`).toHaveLength(dibandingkan.length);
      dibandingkan.forEach((e, j) => {
        const sel = row.sel[j]!;
        const where = `baris "${row.judul}", kolom ${e.id}`;
        if (baris.kunci === 'kartu') {
          const teks = sel.teks.replace(/\s+/g, ' ');
          for (const nilai of kartu(e)) expect(teks, where).toContain(nilai);
        } else if (baris.kunci === 'prasyarat') {
          expect(sel.butir, where).toEqual(e.fm.kesiapan.prasyarat);
          // The entry page's note says to tick and print; in the table the boxes cannot be ticked.
          expect(sel.teks, where).not.toContain(kamus['entri.prasyaratKet']);
        } else {
          const md = bagian(e, BAGIAN[baris.kunci]!);
          expect(rapat(sel.teks), where).toBe(rapat(md === undefined ? kamus['umum.tidakTersedia'] : teksPolos(md)));
        }
      });
    });
  });

  it('dari halaman model, satu tautan membuka perbandingan praktiknya dalam urutan model; dari praktiknya, perbandingan dengan praktik lain model itu', async () => {
    const tampil = new Set(praktik.map((e) => e.id));
    const m = model.find((x) => (x.fm.praktik ?? []).filter((id) => tampil.has(id)).length >= 2);
    expect(m, 'fixture: model dengan dua praktik yang tampil').toBeDefined();
    const ids = m!.fm.praktik!.filter((id) => tampil.has(id));
    const href = (id: string) => `${BASE_PATH}praktik/${id}/`;

    const page = await sesi.open(m!.path);
    await page.locator('section[aria-labelledby="praktik-model"] a[href*="/bandingkan/"]').click();
    await expect.poll(() => columns().count(), { message: 'tautan model tidak membuka perbandingan' }).toBe(Math.min(ids.length, MAKS_BANDINGKAN));
    expect(await columns().evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(ids.slice(0, MAKS_BANDINGKAN).map(href));

    await sesi.open(`praktik/${ids[1]}/`);
    await page.locator('section[aria-labelledby="model-induk"] a[href*="/bandingkan/"]').click();
    await expect.poll(() => columns().count(), { message: 'tautan praktik tidak membuka perbandingan' }).toBe(Math.min(ids.length, MAKS_BANDINGKAN));
    const kolom = await columns().evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(kolom[0], 'praktik itu sendiri di kolom pertama').toBe(href(ids[1]!));
    expect([...kolom].sort()).toEqual(ids.slice(0, MAKS_BANDINGKAN).map(href).sort());
  });

  it('bisa menambah dan menghapus entri, dan URL mengikutinya', async () => {
    const [a, b, c] = praktik.map((e) => `${e.koleksi}/${e.id}`);
    const page = await openCompare(praktik.slice(0, 2));

    // The list offers every published entry not yet in the table; add the third practice.
    const offered = await page.locator('[data-bandingkan-form] select option').evaluateAll((os) => (os as HTMLOptionElement[]).map((o) => o.value).sort());
    expect(offered).toEqual(terbit.map((e) => `${e.koleksi}/${e.id}`).filter((k) => k !== a && k !== b).sort());
    await page.selectOption('[data-bandingkan-form] select', c!);
    await page.locator('[data-bandingkan-form] button[type=submit]').click();
    await expect.poll(() => columns().count()).toBe(3);
    await expect.poll(() => decodeURIComponent(page.url())).toContain(c!);
    expect(await columns().nth(2).textContent()).toBe(praktik[2]!.fm.judul);

    // Remove the first; focus returns to the list.
    await page.locator('[data-bandingkan-tabel] [data-hapus]').first().click();
    await expect.poll(() => columns().count()).toBe(2);
    await expect.poll(() => decodeURIComponent(page.url())).not.toContain(`${a},`);
    expect(await columns().allTextContents()).toEqual([praktik[1]!.fm.judul, praktik[2]!.fm.judul]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
  });

  it('mengumumkan entri yang ditambah atau dihapus dan jumlahnya; saat tabel penuh "Tambah" tetap memegang fokus tetapi tidak tersedia', async () => {
    const page = await openCompare(dibandingkan.slice(0, 3));
    const status = page.locator('[data-bandingkan-status]');
    expect(await status.textContent()).toBe(isi(kamus['bandingkan.jumlah'], 3));
    const tambah = page.locator('[data-bandingkan-form] button[type=submit]');
    const keempat = dibandingkan[3]!;
    await page.selectOption('#bandingkan-pilih', `${keempat.koleksi}/${keempat.id}`);
    await tambah.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => columns().count()).toBe(4);
    expect(await status.textContent()).toBe(`${isi(kamus['bandingkan.ditambah'], keempat.fm.judul)} ${isi(kamus['bandingkan.jumlah'], 4)} ${kamus['bandingkan.penuh']}`);
    expect(await page.locator('#bandingkan-pilih').isDisabled()).toBe(true);
    expect(await tambah.getAttribute('aria-disabled')).toBe('true');
    expect(await tambah.evaluate((b) => b === document.activeElement), 'fokus jatuh dari "Tambah"').toBe(true);
    await page.keyboard.press('Enter');
    expect(await columns().count()).toBe(4);

    await page.locator('[data-bandingkan-tabel] [data-hapus]').first().press('Enter');
    await expect.poll(() => columns().count()).toBe(3);
    expect(await status.textContent()).toBe(`${isi(kamus['bandingkan.dihapus'], dibandingkan[0]!.fm.judul)} ${isi(kamus['bandingkan.jumlah'], 3)}`);
    expect(await tambah.getAttribute('aria-disabled')).toBe('false');
  });

  it('tanpa entri, tabel kosong tidak tampil, bukan perhentian Tab dan bukan region', async () => {
    const page = await sesi.open('bandingkan/');
    await expect.poll(() => page.locator('[data-bandingkan-status]').textContent()).toBe(kamus['bandingkan.kosong']);
    expect(await page.locator('[data-bandingkan-tabel]').isHidden()).toBe(true);
    expect(await page.locator('main').ariaSnapshot()).not.toContain(`region "${kamus['bandingkan.judul']}"`);
  });

  it('isi yang disalin ke sel: nomor kutipan membuka sumbernya di halaman entri, kotak centang tidak menjadi perhentian Tab, region tidak bernama ganda', async () => {
    // Two practices that cite a source in a compared section.
    const dikutip = praktik.filter((e) => Object.values(BAGIAN).some((judul) => bagian(e, judul)?.includes('[@'))).slice(0, 2);
    expect(dikutip.length, 'fixture: dua praktik yang mengutip sumber di bagian yang dibandingkan').toBe(2);
    const page = await openCompare(dikutip);
    const tabel = page.locator('[data-bandingkan-tabel] table.bandingkan');
    // No link is left pointing into this page, whose copies carry no ids.
    expect(await tabel.locator('a[href^="#"]').count()).toBe(0);
    const kutipan = await tabel.evaluate((t) =>
      [1, 2].map((j) => [...t.querySelectorAll(`:scope > tbody > tr > td:nth-of-type(${j}) sup a`)].map((a) => a.getAttribute('href') ?? '')),
    );
    dikutip.forEach((e, j) => {
      expect(kutipan[j]!.length, e.id).toBeGreaterThan(0);
      for (const href of kutipan[j]!) expect(href, e.id).toMatch(new RegExp(`^${BASE_PATH}${e.path}#s\\d+$`));
    });
    expect(await tabel.locator('input[type=checkbox]').count(), 'fixture: prasyarat sebagai daftar periksa').toBeGreaterThan(0);
    expect(await tabel.locator('input[type=checkbox]:enabled').count()).toBe(0);
    expect(await tabel.locator('td [tabindex]').count()).toBe(0);
    const region = await tabel.evaluate((t) => [...t.querySelectorAll('section[aria-label]')].map((x) => x.getAttribute('aria-label')));
    expect(new Set(region).size).toBe(region.length);

    // A citation number leads to its source on the entry's page.
    const nomor = tabel.locator(`a[href^="${BASE_PATH}${dikutip[0]!.path}#s"]`).first();
    const href = (await nomor.getAttribute('href'))!;
    await nomor.click();
    await page.waitForURL(`${sesi.server.origin}${href}`);
    expect(await page.locator(href.slice(href.indexOf('#'))).count()).toBe(1);
  });

  it('di halaman bahasa Inggris, judul entri yang berbahasa Indonesia ditandai demikian di daftar pilihan', async () => {
    const page = await sesi.open('en/bandingkan/');
    await expect.poll(() => page.locator('#bandingkan-pilih option').count()).toBe(terbit.length);
    expect(await page.locator('#bandingkan-pilih option:not([lang="id"])').count()).toBe(0);
  });

  it('dicetak tanpa kontrol, dengan tabelnya', async () => {
    const page = await openCompare(praktik.slice(0, 2));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-bandingkan-form]').isVisible()).toBe(false);
    // "2 entri dibandingkan." is news for the screen, not for paper.
    expect(await page.locator('[data-bandingkan-status]').isVisible()).toBe(false);
    expect(await page.locator('[data-bandingkan-tabel] table.bandingkan').isVisible()).toBe(true);
    expect(await page.locator('[data-bandingkan-tabel] [data-hapus]').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});
