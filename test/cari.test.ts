import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  KUNCI_SARING,
  adaPencarian,
  amankanCuplikan,
  bentukHasil,
  filterPagefind,
  gabungHitungan,
  hasilHtml,
  hitungSaring,
  kelompokAktif,
  permintaan,
  rapikanKueri,
  teksPolos,
  teksStatus,
  urutkanHasil,
  dataUrut,
  denganUrutan,
  URL_CARI,
  type DataHasil,
  type Hitungan,
  type KataStatus,
  type KataUrut,
  type KeadaanCari,
  type OpsiPagefind,
} from '../src/lib/cari.ts';
import { pulihkan, saranKueri, teksPulih, type KataPulih } from '../src/lib/cari-pulih.ts';
import { bacaUrl, tulisUrl, type NilaiDikenal } from '../src/lib/keadaan-url.ts';
import { hitungHalamanEntri, urlFragmen } from '../src/integrations/search.ts';
import { FACET_KEYS } from '../src/lib/facets.ts';

const url = (s: string) => new URLSearchParams(s);
const KEADAAN_KOSONG: KeadaanCari = { q: '', saring: {}, urut: 'relevansi' };
const keadaanKeUrl = (k: KeadaanCari) => tulisUrl(URL_CARI, k);
const keadaanDariUrl = (p: URLSearchParams, dikenal?: NilaiDikenal) => bacaUrl(URL_CARI, p, dikenal);

describe('URL state', () => {
  it('round-trips a full state', () => {
    const k: KeadaanCari = { q: 'stunting balita', saring: { tema: ['percepatan-prioritas-presiden'], provinsi: ['73', '19'], sdg: ['3'] }, urut: 'terbaru' };
    const s = keadaanKeUrl(k);
    expect(s).toBe('?q=stunting+balita&tema=percepatan-prioritas-presiden&provinsi=73,19&sdg=3&urut=terbaru');
    expect(keadaanDariUrl(url(s))).toEqual(k);
  });

  it('writes nothing for the empty state, and reads it back', () => {
    expect(keadaanKeUrl(KEADAAN_KOSONG)).toBe('');
    expect(keadaanDariUrl(url(''))).toEqual(KEADAAN_KOSONG);
    expect(adaPencarian(KEADAAN_KOSONG)).toBe(false);
  });

  it('reads the header form (?q=… only) and trims the query', () => {
    expect(keadaanDariUrl(url('q=%20%20P3DN%20%20'))).toEqual({ q: 'P3DN', saring: {}, urut: 'relevansi' });
  });

  it('accepts repeated parameters as a plain GET form sends them, and drops duplicates', () => {
    expect(keadaanDariUrl(url('tema=a&tema=b,a&jenis=praktik')).saring).toEqual({ tema: ['a', 'b'], jenis: ['praktik'] });
  });

  it('keeps a fixed key order, so the same state always gives the same URL', () => {
    const a = keadaanKeUrl({ q: 'x', saring: { tahun: ['2020'], jenis: ['model'] }, urut: 'relevansi' });
    const b = keadaanKeUrl({ q: 'x', saring: { jenis: ['model'], tahun: ['2020'] }, urut: 'relevansi' });
    expect(a).toBe(b);
    expect(a).toBe('?q=x&jenis=model&tahun=2020');
  });

  it('ignores unknown keys and sorts, and drops values the page does not offer', () => {
    const k = keadaanDariUrl(url('q=a&warna=merah&urut=acak&provinsi=99,73'), { provinsi: ['73'] });
    expect(k).toEqual({ q: 'a', saring: { provinsi: ['73'] }, urut: 'relevansi' });
  });

  it('cuts an overlong query and collapses whitespace', () => {
    expect(rapikanKueri(`a\n\tb   c`)).toBe('a b c');
    expect(keadaanDariUrl(url(`q=${'x'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('encodes characters that need it and decodes them back', () => {
    const k: KeadaanCari = { q: 'biaya & "jemput bola"?', saring: {}, urut: 'relevansi' };
    expect(keadaanDariUrl(url(keadaanKeUrl(k).slice(1)))).toEqual(k);
  });
});

describe('mapping onto Pagefind', () => {
  it('uses the catalogue facet keys plus the entry type, so links and the index agree', () => {
    expect(KUNCI_SARING.filter((k) => k !== 'jenis').every((k) => (FACET_KEYS as readonly string[]).includes(k))).toBe(true);
  });

  it('ORs values within a group and ANDs groups', () => {
    expect(filterPagefind({ tema: ['a', 'b'], provinsi: ['73'] })).toEqual({ tema: { any: ['a', 'b'] }, provinsi: { any: ['73'] } });
    expect(filterPagefind({ tema: ['a'], provinsi: ['73'] }, 'tema')).toEqual({ provinsi: { any: ['73'] } });
    expect(filterPagefind({ tema: [] })).toEqual({});
  });

  it('sorts results by start year or last update from the sort file; ties and pages without the key keep relevance order, last', () => {
    const data = dataUrut([
      { id: 'id_d', tahun: 2019, diperbarui: '2026-01-05' },
      { id: 'id_a', tahun: 2021, diperbarui: '2025-12-31' },
      { id: 'id_b', tahun: 2019, diperbarui: '2026-03-01' },
      { id: 'id_c', diperbarui: '2024-07-17' },
    ]);
    // Written in id order, dates as days, so two builds write the same file.
    expect(data).toEqual({ id: ['id_a', 'id_b', 'id_c', 'id_d'], tahun: [2021, 2019, null, 2019], diperbarui: [20453, 20513, 19921, 20458] });
    // Relevance order as Pagefind returned it; id_x is a page the file does not know (a guide).
    const hasil = ['id_c', 'id_x', 'id_d', 'id_a', 'id_b'].map((id) => ({ id }));
    const urut = (u: Parameters<typeof urutkanHasil>[2]) => urutkanHasil(hasil, data, u).map((h) => h.id);
    expect(urut('relevansi')).toEqual(['id_c', 'id_x', 'id_d', 'id_a', 'id_b']);
    expect(urut('terbaru')).toEqual(['id_a', 'id_d', 'id_b', 'id_c', 'id_x']);
    expect(urut('terlama')).toEqual(['id_d', 'id_b', 'id_a', 'id_c', 'id_x']);
    expect(urut('diperbarui')).toEqual(['id_b', 'id_d', 'id_a', 'id_c', 'id_x']);
  });

  it('searches with a null term when only filters are set', () => {
    expect(permintaan({ q: '  ', saring: { jenis: ['model'] }, urut: 'relevansi' })).toEqual({ term: null, options: { filters: { jenis: { any: ['model'] } } } });
    // Sorting is the page's own (urutkanHasil): Pagefind's sort keys would load with every query.
    expect(permintaan({ q: 'stunting', saring: {}, urut: 'terbaru' })).toEqual({ term: 'stunting', options: { filters: {} } });
  });

  it('takes a selected group’s counts from the search without that group (disjunctive counts)', () => {
    const s = { tema: ['a'], provinsi: ['73'] };
    expect(kelompokAktif(s)).toEqual(['tema', 'provinsi']);
    const utama = { tema: { a: 2, b: 0 }, provinsi: { '73': 2, '19': 0 }, jenis: { praktik: 2 } };
    const tanpaTema = { tema: { a: 2, b: 5 } };
    const tanpaProvinsi = { provinsi: { '73': 2, '19': 4 } };
    const out = gabungHitungan(utama, { tema: tanpaTema, provinsi: tanpaProvinsi });
    expect(out.tema).toEqual({ a: 2, b: 5 });
    expect(out.provinsi).toEqual({ '73': 2, '19': 4 });
    expect(out.jenis).toEqual({ praktik: 2 });
    expect(out.sdg).toEqual({});
  });
});

describe('filter counts (the island hands in Pagefind’s search)', () => {
  /** A fake search that records its calls and answers with the filters it is given per group left out. */
  const palsu = (jawab: (o: OpsiPagefind) => Hitungan) => {
    const panggilan: { term: string | null; options: OpsiPagefind }[] = [];
    const cari = async (term: string | null, options: OpsiPagefind) => {
      panggilan.push({ term, options });
      return { filters: jawab(options) };
    };
    return { cari, panggilan };
  };

  it('counts an unfiltered query with one search, or none when the results already carried the counts', async () => {
    const f = palsu(() => ({ jenis: { praktik: 4, model: 1 } }));
    const s: KeadaanCari = { q: 'stunting', saring: {}, urut: 'relevansi' };
    expect((await hitungSaring(f.cari, s)).jenis).toEqual({ praktik: 4, model: 1 });
    expect(f.panggilan).toEqual([{ term: 'stunting', options: { filters: {} } }]);
    const g = palsu(() => ({}));
    expect((await hitungSaring(g.cari, s, { jenis: { praktik: 2 } })).jenis).toEqual({ praktik: 2 });
    expect(g.panggilan).toEqual([]);
  });

  it('counts each ticked group from a search without it', async () => {
    const f = palsu((o) => (o.filters.jenis ? { jenis: { praktik: 3 }, tema: { a: 3, b: 1 } } : { jenis: { praktik: 3, model: 2 }, tema: { a: 5 } }));
    const out = await hitungSaring(f.cari, { q: '', saring: { jenis: ['praktik'] }, urut: 'terbaru' });
    expect(out.jenis).toEqual({ praktik: 3, model: 2 });
    expect(out.tema).toEqual({ a: 3, b: 1 });
    expect(f.panggilan.map((x) => [x.term, Object.keys(x.options.filters)])).toEqual([
      [null, ['jenis']],
      [null, []],
    ]);
  });
});

describe('recovery when fewer than three pages hold every word', () => {
  const w: KataStatus & KataPulih = {
    hasilSatu: '{0} hasil untuk “{1}”',
    hasilBanyak: '{0} hasil untuk “{1}”',
    saringSatu: '{0} entri',
    saringBanyak: '{0} entri',
    saringAktifSatu: ', {0} saringan aktif',
    saringAktif: ', {0} saringan aktif',
    kosong: 'Coba kata lain.',
    kosongSaring: 'Coba kata lain atau hapus saringan.',
    sebagian: 'Tidak ada entri yang memuat semua kata. {0} entri memuat sebagian.',
    sebagianSatu: 'Tidak ada entri yang memuat semua kata. 1 entri memuat sebagian.',
    tambahan: 'Di bawahnya {0} entri yang memuat sebagian kata.',
    tambahanSatu: 'Di bawahnya 1 entri yang memuat sebagian kata.',
    tidakDitemukan: 'Tidak ditemukan di entri mana pun: {0}.',
  };
  const halaman = (...ids: string[]) => ids.map((id) => ({ id }));
  /** A fake per-word search: each word finds the pages listed for it. */
  const perKata = (peta: Record<string, string[]>) => {
    const kata: string[] = [];
    const cari = async (term: string, _o: OpsiPagefind) => {
      kata.push(term);
      return { results: halaman(...(peta[term] ?? [])) };
    };
    return { cari, kata };
  };
  const s = (q: string): KeadaanCari => ({ q, saring: {}, urut: 'relevansi' });

  it('searches each word, adds the pages holding the most words after the exact ones, and names the missing words', async () => {
    const f = perKata({ pangan: ['a', 'b', 'c'], mahal: ['b', 'd'], lebaran: ['b', 'c'], xqzw: [] });
    const p = await pulihkan(f.cari, s('pangan mahal di lebaran xqzw'), halaman('c'));
    expect(f.kata).toEqual(['pangan', 'mahal', 'lebaran', 'xqzw']);
    expect(p).toEqual({ hasil: halaman('c', 'b', 'a', 'd'), tepat: 1, tambahan: 3, hilang: ['xqzw'], lemah: ['mahal', 'lebaran', 'xqzw'] });
    expect(teksPulih(p!, s('pangan mahal di lebaran xqzw'), w)).toBe('1 hasil untuk “pangan mahal di lebaran xqzw”. Di bawahnya 3 entri yang memuat sebagian kata. Tidak ditemukan di entri mana pun: xqzw.');
  });

  it('says "some of the words" when nothing holds them all, and keeps the usual line when nothing was added or missing', async () => {
    const p = await pulihkan(perKata({ pangan: ['a'], mahal: ['b'] }).cari, s('pangan mahal'), []);
    expect(teksPulih(p!, s('pangan mahal'), w)).toBe('Tidak ada entri yang memuat semua kata. 2 entri memuat sebagian.');
    const satu = await pulihkan(perKata({ stuntng: ['a'] }).cari, s('stuntng'), halaman('a'));
    expect(satu).toMatchObject({ hasil: halaman('a'), tambahan: 0, hilang: [], lemah: ['stuntng'] });
    expect(teksPulih(satu!, s('stuntng'), w)).toBeUndefined();
    const nol = await pulihkan(perKata({}).cari, s('zzyzx'), []);
    // Nothing found at all: the line does not name the missing word a second time.
    expect(teksPulih(nol!, s('zzyzx'), w)).toBe('0 hasil untuk “zzyzx”. Coba kata lain.');
    expect(teksPulih(nol!, { ...s('zzyzx'), saring: { jenis: ['model'] } }, w)).toBe('0 hasil untuk “zzyzx”, 1 saringan aktif. Coba kata lain atau hapus saringan.');
  });

  it('counts a word found only by a shorter indexed word as missing, and ranks no page for it', async () => {
    // Pagefind searched "ribet" as "r": page z holds an "r", not "ribet".
    const f = perKata({ stunting: ['a', 'b'], ribet: ['z'], dinas: ['b', 'z'] });
    const ada = async (kata: string, hasil: readonly { id: string }[]) => !(kata === 'ribet' && hasil[0]?.id === 'z');
    const p = await pulihkan(f.cari, s('stunting ngurus ribet dinas'), [], () => false, ada);
    expect(p).toEqual({ hasil: halaman('b', 'a', 'z'), tepat: 0, tambahan: 3, hilang: ['ngurus', 'ribet'], lemah: ['stunting', 'ngurus', 'ribet', 'dinas'] });
    expect(teksPulih(p!, s('stunting ngurus ribet dinas'), w)).toBe('Tidak ada entri yang memuat semua kata. 3 entri memuat sebagian. Tidak ditemukan di entri mana pun: ngurus, ribet.');
  });

  it('gives nothing back once a newer search has started', async () => {
    expect(await pulihkan(perKata({ a: ['x'] }).cari, s('aa bb'), [], () => true)).toBeUndefined();
  });

  it('suggests a corrected query from the vocabulary, word by word', async () => {
    expect(await saranKueri('Stuntng balita', ['stuntng'], ['stunting', 'balita'])).toBe('stunting balita');
    expect(await saranKueri('stunting', ['stunting'], ['stunting'])).toBeUndefined();
    expect(await saranKueri('qqq', ['qqq'], ['stunting'])).toBeUndefined();
  });

  it('does not turn an ordinary five-letter word into another word, yet still mends its typo', async () => {
    const kosa = ['murah', 'nikel', 'tidur', 'map', 'panel', 'datang', 'pangan', 'balita', 'posyandu'];
    // Officers' own words, found in few or no pages: two edits away from a vocabulary word.
    expect(await saranKueri('warga pedalaman susah urus akta', ['susah'], kosa)).toBeUndefined();
    expect(await saranKueri('nikah dini stunting', ['nikah'], kosa)).toBeUndefined();
    expect(await saranKueri('harga telur naik', ['telur'], kosa)).toBeUndefined();
    expect(await saranKueri('keluarga tidak mampu', ['mampu'], kosa)).toBeUndefined();
    expect(await saranKueri('babel', ['babel'], kosa)).toBeUndefined();
    // One typo in a word of up to six letters, and two in a longer one, are still mended.
    expect(await saranKueri('baltia', ['baltia'], kosa)).toBe('balita');
    expect(await saranKueri('pangn', ['pangn'], kosa)).toBe('pangan');
    expect(await saranKueri('posyndu', ['posyndu'], kosa)).toBe('posyandu');
    expect(await saranKueri('posyadnu', ['posyadnu'], kosa)).toBe('posyandu');
  });
});

describe('excerpts', () => {
  it('keeps Pagefind’s <mark> and its entities', () => {
    expect(amankanCuplikan('a &lt;b&gt; <mark>stunting</mark> &amp; c')).toBe('a &lt;b&gt; <mark>stunting</mark> &amp; c');
  });

  it('escapes any other markup', () => {
    expect(amankanCuplikan('<img src=x onerror=alert(1)><mark>x</mark><script>y</script>')).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>x</mark>&lt;script&gt;y&lt;/script&gt;');
    expect(amankanCuplikan('<mark onclick="x">a</mark>')).toBe('&lt;mark onclick=&quot;x&quot;&gt;a');
  });

  it('balances and unnests marks', () => {
    expect(amankanCuplikan('<mark>a<mark>b</mark></mark>c<mark>d')).toBe('<mark>ab</mark>c<mark>d</mark>');
    expect(amankanCuplikan('</mark>a')).toBe('a');
  });

  it('escapes a bare ampersand but not an entity', () => {
    expect(amankanCuplikan('R&D &amp; &#8212; &x')).toBe('R&amp;D &amp; &#8212; &amp;x');
  });

  it('gives plain text back for comparisons', () => {
    expect(teksPolos('a <mark>b</mark> &amp; &lt;c&gt;')).toBe('a b & <c>');
  });
});

describe('result cards', () => {
  const data: DataHasil = {
    url: '/x/praktik/kejar-stunting/?highlight=stunting',
    excerpt: 'Kelas pijat bayi <mark>stunting</mark> di puskesmas',
    meta: { title: 'Kejar <Stunting>', ringkasan: 'Kelas di UPT Puskesmas Tanalili.', headline: 'Dampak rendah · biaya rendah · bukti sedang', instansi: 'Pemerintah Kabupaten Luwu Utara', provinsi: 'Sulawesi Selatan', alias: 'Kejar Stunting' },
    filters: { jenis: ['praktik'], tema: ['percepatan-prioritas-presiden'], tahun: ['2021'] },
    sub_results: [
      { url: '/x/praktik/kejar-stunting/?highlight=stunting', title: 'Kejar', excerpt: 'page' },
      { url: '/x/praktik/kejar-stunting/?highlight=stunting#masalah', title: 'Masalah', excerpt: 'angka <mark>stunting</mark>' },
      { url: '/x/praktik/kejar-stunting/?highlight=stunting#hasil', title: 'Hasil', excerpt: 'b' },
      { url: '/x/praktik/kejar-stunting/?highlight=stunting#risiko', title: 'Risiko', excerpt: 'c' },
    ],
  };

  it('shapes the card from meta and filters, keeping only anchored sub-results', () => {
    const h = bentukHasil(data, { praktik: 'Praktik' });
    expect(h).toMatchObject({ judul: 'Kejar <Stunting>', jenis: 'Praktik', instansi: 'Pemerintah Kabupaten Luwu Utara', provinsi: 'Sulawesi Selatan', tahun: '2021', ringkasan: 'Kelas di UPT Puskesmas Tanalili.' });
    expect(h.sub.map((s) => s.judul)).toEqual(['Masalah', 'Hasil']);
    expect(h.sub[0]!.cuplikan).toBe('angka <mark>stunting</mark>');
  });

  it('does not repeat the summary when the excerpt is the summary (English entry pages)', () => {
    const h = bentukHasil({ ...data, excerpt: 'Kelas di UPT <mark>Puskesmas</mark> Tanalili.', sub_results: [] });
    expect(h.ringkasan).toBeUndefined();
  });

  it('falls back to the URL for a page without a title, and omits absent meta', () => {
    const h = bentukHasil({ url: '/x/panduan/a/', excerpt: 'x', meta: {} });
    expect(h).toEqual({ url: '/x/panduan/a/', judul: '/x/panduan/a/', cuplikan: 'x', sub: [] });
  });

  it('labels a result that awaits review, before its title', () => {
    const html = hasilHtml(bentukHasil({ ...data, meta: { ...data.meta, status: 'menunggu tinjauan' } }, { praktik: 'Praktik' }), { bagian: 'Bagian', alias: 'Alias', bahasaRingkasan: 'id' });
    expect(html).toMatch(/<p class="lencana-status">menunggu tinjauan<\/p><h3 class="cari-judul">/);
    expect(hasilHtml(bentukHasil(data), { bagian: 'Bagian', alias: 'Alias', bahasaRingkasan: 'id' })).not.toContain('lencana-status');
  });

  it('renders every text escaped and only sanitised excerpts as HTML', () => {
    const html = hasilHtml(bentukHasil(data, { praktik: 'Praktik' }), { bagian: 'Bagian yang cocok', alias: 'Juga dikenal sebagai', bahasaRingkasan: 'id' });
    expect(html).toContain('<h3 class="cari-judul"><a href="/x/praktik/kejar-stunting/?highlight=stunting">Kejar &lt;Stunting&gt;</a></h3>');
    expect(html).toContain('<mark>stunting</mark>');
    expect(html).toContain('aria-label="Bagian yang cocok"');
    expect(html).toContain('<p class="kecil muted">Praktik · Pemerintah Kabupaten Luwu Utara · Sulawesi Selatan · 2021</p>');
    expect(html).not.toMatch(/<(?!\/?(li|p|h3|a|mark|ul|span)\b)/);
  });

  it('names each section link after its entry too, so the links of a page do not repeat one name', () => {
    const html = hasilHtml(bentukHasil(data, { praktik: 'Praktik' }), { bagian: 'Bagian yang cocok', alias: 'Juga dikenal sebagai', bahasaRingkasan: 'id' });
    expect(html).toContain('>Masalah<span class="sr-only"> (Kejar &lt;Stunting&gt;)</span></a>');
    expect(html).toContain('>Hasil<span class="sr-only"> (Kejar &lt;Stunting&gt;)</span></a>');
  });

  it('marks the Indonesian title, aliases and institution of an entry on an English page, and nothing on an Indonesian one', () => {
    const en = hasilHtml(bentukHasil(data, { praktik: 'Practice' }), { bagian: 'Matching sections', alias: 'Also known as', bahasaRingkasan: 'en' });
    expect(en).toContain('<a href="/x/praktik/kejar-stunting/?highlight=stunting" lang="id">Kejar &lt;Stunting&gt;</a>');
    expect(en).toContain('Also known as: <span lang="id">Kejar Stunting</span>');
    expect(en).toContain('Practice · <span lang="id">Pemerintah Kabupaten Luwu Utara</span> · Sulawesi Selatan');
    expect(hasilHtml(bentukHasil({ ...data, meta: { ...data.meta, ringkasan: undefined } }, { praktik: 'Praktik' }), { bagian: 'Bagian', alias: 'Alias', bahasaRingkasan: 'id' })).not.toContain('lang=');
    // A guide is written in the page's language: no entry type, no mark.
    const panduan = hasilHtml(bentukHasil({ url: '/x/en/panduan/a/', excerpt: 'x', meta: { title: 'How to read' } }), { bagian: 'Matching sections', alias: 'Also known as', bahasaRingkasan: 'en' });
    expect(panduan).not.toContain('lang=');
  });
});

describe('announcements', () => {
  const w: KataStatus = {
    hasilSatu: '{0} result for “{1}”',
    hasilBanyak: '{0} results for “{1}”',
    saringSatu: '{0} entry matches the filters',
    saringBanyak: '{0} entries match the filters',
    saringAktifSatu: ', {0} filter active',
    saringAktif: ', {0} filters active',
    kosong: 'Try other words.',
    kosongSaring: 'Try other words, or clear the filters.',
  };

  it('says how many results a query gave, with the filters in force', () => {
    expect(teksStatus(3, { q: 'stunting', saring: {}, urut: 'relevansi' }, w)).toBe('3 results for “stunting”.');
    expect(teksStatus(3, { q: 'stunting', saring: { jenis: ['praktik'] }, urut: 'relevansi' }, w)).toBe('3 results for “stunting”, 1 filter active.');
    expect(teksStatus(1, { q: 'P3DN', saring: { tema: ['a'], sdg: ['3', '8'] }, urut: 'relevansi' }, w)).toBe('1 result for “P3DN”, 3 filters active.');
    expect(teksStatus(2, { q: '', saring: { jenis: ['model'] }, urut: 'relevansi' }, w)).toBe('2 entries match the filters.');
    expect(teksStatus(0, { q: 'zzz', saring: {}, urut: 'relevansi' }, w)).toBe('0 results for “zzz”. Try other words.');
  });

  it('names the order after a re-sort, which keeps the count, so the line changes and confirms it', () => {
    const u: KataUrut = { urutan: 'Order: {0}.', namaUrutan: { relevansi: 'Most relevant', terbaru: 'Start year (newest)', terlama: 'Start year (oldest)', diperbarui: 'Recently updated' } };
    expect(denganUrutan('4 results for “stunting”.', 4, 'terbaru', 'relevansi', u)).toBe('4 results for “stunting”. Order: Start year (newest).');
    expect(denganUrutan('4 results for “stunting”.', 4, 'terlama', 'relevansi', u)).toBe('4 results for “stunting”. Order: Start year (oldest).');
    // Relevance is the order a search comes in; one result or none has no order to speak of.
    expect(denganUrutan('4 results for “stunting”.', 4, 'relevansi', 'relevansi', u)).toBe('4 results for “stunting”.');
    expect(denganUrutan('1 result for “P3DN”.', 1, 'terbaru', 'relevansi', u)).toBe('1 result for “P3DN”.');
  });
});

describe('index build checks', () => {
  it('counts entry pages per language, not catalogue pages', () => {
    expect(hitungHalamanEntri(['praktik/a/', '/en/praktik/a/', 'model/b/', 'praktik/', 'praktik/halaman/2/', 'en/model/b/', 'cari/', 'panduan/x/'])).toEqual({ id: 2, en: 2 });
  });

  it('reads the page URL of every Pagefind fragment, from its start or, when url is not its first key, whole', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pagefind-'));
    mkdirSync(join(out, 'fragment'));
    const fragmen = (id: string, json: object) => writeFileSync(join(out, 'fragment', `${id}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(json)}`));
    fragmen('id_a1', { url: '/praktik/a/', content: 'x'.repeat(5000) });
    fragmen('id_b2', { content: 'y'.repeat(5000), url: '/praktik/b\u0022c/' });
    writeFileSync(join(out, 'fragment', 'bukan-fragmen.txt'), '');
    expect(Object.fromEntries(await urlFragmen(out))).toEqual({ id_a1: '/praktik/a/', id_b2: '/praktik/b"c/' });
  });
});
