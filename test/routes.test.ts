/**
 * The routes module (src/data/routes.ts): an entry's address, its content file and its locale,
 * with the cases its users rely on: pages and links (withBase, localePath), the checker's link
 * and file rules and the loader (Astro id ↔ id and language), the search index and the counts
 * gate (which built paths are entry pages), and the verify gates (which file made a page).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  astroIdUntuk,
  berkasHalaman,
  dariAstroId,
  entryPath,
  folderEntri,
  halamanBerkas,
  halamanEntri,
  KOLEKSI_ENTRI,
  localePath,
  pisahLocale,
  RUTE_BERBAHASA,
  tautanLokal,
  withBase,
} from '../src/data/routes.ts';
import { daftarKonten } from '../src/validate/berkas.ts';
import { FIXTURE, ROOT } from './helpers.ts';

describe('tautan isi berbahasa Indonesia di halaman bahasa Inggris', () => {
  it('mengarah ke halaman bahasa Inggris bila halaman itu ada', () => {
    const html = '<p><a href="/sub/praktik/simpati/">a</a> <a href="/sub/model/m/#ringkasan">b</a> <a href="/sub/tema/p3dn/">c</a> <a href="/sub/">d</a> <a href="/sub/cari/?q=x">e</a></p>';
    expect(tautanLokal(html, 'en', '/sub/')).toBe('<p><a href="/sub/en/praktik/simpati/">a</a> <a href="/sub/en/model/m/#ringkasan">b</a> <a href="/sub/en/tema/p3dn/">c</a> <a href="/sub/en/">d</a> <a href="/sub/en/cari/?q=x">e</a></p>');
  });
  it('membiarkan buku model, berkas data, gambar, jangkar panduan dan situs lain', () => {
    const html = '<a href="/model/m/buku/">a</a><a href="/data/entri.csv">b</a><a href="/gambar/x.png">c</a><a href="/panduan/cara-membaca-kartu-kesiapan/#biaya">d</a><a href="https://menpan.go.id/praktik/">e</a><a href="#sumber">f</a><a class="x" title="/praktik/" href="/en/praktik/">g</a>';
    expect(tautanLokal(html, 'en', '/')).toBe(html);
    expect(tautanLokal('<a href="/panduan/glosarium/">g</a>', 'en', '/')).toBe('<a href="/en/panduan/glosarium/">g</a>');
  });
  it('tidak mengubah halaman bahasa Indonesia', () => {
    expect(tautanLokal('<a href="/praktik/x/">x</a>', 'id', '/')).toBe('<a href="/praktik/x/">x</a>');
  });
  it('mengenal setiap folder rute berbahasa', () => {
    const folder = readdirSync('src/pages/[...lang]', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect([...RUTE_BERBAHASA].sort()).toEqual(folder.sort());
  });
});

describe('jalur situs', () => {
  it('menambahkan base path dan bahasa', () => {
    expect(withBase('/', '/praktik/')).toBe('/praktik/');
    expect(withBase('/model-inovasi/', '/praktik/')).toBe('/model-inovasi/praktik/');
    expect(withBase('/x', 'feed.xml')).toBe('/x/feed.xml');
    expect(withBase('/sub/en/', entryPath('model', 'm'))).toBe('/sub/en/model/m/');
    expect(localePath('en', '/tema/')).toBe('/en/tema/');
    expect(localePath('id', '/tema/')).toBe('/tema/');
  });

  it('memisahkan bahasa dari jalur, dengan atau tanpa garis miring di depan', () => {
    expect(pisahLocale('/en/praktik/x/')).toEqual({ locale: 'en', path: '/praktik/x/' });
    expect(pisahLocale('en/cari/')).toEqual({ locale: 'en', path: '/cari/' });
    expect(pisahLocale('/en')).toEqual({ locale: 'en', path: '/' });
    expect(pisahLocale('/en/')).toEqual({ locale: 'en', path: '/' });
    expect(pisahLocale('/praktik/x/')).toEqual({ locale: 'id', path: '/praktik/x/' });
    // A page whose name begins with "en" is not English.
    expect(pisahLocale('/entri/')).toEqual({ locale: 'id', path: '/entri/' });
  });
});

describe('id Astro ↔ id entri dan bahasa berkas', () => {
  it('panduan berbahasa Inggris berada di panduan/en/; koleksi lain tidak punya terjemahan', () => {
    expect(dariAstroId('panduan', 'en/cara-replikasi')).toEqual({ id: 'cara-replikasi', bahasa: 'en' });
    expect(dariAstroId('panduan', 'cara-replikasi')).toEqual({ id: 'cara-replikasi', bahasa: 'id' });
    expect(dariAstroId('praktik', 'en-ruang-baca')).toEqual({ id: 'en-ruang-baca', bahasa: 'id' });
    expect(astroIdUntuk('panduan', 'cara-replikasi', 'en')).toBe('en/cara-replikasi');
    expect(astroIdUntuk('praktik', 'x', 'en')).toBe('x');
    expect(folderEntri('panduan')).toEqual(['', 'en']);
    expect(folderEntri('praktik')).toEqual(['']);
    expect(folderEntri('penulis')).toEqual(['']);
  });

  it('halaman sebuah berkas: terjemahan di bawah /en/', () => {
    expect(halamanBerkas('panduan', 'en/cara-replikasi')).toBe('/en/panduan/cara-replikasi/');
    expect(halamanBerkas('panduan', 'cara-replikasi')).toBe('/panduan/cara-replikasi/');
    expect(halamanBerkas('praktik', 'x')).toBe('/praktik/x/');
  });

  it('setiap berkas konten nyata berputar balik: berkas → id Astro → halaman → berkas', () => {
    for (const root of [ROOT, FIXTURE]) {
      const dir = root === ROOT ? `${ROOT}/content` : FIXTURE;
      for (const b of daftarKonten(root, dir).entri) {
        if (b.koleksi === 'penulis') continue;
        const h = halamanEntri(halamanBerkas(b.koleksi, b.astroId));
        expect(h, b.file).toBeDefined();
        expect(berkasHalaman(h!)[0], b.file).toBe(`${b.koleksi}/${b.astroId}.mdx`);
      }
    }
  });
});

describe('halaman entri di antara jalur yang dibangun', () => {
  it('mengenali halaman entri dan panduan, bukan daftar atau halaman lain', () => {
    expect(halamanEntri('en/praktik/x/')).toEqual({ locale: 'en', koleksi: 'praktik', id: 'x' });
    expect(halamanEntri('/model/m/')).toEqual({ locale: 'id', koleksi: 'model', id: 'm' });
    expect(halamanEntri('panduan/g/')).toEqual({ locale: 'id', koleksi: 'panduan', id: 'g' });
    for (const p of ['praktik/', 'praktik/halaman/2/', 'praktik/x', 'model/m/buku/', 'tema/x/', 'provinsi/34/', 'cari/', '', 'en/']) expect(halamanEntri(p), p).toBeUndefined();
    expect(halamanEntri('panduan/g/', KOLEKSI_ENTRI)).toBeUndefined();
  });

  it('berkas di balik halaman: panduan Inggris mencoba terjemahannya dulu', () => {
    expect(berkasHalaman({ locale: 'en', koleksi: 'panduan', id: 'g' })).toEqual(['panduan/en/g.mdx', 'panduan/g.mdx']);
    expect(berkasHalaman({ locale: 'id', koleksi: 'panduan', id: 'g' })).toEqual(['panduan/g.mdx']);
    expect(berkasHalaman({ locale: 'en', koleksi: 'praktik', id: 'x' })).toEqual(['praktik/x.mdx']);
  });
});
