import data from './tesaurus.json' with { type: 'json' };

/**
 * The search thesaurus: the words officers actually type (official terms, older names,
 * abbreviations, everyday words) grouped into the handbook's concepts. When the search index is
 * built, an entry that covers a concept carries every term of it (src/lib/tesaurus.ts), so "e-KTP"
 * finds the practice about KTP-el and "harga beras naik" the inflation practices. The glossary page
 * lists it (`<TabelTesaurus />`), and `npm run check` validates it (src/rules/tesaurus.ts).
 *
 * To add a term: put it in `istilah` (Indonesian) or `istilah_en` (English) of the concept it
 * means, in src/data/tesaurus.json; a new concept needs a slug, labels in both languages and at
 * least two terms. A term must belong to one concept only. Terms are matched whole-word and
 * case-insensitively.
 */
export interface Konsep {
  /** Kebab-case id. */
  slug: string;
  id: string;
  en: string;
  /** Indonesian terms: the first is the handbook's own; the rest are what readers may type. */
  istilah: readonly string[];
  /** English terms for the English index. */
  istilah_en: readonly string[];
}

/**
 * The concepts, from src/data/tesaurus.json: data, never code. Authors extend it by pull request,
 * and a module would run whatever its top level holds wherever the checker, a build or a test
 * imports it. `npm run check` reads that file itself and reports its mistakes at their lines, in
 * Indonesian (src/validate/run.ts), before anything imports it.
 */
export const TESAURUS: readonly Konsep[] = data;

/**
 * The short names officers write for provinces ("Sulsel", "Jateng"), by Kemendagri code, for an
 * entry's search terms (istilahWilayah, src/lib/tesaurus.ts): its page names the province only in
 * full. Only settled abbreviations: the 2022 Papua provinces have none yet.
 */
export const SINGKATAN_PROVINSI: Readonly<Record<string, readonly string[]>> = {
  '11': ['NAD'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Babel'],
  '21': ['Kepri'],
  '31': ['DKI'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['DIY', 'Jogja'],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
  '92': ['Pabar'],
  '96': ['PBD'],
};
