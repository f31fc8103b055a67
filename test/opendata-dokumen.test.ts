import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { BIAYA } from '../src/data/klasifikasi.ts';
import { barisJson, csv, dokumenJson, KOLOM_CSV, kutipanData, skemaEntri, terbaru, VERSI_SKEMA, type EntriTerbuka } from '../src/lib/opendata.ts';
import { ROOT } from './helpers.ts';

const entri = (id: string, diperbarui: string, kode_kabkota?: string): EntriTerbuka => ({
  koleksi: 'praktik',
  id,
  url: `https://x.example/praktik/${id}/`,
  diperbarui,
  data: { id, judul: id, instansi_asal: { kode_provinsi: '32', kode_kabkota, daerah_3t: false }, kesiapan: { replikasi: [] } },
});
const kolom = (nama: string) => KOLOM_CSV.find((k) => k.kolom === nama)!;

describe('entri.json menyebut dirinya', () => {
  it('penerbit yang disebut adalah penerbit edisinya: Kementerian PANRB hanya pada edisi resmi', () => {
    expect(dokumenJson([], 'demonstrasi').penerbit).toBe('Tim Redaksi Pustaka Model Inovasi');
    expect(dokumenJson([], 'tinjauan').penerbit).toBe('Tim Redaksi Pustaka Model Inovasi');
    expect(dokumenJson([], 'resmi').penerbit).toBe('Kementerian PANRB');
  });

  it('diperbarui adalah tanggal entri yang paling baru; null bila tanpa entri', () => {
    const rows = [entri('a', '2026-11-28'), entri('b', '2026-12-07'), entri('c', '2025-01-31')];
    expect(dokumenJson(rows, 'demonstrasi').diperbarui).toBe('2026-12-07');
    expect(terbaru([])).toBeNull();
    expect(dokumenJson([], 'resmi')).toMatchObject({ diperbarui: null, jumlah: 0, versi_skema: VERSI_SKEMA });
  });

  it('edisi resmi yang belum memuat entri tetap sah menurut entri.schema.json; tanggal yang bukan tanggal ditolak', () => {
    const skema = (n: string) => JSON.parse(readFileSync(join(ROOT, 'public/data/skema', `${n}.schema.json`), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(skemaEntri(skema('praktik'), skema('model'), 'https://x.example/'));
    const kosong = JSON.parse(JSON.stringify(dokumenJson([], 'resmi')));
    expect(validate(kosong), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...kosong, diperbarui: '7 Desember 2026' })).toBe(false);
    expect(validate({ ...kosong, penerbit: 'Kementerian Lain' })).toBe(false);
    const { penerbit: _, ...tanpaPenerbit } = kosong;
    expect(validate(tanpaPenerbit)).toBe(false);
  });
});

describe('cara mengutip data terbuka', () => {
  const p = { penerbit: 'Tim Redaksi Pustaka Model Inovasi', diperbarui: '2026-12-07', edisi: 'Edisi demonstrasi', url: 'https://contoh.go.id/model-inovasi/data/' };
  it('menyebut penerbit, tahun pembaruan terakhir, edisi, versi skema, dan alamat', () => {
    expect(kutipanData(p, 'id')).toBe(`Tim Redaksi Pustaka Model Inovasi. (2026). Pustaka Model Inovasi Pelayanan Publik: data terbuka (Edisi demonstrasi, versi skema ${VERSI_SKEMA}) [Set data]. https://contoh.go.id/model-inovasi/data/`);
    expect(kutipanData({ ...p, edisi: 'Demonstration edition' }, 'en')).toContain(`(2026). Handbook of Public Service Innovation Models: open data (Demonstration edition, schema version ${VERSI_SKEMA}) [Data set].`);
  });
  it('tanpa entri tidak mengarang tahun', () => {
    expect(kutipanData({ ...p, diperbarui: null }, 'id')).toContain('(t.t.)');
    expect(kutipanData({ ...p, diperbarui: null }, 'en')).toContain('(n.d.)');
  });
});

describe('keterangan kolom CSV untuk pengguna lembar kerja', () => {
  it('kode wilayah tetap teks persis di CSV dan keterangannya mengatakan demikian', () => {
    const teks = csv([entri('a', '2026-12-07', '32.10')].map(barisJson)).replace(/^\uFEFF/, '');
    const [kepala, baris] = parse(teks, { record_delimiter: '\r\n' }) as string[][];
    // "32.10" must not lose its zero: it is Kabupaten Majalengka's code, 32.1 is no code at all.
    expect(baris![kepala!.indexOf('kode_kabkota')]).toBe('32.10');
    expect(kolom('kode_kabkota').id).toMatch(/teks/);
    expect(kolom('kode_kabkota').en).toMatch(/text/);
  });

  it('pita biaya disebut dalam rupiah per tahun, dari kosakatanya', () => {
    expect(kolom('biaya').id).toContain('1 < Rp50 juta');
    expect(kolom('biaya').id).toContain('5 ≥ Rp5 miliar');
    expect(kolom('biaya').en).toContain('1 < Rp50 million');
    expect(kolom('biaya').en).toContain('5 ≥ Rp5 billion');
    expect(kolom('biaya').id.match(/\d [<≥]/g)).toHaveLength(BIAYA.length);
  });

  it('kolom kosakata menyebut setiap nilainya', () => {
    expect(kolom('kompleksitas').id).toContain('rendah, sedang, tinggi');
    expect(kolom('status_keberlanjutan').en).toContain('berhenti-vakum (stopped or dormant)');
    expect(kolom('tingkat_verifikasi').id).toContain('belum-diverifikasi');
    expect(kolom('kekuatan_bukti').en).toContain('0 claim without data');
    expect(kolom('id').id).toMatch(/jenis_entri dan id/);
  });
});
