import { describe, expect, it } from 'vitest';
import { awalTerbit, BULAN_SUMBER_STATUS, masalahStatus, mundurBulan, sumberStatusTerbaru, type DataStatus } from '../src/schema/keberlanjutan.ts';
import { laporan } from './helpers.ts';

const data = (o: Partial<DataStatus> = {}): DataStatus => ({
  status_keberlanjutan: 'berlanjut',
  tanggal_status: '2026-11-28',
  status_sumber: ['baru'],
  sumber: [
    { kunci: 'lama', terbit: '2023-12' },
    { kunci: 'baru', terbit: '2025-07-08' },
    { kunci: 'tanpa-tanggal' },
  ],
  ...o,
});
const pesan = (o: Partial<DataStatus>) => masalahStatus(data(o)).map((m) => `${m.path.join('.')}: ${m.message}`);

describe('status keberlanjutan bersumber', () => {
  it('menerima status berlanjut yang bersumber pada terbitan dua tahun terakhir', () => {
    expect(masalahStatus(data())).toEqual([]);
    expect(masalahStatus(data({ status_keberlanjutan: 'berlanjut-berkembang', status_sumber: ['lama', 'baru'] }))).toEqual([]);
  });

  it('menolak status berlanjut tanpa status_sumber, pada baris status, dengan contoh kunci bertanggal', () => {
    expect(pesan({ status_sumber: undefined })).toEqual([
      'status_keberlanjutan: status "berlanjut" memerlukan sumber: tulis status_sumber berisi kunci sumber (dari daftar sumber, dengan terbit) yang menunjukkan keadaan itu, mis. status_sumber: [baru], atau tulis status_keberlanjutan: belum-diverifikasi',
    ]);
    expect(pesan({ status_keberlanjutan: 'berhenti-vakum', status_sumber: [] })[0]).toMatch(/^status_keberlanjutan: status "berhenti-vakum" memerlukan sumber/);
  });

  it('belum-diverifikasi tidak memerlukan sumber, dan berhenti-vakum boleh bersumber lama', () => {
    expect(masalahStatus(data({ status_keberlanjutan: 'belum-diverifikasi', status_sumber: undefined }))).toEqual([]);
    expect(masalahStatus(data({ status_keberlanjutan: 'berhenti-vakum', status_sumber: ['lama'] }))).toEqual([]);
  });

  it('menyebut kunci yang tidak ada atau tidak bertanggal, pada butirnya', () => {
    expect(pesan({ status_sumber: ['baru', 'hilang', 'tanpa-tanggal'] })).toEqual([
      'status_sumber.1: kunci "hilang" tidak ada di daftar sumber; pakai kunci salah satu sumber (lama, baru, tanpa-tanggal), atau tambahkan sumbernya dulu',
      'status_sumber.2: sumber "tanpa-tanggal" tidak mencatat tanggal terbit, jadi tidak menunjukkan kapan keadaan itu benar: tulis terbit: TTTT-BB-HH (atau TTTT-BB, TTTT) pada sumber itu, atau pilih sumber lain',
    ]);
    // A key that shows nothing is refused whatever the status.
    expect(pesan({ status_keberlanjutan: 'belum-diverifikasi', status_sumber: ['hilang'] })).toHaveLength(1);
  });

  it(`menolak sumber terbaru yang lebih tua dari ${BULAN_SUMBER_STATUS} bulan, dengan batas tanggalnya`, () => {
    expect(pesan({ status_sumber: ['lama'] })).toEqual([
      'status_sumber: status "berlanjut" memerlukan sumber yang terbit paling lama 24 bulan sebelum tanggal_status (2026-11-28, jadi paling awal 2024-11-28); sumber terbaru "lama" terbit 2023-12: tambahkan sumber yang lebih baru ke status_sumber, atau tulis status_keberlanjutan: belum-diverifikasi',
    ]);
  });

  it('membaca tanggal sebagian pada hari pertamanya: 2024-11 tidak dianggap 2024-11-28', () => {
    const batas = (terbit: string | number) => masalahStatus(data({ sumber: [{ kunci: 'baru', terbit }] })).length;
    expect(batas('2024-11-28')).toBe(0);
    expect(batas('2024-11-27')).toBe(1);
    expect(batas('2024-11')).toBe(1);
    expect(batas('2024-12')).toBe(0);
    expect(batas(2024)).toBe(1);
    expect(batas(2025)).toBe(0);
  });

  it('menolak sumber yang terbit sesudah tanggal_status', () => {
    expect(pesan({ sumber: [{ kunci: 'baru', terbit: '2026-12' }] })).toEqual([
      'status_sumber: sumber "baru" terbit 2026-12, sesudah tanggal_status (2026-11-28): periksa terbit sumber itu, atau perbarui tanggal_status ke tanggal pemeriksaan',
    ]);
    expect(masalahStatus(data({ sumber: [{ kunci: 'baru', terbit: '2026-11' }] }))).toEqual([]);
  });

  it('menghitung mundur bulan sampai hari terakhir bulan yang lebih pendek', () => {
    expect(mundurBulan('2026-11-28', 24)).toBe('2024-11-28');
    expect(mundurBulan('2028-02-29', 24)).toBe('2026-02-28');
    expect(mundurBulan('2026-03-31', 1)).toBe('2026-02-28');
    expect(mundurBulan('2026-01-15', 13)).toBe('2024-12-15');
    expect(awalTerbit(2023)).toBe('2023-01-01');
    expect(awalTerbit('2023-07')).toBe('2023-07-01');
  });

  it('halaman memakai sumber terbaru beserta nomornya di daftar sumber', () => {
    expect(sumberStatusTerbaru(data({ status_sumber: ['lama', 'baru'] }))).toEqual({ kunci: 'baru', terbit: '2025-07-08', nomor: 2 });
    expect(sumberStatusTerbaru(data({ status_sumber: undefined }))).toBeUndefined();
  });
});

describe('npm run check menunjuk baris yang harus diubah', () => {
  const FILE = 'praktik/layanan-contoh.mdx';
  const baris = (s: string, awal: string) => s.split('\n').findIndex((l) => l.startsWith(awal)) + 1;

  it('status tanpa sumber: baris status_keberlanjutan', () => {
    let teks = '';
    const p = laporan(FILE, (s) => (teks = s.replace('status_keberlanjutan: belum-diverifikasi', 'status_keberlanjutan: berlanjut')));
    expect(p).toEqual([expect.stringMatching(new RegExp(`^praktik/layanan-contoh\\.mdx:${baris(teks, 'status_keberlanjutan:')}:\\d+ {2}status_keberlanjutan {2}status "berlanjut" memerlukan sumber`))]);
  });

  it('kunci tanpa terbit: baris butir status_sumber; sumber lama: baris status_sumber', () => {
    let teks = '';
    const tanpaTerbit = laporan(FILE, (s) => (teks = s.replace('status_keberlanjutan: belum-diverifikasi\ntanggal_status: 2026-11-28\n', 'status_keberlanjutan: berlanjut\ntanggal_status: 2026-11-28\nstatus_sumber:\n  - contoh\n')));
    expect(tanpaTerbit).toEqual([expect.stringMatching(new RegExp(`^praktik/layanan-contoh\\.mdx:${baris(teks, '  - contoh')}:\\d+ {2}status_sumber\\[0\\] {2}sumber "contoh" tidak mencatat tanggal terbit`))]);

    const lama = laporan(FILE, (s) =>
      (teks = s
        .replace('status_keberlanjutan: belum-diverifikasi\ntanggal_status: 2026-11-28\n', 'status_keberlanjutan: berlanjut\ntanggal_status: 2026-11-28\nstatus_sumber: [contoh]\n')
        .replace('    penerbit: Pemerintah Contoh\n', '    penerbit: Pemerintah Contoh\n    terbit: 2023-12\n')),
    );
    expect(lama).toEqual([expect.stringMatching(new RegExp(`^praktik/layanan-contoh\\.mdx:${baris(teks, 'status_sumber:')}:\\d+ {2}status_sumber {2}status "berlanjut" memerlukan sumber yang terbit paling lama 24 bulan .* terbit 2023-12:`))]);
  });
});
