import { describe, expect, it } from 'vitest';
import {
  KEADAAN_KOSONG,
  KUNCI_SARING,
  adaPencarian,
  amankanCuplikan,
  bentukHasil,
  filterPagefind,
  gabungHitungan,
  hasilHtml,
  isiTemplat,
  keadaanDariUrl,
  keadaanKeUrl,
  kelompokAktif,
  permintaan,
  rapikanKueri,
  teksPolos,
  teksStatus,
  urutPagefind,
  type DataHasil,
  type KataStatus,
  type KeadaanCari,
} from '../src/lib/cari.ts';
import { hitungHalamanEntri } from '../src/integrations/search.ts';
import { FACET_KEYS } from '../src/lib/facets.ts';

const url = (s: string) => new URLSearchParams(s);

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

  it('maps sort orders onto the page sort keys', () => {
    expect(urutPagefind('relevansi')).toBeUndefined();
    expect(urutPagefind('terbaru')).toEqual({ tahun: 'desc' });
    expect(urutPagefind('terlama')).toEqual({ tahun: 'asc' });
    expect(urutPagefind('diperbarui')).toEqual({ diperbarui: 'desc' });
  });

  it('searches with a null term when only filters are set', () => {
    expect(permintaan({ q: '  ', saring: { jenis: ['model'] }, urut: 'relevansi' })).toEqual({ term: null, options: { filters: { jenis: { any: ['model'] } } } });
    expect(permintaan({ q: 'stunting', saring: {}, urut: 'terbaru' })).toEqual({ term: 'stunting', options: { filters: {}, sort: { tahun: 'desc' } } });
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
    expect(html).not.toMatch(/<(?!\/?(li|p|h3|a|mark|ul)\b)/);
  });
});

describe('announcements', () => {
  const w: KataStatus = {
    hasilSatu: '{n} result for “{q}”',
    hasilBanyak: '{n} results for “{q}”',
    saringSatu: '{n} entry matches the filters',
    saringBanyak: '{n} entries match the filters',
    saringAktifSatu: ', {s} filter active',
    saringAktif: ', {s} filters active',
    kosong: 'Try other words.',
  };

  it('says how many results a query gave, with the filters in force', () => {
    expect(teksStatus(3, { q: 'stunting', saring: {}, urut: 'relevansi' }, w)).toBe('3 results for “stunting”.');
    expect(teksStatus(3, { q: 'stunting', saring: { jenis: ['praktik'] }, urut: 'relevansi' }, w)).toBe('3 results for “stunting”, 1 filter active.');
    expect(teksStatus(1, { q: 'P3DN', saring: { tema: ['a'], sdg: ['3', '8'] }, urut: 'relevansi' }, w)).toBe('1 result for “P3DN”, 3 filters active.');
    expect(teksStatus(2, { q: '', saring: { jenis: ['model'] }, urut: 'relevansi' }, w)).toBe('2 entries match the filters.');
    expect(teksStatus(0, { q: 'zzz', saring: {}, urut: 'relevansi' }, w)).toBe('0 results for “zzz”. Try other words.');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(isiTemplat('{n} hasil untuk “{q}” {x}', { n: 2, q: 'a' })).toBe('2 hasil untuk “a” {x}');
  });
});

describe('index build checks', () => {
  it('counts entry pages per language, not catalogue pages', () => {
    expect(hitungHalamanEntri(['praktik/a/', '/en/praktik/a/', 'model/b/', 'praktik/', 'praktik/halaman/2/', 'en/model/b/', 'cari/', 'panduan/x/'])).toEqual({ id: 2, en: 2 });
  });
});
