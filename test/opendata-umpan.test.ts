import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { deskripsiUmpan, guidPerubahan, tautanUmpan, XMLNS_ATOM } from '../src/lib/opendata.ts';

/**
 * The feed as a reader sees it: @astrojs/rss writes the XML from items built as the feed route
 * builds them, and a reader keys every item on its guid.
 */
const LINK = 'https://contoh.go.id/model-inovasi/praktik/simpati-sumedang/';
const umpan = (tanggalPerubahan: string) =>
  getRssString({
    title: 'Pustaka',
    description: 'Umpan',
    site: 'https://contoh.go.id/model-inovasi/',
    xmlns: { atom: XMLNS_ATOM },
    customData: `<language>id</language>${tautanUmpan('https://contoh.go.id/model-inovasi/feed.xml')}`,
    items: [{ title: 'SIMPATI', link: LINK, customData: guidPerubahan(LINK, tanggalPerubahan), pubDate: new Date(`${tanggalPerubahan}T00:00:00Z`), description: 'Perubahan besar' }],
  });
const kanal = async (tanggalPerubahan: string) => new XMLParser({ ignoreAttributes: false }).parse(await umpan(tanggalPerubahan)).rss.channel;

describe('umpan RSS', () => {
  it('perubahan baru pada entri yang sama tampil sebagai butir baru di pembaca umpan (guid per catatan perubahan)', async () => {
    const [lama, baru, lagi] = await Promise.all([kanal('2026-11-28'), kanal('2026-12-07'), kanal('2026-12-07')]);
    expect(lama.item.link).toBe(LINK);
    expect(lama.item.guid['@_isPermaLink']).toBe('false');
    expect(lama.item.guid['#text']).not.toBe(baru.item.guid['#text']);
    // The same change keeps its guid from build to build: nothing comes back unread.
    expect(lagi.item.guid['#text']).toBe(baru.item.guid['#text']);
    // One guid per item: the route's guid replaces the one @astrojs/rss writes.
    expect((await umpan('2026-12-07')).match(/<guid/g)).toHaveLength(1);
  });

  it('menyebut alamatnya sendiri (atom:link rel="self") dan tetap XML yang sah', async () => {
    const teks = await umpan('2026-12-07');
    expect(XMLValidator.validate(teks)).toBe(true);
    expect(teks).toContain(`xmlns:atom="${XMLNS_ATOM}"`);
    const k = await kanal('2026-12-07');
    expect(k['atom:link']).toMatchObject({ '@_href': 'https://contoh.go.id/model-inovasi/feed.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(k.language).toBe('id');
  });

  it('alamat dengan & tetap XML yang sah', () => {
    expect(guidPerubahan('https://x.example/a?b=1&c=2', '2026-01-01')).toBe('<guid isPermaLink="false">https://x.example/a?b=1&amp;c=2#riwayat-2026-01-01</guid>');
    expect(tautanUmpan('https://x.example/?a&b')).toContain('href="https://x.example/?a&amp;b"');
  });

  describe('teks butir', () => {
    const entri = { ringkasan: 'Aplikasi pemantauan stunting.', ringkasan_en: 'A stunting monitoring app.', tanggal: '2026-12-07', catatan: 'Rujukan per angka ditambahkan.' };

    it('umpan bahasa Inggris menyebut bahwa catatan perubahan berbahasa Indonesia, dengan tanggal cara Inggris', () => {
      expect(deskripsiUmpan({ ...entri, jenis: 'Major change' }, 'en')).toBe('A stunting monitoring app. — Major change (7 December 2026), note in Indonesian: Rujukan per angka ditambahkan.');
    });

    it('entri tanpa ringkasan bahasa Inggris: umpan bahasa Inggris menyebut bahwa ringkasannya berbahasa Indonesia', () => {
      expect(deskripsiUmpan({ ...entri, ringkasan_en: undefined, catatan: undefined, jenis: 'Minor change' }, 'en')).toBe('In Indonesian: Aplikasi pemantauan stunting. — Minor change (7 December 2026)');
    });

    it('umpan bahasa Indonesia tidak menambahkan keterangan bahasa, dan tanggalnya cara Indonesia', () => {
      expect(deskripsiUmpan({ ...entri, jenis: 'Perubahan besar' }, 'id')).toBe('Aplikasi pemantauan stunting. — Perubahan besar (7 Desember 2026): Rujukan per angka ditambahkan.');
    });
  });
});
