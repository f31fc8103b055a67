import { z } from 'zod';
import type { Konsep } from '../data/tesaurus.ts';
import { slug, teksSebaris } from './common.ts';
import { denganPesan } from './pesan.ts';

/** Longest term, in characters: a term is a name or a phrase a reader types, not a sentence. */
const PANJANG_ISTILAH = 100;

/**
 * One concept of the search thesaurus (src/data/tesaurus.json), as `npm run check` reads the file.
 * The rules across concepts (one term, one concept) are src/rules/tesaurus.ts.
 */
export const konsepSchema = z.strictObject({
  /** Kebab-case id of the concept, e.g. "harga-pangan". */
  slug: slug(),
  /** The concept's Indonesian label, as the glossary shows it. */
  id: teksSebaris(),
  /** The concept's English label. */
  en: teksSebaris(),
  /** Indonesian terms: the handbook's own first, then what readers may type (older names, abbreviations, everyday words). */
  istilah: z.array(teksSebaris(PANJANG_ISTILAH)),
  /** English terms, for the English pages' index. */
  istilah_en: z.array(teksSebaris(PANJANG_ISTILAH)),
}) satisfies z.ZodType<Konsep>;

/** The whole file: a list of concepts. Its problems are worded in Indonesian while it parses (./pesan.ts). */
export const tesaurusSchema = denganPesan(z.array(konsepSchema));
