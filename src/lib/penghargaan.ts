import { PREDIKAT_PENGHARGAAN, PROGRAM_PENGHARGAAN } from '../data/klasifikasi.ts';
import { labelOf, type Locale } from '../data/vocab.ts';
import type { Penghargaan } from '../schema/penghargaan.ts';

/**
 * How an award reads on a page: programme, tier and year. Where the vocabulary has no name for
 * the programme or the tier (`lainnya`), the award's own `kategori` says what it was; a chip
 * never reads "Lainnya Lainnya 2021".
 */
export function labelPenghargaan(p: Pick<Penghargaan, 'program' | 'predikat' | 'kategori' | 'tahun'>, locale: Locale = 'id'): string {
  const program = p.program === 'lainnya' ? undefined : labelOf(PROGRAM_PENGHARGAAN, p.program, locale);
  const predikat = p.predikat === 'lainnya' ? p.kategori : labelOf(PREDIKAT_PENGHARGAAN, p.predikat, locale);
  const bagian = p.program === 'lainnya' && p.predikat !== 'lainnya' ? [p.kategori, predikat] : [program, predikat];
  return [...bagian.filter((x): x is string => !!x), String(p.tahun)].join(' ');
}
