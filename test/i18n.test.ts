import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { id } from '../src/i18n/id.ts';
import { PROVINSI } from '../src/data/wilayah.ts';

describe('interface dictionaries', () => {
  it('have the same keys in both languages and no empty English text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
    const empty = Object.entries(en).filter(([, v]) => !v.trim());
    expect(empty).toEqual([]);
  });
  it('do not leave Indonesian text on English pages', () => {
    const same = Object.entries(en).filter(([k, v]) => v === id[k as keyof typeof id] && /[a-z]{4}/.test(v) && !/^(Model|Top|P3DN|KIPP|Status|April|September|November|\{0\})$/.test(v));
    expect(same.map(([k]) => k)).toEqual([]);
  });
  it('hold every key the templates ask for (tsc does not read .astro files)', () => {
    const astro = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    const hilang = astro.flatMap((f) => [...readFileSync(join('src', f), 'utf8').matchAll(/\bt\('([\w.]+)'\)/g)].map((m) => m[1]!).filter((k) => !(k in id)).map((k) => `${f}: ${k}`));
    expect(astro.length).toBeGreaterThan(20);
    expect(hilang).toEqual([]);
  });
  it('name every province in English, as the English summaries do', () => {
    expect(PROVINSI.find((p) => p.slug === '32')?.en).toBe('West Java');
    // Only the names English writes the same way may equal the official Indonesian one; a province
    // the data package adds shows up here until it has an English name.
    expect(PROVINSI.filter((p) => p.en === p.resmi).map((p) => p.en)).toEqual(['Aceh', 'Riau', 'Jambi', 'Bengkulu', 'Lampung', 'Banten', 'Bali', 'Gorontalo', 'Maluku', 'Papua']);
  });
});
