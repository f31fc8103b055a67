import { describe, expect, it } from 'vitest';
import { checkLinks } from '../src/rules/links.ts';
import { masalahUrl } from '../src/schema/common.ts';
import { sumber } from '../src/schema/sumber.ts';
import { galat, periksa, salinan } from './helpers.ts';

const baik = { kunci: 'pedoman', judul: 'Pedoman', url: 'https://jdih.menpan.go.id/pedoman', jenis: 'regulasi', diakses: '2026-11-28' };
const pesan = (v: unknown) => {
  const r = sumber.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('mutu alamat sumber', () => {
  it('menerima alamat penerbit bernama domain', () => {
    expect(pesan(baik)).toEqual([]);
    expect(masalahUrl('https://www.menpan.go.id/site/berita')).toBeUndefined();
  });

  it.each([
    ['IP mentah dengan port', 'http://178.128.103.251:31002/etalase/93', /IP mentah/],
    ['IPv6 mentah', 'https://[2001:db8::1]/a', /IP mentah/],
    ['host diakhiri titik', 'https://bengkuluekspress.disway.id./amp/1', /diakhiri titik/],
    ['pemendek URL', 'https://bit.ly/3abcd', /pemendek URL \(bit\.ly\)/],
    ['pemendek s.id', 'https://s.id/inovasi', /pemendek URL \(s\.id\)/],
    ['alamat lokal', 'http://localhost:4321/x', /alamat lokal/],
    ['tanda petik yang menutup atribut', 'https://contoh.go.id/a"onmouseover="alert(1)', /karakter "\\"" yang tidak boleh ada di URL/],
    ['tanda kurung sudut', 'https://contoh.go.id/<script>', /karakter "<"/],
    ['huruf Kiril yang menyerupai huruf Latin di nama host', 'https://kemenp\u0430n.go.id/berita', /nama host "kemenp\u0430n\.go\.id" memuat huruf di luar abjad Latin dasar \("\u0430", U\+0430\)/],
  ])('menolak %s dengan pesan yang menyebut sebabnya', (_, url, re) => {
    expect(pesan({ ...baik, url }).join('\n')).toMatch(re);
  });

  it('menerima nama domain beraksara lain yang ditulis sengaja dalam bentuk ASCII-nya, dan huruf apa pun di path', () => {
    expect(masalahUrl('https://xn--bcher-kva.example/buku')).toBeUndefined();
    expect(masalahUrl('https://contoh.go.id/berita/kopi-gayo-dunia-\u00e9clair')).toBeUndefined();
  });

  it('menolak skema selain http dan https', () => {
    expect(pesan({ ...baik, url: 'ftp://contoh.go.id/a.pdf' })).not.toEqual([]);
  });

  it('salinan di situs berbagi dokumen wajib berjenis unggahan-pengguna', () => {
    const scribd = { ...baik, url: 'https://id.scribd.com/document/1/Perbup' };
    expect(pesan(scribd).join('\n')).toMatch(/^jenis: sumber di scribd\.com adalah salinan unggahan pengguna/);
    expect(pesan({ ...scribd, jenis: 'unggahan-pengguna' })).toEqual([]);
  });

  it('tautan di badan entri juga ditolak bila lemah', () => {
    const targets = { entries: new Map(), drafts: new Set<string>(), provinsi: new Set<string>() };
    const p = checkLinks([{ url: 'https://bit.ly/x', text: 'pedoman replikasi', line: 4, col: 2 }], [], targets, new Set(), true);
    expect(p).toEqual([expect.objectContaining({ line: 4, col: 2, area: 'isi.tautan', message: expect.stringMatching(/pemendek URL/) })]);
    // Link text that is an address names the site readers expect to open.
    const tautan = (text: string, url: string) => checkLinks([{ url, text, line: 8, col: 3 }], [], targets, new Set(), true).map((x) => x.message);
    expect(tautan('menpan.go.id', 'https://contoh.invalid/masuk')).toEqual(['teks tautan "menpan.go.id" menyebut menpan.go.id, tetapi tautannya membuka contoh.invalid: pembaca mengira membuka alamat yang tertulis; samakan teksnya dengan alamat tujuan, atau tulis nama halamannya']);
    expect(tautan('https://www.lapor.go.id/pengaduan', 'https://lapor.go.id.contoh.invalid/')).toHaveLength(1);
    for (const [text, url] of [
      ['Kompas.com', 'https://nasional.kompas.com/read/2022/03/31/x'],
      ['www.lapor.go.id', 'https://lapor.go.id/'],
      ['katalog.data.go.id', 'https://data.go.id/dataset'],
      ['laporan-2023.pdf', 'https://contoh.go.id/unduh/laporan-2023.pdf'],
      ['Laporan tahunan Dinas Kesehatan', 'https://contoh.go.id/a'],
    ] as const) expect(tautan(text, url), text).toEqual([]);
    const kiril = checkLinks([{ url: 'https://menp\u0430n.go.id/', text: 'situs kementerian', line: 6, col: 1 }], [], targets, new Set(), true);
    expect(kiril).toEqual([expect.objectContaining({ line: 6, area: 'isi.tautan', message: expect.stringMatching(/di luar abjad Latin dasar/) })]);
  });

  it('npm run check menamai berkas, baris dan isiannya', () => {
    const t = salinan();
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/(sumber:\n  - kunci: \S+\n    judul: [^\n]*\n    url: )\S+/, '$1https://tinyurl.com/abc'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/layanan-contoh.mdx');
    // The source's old address was the award's and the card's result source: both now point outside the list, and it is no longer cited.
    expect(p).toEqual([
      expect.objectContaining({ field: 'penghargaan[0].sumber', message: expect.stringMatching(/^alamat ini belum ada di daftar sumber/) }),
      expect.objectContaining({ field: 'kesiapan.dampak_utama.sumber', message: expect.stringMatching(/^alamat ini belum ada di daftar sumber/) }),
      expect.objectContaining({ field: 'sumber[0].kunci' }),
      expect.objectContaining({ field: 'sumber[0].url', line: 78, message: expect.stringMatching(/pemendek URL \(tinyurl\.com\)/) }),
    ]);
  });
});
