/**
 * Vague link text (src/rules/teks-tautan.ts): one list for the checker's link rule, which reads
 * the Markdown an author wrote, and the links gate, which reads the built pages.
 */
import { describe, expect, it } from 'vitest';
import { normalkanTeksTautan, pesanTeksSamar, teksTautanSamar } from '../src/rules/teks-tautan.ts';

describe('teks tautan yang samar', () => {
  it('dikenali dalam kedua bahasa, apa pun huruf, spasi, dan tanda di sekelilingnya', () => {
    for (const t of ['di sini', 'Klik di sini', 'klik disini', 'Selengkapnya…', '(selengkapnya)', 'Baca selengkapnya →', 'lihat di sini', 'Tautan ini', 'Read more', 'click here', 'here.', '  Di   sini → ', 'Lihat\u00a0selengkapnya']) {
      expect(teksTautanSamar(t), t).toBe(true);
    }
  });

  it('teks yang menyebut tujuannya lolos', () => {
    for (const t of ['Baca profil SIMPATI', 'panduan penulis', 'Peraturan Bupati Sumedang Nomor 10 Tahun 2020', 'di sini dan di sana', 'more about the programme']) {
      expect(teksTautanSamar(t), t).toBe(false);
    }
  });

  it('dinormalkan sebelum dibandingkan', () => {
    expect(normalkanTeksTautan('  Di   sini → ')).toBe('di sini');
    expect(normalkanTeksTautan('(selengkapnya)')).toBe('selengkapnya');
    expect(normalkanTeksTautan('« Baca lebih lanjut »')).toBe('baca lebih lanjut');
  });

  it('satu pesan, dengan tujuan bila pembaca pesan tidak melihatnya', () => {
    expect(pesanTeksSamar('di sini')).toBe('teks tautan "di sini" tidak menjelaskan tujuannya; tulis nama halaman atau dokumen yang dituju');
    expect(pesanTeksSamar('Klik di sini', '/sub/b/')).toBe('teks tautan "Klik di sini" tidak menjelaskan tujuannya (menuju /sub/b/); tulis nama halaman atau dokumen yang dituju');
  });
});
