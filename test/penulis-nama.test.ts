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

describe('dua profil penulis dengan nama yang sama', () => {
  it('profil kedua menurut urutan berkas ditolak di baris nama, dengan berkas dan id yang ada', () => {
    expect(galatKembar('Universitas Contoh')).toEqual([
      expect.objectContaining({
        file: 'penulis/yayasan-kembar.yaml',
        line: 2,
        field: 'nama',
        message: 'nama "Universitas Contoh" sudah dipakai content/penulis/universitas-contoh.yaml; pakai id yang ada (universitas-contoh): satu lembaga atau tim satu profil, dan nama yang sama membuat pembaca mengira tinjauannya datang dari lembaga itu',
      }),
    ]);
  });

  it('profil tambahan yang namanya diawali id yang ada ditolak, bukan profil aslinya (di urutan nama berkas "-" mendahului ".yaml")', () => {
    const t = salinan();
    t.tulis('penulis/universitas-contoh-fisip.yaml', profil('universitas-contoh-fisip', 'Universitas Contoh'));
    const p = galat(periksa(t.dir)).filter((x) => x.file.startsWith('penulis/'));
    expect(p.map((x) => [x.file, x.message.replace(/;.*/, '')])).toEqual([['penulis/universitas-contoh-fisip.yaml', 'nama "Universitas Contoh" sudah dipakai content/penulis/universitas-contoh.yaml']]);
  });

  it('huruf besar, spasi, tanda baca, huruf lebar penuh dan karakter tak terlihat tidak membuat nama lain', () => {
    for (const nama of ['UNIVERSITAS  contoh', 'Universitas Contoh.', 'Universitas, Contoh', 'Ｕｎｉｖｅｒｓｉｔａｓ Contoh', 'Universitas Con\u200btoh']) {
      const p = galatKembar(nama);
      expect(p.map((x) => x.file), nama).toEqual(['penulis/yayasan-kembar.yaml']);
      // Quoted as a reader reads it: where that is not the other name's spelling, that one is shown too.
      expect(p[0]!.message, nama).toMatch(/^nama "[^"]+" sudah dipakai content\/penulis\/universitas-contoh\.yaml( \(tertulis "Universitas Contoh"\))?; pakai id yang ada \(universitas-contoh\)/);
    }
  });

  it('nama lain lolos', () => {
    for (const nama of ['Universitas Contoh Timur', 'FISIP Universitas Contoh']) expect(galatKembar(nama), nama).toEqual([]);
  });
});
