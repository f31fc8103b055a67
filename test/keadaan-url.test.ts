/**
 * The one query-string codec (src/lib/keadaan-url.ts) and the four URL formats declared with it:
 * catalogue, search, fit-finder and comparison. Every link the site has ever written must still
 * open the same state; what the site writes now is canonical (one URL per state).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { URL_BANDINGKAN } from '../src/lib/bandingkan.ts';
import { KUNCI_SARING, URL_CARI, URUTAN, type KeadaanCari } from '../src/lib/cari.ts';
import { FACET_KEYS, SORT_KEYS } from '../src/lib/facets.ts';
import { URL_KATALOG, type KeadaanKatalog } from '../src/lib/katalog.ts';
import { bacaUrl, rapikanTeks, tulisUrl, type SkemaUrl } from '../src/lib/keadaan-url.ts';
import { URL_TEMUKAN, type Jawaban } from '../src/lib/temukan.ts';

const p = (s: string) => new URLSearchParams(s);
/** Read a query string and write it back: the canonical form of a link. */
const kanonik = <S extends SkemaUrl>(skema: S, s: string) => tulisUrl(skema, bacaUrl(skema, p(s)));

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const daftarSlug = fc.uniqueArray(slug, { maxLength: 4 });
/** Free text as readers type it: any characters, including spaces, punctuation and non-ASCII. */
const teks = fc.string({ unit: 'grapheme', maxLength: 60 });

describe('the codec', () => {
  it('writes nothing for an empty state and reads the empty string back as defaults', () => {
    expect(tulisUrl(URL_CARI, { q: '', saring: {}, urut: 'relevansi' })).toBe('');
    expect(tulisUrl(URL_KATALOG, { saring: {}, urut: 'judul', hal: 1 })).toBe('');
    expect(tulisUrl(URL_TEMUKAN, {})).toBe('');
    expect(tulisUrl(URL_BANDINGKAN, { id: [] })).toBe('');
    expect(bacaUrl(URL_CARI, p(''))).toEqual({ q: '', saring: {}, urut: 'relevansi' });
    expect(bacaUrl(URL_KATALOG, p(''))).toEqual({ saring: {}, urut: 'judul', hal: 1 });
    expect(bacaUrl(URL_BANDINGKAN, p(''))).toEqual({ id: [] });
    expect(Object.values(bacaUrl(URL_TEMUKAN, p(''))).every((v) => v === undefined)).toBe(true);
  });

  it('reads a list comma-joined, repeated, or both, and writes it comma-joined', () => {
    for (const s of ['tema=a,b', 'tema=a&tema=b', 'tema=a,b&tema=a', 'tema=%20a%20,,b,', 'tema=a%2Cb']) {
      expect(bacaUrl(URL_KATALOG, p(s)).saring, s).toEqual({ tema: ['a', 'b'] });
      expect(kanonik(URL_KATALOG, s), s).toBe('?tema=a,b');
    }
    expect(kanonik(URL_BANDINGKAN, 'id=praktik/a&id=model/b')).toBe('?id=praktik/a,model/b');
    expect(kanonik(URL_BANDINGKAN, 'id=praktik%2Fa%2Cmodel%2Fb')).toBe('?id=praktik/a,model/b');
  });

  it('drops keys it does not know, values outside a closed list, and malformed numbers', () => {
    expect(bacaUrl(URL_CARI, p('q=a&warna=merah&urut=acak&highlight=x'))).toEqual({ q: 'a', saring: {}, urut: 'relevansi' });
    expect(bacaUrl(URL_KATALOG, p('urut=nonsense&hal=-3&jenis=praktik'))).toEqual({ saring: {}, urut: 'judul', hal: 1 });
    expect(bacaUrl(URL_KATALOG, p('hal=2.5')).hal).toBe(1);
    expect(bacaUrl(URL_KATALOG, p('hal=0')).hal).toBe(1);
    expect(bacaUrl(URL_KATALOG, p('hal=12')).hal).toBe(12);
    const j = bacaUrl(URL_TEMUKAN, p('anggaran=9&bulan=abc&digital=x&3t=mungkin&mitra=ya'));
    expect([j.anggaran, j.bulan, j.digital, j.daerah3t, j.mitra]).toEqual([undefined, undefined, undefined, undefined, true]);
    expect(bacaUrl(URL_BANDINGKAN, p('id=praktik/A,panduan/x,praktik/../x,praktik/ok,praktik/-x')).id).toEqual(['praktik/ok']);
  });

  it('drops vocabulary values the page does not offer, and keys it offers none for', () => {
    const dikenal = { tema: ['a', 'b'], provinsi: ['73'], instansi: ['kementerian'] };
    expect(bacaUrl(URL_CARI, p('q=x&tema=a,zz&provinsi=99,73&sdg=3'), dikenal).saring).toEqual({ tema: ['a'], provinsi: ['73'] });
    expect(bacaUrl(URL_TEMUKAN, p('instansi=kementerian&tema=zz&provinsi=73'), dikenal)).toMatchObject({ instansi: 'kementerian', tema: undefined, provinsi: '73' });
    // Without a list of what the page offers, any well-formed value passes.
    expect(bacaUrl(URL_CARI, p('sdg=3')).saring).toEqual({ sdg: ['3'] });
  });

  it('trims, collapses and cuts free text', () => {
    expect(bacaUrl(URL_CARI, p('q=%20%20P3DN%20%20')).q).toBe('P3DN');
    expect(bacaUrl(URL_CARI, p('q=a%0A%09b+++c')).q).toBe('a b c');
    expect(bacaUrl(URL_CARI, p(`q=${'x'.repeat(500)}`)).q).toHaveLength(200);
    expect(tulisUrl(URL_CARI, { q: '  stunting   balita ', saring: {}, urut: 'relevansi' })).toBe('?q=stunting+balita');
    expect(rapikanTeks(' a  b ', 2)).toBe('a');
  });

  it('writes keys in schema order, whatever order the state or the link has', () => {
    const a = tulisUrl(URL_CARI, { urut: 'terbaru', saring: { tahun: ['2020'], jenis: ['model'] }, q: 'x' });
    const b = tulisUrl(URL_CARI, { q: 'x', saring: { jenis: ['model'], tahun: ['2020'] }, urut: 'terbaru' });
    expect(a).toBe(b);
    expect(a).toBe('?q=x&jenis=model&tahun=2020&urut=terbaru');
    expect(kanonik(URL_CARI, 'urut=terbaru&tahun=2020&q=x&jenis=model')).toBe(a);
    expect(kanonik(URL_KATALOG, 'hal=2&urut=bukti&provinsi=34&tema=a')).toBe('?tema=a&provinsi=34&urut=bukti&hal=2');
    expect(kanonik(URL_TEMUKAN, 'mitra=tidak&bulan=6&digital=rendah&anggaran=2&tema=t&3t=ya&provinsi=94&instansi=i')).toBe('?instansi=i&provinsi=94&3t=ya&tema=t&anggaran=2&digital=rendah&bulan=6&mitra=tidak');
  });

  it('encodes spaces as +, non-ASCII as UTF-8, and leaves commas and slashes readable', () => {
    const k: KeadaanCari = { q: 'gizi buruk Pangandaran: ñ é 日本', saring: {}, urut: 'relevansi' };
    const s = tulisUrl(URL_CARI, k);
    expect(s).toBe('?q=gizi+buruk+Pangandaran%3A+%C3%B1+%C3%A9+%E6%97%A5%E6%9C%AC');
    expect(bacaUrl(URL_CARI, p(s))).toEqual(k);
    // A link typed or written elsewhere with %20 for a space opens the same state.
    expect(bacaUrl(URL_CARI, p('q=gizi%20buruk')).q).toBe('gizi buruk');
    // Characters that mean something in a query survive the round trip.
    const tanda: KeadaanCari = { q: 'biaya & "jemput bola"? 50% + #1 a=b, c/d', saring: {}, urut: 'relevansi' };
    expect(tulisUrl(URL_CARI, tanda)).toBe('?q=biaya+%26+%22jemput+bola%22%3F+50%25+%2B+%231+a%3Db,+c/d');
    expect(bacaUrl(URL_CARI, p(tulisUrl(URL_CARI, tanda)))).toEqual(tanda);
  });
});

describe('links in the wild still open the same state', () => {
  it('search: the header form, filters written by the island, repeated filters from a plain GET form', () => {
    expect(bacaUrl(URL_CARI, p('?q=P3DN'))).toEqual({ q: 'P3DN', saring: {}, urut: 'relevansi' });
    expect(bacaUrl(URL_CARI, p('?q=stunting&jenis=praktik'))).toEqual({ q: 'stunting', saring: { jenis: ['praktik'] }, urut: 'relevansi' });
    expect(bacaUrl(URL_CARI, p('?q=stunting+balita&tema=percepatan-prioritas-presiden&provinsi=73,19&sdg=3&urut=terbaru'))).toEqual({
      q: 'stunting balita',
      saring: { tema: ['percepatan-prioritas-presiden'], provinsi: ['73', '19'], sdg: ['3'] },
      urut: 'terbaru',
    });
    expect(bacaUrl(URL_CARI, p('?q=&tema=a&tema=b,a&jenis=praktik&urut=relevansi')).saring).toEqual({ tema: ['a', 'b'], jenis: ['praktik'] });
    expect(kanonik(URL_CARI, '?q=stunting&jenis=praktik')).toBe('?q=stunting&jenis=praktik');
  });

  it('catalogue: the island’s links, the theme and province pages’ links, and the form without JavaScript', () => {
    expect(bacaUrl(URL_KATALOG, p('?tema=a,b&provinsi=34&urut=bukti&hal=2'))).toEqual({ saring: { tema: ['a', 'b'], provinsi: ['34'] }, urut: 'bukti', hal: 2 });
    expect(bacaUrl(URL_KATALOG, p('?provinsi=73'))).toEqual({ saring: { provinsi: ['73'] }, urut: 'judul', hal: 1 });
    expect(bacaUrl(URL_KATALOG, p('?prioritas=penanganan-stunting'))).toEqual({ saring: { prioritas: ['penanganan-stunting'] }, urut: 'judul', hal: 1 });
    expect(bacaUrl(URL_KATALOG, p('?urut=judul&tema=a&tema=b&sdg=3&sdg=8')).saring).toEqual({ tema: ['a', 'b'], sdg: ['3', '8'] });
    expect(tulisUrl(URL_KATALOG, { saring: { provinsi: ['73'] } })).toBe('?provinsi=73');
    expect(tulisUrl(URL_KATALOG, { saring: { tema: ['pengentasan-kemiskinan'] } })).toBe('?tema=pengentasan-kemiskinan');
  });

  it('fit-finder: answers as the form and the island wrote them', () => {
    expect(bacaUrl(URL_TEMUKAN, p('?tema=percepatan-prioritas-presiden'))).toMatchObject({ tema: 'percepatan-prioritas-presiden', instansi: undefined });
    expect(bacaUrl(URL_TEMUKAN, p('?instansi=&provinsi=&3t=&tema=penanganan-stunting&anggaran=&digital=&bulan=&mitra='))).toEqual(bacaUrl(URL_TEMUKAN, p('?tema=penanganan-stunting')));
  });

  it('comparison: the fit-finder’s links, the island’s, and repeated ids', () => {
    expect(bacaUrl(URL_BANDINGKAN, p('?id=praktik/a,praktik/b')).id).toEqual(['praktik/a', 'praktik/b']);
    expect(bacaUrl(URL_BANDINGKAN, p('?id=praktik/a&id=praktik/b')).id).toEqual(['praktik/a', 'praktik/b']);
    expect(bacaUrl(URL_BANDINGKAN, p('?id=praktik/a,model/b,praktik/a,praktik/c,praktik/d,praktik/e')).id).toEqual(['praktik/a', 'model/b', 'praktik/c', 'praktik/d']);
    expect(tulisUrl(URL_BANDINGKAN, { id: ['praktik/kejar-stunting-luwu-utara'] })).toBe('?id=praktik/kejar-stunting-luwu-utara');
  });
});

describe('round trips (property-based)', () => {
  const saring = <K extends string>(keys: readonly K[]) => fc.dictionary(fc.constantFrom(...keys), daftarSlug.filter((v) => v.length > 0)) as fc.Arbitrary<Partial<Record<K, string[]>>>;

  it('search: reading what was written gives the state back, with the query tidied', () => {
    fc.assert(
      fc.property(teks, saring(KUNCI_SARING), fc.constantFrom(...URUTAN), (q, s, urut) => {
        const k: KeadaanCari = { q, saring: s, urut };
        const url = tulisUrl(URL_CARI, k);
        expect(bacaUrl(URL_CARI, p(url))).toEqual({ ...k, q: rapikanTeks(q, 200) });
        expect(kanonik(URL_CARI, url)).toBe(url);
      }),
    );
  });

  it('catalogue', () => {
    fc.assert(
      fc.property(saring(FACET_KEYS), fc.constantFrom(...SORT_KEYS), fc.integer({ min: 1, max: 500 }), (s, urut, hal) => {
        const k: KeadaanKatalog = { saring: s, urut, hal };
        expect(bacaUrl(URL_KATALOG, p(tulisUrl(URL_KATALOG, k)))).toEqual(k);
      }),
    );
  });

  it('fit-finder', () => {
    const pilihan = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const jawaban = fc.record({
      instansi: pilihan(slug),
      provinsi: pilihan(fc.stringMatching(/^\d{2}$/)),
      daerah3t: pilihan(fc.boolean()),
      tema: pilihan(slug),
      anggaran: pilihan(fc.integer({ min: 1, max: 5 })),
      digital: pilihan(fc.constantFrom('rendah' as const, 'sedang' as const, 'tinggi' as const)),
      bulan: pilihan(fc.integer({ min: 1, max: 60 })),
      mitra: pilihan(fc.boolean()),
    });
    fc.assert(
      fc.property(jawaban, (j: Jawaban) => {
        expect(bacaUrl(URL_TEMUKAN, p(tulisUrl(URL_TEMUKAN, j)))).toEqual(j);
      }),
    );
  });

  it('comparison', () => {
    const id = fc.tuple(fc.constantFrom('praktik', 'model'), slug).map(([k, s]) => `${k}/${s}`);
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 4 }), (ids) => {
        expect(bacaUrl(URL_BANDINGKAN, p(tulisUrl(URL_BANDINGKAN, { id: ids }))).id).toEqual(ids);
      }),
    );
  });

  it('any query string at all: reading never throws, and its canonical form is a fixed point', () => {
    const kunci = fc.constantFrom('q', 'tema', 'provinsi', 'urut', 'hal', 'id', '3t', 'anggaran', 'x', '');
    const query = fc.array(fc.tuple(kunci, fc.string({ maxLength: 12 })), { maxLength: 8 }).map((pasangan) => new URLSearchParams(pasangan).toString());
    fc.assert(
      fc.property(query, (s) => {
        for (const skema of [URL_CARI, URL_KATALOG, URL_TEMUKAN, URL_BANDINGKAN] as SkemaUrl[]) {
          const sekali = kanonik(skema, s);
          expect(kanonik(skema, sekali)).toBe(sekali);
        }
      }),
    );
  });
});
