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
  en: NAMA_PENDEK[code!] ?? name!,
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
