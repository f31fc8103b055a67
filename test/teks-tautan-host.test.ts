/**
 * A link whose text names one site and opens another (src/rules/teks-tautan.ts,
 * src/schema/alamat-teks.ts). The text is read as a reader sees it: a zero-width space, fullwidth
 * dots or an arrow after the address used to hide it from the rule while the page showed
 * "menpan.go.id". An author profile's name is the link text of its `situs` on the About page.
 */
import { describe, expect, it } from 'vitest';
import { masalahTeksAlamat } from '../src/rules/teks-tautan.ts';
import { hostDisebut, teksTampak } from '../src/schema/alamat-teks.ts';
import { penulisSchema } from '../src/schema/index.ts';
import { dasarHukum, lampiran } from '../src/schema/sumber.ts';
import { galat, periksa, salinan } from './helpers.ts';

const JAHAT = 'https://evil.example/masuk';

describe('teks tautan yang menyebut host lain', () => {
  it('tidak lolos lewat karakter tak terlihat, titik lebar penuh, atau panah di belakangnya', () => {
    for (const teks of ['menpan.go\u200b.id', 'menpan.go\u2060.id', 'men\u00adpan.go.id', '\ufeffmenpan.go.id', 'menpan.go.id ↗', 'menpan\uff0ego\uff0eid', 'menpan\u3002go\u3002id', 'ｍｅｎｐａｎ.go.id', '→ www.menpan.go.id']) {
      expect(masalahTeksAlamat(teks, JAHAT), JSON.stringify(teks)).toMatch(/menyebut menpan\.go\.id, tetapi tautannya membuka evil\.example/);
    }
  });

  it('alamat di dalam kalimat dihitung: lolos bila itu situs tujuannya, ditolak bila bukan', () => {
    const kalimat = 'lihat menpan.go.id untuk rinciannya';
    expect(masalahTeksAlamat(kalimat, 'https://menpan.go.id/site/berita')).toBeUndefined();
    expect(masalahTeksAlamat(kalimat, 'https://www.menpan.go.id/')).toBeUndefined();
    expect(masalahTeksAlamat(kalimat, JAHAT)).toBe('teks tautan "lihat menpan.go.id untuk rinciannya" menyebut menpan.go.id, tetapi tautannya membuka evil.example: pembaca mengira membuka alamat yang tertulis; samakan teksnya dengan alamat tujuan, atau tulis nama halamannya');
    expect(masalahTeksAlamat('Data https://bps.go.id/indikator dan lainnya', JAHAT)).toMatch(/menyebut bps\.go\.id/);
    // Naming two sites opens one of them: the other is the misleading one.
    expect(masalahTeksAlamat('data bps.go.id dan kemkes.go.id', 'https://bps.go.id/')).toMatch(/menyebut kemkes\.go\.id/);
  });

  it('huruf Kiril dalam teks yang menyerupai alamat tujuan tetap berbeda dari alamat itu', () => {
    expect(masalahTeksAlamat('menp\u0430n.go.id', 'https://menpan.go.id/')).toMatch(/menyebut xn--/);
  });

  it('teks biasa, nama berkas, alamat e-mail, singkatan dan angka tidak dibaca sebagai host', () => {
    for (const teks of ['Laporan tahunan Dinas Kesehatan', 'laporan-2023.pdf', 'unduh laporan-2023.pdf di sini', 'tulis ke humas@kulonprogokab.go.id', 'Kantor di Jl.Merdeka 5', 'Budi, S.Sos', 'Rp1.500.000 per tahun', 'Perpres No.72/2021', 'versi 2.5']) {
      expect(hostDisebut(teks), teks).toEqual([]);
      expect(masalahTeksAlamat(teks, JAHAT), teks).toBeUndefined();
    }
  });

  it('dibaca seperti yang tampak', () => {
    expect(teksTampak('menpan\uff0ego\u200b.id')).toBe('menpan.go.id');
  });
});

describe('nama profil penulis yang menyerupai alamat situs lain', () => {
  const profil = { id: 'menpan', nama: 'www.menpan.go.id', jenis: 'institusi', situs: 'https://evil.example/', keterangan: 'Meninjau entri.' };
  const pesan = (p: object) => {
    const r = penulisSchema.safeParse(p);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('ditolak bila situsnya membuka host lain, lolos bila sama atau tanpa situs', () => {
    expect(pesan(profil)).toEqual(['nama: nama "www.menpan.go.id" menyebut alamat menpan.go.id, tetapi halaman Tentang menautkannya ke situs evil.example: pembaca mengira membuka alamat yang tertulis; tulis nama lembaganya, atau samakan situs dengan alamat itu']);
    expect(pesan({ ...profil, nama: 'Kementerian PANRB (menpan\u200b.go.id)' })).toHaveLength(1);
    expect(pesan({ ...profil, situs: 'https://menpan.go.id/' })).toEqual([]);
    expect(pesan({ ...profil, situs: undefined })).toEqual([]);
    expect(pesan({ ...profil, nama: 'Universitas Indonesia' })).toEqual([]);
  });

  it('npm run check menamai berkas dan barisnya', () => {
    const t = salinan();
    t.tulis('penulis/menpan.yaml', 'id: menpan\nnama: www.menpan.go.id\njenis: institusi\nsitus: https://evil.example/\nketerangan: Meninjau entri.\n');
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'penulis/menpan.yaml');
    expect(p).toEqual([expect.objectContaining({ line: 2, field: 'nama', message: expect.stringMatching(/^nama "www\.menpan\.go\.id" menyebut alamat menpan\.go\.id/) })]);
  });
});

describe('judul lampiran dan dasar hukum, yang menjadi teks tautan url-nya di halaman entri', () => {
  it('ditolak bila menyebut situs lain, lolos bila situs yang sama', () => {
    const pesan = (schema: typeof lampiran | typeof dasarHukum, v: object) => {
      const r = schema.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    const l = { judul: 'SOP di menpan.go.id', jenis: 'sop', url: JAHAT };
    expect(pesan(lampiran, l)).toEqual(['judul: judul "SOP di menpan.go.id" menyebut menpan.go.id, tetapi halaman entri menautkannya ke evil.example: pembaca mengira membuka alamat yang tertulis; tulis nama dokumennya, atau samakan url dengan alamat itu']);
    expect(pesan(lampiran, { ...l, url: 'https://menpan.go.id/sop.pdf' })).toEqual([]);
    const d = { jenis: 'uu', nomor: '24', tahun: 2013, tentang: 'Administrasi Kependudukan (peraturan.bpk.go.id)', url: JAHAT };
    expect(pesan(dasarHukum, d)).toEqual([expect.stringMatching(/^tentang: tentang ".*" menyebut peraturan\.bpk\.go\.id/)]);
    expect(pesan(dasarHukum, { ...d, url: 'https://peraturan.bpk.go.id/Details/38962' })).toEqual([]);
  });
});
