/**
 * A controlled-vocabulary term: the slug authors write in frontmatter, and its labels.
 * Every vocabulary in `src/data` is a readonly array of these, so the zod enums, the facets,
 * the search filters and the labels on the page all read the same list.
 */
export interface Term<S extends string = string> {
  readonly slug: S;
  /** Indonesian label, shown on Indonesian pages. */
  readonly id: string;
  /** English label, shown on English pages. */
  readonly en: string;
}

export type Locale = 'id' | 'en';

export type SlugOf<V extends readonly Term[]> = V[number]['slug'];

/** The slugs of a vocabulary as the non-empty tuple `z.enum` wants. */
export function slugsOf<const V extends readonly Term[]>(vocab: V): [SlugOf<V>, ...SlugOf<V>[]] {
  return vocab.map((t) => t.slug) as [SlugOf<V>, ...SlugOf<V>[]];
}

/** The label of a slug in a locale; an unknown slug is returned as is so a page never shows "undefined". */
export function labelOf(vocab: readonly Term[], slug: string, locale: Locale = 'id'): string {
  const term = vocab.find((t) => t.slug === slug);
  return term ? term[locale] : slug;
}
