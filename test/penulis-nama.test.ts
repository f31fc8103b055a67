/**
 * One body, one profile (src/rules/references.ts): a pull request added a second profile named
 * "Universitas Indonesia" and made it the reviewer of every entry, so published pages would credit
 * the review to that university. Names are compared as a reader reads them.
 */
import { describe, expect, it } from 'vitest';
import { galat, periksa, salinan } from './helpers.ts';

const profil = (id: string, nama: string) => `id: ${id}\nnama: ${JSON.stringify(nama)}\njenis: institusi\nketerangan: Meninjau entri.\n`;

/** The errors of the tree's profiles after adding `yayasan-kembar.yaml` (after it in file order) named `nama` (the fixture holds "Universitas Contoh"). */
function galatKembar(nama: string) {
  const t = salinan();
  t.tulis('penulis/yayasan-kembar.yaml', profil('yayasan-kembar', nama));
  return galat(periksa(t.dir)).filter((p) => p.file.startsWith('penulis/'));
}

const SARAN = ': satu lembaga atau tim satu profil, dan dua profil bernama sama membuat pembaca mengira tinjauan keduanya datang dari lembaga yang sama. Pertahankan profil yang sudah dirujuk entri terbit, rujuk id-nya, dan hapus profil yang lain, atau bedakan namanya';

describe('dua profil penulis dengan nama yang sama', () => {
  it('keduanya ditolak di baris nama, masing-masing menyebut yang lain, tanpa menyarankan salah satunya', () => {
    expect(galatKembar('Universitas Contoh')).toEqual([
      expect.objectContaining({ file: 'penulis/universitas-contoh.yaml', line: 2, field: 'nama', message: `nama "Universitas Contoh" juga dipakai content/penulis/yayasan-kembar.yaml${SARAN}` }),
      expect.objectContaining({ file: 'penulis/yayasan-kembar.yaml', line: 2, field: 'nama', message: `nama "Universitas Contoh" juga dipakai content/penulis/universitas-contoh.yaml${SARAN}` }),
    ]);
  });

  it('profil penyusup yang id-nya mendahului id aslinya tidak disarankan sebagai id yang dipakai', () => {
    const t = salinan();
    t.tulis('penulis/aaa-contoh.yaml', profil('aaa-contoh', 'Universitas Contoh'));
    const p = galat(periksa(t.dir)).filter((x) => x.file.startsWith('penulis/'));
    expect(p.map((x) => x.file).sort()).toEqual(['penulis/aaa-contoh.yaml', 'penulis/universitas-contoh.yaml']);
    for (const x of p) expect(x.message).not.toMatch(/pakai id yang ada/);
  });

  it('huruf besar, spasi, tanda baca, huruf lebar penuh dan karakter tak terlihat tidak membuat nama lain', () => {
    for (const nama of ['UNIVERSITAS  contoh', 'Universitas Contoh.', 'Universitas, Contoh', 'Ｕｎｉｖｅｒｓｉｔａｓ Contoh', 'Universitas Con\u200btoh']) {
      const p = galatKembar(nama);
      expect(p.map((x) => x.file).sort(), nama).toEqual(['penulis/universitas-contoh.yaml', 'penulis/yayasan-kembar.yaml']);
      // Quoted as a reader reads it: where that is not the other name's spelling, that one is shown too.
      expect(p.find((x) => x.file === 'penulis/yayasan-kembar.yaml')!.message, nama).toMatch(/^nama "[^"]+" juga dipakai content\/penulis\/universitas-contoh\.yaml( \(tertulis "Universitas Contoh"\))?: satu lembaga/);
    }
  });

  it('nama lain lolos', () => {
    for (const nama of ['Universitas Contoh Timur', 'FISIP Universitas Contoh']) expect(galatKembar(nama), nama).toEqual([]);
  });
});
