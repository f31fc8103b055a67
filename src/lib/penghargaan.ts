import { PREDIKAT_PENGHARGAAN, PROGRAM_PENGHARGAAN } from '../data/klasifikasi.ts';
import { labelOf, type Locale } from '../data/vocab.ts';
import type { Penghargaan } from '../schema/penghargaan.ts';

type Predikat = Penghargaan['predikat'];
type Program = Penghargaan['program'];

/** Tiers whose name already says the programme: "IGA terinovatif" after "Innovative Government Award" would say it twice. */
const PREDIKAT_MENYEBUT_PROGRAM: Partial<Record<Predikat, Program>> = {
  'top-kipp-provinsi': 'kipp-provinsi',
  'iga-terinovatif': 'iga',
  'unpsa-winner': 'unpsa',
};

/** One piece of an award's label; `lang: 'id'` marks the author's own Indonesian words (`kategori`). */
export interface BagianLabel {
  teks: string;
  lang?: 'id';
}

/**
 * How an award reads on a page: programme, tier and year, in pieces so that the page can mark the
 * author's Indonesian words as such on an English page. Where the vocabulary has no name for the
 * programme or the tier (`lainnya`), the award's own `kategori` says what it was; a chip never
 * reads "Lainnya Lainnya 2021".
 */
export function bagianPenghargaan(p: Pick<Penghargaan, 'program' | 'predikat' | 'kategori' | 'tahun'>, locale: Locale = 'id'): BagianLabel[] {
  const kategori = p.kategori ? { teks: p.kategori, lang: 'id' as const } : undefined;
  const program = p.program === 'lainnya' || PREDIKAT_MENYEBUT_PROGRAM[p.predikat] === p.program ? undefined : { teks: labelOf(PROGRAM_PENGHARGAAN, p.program, locale) };
  const predikat = p.predikat === 'lainnya' ? kategori : { teks: labelOf(PREDIKAT_PENGHARGAAN, p.predikat, locale) };
  const bagian = p.program === 'lainnya' && p.predikat !== 'lainnya' ? [kategori, predikat] : [program, predikat];
  return [...bagian.filter((x): x is BagianLabel => !!x), { teks: String(p.tahun) }];
}
