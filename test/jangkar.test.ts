/**
 * Heading anchors (src/rules/jangkar.ts): the checker's anchors are the renderer's ids, for every
 * real entry and guide, and the compare page's rows point at sections the anatomy has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BARIS_BANDINGKAN } from '../src/lib/bandingkan-baris.ts';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { ANATOMI } from '../src/rules/anatomy.ts';
import { readBody } from '../src/rules/body.ts';
import { jangkar, jangkarHalaman } from '../src/rules/jangkar.ts';
import { daftarKonten } from '../src/validate/berkas.ts';
import { FIXTURE, ROOT } from './helpers.ts';

describe('jangkar judul', () => {
  it('mengikuti aturan GitHub: huruf kecil, tanda baca dibuang, spasi menjadi tanda hubung', () => {
    expect(jangkar('Aktor, Peran, dan Tata Kelola')).toBe('aktor-peran-dan-tata-kelola');
    expect(jangkar('1. Persiapan')).toBe('1-persiapan');
    expect(jangkar('Risiko, Tantangan, dan Mitigasi')).toBe('risiko-tantangan-dan-mitigasi');
    expect(jangkar('Kontak, Lampiran, dan Rujukan')).toBe('kontak-lampiran-dan-rujukan');
    expect(jangkar('Biaya (Rp) & Manfaat')).toBe('biaya-rp--manfaat');
  });

  it('judul yang berulang di satu halaman mendapat -1, -2; halaman lain mulai dari awal', () => {
    const a = jangkarHalaman();
    expect(['Langkah', 'Langkah', 'Langkah'].map(a)).toEqual(['langkah', 'langkah-1', 'langkah-2']);
    expect(jangkarHalaman()('Langkah')).toBe('langkah');
  });

  it('pemeriksa dan perender memberi setiap judul entri nyata id yang sama', () => {
    let judul = 0;
    for (const [root, dir] of [[ROOT, `${ROOT}/content`], [FIXTURE, FIXTURE]] as const) {
      for (const b of daftarKonten(root, dir).entri) {
        if (b.koleksi === 'penulis') continue;
        const teks = readFileSync(b.full, 'utf8');
        const dariPemeriksa = [...readBody(teks).anchors];
        const { headings } = renderMdx(teks, { base: '/', bahasa: 'id', gambar: (src) => ({ src, width: 1, height: 1 }) });
        // The footnotes' heading is written by the renderer with its own id, not from a heading of the body.
        expect(headings.map((h) => h.slug).filter((s) => s !== 'footnote-label'), b.file).toEqual(dariPemeriksa);
        judul += dariPemeriksa.length;
      }
    }
    expect(judul).toBeGreaterThan(100);
  });
});

describe('baris halaman Bandingkan', () => {
  it('menunjuk bagian anatomi yang dimiliki praktik dan model, lewat jangkarnya', () => {
    const bagian = BARIS_BANDINGKAN.filter((b) => b.pilih.startsWith('#') && b.kunci !== 'prasyarat');
    expect(bagian.length).toBeGreaterThan(4);
    for (const b of bagian) {
      for (const k of ['praktik', 'model'] as const) expect(ANATOMI[k].map((x) => jangkar(x.judul)), `${b.kunci} di ${k}`).toContain(b.pilih.slice(1));
    }
  });
});
