/**
 * The one HTML escaper, for HTML the build and the islands write as strings (cards, search
 * results, the compare table, the book's links). Three contexts, three functions:
 *
 * - `esc`: plain text into element content or a quoted attribute value.
 * - `escBerentitas`: text that arrives escaped already and may hold character references (a
 *   Pagefind excerpt: `R&amp;D`), which must reach the reader once, not as `&amp;amp;`.
 * - `jsonDiSkrip`: data for a `<script type="application/json">` element, which ends at the first
 *   `</script`: `<` is written as `\u003c`, which JSON.parse reads back as `<`.
 */
const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** A bare `&`, or one that does not begin a named, decimal or hexadecimal character reference. */
const BUKAN_ENTITAS = /&(?![a-zA-Z][a-zA-Z0-9]{1,31};|#[0-9]{1,7};|#x[0-9a-fA-F]{1,6};)|[<>"']/g;

/** As `esc`, but a character reference already in the text (`&amp;`, `&#8212;`) is kept. */
export const escBerentitas = (s: string): string => s.replace(BUKAN_ENTITAS, (c) => ESC[c]!);

export const jsonDiSkrip = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');
