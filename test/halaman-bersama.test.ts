/**
 * The small helpers the pages, components and islands share instead of repeating them: links in a
 * locale, the per-locale routes, the entry page's `lang` attributes, the guide list items, the
 * replication rows, and the islands' config and index loading.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { alamatLokal, jalurLocale } from '../src/data/routes.ts';
import { langEntri } from '../src/lib/lang-entri.ts';
import { itemPanduan } from '../src/lib/panduan.ts';
import { daftarReplikasi } from '../src/lib/replikasi.ts';
import { bacaConfig, muatIndeks } from '../src/scripts/pulau.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rute dan tautan per bahasa', () => {
  it('alamatLokal menambahkan bahasa lalu base path', () => {
    expect(alamatLokal('id', '/')('/tema/')).toBe('/tema/');
    expect(alamatLokal('en', '/')('/tema/')).toBe('/en/tema/');
    expect(alamatLokal('en', '/sub/')('/')).toBe('/sub/en/');
  });

  it('jalurLocale: satu halaman per bahasa, Indonesia di akar', () => {
    expect(jalurLocale()).toEqual([
      { params: { lang: undefined }, props: { locale: 'id' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
    ]);
  });

  it('langEntri: atribut lang hanya di halaman Inggris', () => {
    expect(langEntri('id')).toEqual({ L: undefined, ID: undefined });
    expect(langEntri('en')).toEqual({ L: 'en', ID: 'id' });
  });
});

describe('data halaman', () => {
  it('itemPanduan memakai id panduan sebagai slug', () => {
    const data = { id: 'cara-menggunakan', judul: 'Cara', ringkasan: 'R', urutan: 2, bahasa: 'en' as const };
    expect(itemPanduan([{ data }])).toEqual([{ slug: 'cara-menggunakan', judul: 'Cara', ringkasan: 'R', urutan: 2, bahasa: 'en' }]);
  });

  it('daftarReplikasi: terbaru dulu, lalu menurut instansi', () => {
    const r = (instansi: string, tahun: number) => ({ instansi, tahun, status: 'implementasi' as const, sumber: 'https://x.example/' });
    const rows = daftarReplikasi([
      { id: 'a', judul: 'A', replikasi: [r('Pemkab B', 2021), r('Pemkab A', 2021)] },
      { id: 'b', judul: 'B', replikasi: [r('Pemkot C', 2023)] },
    ]);
    expect(rows.map((x) => `${x.praktikId}:${x.instansi}:${x.tahun}`)).toEqual(['b:Pemkot C:2023', 'a:Pemkab A:2021', 'a:Pemkab B:2021']);
    expect(rows[0]).toMatchObject({ praktikJudul: 'B', sumber: 'https://x.example/' });
  });
});

describe('island: config dan indeks', () => {
  it('bacaConfig membaca JSON dari elemen halaman, atau undefined bila tidak ada', () => {
    const el = { textContent: '{"a":1}' };
    vi.stubGlobal('document', { getElementById: (id: string) => (id === 'x-config' ? el : null) });
    expect(bacaConfig<{ a: number }>('x-config')).toEqual({ a: 1 });
    expect(bacaConfig('y-config')).toBeUndefined();
  });

  it('muatIndeks menggabungkan indeks menurut urutan, dan menolak respons yang tidak OK', async () => {
    const isi: Record<string, unknown> = { '/m.json': [{ id: 'm' }], '/p.json': [{ id: 'p1' }, { id: 'p2' }] };
    vi.stubGlobal('fetch', async (url: string) => (url in isi ? new Response(JSON.stringify(isi[url])) : new Response('<!doctype html>', { status: 404 })));
    expect((await muatIndeks(['/m.json', '/p.json'])).map((r) => r.id)).toEqual(['m', 'p1', 'p2']);
    await expect(muatIndeks(['/m.json', '/hilang.json'])).rejects.toThrow('/hilang.json: HTTP 404');
  });
});
