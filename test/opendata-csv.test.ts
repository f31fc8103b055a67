import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIAYA, KEKUATAN_BUKTI, TINGKAT_DAMPAK } from '../src/data/klasifikasi.ts';
import { barisJson, csv, dokumenJson, KOLOM_CSV, type EntriTerbuka } from '../src/lib/opendata.ts';

/**
 * The file read back by a CSV reader that is not ours (csv-parse, RFC 4180), with CRLF as the only
 * row end, as the writer promises, and the BOM left to the caller.
 */
const bacaCsv = (text: string): string[][] => parse(text, { record_delimiter: '\r\n' });

const entri = (judul: string, i: number): EntriTerbuka => ({
  koleksi: 'praktik',
  id: `praktik-${i}`,
  url: `https://x.example/praktik/praktik-${i}/`,
  diperbarui: '2026-11-28',
  data: { judul, tahun_mulai: 2018, kesiapan: { kekuatan_bukti: 0, biaya: 2, lama_persiapan_bulan: 0, replikasi: [] } },
});

const BERBAHAYA = ['=HYPERLINK("http://x","klik")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =1+1'];
const BIASA = ['Jemput Bola Adminduk', 'SIPANDU-2 (e-layanan)', 'Rp50–250 juta, "murah"', ' spasi di tepi '];
const kolom = (nama: string) => KOLOM_CSV.findIndex((k) => k.kolom === nama);

describe('CSV data terbuka aman dibuka di program lembar kerja', () => {
  const semua = [...BERBAHAYA, ...BIASA];
  const teks = csv(semua.map(entri).map(barisJson));
  const baris = teks.replace(/^\uFEFF/, '').split('\r\n').slice(1, -1);
  const sel = (i: number) => bacaCsv(`${baris[i]}\r\n`)[0]![kolom('judul')];

  it('sel yang diawali = + - @ tab atau CR diberi awalan tanda petik lalu dikutip menurut RFC 4180', () => {
    expect(baris).toHaveLength(semua.length);
    expect(baris[0]).toContain(`,"'=HYPERLINK(""http://x"",""klik"")",`);
    expect(baris[1]).toContain(`,'+1+1,`);
    expect(baris[2]).toContain(`,'-2+3,`);
    expect(baris[3]).toContain(`,'@SUM(A1),`);
    expect(baris[4]).toContain(`,'\t=1,`);
    expect(baris[5]).toContain(`,"'\r=1",`);
    expect(baris[6]).toContain(`,'  =1+1,`);
    expect(BERBAHAYA.map((_, i) => sel(i))).toEqual(BERBAHAYA.map((j) => `'${j}`));
  });

  it('teks biasa, angka, dan tanggal tidak berubah', () => {
    expect(BIASA.map((_, i) => sel(BERBAHAYA.length + i))).toEqual(BIASA);
    expect(baris[7]).toContain(',Jemput Bola Adminduk,');
    expect(baris[9]).toContain(',"Rp50–250 juta, ""murah""",');
    const r = bacaCsv(`${baris[7]}\r\n`)[0]!;
    expect(r).toHaveLength(KOLOM_CSV.length);
    expect([r[kolom('tahun_mulai')], r[kolom('kekuatan_bukti')], r[kolom('lama_persiapan_bulan')], r[kolom('diperbarui')]]).toEqual(['2018', '0', '0', '2026-11-28']);
  });

  it('seluruh berkas terbaca kembali dengan satu baris per entri', () => {
    const semuaBaris = bacaCsv(teks.replace(/^\uFEFF/, ''));
    expect(semuaBaris[0]).toEqual(KOLOM_CSV.map((k) => k.kolom));
    expect(semuaBaris.slice(1).map((r) => r[kolom('judul')])).toEqual(semua.map((j) => (BERBAHAYA.includes(j) ? `'${j}` : j)));
  });

  it('JSON memuat nilai persis tanpa awalan', () => {
    for (const [i, judul] of semua.entries()) {
      expect(barisJson(entri(judul, i)).judul).toBe(judul);
    }
    const json = JSON.stringify(dokumenJson(semua.map(entri), 'demonstrasi'));
    for (const judul of semua) expect(json).toContain(`"judul":${JSON.stringify(judul)}`);
    expect(json).not.toContain(`"judul":"'`);
    expect(JSON.parse(json).entri.map((e: { judul: string }) => e.judul).sort()).toEqual([...semua].sort());
  });
});

describe('keterangan kolom CSV', () => {
  it('kolom kosakata menyebut nilai yang benar-benar ada di CSV, dalam kedua bahasa, dari kosakatanya', () => {
    const kolom = (nama: string) => KOLOM_CSV.find((k) => k.kolom === nama)!;
    for (const t of TINGKAT_DAMPAK) {
      expect(kolom('tingkat_dampak').id).toContain(t.slug);
      // The CSV holds the slug in every language: the English description names it, then its meaning.
      expect(kolom('tingkat_dampak').en).toContain(`${t.slug} (${t.en.toLowerCase()})`);
    }
    expect(kolom('kekuatan_bukti').id).toContain(`${KEKUATAN_BUKTI[0].slug}–${KEKUATAN_BUKTI.at(-1)!.slug}`);
    expect(kolom('biaya').en).toContain(`${BIAYA[0].slug}–${BIAYA.at(-1)!.slug}`);
  });
});
