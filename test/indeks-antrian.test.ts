import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AntrianIndeks, lepasBlok, type CatatanIndeks } from '../src/integrations/indeks-antrian.ts';

const sidik = (s: string) => createHash('sha256').update(s).digest('hex');
const BLOK = (f: string) => `<div hidden data-pagefind-ignore data-indeks-saja><span data-pagefind-filter="tema">${f}</span></div>`;
/** An entry page as rendered: its index-only block inside the body. */
const entri = (f: string) => `<html><body><h1>${f}</h1>${BLOK(f)}<p>isi ${f}</p></body></html>`;
const lain = (f: string) => `<html><body><h1>${f}</h1></body></html>`;
const isEntri = (f: string) => f.startsWith('praktik/');

/** An output folder and a Pagefind that records what reaches it, in order. */
function situs(disk: Record<string, string> = {}) {
  const diterima: { file: string; html: string }[] = [];
  const io = {
    ada: (f: string) => f in disk,
    baca: async (f: string) => disk[f]!,
    tulis: async (f: string, isi: string) => void (disk[f] = isi),
    kirim: async (file: string, html: string) => (diterima.push({ file, html }), []),
    sidik,
    entri: isEntri,
  };
  return { disk, diterima, io };
}

/** A finished build: what it published and what it left for the next one. */
async function buildDingin(urutan: string[]) {
  const s = situs();
  const a = new AntrianIndeks({ urutan: [], blok: {} }, s.io);
  for (const f of urutan) s.disk[f] = a.dirender(f, isEntri(f) ? entri(f) : lain(f));
  expect(await a.selesai(urutan)).toBe(true);
  return { ...s, catatan: { urutan, blok: a.blok } satisfies CatatanIndeks };
}

describe('search index fed while pages render', () => {
  it('sends every page whole in the order Astro generates them, and publishes entry pages without their index-only block', async () => {
    const { disk, diterima, catatan } = await buildDingin(['index.html', 'praktik/a/index.html', 'praktik/b/index.html', 'cari/index.html']);
    expect(diterima.map((d) => d.file)).toEqual(['index.html', 'praktik/a/index.html', 'praktik/b/index.html', 'cari/index.html']);
    expect(diterima[1]!.html).toBe(entri('praktik/a/index.html'));
    expect(disk['praktik/a/index.html']).toBe('<html><body><h1>praktik/a/index.html</h1><p>isi praktik/a/index.html</p></body></html>');
    expect(disk['cari/index.html']).toBe(lain('cari/index.html'));
    expect(Object.keys(catatan.blok)).toEqual(['praktik/a/index.html', 'praktik/b/index.html']);
  });

  it('on a rebuild, sends the pages copied from the cache in their place, whole again, so the index equals a cold build', async () => {
    const urutan = ['index.html', 'praktik/a/index.html', 'praktik/b/index.html', 'praktik/c/index.html', 'cari/index.html'];
    const dingin = await buildDingin(urutan);
    // Astro renders index, b and cari again and copies a and c, as published, from its cache.
    const s = situs();
    const a = new AntrianIndeks(dingin.catatan, s.io);
    for (const f of urutan) {
      if (f === 'praktik/a/index.html' || f === 'praktik/c/index.html') s.disk[f] = dingin.disk[f]!;
      else s.disk[f] = a.dirender(f, isEntri(f) ? entri(f) : lain(f));
    }
    expect(await a.selesai(urutan)).toBe(true);
    expect(a.selamaRender).toBe(5);
    expect(s.diterima).toEqual(dingin.diterima);
    expect(s.disk).toEqual(dingin.disk);
    expect(a.blok).toEqual(dingin.catatan.blok);
  });

  it('reports pages that moved, and gives each page whole for feeding again in the new order', async () => {
    const dingin = await buildDingin(['cari/index.html', 'praktik/a/index.html']);
    // Now a is generated first, copied from the cache, and cari after it, rendered.
    const s = situs({ 'praktik/a/index.html': dingin.disk['praktik/a/index.html']! });
    const a = new AntrianIndeks(dingin.catatan, s.io);
    s.disk['cari/index.html'] = a.dirender('cari/index.html', lain('cari/index.html'));
    const baru = ['praktik/a/index.html', 'cari/index.html'];
    expect(await a.selesai(baru)).toBe(false);
    expect(await Promise.all(baru.map((f) => a.utuh(f)))).toEqual([entri('praktik/a/index.html'), lain('cari/index.html')]);
  });

  it('refuses a copied entry page whose index-only block was removed by a build it has no record of', async () => {
    const s = situs({ 'praktik/a/index.html': lepasBlok(entri('praktik/a/index.html'), sidik)!.tanpa });
    const a = new AntrianIndeks({ urutan: [], blok: {} }, s.io);
    expect(await a.selesai(['praktik/a/index.html'])).toBe(true);
    expect(a.gagal).toEqual(['praktik/a/index.html tidak memuat blok data indeks (data-indeks-saja) dan build sebelumnya tidak mencatatnya: jalankan "astro build --force".']);
    expect(s.diterima).toEqual([]);
  });

  it('refuses a record that belongs to another version of the page', async () => {
    const dingin = await buildDingin(['praktik/a/index.html']);
    const s = situs({ 'praktik/a/index.html': dingin.disk['praktik/a/index.html']!.replace('isi', 'isi lain') });
    const a = new AntrianIndeks(dingin.catatan, s.io);
    await a.selesai(['praktik/a/index.html']);
    expect(a.gagal).toHaveLength(1);
  });

  it('takes the block out of a copied entry page that still has it, as if it had been rendered', async () => {
    const s = situs({ 'praktik/a/index.html': entri('praktik/a/index.html') });
    const a = new AntrianIndeks({ urutan: [], blok: {} }, s.io);
    expect(await a.selesai(['praktik/a/index.html'])).toBe(true);
    expect(s.diterima[0]!.html).toBe(entri('praktik/a/index.html'));
    expect(s.disk['praktik/a/index.html']).not.toContain('data-indeks-saja');
    expect(Object.keys(a.blok)).toEqual(['praktik/a/index.html']);
  });

  it('names an entry page rendered without its block', async () => {
    const s = situs();
    const a = new AntrianIndeks({ urutan: [], blok: {} }, s.io);
    a.dirender('praktik/a/index.html', lain('praktik/a/index.html'));
    await a.selesai(['praktik/a/index.html']);
    expect(a.gagal).toEqual([expect.stringContaining('praktik/a/index.html: halaman entri tanpa blok data indeks')]);
  });
});
