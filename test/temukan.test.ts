import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOBOT, peringkat, URL_TEMUKAN, type Kandidat } from '../src/lib/temukan.ts';
import { bacaUrl, tulisUrl } from '../src/lib/keadaan-url.ts';
import { ROOT } from './helpers.ts';

const k = (id: string, o: Partial<Kandidat>): Kandidat => ({
  koleksi: 'praktik', id, judul: id, tema: 'percepatan-prioritas-presiden', prioritas: 'penanganan-stunting', instansi: 'pemerintah-kabupaten', provinsi: '32', daerah3t: false,
  jenisInovasi: 'non-digital', biaya: 2, bukti: 1, kompleksitas: 'sedang', persiapan: 6, replikasi: 0, mitra: 0, keberlanjutan: 'berlanjut', prasyarat: ['Kader posyandu'], ...o,
});

// Three stunting practices and one investment practice, shaped like the handbook's own entries.
const DATA = [
  k('aplikasi-data', { jenisInovasi: 'digital', biaya: 3, bukti: 2, kompleksitas: 'tinggi', mitra: 2, prasyarat: ['Data by name by address', 'Ponsel kader', 'SK Bupati', 'Server'] }),
  k('kelas-pijat', { biaya: 1, kompleksitas: 'rendah', persiapan: 2, instansi: 'pemerintah-kabupaten', provinsi: '73' }),
  k('kolaborasi', { instansi: 'pemerintah-kota', biaya: 2, persiapan: 4, mitra: 1 }),
  k('peta-lahan', { tema: 'peningkatan-investasi', prioritas: undefined, instansi: 'pemerintah-provinsi', jenisInovasi: 'digital', biaya: 3 }),
];

describe('fit-finder ranking', () => {
  it('ranks for a regency in Papua with a small budget and little digital capacity', () => {
    const hasil = peringkat(DATA, { instansi: 'pemerintah-kabupaten', provinsi: '94', daerah3t: true, tema: 'penanganan-stunting', anggaran: 2, digital: 'rendah', bulan: 6, mitra: false });
    expect(hasil.map((h) => h.kandidat.id)).toEqual(['kelas-pijat', 'kolaborasi', 'aplikasi-data']);
    const [first, , last] = hasil;
    expect(first!.cocok.map((a) => a.kode)).toEqual(['tema', 'instansiSama', 'biayaSesuai', 'waktuCukup', 'nonDigital', 'kompleksitasRendah']);
    expect(last!.perlu.map((a) => a.kode)).toEqual(['kompleks3t', 'biayaLebih', 'digitalKurang', 'mitraPerlu', 'prasyarat', 'prasyarat', 'prasyarat']);
    expect(last!.perlu.find((a) => a.kode === 'biayaLebih')!.nilai).toEqual([3, 2]);
  });

  it('treats the theme as a filter, and every answer as optional', () => {
    expect(peringkat(DATA, { tema: 'peningkatan-investasi' }).map((h) => h.kandidat.id)).toEqual(['peta-lahan']);
    expect(peringkat(DATA, {})).toHaveLength(4);
  });

  it('is deterministic: equal scores are ordered by title', () => {
    const twins = [k('b', {}), k('a', {})];
    expect(peringkat(twins, {}).map((h) => h.kandidat.id)).toEqual(['a', 'b']);
  });

  it('sinks a dormant innovation but keeps it visible', () => {
    const hasil = peringkat([k('aktif', {}), k('vakum', { keberlanjutan: 'berhenti-vakum' })], {});
    expect(hasil.map((h) => h.kandidat.id)).toEqual(['aktif', 'vakum']);
    expect(hasil[1]!.skor - hasil[0]!.skor).toBe(BOBOT.vakum);
  });

  it('caps the points replications can add', () => {
    const [many] = peringkat([k('banyak', { replikasi: 10 })], {});
    const [none] = peringkat([k('nol', { replikasi: 0 })], {});
    expect(many!.skor - none!.skor).toBe(BOBOT.replikasiMaks);
  });

  it('keeps the answers in a shareable query string', () => {
    const j = { instansi: 'pemerintah-kabupaten', provinsi: '94', daerah3t: true, tema: 'penanganan-stunting', anggaran: 2, digital: 'rendah' as const, bulan: 6, mitra: false };
    expect(tulisUrl(URL_TEMUKAN, j)).toBe('?instansi=pemerintah-kabupaten&provinsi=94&3t=ya&tema=penanganan-stunting&anggaran=2&digital=rendah&bulan=6&mitra=tidak');
    expect(bacaUrl(URL_TEMUKAN, new URLSearchParams(tulisUrl(URL_TEMUKAN, j)))).toEqual(j);
    expect(bacaUrl(URL_TEMUKAN, new URLSearchParams('anggaran=9&digital=x&bulan=abc'))).toEqual(bacaUrl(URL_TEMUKAN, new URLSearchParams('')));
  });
});

describe('the guide explains the same weights the code uses', () => {
  it('lists every weight of BOBOT with its value', () => {
    const guide = readFileSync(join(ROOT, 'content/panduan/cara-kerja-temukan.mdx'), 'utf8');
    const rows = new Map(
      [...guide.matchAll(/^\|[^|]+\|\s*`(\w+)`\s*\|\s*([+−-]?\d+)\s*\|$/gm)].map((m) => [m[1]!, Number(m[2]!.replace('−', '-').replace('+', ''))]),
    );
    expect(Object.fromEntries(rows)).toEqual({ ...BOBOT });
  });
});
