import type { z } from 'zod';
import type { Term } from '../data/vocab.ts';
import { KOSAKATA } from './common.ts';

/** One field of a collection's frontmatter, as the schema declares it. */
export interface KolomSkema {
  /**
   * Its path: "tema_rb", "instansi_asal.jenis", "sumber[].jenis" (a field of each record of a
   * list). A list of plain values keeps the list's name ("sdgs", "urusan_pemerintahan").
   */
  jalur: string;
  /** The author must write it (not optional, no default), where its parent is written. */
  wajib: boolean;
  /** It holds a list of values. */
  daftar: boolean;
  /** The vocabulary its values come from, for a field built by `vocab()` or `numericVocab()`. */
  kosakata?: readonly Term[];
  /** Written as a number (`numericVocab()`, years, amounts). */
  angka: boolean;
}

const cache = new WeakMap<z.ZodType, KolomSkema[]>();

/**
 * Every field of a schema, in the schema's order, with the vocabulary registered for it. The one
 * way code outside src/schema learns which fields are vocabularies: the studio, the scaffold, the
 * generator and the facets read this list instead of naming vocabulary modules.
 */
export function kolomSkema(schema: z.ZodType): KolomSkema[] {
  const ada = cache.get(schema);
  if (ada) return ada;
  const out: KolomSkema[] = [];
  const jalan = (s: z.core.$ZodType, jalur: string, wajib: boolean, daftar: boolean): void => {
    const kosakata = KOSAKATA.get(s as z.ZodType)?.kosakata;
    const def = s._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    const daun = () => out.push({ jalur: jalur.replace(/\[\]$/, ''), wajib, daftar, ...(kosakata ? { kosakata } : {}), angka: def.type === 'number' });
    if (kosakata) return void daun();
    switch (def.type) {
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nullable':
        return jalan(def.innerType as z.core.$ZodType, jalur, false, daftar);
      case 'pipe':
        return jalan(def.in as z.core.$ZodType, jalur, wajib, daftar);
      case 'array':
        return jalan(def.element as z.core.$ZodType, `${jalur}[]`, wajib, true);
      case 'object':
        if (jalur) out.push({ jalur: jalur.replace(/\[\]$/, ''), wajib, daftar, angka: false });
        for (const [k, v] of Object.entries(def.shape as Record<string, z.core.$ZodType>)) jalan(v, jalur ? `${jalur}.${k}` : k, true, false);
        return;
      default:
        daun();
    }
  };
  jalan(schema, '', true, false);
  cache.set(schema, out);
  return out;
}

/** The fields of a schema whose values come from a vocabulary. */
export const kolomKosakata = (schema: z.ZodType): (KolomSkema & { kosakata: readonly Term[] })[] =>
  kolomSkema(schema).filter((k): k is KolomSkema & { kosakata: readonly Term[] } => k.kosakata !== undefined);

/**
 * The vocabulary fields an author must write in every entry: required, in objects that are
 * required too, not in the records of a list. The scaffold writes a line for each and the
 * benchmark generator fills each, so a new one needs no edit there.
 */
export const kolomKosakataWajib = (schema: z.ZodType): (KolomSkema & { kosakata: readonly Term[] })[] => {
  const wajib = new Set(kolomSkema(schema).filter((k) => k.wajib).map((k) => k.jalur));
  return kolomKosakata(schema).filter((k) => {
    const bagian = k.jalur.split('.');
    return k.wajib && !k.jalur.includes('[]') && bagian.slice(1).every((_, i) => wajib.has(bagian.slice(0, i + 1).join('.')));
  });
};
