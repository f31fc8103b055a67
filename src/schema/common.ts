import { z } from 'zod';
import { slugsOf, type Term } from '../data/vocab.ts';

/** A kebab-case id: lower-case letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = () =>
  z.string().regex(SLUG_PATTERN, {
    error: 'harus berupa slug huruf kecil dengan tanda hubung, mis. "panganku-kulon-progo"',
  });

/** An enum built from a vocabulary module, so labels and allowed values never drift apart. */
export const vocab = <const V extends readonly Term[]>(terms: V) => z.enum(slugsOf(terms));

/** An integer-valued vocabulary (evidence 0–5, cost 1–5, SDG 1–17) written as a number in YAML. */
export const numericVocab = (terms: readonly Term[]) => {
  const allowed = terms.map((t) => Number(t.slug));
  return z
    .int()
    .min(Math.min(...allowed))
    .max(Math.max(...allowed));
};

/**
 * A calendar date. YAML parsers differ (js-yaml turns `2026-11-28` into a Date, `yaml` keeps a
 * string), so both are accepted and normalised to the ISO string `YYYY-MM-DD`.
 */
export const tanggal = () =>
  z
    .union([z.iso.date(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v));

/** A year within the span of Indonesian public-service innovation records. */
export const tahun = () => z.int().min(2000).max(2100);

/** An absolute http(s) URL. */
export const url = () => z.url({ protocol: /^https?$/ });

/** Non-empty trimmed text. */
export const teks = () => z.string().trim().min(1);

/**
 * A reference to another entry, written as its id. The output has the shape Astro's `reference()`
 * produces, so `getEntry(ref)` works; existence is checked by `src/rules/references.ts`, which fails
 * the build (Astro itself only logs a broken reference).
 */
export const ref = <const C extends 'model' | 'praktik' | 'penulis'>(collection: C) =>
  slug().transform((id) => ({ collection, id }));

export type Ref<C extends string> = { collection: C; id: string };
