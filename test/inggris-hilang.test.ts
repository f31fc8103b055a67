import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const tanpaTag = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/**
 * The one 404 page a static host serves for every missing address, Indonesian or English: read as
 * an English reader meets it on a phone, from a dead /en/ link, without JavaScript.
 */
describe('halaman 404 untuk pembaca bahasa Inggris', async () => {
  const astro = await AstroContainer.create({ astroConfig: { site: 'https://contoh.go.id' } });
  const Halaman = ((await import(/* @vite-ignore */ join(ROOT, 'src/pages/404.astro'))) as { default: AstroComponentFactory }).default;
  const html = await astro.renderToString(Halaman);
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
  const bagianEn = /<section\b[^>]*\bid="hilang-en"[^>]*>([\s\S]*?)<\/section>/.exec(main);

  it('judul utama menyebut halaman tidak ditemukan dalam kedua bahasa, bagian Inggrisnya bertanda lang="en"', () => {
    const h1 = main.match(/<h1\b[^>]*>[\s\S]*?<\/h1>/g) ?? [];
    expect(h1).toHaveLength(1);
    expect(tanpaTag(h1[0]!)).toBe('Halaman tidak ditemukan · Page not found');
    expect(h1[0]).toContain('<span lang="en">Page not found</span>');
  });

  it('tautan ke bagian bahasa Inggris, dalam bahasa Inggris, datang sebelum kotak cari bahasa Indonesia', () => {
    const tautan = /<p lang="en"><a href="#hilang-en">([^<]*)<\/a><\/p>/.exec(main);
    expect(tautan?.[1]).toBe('Continue in English');
    expect(tautan!.index).toBeLessThan(main.indexOf('<form'));
    expect(bagianEn?.[0]).toMatch(/^<section\b[^>]*\blang="en"/);
    expect(tanpaTag(bagianEn![1]!)).toContain('This address does not exist in the library.');
  });

  it('bagian bahasa Inggris mencari di halaman cari bahasa Inggris dan hanya menautkan halaman bahasa Inggris', () => {
    expect(bagianEn![1]).toContain('action="/en/cari/"');
    const tautan = [...bagianEn![1]!.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]);
    expect(tautan.length).toBeGreaterThan(3);
    expect(tautan.filter((h) => !h!.startsWith('/en/'))).toEqual([]);
  });

  it('setiap kotak cari punya nama sendiri, sehingga daftar landmark pembaca layar membedakannya', () => {
    const nama = [...main.matchAll(/<form\b[^>]*\brole="search"[^>]*>/g)].map((m) => /aria-labelledby="([^"]+)"/.exec(m[0])?.[1]);
    expect(nama).toHaveLength(2);
    for (const id of nama) expect(tanpaTag(new RegExp(`<label\\b[^>]*\\bid="${id}"[^>]*>[^<]*</label>`).exec(main)?.[0] ?? '')).not.toBe('');
    expect(new Set(nama).size).toBe(2);
  });
});
