import { describe, expect, it } from 'vitest';
import { TESAURUS, type Konsep } from '../src/data/tesaurus.ts';
import { istilahEntri, istilahHalaman, istilahKonsep, konsepEntri, MAKS_ISTILAH, type TeksEntri } from '../src/lib/tesaurus.ts';
import { kueriBetul, peringkatSebagian, saranEjaan } from '../src/lib/cari-pulih.ts';
import { kataKueri } from '../src/lib/cari-kata.ts';
import { masalahTesaurus } from '../src/rules/tesaurus.ts';

describe('tesaurus pencarian', () => {
  it('lolos aturannya sendiri', () => {
    expect(masalahTesaurus(TESAURUS)).toEqual([]);
  });

  it('menolak istilah yang menunjuk dua konsep, konsep tanpa padanan, dan slug yang salah', () => {
    const k = (slug: string, istilah: string[], en = ['x term']): Konsep => ({ slug, id: slug, en: slug, istilah, istilah_en: en });
    expect(masalahTesaurus([k('a', ['KTP-el', 'e-KTP']), k('b', ['e-ktp', 'kartu']), k('C c', ['satu'], [])]).map((m) => m.message)).toEqual([
      'istilah "e-ktp" ada di konsep "a" dan "b"; satu istilah hanya boleh menunjuk satu konsep',
      'istilah "x term" ada di konsep "a" dan "b"; satu istilah hanya boleh menunjuk satu konsep',
      'slug konsep "C c" harus huruf kecil dengan tanda hubung',
      'konsep "C c" memerlukan paling sedikit dua istilah Indonesia (istilah pustaka dan padanannya)',
      'konsep "C c" memerlukan paling sedikit satu istilah Inggris (istilah_en)',
    ]);
  });

  it('menemukan konsep dari judul dan ringkasan, atau dari isi yang sering menyebutnya, utuh sebagai kata', () => {
    expect(konsepEntri('Layanan KTP-el jemput bola', '')).toEqual(expect.arrayContaining(['adminduk', 'jemput-bola']));
    expect(konsepEntri('Layanan desa', 'KKN mahasiswa di desa')).not.toContain('adminduk');
    expect(konsepEntri('Layanan desa', 'stunting sekali')).not.toContain('stunting');
    expect(konsepEntri('Layanan desa', 'stunting, stunting, dan tengkes')).toContain('stunting');
  });

  it('memberi halaman istilah yang belum ada di teksnya, secukupnya', () => {
    const t = istilahKonsep(['adminduk'], 'id', 'Layanan KTP-el');
    expect(t).toContain('e-KTP');
    expect(t).not.toContain('KTP-el');
    expect(istilahKonsep(['adminduk'], 'en', '')).toEqual(expect.arrayContaining(['identity card', 'administrasi kependudukan']));
    expect(istilahKonsep(TESAURUS.map((k) => k.slug), 'id', '').length).toBe(MAKS_ISTILAH);
  });

  it('halaman Indonesia dan Inggris satu entri mendapat istilahnya sendiri, dan isinya dibaca sekali per versi', () => {
    const teks: TeksEntri = { utama: 'Layanan KTP-el jemput bola', isi: 'Petugas datang ke desa.', ringkasEn: 'Mobile ID card service' };
    const e = istilahEntri(teks);
    expect(e.id).toEqual(istilahKonsep(konsepEntri(teks.utama, teks.isi), 'id', `${teks.utama} ${teks.isi}`));
    expect(e.en).toEqual(istilahKonsep(konsepEntri(teks.utama, teks.isi), 'en', teks.ringkasEn));
    let dibaca = 0;
    const baca = (t: TeksEntri) => () => (dibaca++, t);
    expect(istilahHalaman('praktik/a/1', baca(teks), 'en')).toEqual(e.en);
    expect(istilahHalaman('praktik/a/1', baca(teks), 'id')).toEqual(e.id);
    expect(dibaca).toBe(1);
    // An edited entry is a new version: its terms follow the new text.
    const diubah = { ...teks, utama: 'Layanan desa', isi: 'stunting, stunting, dan tengkes' };
    expect(istilahHalaman('praktik/a/2', baca(diubah), 'id')).toEqual(istilahEntri(diubah).id);
    expect(dibaca).toBe(2);
  });
});

describe('halaman cari tanpa hasil', () => {
  it('mengambil kata yang bermakna dari kueri', () => {
    expect(kataKueri('Pangan mahal menjelang Lebaran di desa, yang murah')).toEqual(['pangan', 'mahal', 'menjelang', 'lebaran', 'desa', 'murah']);
  });
  it('mengurutkan halaman menurut banyaknya kata yang dimuat', () => {
    const r = (id: string) => ({ id });
    const hasil = peringkatSebagian([
      { kata: 'pangan', hasil: [r('a'), r('b')] },
      { kata: 'mahal', hasil: [r('b')] },
      { kata: 'lebaran', hasil: [r('c'), r('b')] },
      { kata: 'zzz', hasil: [] },
    ]);
    expect(hasil.map((h) => `${h.hasil.id}:${h.kata.join('+')}`)).toEqual(['b:pangan+mahal+lebaran', 'a:pangan', 'c:lebaran']);
  });
  it('menyarankan ejaan satu atau dua huruf dari kosakata, dan membetulkan kuerinya', () => {
    const kosa = ['stunting', 'inflasi', 'kemiskinan', 'ktp', 'tpid'];
    expect(saranEjaan('stuntng', kosa)).toBe('stunting');
    expect(saranEjaan('inflsi', kosa)).toBe('inflasi');
    // A swapped pair of letters is one typo, as in the checker's suggestions.
    expect(saranEjaan('tpdi', kosa)).toBe('tpid');
    expect(saranEjaan('tqxz', kosa)).toBeUndefined();
    expect(saranEjaan('stunting', kosa)).toBeUndefined();
    expect(saranEjaan('zzzzzz', kosa)).toBeUndefined();
    expect(kueriBetul('Harga inflsi Jakarta', new Map([['inflsi', 'inflasi']]))).toBe('Harga inflasi Jakarta');
    expect(kueriBetul('harga', new Map())).toBeUndefined();
  });
});
