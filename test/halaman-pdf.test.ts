import { describe, expect, it } from 'vitest';
import { cetakBernomor, halamanTujuan } from '../scripts/halaman-pdf.ts';

/**
 * A PDF as Chromium writes one (version 1.4, a page tree, named destinations in the catalogue's
 * /Dests), with `halaman` pages and each destination on the page given (from 1).
 */
function pdfDenganTujuan(halaman: number, tujuan: Record<string, number>): Uint8Array {
  const obj: string[] = [];
  const idHalaman = Array.from({ length: halaman }, (_, i) => 4 + i);
  obj[1] = `<</Type /Catalog /Pages 2 0 R /Dests 3 0 R>>`;
  // Two levels of the page tree, as Chromium writes for longer books.
  obj[2] = `<</Type /Pages /Count ${halaman} /Kids [${idHalaman.map((n) => `${n} 0 R`).join(' ')}]>>`;
  obj[3] = `<<${Object.entries(tujuan).map(([nama, h]) => `/${nama} [${idHalaman[h - 1]} 0 R /XYZ 0 800 0]`).join('\n')}>>`;
  for (const n of idHalaman) obj[n] = `<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>`;
  let teks = '%PDF-1.4\n';
  const letak: number[] = [];
  for (let n = 1; n < obj.length; n++) {
    letak[n] = teks.length;
    teks += `${n} 0 obj\n${obj[n]}\nendobj\n`;
  }
  const xref = teks.length;
  teks += `xref\n0 ${obj.length}\n0000000000 65535 f \n${letak.slice(1).map((l) => `${String(l).padStart(10, '0')} 00000 n \n`).join('')}`;
  teks += `trailer\n<</Size ${obj.length} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(teks);
}

describe('nomor halaman buku dari PDF', () => {
  it('membaca halaman setiap tujuan bernama, dihitung dari halaman judul', async () => {
    const letak = await halamanTujuan(pdfDenganTujuan(5, { 'bab-1': 3, 'bab-2-latar': 5, pustaka: 5 }));
    expect(Object.fromEntries(letak)).toEqual({ 'bab-1': 3, 'bab-2-latar': 5, pustaka: 5 });
  });

  it('mencetak ulang sampai nomor yang tertulis sama dengan halaman tempat tujuannya tercetak', async () => {
    // Writing the numbers makes the contents overflow onto a second page: every chapter moves by one.
    const tertulis: Map<string, number>[] = [];
    const hasil = await cetakBernomor({
      tujuan: ['bab-1', 'bab-2'],
      cetak: async () => pdfDenganTujuan(9, tertulis.length === 0 ? { 'bab-1': 3, 'bab-2': 6 } : { 'bab-1': 4, 'bab-2': 7 }),
      tulis: async (nomor) => void tertulis.push(new Map(nomor)),
    });
    expect(tertulis.map((m) => Object.fromEntries(m))).toEqual([{ 'bab-1': 3, 'bab-2': 6 }, { 'bab-1': 4, 'bab-2': 7 }]);
    expect(hasil.cetakan).toBe(3);
    expect(Object.fromEntries(hasil.nomor)).toEqual({ 'bab-1': 4, 'bab-2': 7 });
  });

  it('selesai pada cetakan kedua bila nomornya tidak memindahkan halaman, dan sekali cetak tanpa tautan', async () => {
    let cetak = 0;
    const tetap = await cetakBernomor({ tujuan: ['bab-1'], cetak: async () => (cetak++, pdfDenganTujuan(4, { 'bab-1': 3 })), tulis: async () => {} });
    expect([tetap.cetakan, cetak]).toEqual([2, 2]);
    const tanpa = await cetakBernomor({ tujuan: [], cetak: async () => pdfDenganTujuan(1, {}), tulis: async () => expect.unreachable() });
    expect(tanpa.cetakan).toBe(1);
  });

  it('gagal dengan pesan bila tujuan tautan tidak ada di PDF, atau nomornya tidak pernah tetap', async () => {
    await expect(cetakBernomor({ tujuan: ['bab-1', 'bab-9'], cetak: async () => pdfDenganTujuan(2, { 'bab-1': 2 }), tulis: async () => {} })).rejects.toThrow('PDF tidak memuat tujuan tautan #bab-9');
    let n = 0;
    await expect(cetakBernomor({ tujuan: ['bab-1'], cetak: async () => pdfDenganTujuan(9, { 'bab-1': 2 + n++ }), tulis: async () => {} })).rejects.toThrow('Nomor halaman belum tetap sesudah 4 cetakan');
  });
});
