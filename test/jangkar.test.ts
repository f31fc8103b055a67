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
import { ID_HALAMAN, jangkar, jangkarHalaman, jenisHalaman } from '../src/rules/jangkar.ts';
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

  it('judul tanpa huruf atau angka mendapat jangkar "bagian", bukan id kosong yang ditolak HTML', () => {
    const a = jangkarHalaman();
    expect(['🙂', '!!!', 'Langkah', '🙂', '日本'].map(a)).toEqual(['bagian', 'bagian-1', 'langkah', 'bagian-2', '日本']);
  });

  it('judul yang jangkarnya sudah dipakai halaman mendapat akhiran, di pemeriksa dan perender sama', () => {
    const teks = '## Ringkasan\n\nTeks[^1].\n\n### Isi\n\n### Sumber\n\n### S1\n\n### R2\n\n### Kartu Kesiapan\n\n### Footnote label\n\n### Isi\n\n[^1]: Catatan.\n';
    const harap = ['ringkasan', 'isi-1', 'sumber-1', 's1-1', 'r2-1', 'kartu-kesiapan-1', 'footnote-label-1', 'isi-2'];
    expect([...readBody(teks).anchors]).toEqual(harap);
    const { html } = renderMdx(teks, { base: '/', bahasa: 'id' });
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => !id.startsWith('user-content-') && id !== 'footnote-label')).toEqual(harap);
    // Not one id of the body is one the entry page gives its own elements.
    expect(ids.filter((id) => ID_HALAMAN.entri.has(id) && id !== 'footnote-label')).toEqual([]);
    // A guide has no readiness card or source list: there only the layout's ids are kept clear.
    const panduan = ['ringkasan', 'isi-1', 'sumber', 's1-1', 'r2-1', 'kartu-kesiapan', 'footnote-label-1', 'isi-2'];
    expect([...readBody(teks, 'panduan').anchors]).toEqual(panduan);
    expect(renderMdx(teks, { base: '/', bahasa: 'id', halaman: 'panduan' }).headings.map((h) => h.slug).filter((s) => s !== 'footnote-label')).toEqual(panduan);
  });

  it('ID_HALAMAN memuat setiap id tetap yang diberikan templat halaman entri dan panduan', () => {
    const ids = (...templat: string[]) => templat.flatMap((f) => [...readFileSync(`${ROOT}/${f}`, 'utf8').matchAll(/\bid="([^"{}]+)"|\bidJudul = '([^']+)'/g)].map((m) => m[1] ?? m[2]!));
    const tataLetak = ids('src/layouts/Base.astro', 'src/components/Header.astro', 'src/components/Footer.astro', 'src/components/Breadcrumbs.astro', 'src/components/halaman/HalamanPanduan.astro');
    const entri = ids('src/components/halaman/HalamanEntri.astro', ...['IndeksCari', 'KartuKesiapan', 'Provenans'].map((n) => `src/components/entri/${n}.astro`));
    expect(tataLetak.length + entri.length).toBeGreaterThan(10);
    expect(tataLetak.filter((id) => !ID_HALAMAN.panduan.has(id))).toEqual([]);
    expect([...tataLetak, ...entri].filter((id) => !ID_HALAMAN.entri.has(id))).toEqual([]);
  });

  it('pemeriksa dan perender memberi setiap judul entri nyata id yang sama', () => {
    let judul = 0;
    for (const [root, dir] of [[ROOT, `${ROOT}/content`], [FIXTURE, FIXTURE]] as const) {
      for (const b of daftarKonten(root, dir).entri) {
        if (b.koleksi === 'penulis') continue;
        const teks = readFileSync(b.full, 'utf8');
        const halaman = jenisHalaman(b.koleksi);
        const dariPemeriksa = [...readBody(teks, halaman).anchors];
        const { headings } = renderMdx(teks, { base: '/', bahasa: 'id', halaman, gambar: (src) => ({ src, width: 1, height: 1 }) });
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
