import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headline, headlineText } from '../src/lib/kesiapan.ts';
import { headlineWords } from '../src/lib/labels.ts';
import { dariFile } from '../src/lib/studio-format.ts';
import { halamanElemen, kartuElemen, KOSONG, pratinjauEntri, templatPratinjau } from '../src/lib/studio-pratinjau.ts';
import { kesiapan as skemaKesiapan, type Kesiapan } from '../src/schema/kesiapan.ts';
import { FIXTURE, ROOT } from './helpers.ts';
import { h } from './studio-html.ts';

type Data = Record<string, unknown> & { kesiapan: Kesiapan; dasar_hukum: { jenis: string; wajib_replikator: boolean }[] };
const baca = (path: string) => dariFile(readFileSync(path, 'utf8')) as Data;
const entri = (folder: string, koleksi: 'praktik' | 'model') =>
  readdirSync(join(folder, koleksi))
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => ({ nama: `${koleksi}/${n}`, data: baca(join(folder, koleksi, n)) }));
const SEMUA = [...entri(FIXTURE, 'praktik'), ...entri(FIXTURE, 'model'), ...entri(join(ROOT, 'content'), 'praktik'), ...entri(join(ROOT, 'content'), 'model')];

/** The card's HTML in a form both renderers share: no links (the studio has no guide to link to), whitespace between tags dropped. */
const rata = (html: string) =>
  html
    .replace(/<\/?a\b[^>]*>/g, '')
    .replace(/=""/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<');

describe('pratinjau studio: kartu kesiapan', () => {
  it('menggambar kartu seperti situs (src/components/entri/KartuKesiapan.astro), untuk setiap praktik dan model di content/ dan fixture', async () => {
    const astro = await AstroContainer.create();
    // The site's component itself (tsc has no types for .astro modules; Vite compiles it).
    const KartuKesiapan = ((await import(/* @vite-ignore */ join(ROOT, 'src/components/entri/KartuKesiapan.astro'))) as { default: AstroComponentFactory }).default;
    expect(SEMUA.length).toBeGreaterThan(10);
    for (const { nama, data } of SEMUA) {
      const model = nama.startsWith('model/');
      // The site draws what the schema parsed (defaults filled in); the studio what the form holds.
      const dasarHukum = (data.dasar_hukum ?? []).map((d) => ({ ...d, wajib_replikator: d.wajib_replikator ?? false }));
      const situs = await astro.renderToString(KartuKesiapan, { props: { kesiapan: skemaKesiapan.parse(data.kesiapan), dasarHukum, locale: 'id', model } });
      const studio = kartuElemen(pratinjauEntri(model ? 'model' : 'praktik', data).kartu, h).html;
      expect(rata(studio), nama).toBe(rata(situs));
    }
  });

  it('kalimat ringkasnya adalah kalimat situs (headline, headlineText, headlineWords)', () => {
    for (const { nama, data } of SEMUA) {
      expect(pratinjauEntri('praktik', data).kartu.headline, nama).toBe(headlineText(headline(skemaKesiapan.parse(data.kesiapan)), headlineWords('id')));
    }
  });

  it('tidak gagal pada data yang belum lengkap atau belum valid saat penulis mengetik: nilai yang belum ada menjadi "—"', () => {
    for (const data of [undefined, null, 'teks', 3, [], {}, { kesiapan: null }, { kesiapan: [] }, { kesiapan: { dampak_utama: 'x', kriteria_kompleksitas: 5, replikasi: 'x' } }, { judul: ['x'], dasar_hukum: 'x', instansi_asal: [] }]) {
      const p = pratinjauEntri('praktik', data);
      expect(p.judul).toBe(KOSONG);
      expect(p.kartu.headline).toBe(`Dampak ${KOSONG} · biaya ${KOSONG} · bukti ${KOSONG}`);
      expect(p.kartu.baris.map((b) => b.nilai)).toEqual([KOSONG, KOSONG, `${KOSONG} · ${KOSONG}`, `${KOSONG} · skor ${KOSONG} dari 8`, KOSONG, '0']);
      expect(p.kartu.indikator.sel).toEqual([KOSONG, KOSONG, KOSONG, KOSONG]);
      expect(p.masalah).toEqual([]);
      expect(() => halamanElemen(p, h, null)).not.toThrow();
    }
    // Values being typed: an emptied number field (NaN), text in a number, a number out of range, an unknown slug.
    const asli = baca(join(FIXTURE, 'praktik/layanan-contoh.mdx'));
    const k = asli.kesiapan;
    const p = pratinjauEntri('praktik', {
      ...asli,
      kesiapan: { ...k, kekuatan_bukti: Number.NaN, biaya: '2', tingkat_dampak: 'besar', lama_persiapan_bulan: 61, kriteria_kompleksitas: { ...k.kriteria_kompleksitas, tingkat_pemerintahan: 0 }, dampak_utama: { ...k.dampak_utama, hasil: '' } },
    });
    expect(p.judul).toBe('LAYAN');
    expect(p.kartu.headline).toBe(`Dampak ${KOSONG} · biaya ${KOSONG} · bukti ${KOSONG}`);
    expect(p.kartu.baris.map((b) => b.nilai)).toEqual([KOSONG, KOSONG, `${KOSONG} · Rp120 juta per tahun`, `Rendah · skor ${KOSONG} dari 8`, KOSONG, '0']);
    expect(p.kartu.indikator.sel[2]).toBe(KOSONG);
    // One rating given: the others stay "—", the given one reads as on the site.
    expect(pratinjauEntri('praktik', { kesiapan: { kekuatan_bukti: 4 } }).kartu.headline).toBe(`Dampak ${KOSONG} · biaya ${KOSONG} · bukti kuat`);
  });

  it('menunjukkan aturan penilaian yang dilanggar kartunya dengan pesan pemeriksa (pita biaya, skor kompleksitas)', () => {
    const asli = baca(join(FIXTURE, 'praktik/layanan-contoh.mdx'));
    expect(pratinjauEntri('praktik', asli).masalah).toEqual([]);
    const p = pratinjauEntri('praktik', { ...asli, kesiapan: { ...asli.kesiapan, biaya_juta_per_tahun: 600, kompleksitas: 'tinggi' } });
    expect(p.masalah).toEqual([expect.stringMatching(/^biaya 2 tidak sesuai biaya_juta_per_tahun 600/), expect.stringMatching(/^kompleksitas "tinggi" tidak sesuai kriterianya: skor 1/)]);
    expect(halamanElemen(p, h, null).html).toContain('<p class="peringatan" role="note">biaya 2 tidak sesuai');
  });
});

describe('pratinjau studio: halaman', () => {
  it('menulis kepala entri dengan kelas situs, lalu kartu dan isi; teks penulis tetap teks', () => {
    const asli = baca(join(FIXTURE, 'praktik/layanan-contoh.mdx'));
    const html = halamanElemen(pratinjauEntri('praktik', { ...asli, judul: '<img src=x onerror=alert(1)>' }), h, h('p', null, 'ISI')).html;
    expect(html).toMatch(/^<main class="wadah"><article lang="id"><header class="entri-kepala"><p class="kecil muted">Praktik · Pemerintah Provinsi<\/p><h1>&lt;img src=x onerror=alert\(1\)&gt;<\/h1><p class="kepanjangan">Layanan Antar Dokumen Kependudukan<\/p><p><span class="lencana lencana-tema">Digitalisasi Administrasi Pemerintahan<\/span><\/p><\/header><section class="kesiapan"/);
    expect(html).toMatch(/<div class="isi"><p>ISI<\/p><\/div><\/article><\/main>$/);
    // A link only for a web address.
    const k = asli.kesiapan;
    expect(halamanElemen(pratinjauEntri('praktik', { ...asli, kesiapan: { ...k, dampak_utama: { ...k.dampak_utama, sumber: 'javascript:alert(1)' } } }), h, null).html).not.toContain('javascript:');
    const model = pratinjauEntri('model', baca(join(FIXTURE, 'model/model-contoh.mdx')));
    expect(model.jenis).toBe('Model');
    expect(model.kartu.aturanModel).toBe('Bukti dan dampak model tidak melebihi praktik terkuatnya.');
  });

  it('templat Decap membaca data entri (Immutable) dan isi dari widgetFor("body")', () => {
    const asli = baca(join(FIXTURE, 'praktik/layanan-contoh.mdx'));
    const templat = templatPratinjau('praktik', h);
    const dipanggil: string[] = [];
    const html = templat({
      entry: { getIn: (p: string[]) => (p.join('.') === 'data' ? { toJS: () => asli } : undefined) },
      widgetFor: (n: string) => (dipanggil.push(n), h('p', null, 'isi')),
    }).html;
    expect(dipanggil).toEqual(['body']);
    expect(html).toContain(`<p class="headline" data-headline="">${headlineText(headline(asli.kesiapan), headlineWords('id'))}</p>`);
    // A new entry before any field is filled.
    expect(templat({ entry: { getIn: () => undefined }, widgetFor: () => null }).html).toContain('<h1>—</h1>');
  });
});
