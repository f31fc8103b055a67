/**
 * Rules for the search thesaurus (src/data/tesaurus.json), which authors extend by pull request:
 * `npm run check` reports a broken concept with the line of the file, in Indonesian.
 */
import { SLUG_PATTERN } from '../schema/common.ts';
import type { Konsep } from '../data/tesaurus.ts';

/**
 * Lower case, without accents and with single spaces: how terms and texts are compared, by this
 * rule and by the search (src/lib/tesaurus.ts), so "one term, one concept" holds as it reads them.
 */
export const normal = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export interface MasalahTesaurus {
  /** Text to find in the file for the line: the slug or the term concerned, as JSON writes it. */
  cari: string;
  message: string;
}

export function masalahTesaurus(tesaurus: readonly Konsep[]): MasalahTesaurus[] {
  const out: MasalahTesaurus[] = [];
  const slug = new Set<string>();
  const pemilik = new Map<string, string>();
  for (const k of tesaurus) {
    if (!SLUG_PATTERN.test(k.slug)) out.push({ cari: JSON.stringify(k.slug), message: `slug konsep "${k.slug}" harus huruf kecil dengan tanda hubung` });
    if (slug.has(k.slug)) out.push({ cari: JSON.stringify(k.slug), message: `slug konsep "${k.slug}" dipakai dua kali` });
    slug.add(k.slug);
    if (!k.id.trim() || !k.en.trim()) out.push({ cari: JSON.stringify(k.slug), message: `konsep "${k.slug}" memerlukan label id dan en` });
    if (k.istilah.length < 2) out.push({ cari: JSON.stringify(k.slug), message: `konsep "${k.slug}" memerlukan paling sedikit dua istilah Indonesia (istilah pustaka dan padanannya)` });
    if (!k.istilah_en.length) out.push({ cari: JSON.stringify(k.slug), message: `konsep "${k.slug}" memerlukan paling sedikit satu istilah Inggris (istilah_en)` });
    for (const [bahasa, daftar] of [['id', k.istilah], ['en', k.istilah_en]] as const) {
      for (const t of daftar) {
        const n = normal(t);
        if (!n || n.length < 2) {
          out.push({ cari: JSON.stringify(t), message: `istilah "${t}" di konsep "${k.slug}" terlalu pendek` });
          continue;
        }
        const kunci = `${bahasa}:${n}`;
        const lain = pemilik.get(kunci);
        if (lain !== undefined && lain !== k.slug) out.push({ cari: JSON.stringify(t), message: `istilah "${t}" ada di konsep "${lain}" dan "${k.slug}"; satu istilah hanya boleh menunjuk satu konsep` });
        else if (lain === k.slug) out.push({ cari: JSON.stringify(t), message: `istilah "${t}" ditulis dua kali di konsep "${k.slug}"` });
        pemilik.set(kunci, k.slug);
      }
    }
  }
  return out;
}
