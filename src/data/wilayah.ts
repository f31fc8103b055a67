import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Term } from './vocab.ts';

/**
 * Provinces and regencies/cities with Kemendagri codes, read from the maintained `idn-area-data`
 * package (data under ODbL; attributed on /tentang/) rather than a hand-typed list.
 * Server-side only: it reads the package's CSV files.
 */
const dataDir = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');

function readCsv(file: string): string[][] {
  return readFileSync(join(dataDir, file), 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
}

/** Short display names where the official name is long; the code stays the key. */
const NAMA_PENDEK: Record<string, string> = {
  '31': 'DKI Jakarta',
  '34': 'DI Yogyakarta',
  '19': 'Kep. Bangka Belitung',
};

/**
 * English names, as Statistics Indonesia's English publications write them; the English pages and
 * summaries say "West Java", not "Jawa Barat".
 */
const NAMA_INGGRIS: Record<string, string> = {
  '11': 'Aceh',
  '12': 'North Sumatra',
  '13': 'West Sumatra',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'South Sumatra',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Bangka Belitung Islands',
  '21': 'Riau Islands',
  '31': 'Jakarta',
  '32': 'West Java',
  '33': 'Central Java',
  '34': 'Yogyakarta Special Region',
  '35': 'East Java',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'West Nusa Tenggara',
  '53': 'East Nusa Tenggara',
  '61': 'West Kalimantan',
  '62': 'Central Kalimantan',
  '63': 'South Kalimantan',
  '64': 'East Kalimantan',
  '65': 'North Kalimantan',
  '71': 'North Sulawesi',
  '72': 'Central Sulawesi',
  '73': 'South Sulawesi',
  '74': 'Southeast Sulawesi',
  '75': 'Gorontalo',
  '76': 'West Sulawesi',
  '81': 'Maluku',
  '82': 'North Maluku',
  '91': 'Papua',
  '92': 'West Papua',
  '93': 'South Papua',
  '94': 'Central Papua',
  '95': 'Highland Papua',
  '96': 'Southwest Papua',
};

export interface Provinsi extends Term {
  /** The official name as the data package writes it. */
  readonly resmi: string;
}

export interface KabKota extends Term {
  readonly provinsi: string;
}

export const PROVINSI: readonly Provinsi[] = readCsv('provinces.csv').map(([code, name]) => ({
  slug: code!,
  id: NAMA_PENDEK[code!] ?? name!,
  en: NAMA_INGGRIS[code!] ?? name!,
  resmi: name!,
}));

export const KABKOTA: readonly KabKota[] = readCsv('regencies.csv').map(([code, provinsi, name]) => ({
  slug: code!,
  id: name!,
  en: name!.replace(/^Kabupaten /, 'Regency of ').replace(/^Kota /, 'City of '),
  provinsi: provinsi!,
}));

const kabkotaByCode = new Map(KABKOTA.map((k) => [k.slug, k]));

export function kabkota(code: string): KabKota | undefined {
  return kabkotaByCode.get(code);
}
