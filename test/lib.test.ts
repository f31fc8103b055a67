import { describe, expect, it } from 'vitest';
import { headline, headlineText, replikasiTerverifikasi, tingkatBiaya, tingkatBukti } from '../src/lib/kesiapan.ts';
import { facetCounts, filterRecords, sortRecords, type FacetRecord } from '../src/lib/facets.ts';
import { grupSaringCari } from '../src/lib/facet-opsi.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { apa, itemEntri, type Citable } from '../src/lib/kutipan.ts';
import { bibtex as bibtexItems } from '../src/lib/sitasi/index.ts';

/** The entry's BibTeX, as its download (/data/kutipan/…) begins. */
const bibtex = (c: Citable) => bibtexItems([itemEntri(c)]);
import { daftarPanduan, tetangga } from '../src/lib/panduan.ts';
import { formatTanggal } from '../src/lib/tanggal.ts';
import { hitungProvinsi, tingkatTile } from '../src/lib/peta.ts';
import { kueriBandingkan, teksBandingkan, URL_BANDINGKAN } from '../src/lib/bandingkan.ts';
import { bacaUrl, tulisUrl } from '../src/lib/keadaan-url.ts';
import { halaman, URL_KATALOG } from '../src/lib/katalog.ts';
import { slugify } from '../src/schema/common.ts';
import { kartuHtml } from '../src/lib/kartu-html.ts';
import { headlineWords } from '../src/lib/labels.ts';
import { isi } from '../src/lib/format.ts';

describe('readiness headline', () => {
  it('maps evidence 0–1/2–3/4–5 to weak/moderate/strong and cost 1–2/3/4–5 to low/moderate/high', () => {
    expect([0, 1, 2, 3, 4, 5].map(tingkatBukti)).toEqual(['lemah', 'lemah', 'sedang', 'sedang', 'kuat', 'kuat']);
    expect([1, 2, 3, 4, 5].map(tingkatBiaya)).toEqual(['rendah', 'rendah', 'sedang', 'tinggi', 'tinggi']);
  });
  it('reads as one line in each language', () => {
    const h = headline({ tingkat_dampak: 'tinggi', biaya: 2, kekuatan_bukti: 3 });
    expect(headlineText(h, headlineWords('id'))).toBe('Dampak tinggi · biaya rendah · bukti sedang');
    expect(headlineText(h, headlineWords('en'))).toBe('High impact · low cost · moderate evidence');
  });
  it('counts only implemented replications as verified', () => {
    const r = (status: string) => ({ instansi: 'x', tahun: 2020, status, sumber: 'https://a.b/' });
    expect(replikasiTerverifikasi({ replikasi: [r('implementasi'), r('disetujui'), r('implementasi'), r('ditolak')] as never })).toBe(2);
  });
});

const rec = (judul: string, o: Partial<FacetRecord> = {}): FacetRecord => ({ judul, tema: 'pengentasan-kemiskinan', sdgs: [1], bukti: 1, biaya: 2, kompleksitas: 'rendah', penghargaan: [], ...o });

describe('catalogue facets', () => {
  const rows = [
    rec('A', { provinsi: '34', tahun: 2018, penghargaan: ['kipp:top-45'] }),
    rec('B', { provinsi: '32', tema: 'peningkatan-investasi', tahun: 2020, bukti: 3, sdgs: [8, 9] }),
    rec('C', { provinsi: '34', tema: 'peningkatan-investasi', tahun: 2016, biaya: 1 }),
  ];
  it('ORs values within a facet and ANDs across facets', () => {
    expect(filterRecords(rows, { provinsi: ['34', '32'] }).map((r) => r.judul)).toEqual(['A', 'B', 'C']);
    expect(filterRecords(rows, { provinsi: ['34'], tema: ['peningkatan-investasi'] }).map((r) => r.judul)).toEqual(['C']);
    expect(filterRecords(rows, { sdg: ['9'] }).map((r) => r.judul)).toEqual(['B']);
    expect(filterRecords(rows, { penghargaan: ['kipp'] }).map((r) => r.judul)).toEqual(['A']);
  });
  it('counts each facet with the other facets applied', () => {
    const counts = facetCounts(rows, { provinsi: ['34'] });
    expect(Object.fromEntries(counts.provinsi)).toEqual({ '34': 2, '32': 1 });
    expect(Object.fromEntries(counts.tema)).toEqual({ 'pengentasan-kemiskinan': 1, 'peningkatan-investasi': 1 });
  });
  it('sorts by year, evidence and cost, ties by title', () => {
    expect(sortRecords(rows, 'terbaru').map((r) => r.judul)).toEqual(['B', 'A', 'C']);
    expect(sortRecords(rows, 'bukti').map((r) => r.judul)).toEqual(['B', 'A', 'C']);
    expect(sortRecords(rows, 'biaya').map((r) => r.judul)).toEqual(['C', 'A', 'B']);
  });
  it('keeps filters, sort and page in a shareable query string', () => {
    const q = tulisUrl(URL_KATALOG, { saring: { tema: ['a', 'b'], provinsi: ['34'] }, urut: 'bukti', hal: 2 });
    expect(q).toBe('?tema=a,b&provinsi=34&urut=bukti&hal=2');
    expect(bacaUrl(URL_KATALOG, new URLSearchParams(q))).toEqual({ saring: { tema: ['a', 'b'], provinsi: ['34'] }, urut: 'bukti', hal: 2 });
    expect(bacaUrl(URL_KATALOG, new URLSearchParams('?urut=nonsense&hal=-3'))).toEqual({ saring: {}, urut: 'judul', hal: 1 });
  });
  it('offers on the search page only filter values that occur, with their totals, practices and models first', () => {
    const t = useTranslations('id');
    const semuaPraktik = rows.map((r) => ({ ...r, koleksi: 'praktik' as const }));
    const grup = grupSaringCari(semuaPraktik, 'id', t, { praktik: 'Praktik', model: 'Model' });
    expect(grup[0]).toEqual({ key: 'jenis', judul: t('facet.jenis'), opsi: [{ value: 'praktik', label: 'Praktik', count: 3 }] });
    const tema = grup.find((g) => g.key === 'tema')!;
    expect(tema.opsi.map((o) => [o.value, o.count])).toEqual([['pengentasan-kemiskinan', 1], ['peningkatan-investasi', 2]]);
    // No entry has a presidential priority: the group is not offered at all.
    expect(grup.map((g) => g.key)).not.toContain('prioritas');
    expect(grup.every((g) => g.opsi.every((o) => o.count > 0))).toBe(true);
  });
  it('pages a list and clamps the page number', () => {
    expect(halaman([1, 2, 3, 4, 5], 2, 2)).toMatchObject({ items: [3, 4], current: 2, pages: 3, from: 3, to: 4, total: 5 });
    expect(halaman([1, 2, 3], 9, 2)).toMatchObject({ items: [3], current: 2 });
    expect(halaman([], 1, 2)).toMatchObject({ items: [], pages: 1, from: 0, to: 0 });
  });
});

describe('citations', () => {
  const c = { id: 'simpati-sumedang', judul: 'SIMPATI', kepanjangan: 'Sistem Informasi Pencegahan Stunting Terintegrasi', penulis: ['Tim Redaksi'], diperbarui: '2026-11-28', url: 'https://x.example/praktik/simpati-sumedang/', penerbit: 'Kementerian PANRB', namaSitus: 'Pustaka' };
  it('formats APA 7 with the CSL processor: author, date of the version, title, site, URL', () => {
    expect(apa(c, 'id')).toBe('Tim Redaksi. (2026, November 28). SIMPATI: Sistem Informasi Pencegahan Stunting Terintegrasi. Kementerian PANRB. Pustaka. https://x.example/praktik/simpati-sumedang/');
  });
  it('writes BibTeX with a stable key from the permanent id and escaped special characters', () => {
    const b = bibtex({ ...c, judul: 'A & B {x}' });
    expect(b.split('\n')[0]).toBe('@misc{pustaka-simpati-sumedang,');
    expect(b).toMatch(/title = \{A \\& \{B\} \\textbraceleft\{\}x\\textbraceright\{\}: /);
  });
});

describe('guides order', () => {
  const g = (slug: string, urutan: number, bahasa: 'id' | 'en') => ({ slug, judul: slug, ringkasan: '', urutan, bahasa });
  const all = [g('b', 2, 'id'), g('a', 1, 'id'), g('a', 1, 'en'), g('c', 3, 'id')];
  it('shows translations first-class and falls back to Indonesian on English pages', () => {
    expect(daftarPanduan(all, 'id').map((p) => `${p.slug}:${p.bahasa}`)).toEqual(['a:id', 'b:id', 'c:id']);
    expect(daftarPanduan(all, 'en').map((p) => `${p.slug}:${p.bahasa}`)).toEqual(['a:en', 'b:id', 'c:id']);
  });
  it('links previous and next in reading order', () => {
    const list = daftarPanduan(all, 'id');
    expect(tetangga(list, 'b')).toMatchObject({ sebelumnya: { slug: 'a' }, berikutnya: { slug: 'c' } });
    expect(tetangga(list, 'a').sebelumnya).toBeUndefined();
  });
});

describe('small helpers', () => {
  it('formats dates without depending on the machine locale', () => {
    expect(formatTanggal('2026-11-28')).toBe('28 November 2026');
    expect(formatTanggal('2024-02-05', 'en')).toBe('5 February 2024');
    expect(formatTanggal('2024-13-05')).toBe('2024-13-05');
    // Sources record their publication as precisely as they give it.
    expect(formatTanggal('2025-08')).toBe('Agustus 2025');
    expect(formatTanggal('2025-08', 'en')).toBe('August 2025');
    expect(formatTanggal('2025')).toBe('2025');
  });
  it('counts practices per province of origin and of replication', () => {
    const m = hitungProvinsi([{ provinsi: '52', provinsiReplikasi: [] }, { provinsi: '34', provinsiReplikasi: ['52'] }], ['34', '52', '11']);
    expect(Object.fromEntries(m)).toEqual({ '34': { asal: 1, replikasi: 0 }, '52': { asal: 1, replikasi: 1 }, '11': { asal: 0, replikasi: 0 } });
    expect([0, 1, 2, 3, 4, 9].map(tingkatTile)).toEqual([0, 1, 2, 2, 3, 3]);
  });
  it('parses a comparison selection safely and caps it at four', () => {
    expect(bacaUrl(URL_BANDINGKAN, new URLSearchParams('?id=praktik/a,model/b,praktik/a,bad,praktik/c,praktik/d,praktik/e')).id).toEqual(['praktik/a', 'model/b', 'praktik/c', 'praktik/d']);
    expect(tulisUrl(URL_BANDINGKAN, { id: ['model/b'] })).toBe('?id=model/b');
  });
  it("links a model's practices to the compare page in the model's order, the first four of five, each once", () => {
    const p = (id: string) => ({ koleksi: 'praktik' as const, id });
    const q = kueriBandingkan(['simpati-sumedang', 'si-tumbuh-cerdas-bangka', 'kejar-stunting-luwu-utara', 'a', 'b'].map(p));
    expect(q).toBe('?id=praktik/simpati-sumedang,praktik/si-tumbuh-cerdas-bangka,praktik/kejar-stunting-luwu-utara,praktik/a');
    // What the compare page then reads back is exactly that selection.
    expect(bacaUrl(URL_BANDINGKAN, new URLSearchParams(q)).id).toHaveLength(4);
    expect(kueriBandingkan([{ koleksi: 'model', id: 'penanganan-stunting' }])).toBe('?id=model/penanganan-stunting');
  });
  it('confirms each change to a comparison: what was added or removed, then how many are compared', () => {
    const w = { ditambah: '{0} ditambahkan.', dihapus: '{0} dihapus.', jumlah: '{0} entri dibandingkan.', kosong: 'Pilih paling sedikit dua entri.', penuh: 'Paling banyak empat entri.' };
    expect(teksBandingkan(3, w, { jenis: 'tambah', judul: 'Kejar Stunting' })).toBe('Kejar Stunting ditambahkan. 3 entri dibandingkan.');
    expect(teksBandingkan(4, w, { jenis: 'tambah', judul: 'SIMPATI' })).toBe('SIMPATI ditambahkan. 4 entri dibandingkan. Paling banyak empat entri.');
    expect(teksBandingkan(1, w, { jenis: 'hapus', judul: 'SIMPATI' })).toBe('SIMPATI dihapus. Pilih paling sedikit dua entri.');
    // Opening a shared comparison: only its state.
    expect(teksBandingkan(2, w)).toBe('2 entri dibandingkan.');
    expect(teksBandingkan(0, w)).toBe('Pilih paling sedikit dua entri.');
  });
  it('slugifies titles for new entries', () => {
    expect(slugify('Si Perut Laper (Jawa Barat)')).toBe('si-perut-laper-jawa-barat');
    expect(slugify('Élan  & Vital')).toBe('elan-vital');
  });
  it('fills numbered placeholders', () => {
    expect(isi('{0} dari {1}', 3, 5)).toBe('3 dari 5');
  });
  it('escapes everything a card shows', () => {
    const html = kartuHtml(
      { koleksi: 'praktik', id: 'x', judul: '<b>"A"</b>', ringkasan: 'r & s', tema: 'p3dn', headline: { dampak: 'tinggi', biaya: 'rendah', bukti: 'kuat' } },
      { locale: 'id', jenis: { model: 'Model', praktik: 'Praktik' }, tema: { p3dn: 'P3DN' }, provinsi: {}, words: headlineWords('id'), prefix: '/sub/' },
    );
    expect(html).toContain('<a href="/sub/praktik/x/">&lt;b&gt;&quot;A&quot;&lt;/b&gt;</a>');
    expect(html).toContain('r &amp; s');
    expect(html).not.toContain('<b>');
  });
  it('marks the Indonesian title on an English page, for screen readers, and adds nothing on an Indonesian one', () => {
    const r = { koleksi: 'praktik', id: 'x', judul: 'Kejar Stunting', ringkasan: 'r', tema: 'p3dn', headline: { dampak: 'tinggi', biaya: 'rendah', bukti: 'kuat' } } as const;
    const labels = (locale: 'id' | 'en') => ({ locale, jenis: { model: 'Model', praktik: 'Practice' }, tema: { p3dn: 'P3DN' }, provinsi: {}, words: headlineWords(locale), prefix: '/sub/' });
    expect(kartuHtml(r, labels('en'))).toContain('<a href="/sub/praktik/x/" lang="id">Kejar Stunting</a>');
    expect(kartuHtml(r, labels('id'))).toContain('<a href="/sub/praktik/x/">Kejar Stunting</a>');
  });
});

describe('rupiah on the card', () => {
  it('says millions and billions as a reader would, in each language', async () => {
    const { rupiahJuta } = await import('../src/lib/format.ts');
    expect(rupiahJuta(150, 'id')).toBe('Rp150 juta');
    expect(rupiahJuta(1500, 'id')).toBe('Rp1,5 miliar');
    expect(rupiahJuta(5000, 'en')).toBe('Rp5 billion');
    expect(rupiahJuta(249.5, 'en')).toBe('Rp249.5 million');
  });
});
