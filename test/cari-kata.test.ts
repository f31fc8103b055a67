/**
 * Words no page holds (src/lib/cari-kata.ts, kataAda). Pagefind 1.6 searches such a word by its longest
 * indexed prefix: "stunting bukan cuma urusan dinas kesehatan" listed the author guide first as the
 * one page "holding every word", because "cuma" was searched as the "c" of `git switch -c`.
 */
import { describe, expect, it } from 'vitest';
import type { OpsiPagefind } from '../src/lib/cari.ts';
import { adaAwalan, kataAda, lipatKata, pemeriksaKata, type TeksHasil } from '../src/lib/cari-kata.ts';
import { kataKueri } from '../src/lib/cari-kata.ts';

/** A result whose data records whether it was read (reading it downloads a fragment). */
const hasil = (teks: TeksHasil, id = 'x') => {
  const h = {
    id,
    dibaca: 0,
    data: async () => {
      h.dibaca++;
      return teks;
    },
  };
  return h;
};

/** A fake Pagefind: quoted words in `indeks` find a page; every search is recorded. */
const pagefind = (indeks: string[]) => {
  const panggilan: { term: string; options: OpsiPagefind }[] = [];
  const cari = async (term: string, options: OpsiPagefind) => {
    panggilan.push({ term, options });
    return { results: indeks.includes(term.replace(/"/g, '')) ? [hasil({ meta: {} })] : [] };
  };
  return { cari, panggilan };
};

const panduan: TeksHasil = {
  content: 'Buat cabang baru dengan git switch -c tulis-entri. Siklus TPID (komponen C). Dinas Kesehatan di PaDi UMKM',
  meta: { title: 'Panduan Penulis' },
};

describe('a word the page begins (prefix completion) or not (a prefix of the word searched instead)', () => {
  it('holds a word the reader is still typing, in the body or a meta field', () => {
    expect(adaAwalan({ content: 'Penanganan Stunting. Kejar stunting,', meta: {} }, 'stunt')).toBe(true);
    // Only the thesaurus terms name it: the match was in meta, with no location in the body.
    expect(adaAwalan({ content: 'Model Pengentasan Kemiskinan', meta: { istilah: 'keluarga miskin, prasejahtera, gakin' } }, 'gaki')).toBe(true);
    // Pagefind stems "kesehata" to "sehata" and falls back to "sehat": the page still has the word begun.
    expect(adaAwalan({ content: 'Dinas Kesehatan kabupaten', meta: {} }, 'kesehata')).toBe(true);
  });

  it('does not hold a word whose only match is a shorter word it begins with', () => {
    expect(adaAwalan(panduan, 'cuma')).toBe(false);
    // "Disdag" matched the "di" of PaDi (a camel-case part) and the preposition "di".
    expect(adaAwalan(panduan, 'disdag')).toBe(false);
  });

  it('reads compounds by their parts and ignores case, hyphens and diacritics', () => {
    expect(adaAwalan({ content: 'layanan e-KTP keliling', meta: {} }, 'kt')).toBe(true);
    expect(adaAwalan({ content: 'layanan e-KTP keliling', meta: {} }, 'e-kt')).toBe(true);
    expect(adaAwalan({ content: 'Pasar Digital (PaDi) UMKM', meta: {} }, 'padi')).toBe(true);
    expect(adaAwalan({ content: 'Program Périntis', meta: {} }, 'perin')).toBe(true);
    expect(lipatKata('E-KTP,')).toBe('ektp');
  });

  it('holds a name the reader wrote as one word', () => {
    expect(adaAwalan({ content: 'Pemkab Kulon Progo, DIY', meta: {} }, 'kulonprogo')).toBe(true);
    expect(adaAwalan({ content: 'Dinas', meta: { title: 'Si Perut Laper' } }, 'siperutlaper')).toBe(true);
    expect(adaAwalan({ content: 'Pemkab Kulon Progo, DIY', meta: {} }, 'kulonprogodiy')).toBe(true);
    expect(adaAwalan({ content: 'Pemkab Kulon, Progo', meta: {} }, 'kulonprogram')).toBe(false);
  });
});

describe('the words of a query', () => {
  it('keeps the words that carry no subject only when asked: Pagefind searches them too', () => {
    expect(kataKueri('Aplikasi yg murah di desa, desa')).toEqual(['aplikasi', 'murah', 'desa']);
    expect(kataKueri('Aplikasi yg murah di desa, desa', true)).toEqual(['aplikasi', 'yg', 'murah', 'di', 'desa']);
  });
});

describe('whether some page holds a word of the query', () => {
  it('asks the index for the word as typed (quoted, without filters), and reads no page when it is there', async () => {
    const pf = pagefind(['stunting']);
    const contoh = hasil(panduan);
    expect(await kataAda(pf.cari, 'stunting', contoh)).toBe(true);
    expect(pf.panggilan).toEqual([{ term: '"stunting"', options: { filters: {} } }]);
    expect(contoh.dibaca).toBe(0);
  });

  it('keeps a word that only begins indexed words, and drops one whose match was a prefix of it', async () => {
    const pf = pagefind([]);
    expect(await kataAda(pf.cari, 'stunt', hasil({ content: 'Penanganan Stunting', meta: {} }))).toBe(true);
    expect(await kataAda(pf.cari, 'cuma', hasil(panduan))).toBe(false);
    // The search for the word found nothing at all.
    expect(await kataAda(pf.cari, 'zzyzx', undefined)).toBe(false);
  });

  it('holds a hyphenated word whose parts are all indexed ("anak-anak" is searched as "anakanak")', async () => {
    const pf = pagefind(['anak', 'kinerja']);
    expect(await kataAda(pf.cari, 'anak-anak', undefined)).toBe(true);
    // A one-letter part is no word of its own.
    expect(await kataAda(pf.cari, 'e-kinerja', undefined)).toBe(true);
    expect(await kataAda(pf.cari, 'anak-cuma', undefined)).toBe(false);
  });

  it('asks once per word for one search, and reads a page it has read before when the results hold one', async () => {
    const pf = pagefind(['stunting']);
    const ada = pemeriksaKata(pf.cari);
    const a = hasil({ content: 'Penanganan stunting, ribuan kader', meta: {} }, 'a');
    const b = hasil(panduan, 'b');
    const jawab = await Promise.all([ada('stunting', [a]), ada('stunt', [a]), ada('stunting', [b]), ada('stunt', [b])]);
    expect(jawab).toEqual([true, true, true, true]);
    expect(pf.panggilan.map((p) => p.term)).toEqual(['"stunting"', '"stunt"']);
    // "cuma" was searched as "c": b comes first, but a has been read already.
    expect(await ada('cuma', [b, a])).toBe(false);
    // "ribu" only begins "ribuan".
    expect(await ada('ribu', [b, a])).toBe(true);
    // Pagefind keeps a fragment once fetched: only b would have cost a download.
    expect(b.dibaca).toBe(0);
    expect(a.dibaca).toBeGreaterThan(0);
  });
});
