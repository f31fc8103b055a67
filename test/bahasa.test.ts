import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

describe('Bahasa: teks berbahasa lain dari sekitarnya di halaman entri', async () => {
  const astro = await AstroContainer.create();
  const Bahasa = ((await import(/* @vite-ignore */ join(ROOT, 'src/components/entri/Bahasa.astro'))) as { default: AstroComponentFactory }).default;
  const render = (lang: string | undefined) => astro.renderToString(Bahasa, { props: { lang }, slots: { default: 'Berita media' } });

  it('di halaman Indonesia (lang tidak ada): teksnya saja, tanpa <span> kosong', async () => {
    expect((await render(undefined)).trim()).toBe('Berita media');
  });

  it('di halaman Inggris: teksnya bertanda bahasanya untuk pembaca layar', async () => {
    expect((await render('en')).trim()).toBe('<span lang="en">Berita media</span>');
    expect((await render('id')).trim()).toBe('<span lang="id">Berita media</span>');
  });
});
