/**
 * What a civil servant gets on /cari/ for an office's short name, an e-government name and a
 * sentence typed as asked: the spelling offered, the query Pagefind is given, and the order of the
 * pages holding some of the words.
 */
import { describe, expect, it } from 'vitest';
import { calonEjaan, peringkatSebagian, saranEjaan, saranKueri } from '../src/lib/cari-pulih.ts';
import { kataKueri, kataSemua, kueriPagefind, lipatKata } from '../src/lib/cari-kata.ts';

describe('saran ejaan', () => {
  // Words of the site's vocabulary (src/pages/data/kosakata-[bahasa].json.ts).
  const kosa = ['distan', 'disbun', 'datang', 'bangka', 'bangga', 'ktp', 'stunting', 'balita', 'banta', 'price', 'prices'];

  it('tidak menawarkan kata lain untuk singkatan dinas atau kata sehari-hari', () => {
    // The trade office is not the agriculture office; two letters changed in six is another word.
    expect(saranEjaan('disdag', kosa)).toBeUndefined();
    expect(saranEjaan('jateng', kosa)).toBeUndefined();
    expect(saranEjaan('banget', kosa)).toBeUndefined();
    // Another first letter is another word.
    expect(saranEjaan('langka', kosa)).toBeUndefined();
  });

  it('masih membetulkan salah ketik, termasuk dua huruf awal yang tertukar', () => {
    expect(saranEjaan('tkp', kosa)).toBe('ktp');
    expect(saranEjaan('disbn', kosa)).toBe('disbun');
    expect(saranEjaan('stnutnig', kosa)).toBe('stunting');
  });

  it('mendahulukan kata dengan awal yang sama lebih panjang', () => {
    // "banta" is as close as "balita" and listed first, but "balta" shares "bal" with "balita".
    expect(calonEjaan('balta', kosa)).toEqual(['balita', 'banta']);
  });

  it('hanya menawarkan kata yang dimuat suatu halaman', async () => {
    // "tengkes" is in the English vocabulary (as a thesaurus term) but no English page holds it.
    const dimuat = new Set(['tenggat']);
    expect(await saranKueri('tengkez', ['tengkez'], ['tengkes'], async (w) => dimuat.has(w))).toBeUndefined();
    expect(await saranKueri('pricey food', ['pricey'], kosa, async (w) => w === 'price')).toBe('price food');
  });

  it('tidak membetulkan kata yang dimuat suatu halaman', async () => {
    // Perumda Pasar Jaya, Jakarta: one page holds "jaya", which is one letter from "jasa".
    const dimuat = new Set(['jaya', 'jasa', 'pasar']);
    expect(await saranKueri('PIHPS pasar jaya', ['jaya'], ['jasa'], async (w) => dimuat.has(w))).toBeUndefined();
    expect(await saranKueri('PIHPS pasar jaya', ['jaya'], ['jasa'])).toBe('PIHPS pasar jasa');
  });
});

describe('kata bersambung', () => {
  // A search that finds a page for each (folded) word some page holds, as a quoted Pagefind search does.
  const dimuat = new Set(['ektp', 'ktpel', 'ktp', 'kinerja', 'anak', 'ekonomi', 'online', 'warung']);
  const cari = async (term: string) => ({ results: dimuat.has(lipatKata(term)) ? [{}] : [] });

  it('mencari kata bersambung yang tidak dimuat halaman mana pun sebagai bagian-bagiannya', async () => {
    expect(await kueriPagefind('e-kinerja', cari)).toBe('kinerja');
    expect(await kueriPagefind('ekinerja', cari)).toBe('kinerja');
    expect(await kueriPagefind('anak-anak kurang gizi', cari)).toBe('anak anak kurang gizi');
    expect(await kueriPagefind('SIPP-Online', cari)).toBe('SIPP Online');
  });

  it('membiarkan kata yang dimuat apa adanya, dan kueri berkutip', async () => {
    expect(await kueriPagefind('e-KTP', cari)).toBeUndefined();
    // A lone letter is searched by Pagefind as the beginning of every word.
    expect(await kueriPagefind('e kinerja', cari)).toBe('kinerja');
    expect(await kueriPagefind('e-KTP KTP-el', cari)).toBeUndefined();
    expect(await kueriPagefind('ekonomi desa', cari)).toBeUndefined();
    // Neither the word nor its rest is held: a misspelling, left to the suggestion.
    expect(await kueriPagefind('ekstrim', cari)).toBeUndefined();
    expect(await kueriPagefind('"e-kinerja"', cari)).toBeUndefined();
  });
});

describe('kalimat utuh', () => {
  const cari = async () => ({ results: [{}] });

  it('tidak mencari kata pengisi, kecuali kuerinya hanya kata pengisi', async () => {
    // English entry pages index only their summary: "what" and "is" kept every stunting entry out.
    expect(await kueriPagefind('what is stunting', cari)).toBe('stunting');
    expect(await kueriPagefind('mau replikasi inovasi stunting, ya', cari)).toBe('replikasi inovasi stunting,');
    expect(await kueriPagefind('how to', cari)).toBeUndefined();
    expect(await kueriPagefind('IT desa', cari)).toBeUndefined();
    expect(await kueriPagefind('"what is stunting"', cari)).toBeUndefined();
  });

  it('tidak memeringkat halaman karena kata pengisi', () => {
    expect(kataKueri('what should our district do to stop stunting')).toEqual(['district', 'stop', 'stunting']);
    expect(kataKueri('gimana cara daerah kami menurunkan stunting')).toEqual(['daerah', 'menurunkan', 'stunting']);
    // Whether some page holds each word is still asked of every word: Pagefind searched them all.
    expect(kataSemua('how do I replicate, how')).toEqual(['how', 'do', 'replicate']);
  });

  it('mendahulukan halaman yang membahas kata itu daripada panduan yang hanya menyebutnya', () => {
    // Pagefind's scores on the English index for "district", "stop" and "stunting".
    const r = (id: string, score: number) => ({ id, score });
    const hasil = peringkatSebagian([
      { kata: 'district', hasil: [r('sipelandukilat', 8.6), r('cara-mereplikasi', 1.3)] },
      { kata: 'stop', hasil: [r('investasi', 3.7), r('cara-membaca', 1.9), r('cara-mereplikasi', 1.5)] },
      { kata: 'stunting', hasil: [r('stunting', 20), r('kejar-stunting', 15.1), r('cara-membaca', 0.6)] },
    ]).map((h) => h.hasil.id);
    expect(hasil.slice(0, 3)).toEqual(['stunting', 'kejar-stunting', 'sipelandukilat']);
    expect(hasil.at(-1)).toBe('cara-mereplikasi');
  });
});
