import { describe, expect, it } from 'vitest';
import { masalahMdx } from '../src/rules/mdx.ts';
import { renderMdx } from '../src/lib/mdx/render.ts';

const i = (...attrs: [string, string][]) => ({ type: 'mdxJsxTextElement', name: 'i', attributes: attrs.map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })) });

describe('istilah berbahasa lain di panduan: <i lang="id">', () => {
  it('pembaca layar mengucapkan istilah Indonesia di panduan Inggris sebagai bahasa Indonesia', () => {
    const { html } = renderMdx('The motto is <i lang="id">Amati, Tiru, Modifikasi</i>.', { base: '/', bahasa: 'en' });
    expect(html).toContain('<i lang="id">Amati, Tiru, Modifikasi</i>');
  });
  it('<i> tanpa bahasa, bahasa di luar situs, atau atribut lain ditolak dengan petunjuk', () => {
    expect(masalahMdx(i(['lang', 'id']))).toEqual([]);
    expect(masalahMdx(i())).toEqual([expect.stringContaining('<i lang="id">jemput bola</i>')]);
    expect(masalahMdx(i(['lang', 'fr']))).toEqual(['nilai "fr" tidak dikenal untuk lang pada <i>. Pilihan: id, en']);
    expect(masalahMdx(i(['lang', 'id'], ['style', 'color:red']))).toHaveLength(1);
  });
});
