/**
 * Letters of other scripts (and a few rare Latin ones) drawn like a basic Latin letter, with that
 * letter: a subset of Unicode's confusables (UTS #39) for the letters of Indonesian and English
 * names. Written into a name ("Սniversitas" with an Armenian Ս, "Universitꓮs" with a Lisu ꓮ), they
 * show readers and reviewers the Latin name while every comparison reads another one: a second
 * profile of an institution, a reviewer "independent" of the authors, an adopting agency counted
 * twice. Names are compared through {@link lipatMirip}, so such a letter makes no other name.
 * Compatibility forms (fullwidth, mathematical letters) are NFKC's, not this table's.
 */
const MIRIP: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ӏ: 'l', ԛ: 'q', ԝ: 'w', ѵ: 'v', ү: 'y', ԍ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J', Ү: 'Y', Ԛ: 'Q', Ԝ: 'W', Ԍ: 'G', Ӏ: 'I',
  // Greek
  ο: 'o', ν: 'v', ρ: 'p', ι: 'i', κ: 'k', υ: 'u', χ: 'x', α: 'a', γ: 'y', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ϲ: 'C',
  // Armenian
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', զ: 'q', Ս: 'U', Տ: 'S', Օ: 'O', Լ: 'L',
  // Cherokee (capitals; their small forms are folded through upper case)
  Ꭺ: 'A', Ᏼ: 'B', Ꮯ: 'C', Ꭰ: 'D', Ꭼ: 'E', Ꮐ: 'G', Ꮋ: 'H', Ꭻ: 'J', Ꮶ: 'K', Ꮮ: 'L', Ꮇ: 'M', Ꮲ: 'P', Ꮢ: 'R', Ꮪ: 'S', Ꭲ: 'T', Ꮩ: 'V', Ꮃ: 'W', Ꮓ: 'Z', Ꭵ: 'i',
  // Lisu
  ꓮ: 'A', ꓐ: 'B', ꓚ: 'C', ꓓ: 'D', ꓰ: 'E', ꓝ: 'F', ꓖ: 'G', ꓧ: 'H', ꓲ: 'I', ꓙ: 'J', ꓗ: 'K', ꓡ: 'L', ꓟ: 'M', ꓠ: 'N', ꓳ: 'O', ꓑ: 'P', ꓣ: 'R', ꓢ: 'S', ꓔ: 'T', ꓴ: 'U', ꓦ: 'V', ꓪ: 'W', ꓫ: 'X', ꓬ: 'Y', ꓜ: 'Z',
  // Coptic
  ⲁ: 'a', ⲟ: 'o', ⲣ: 'p', ⲥ: 'c', ⲭ: 'x', Ⲁ: 'A', Ⲃ: 'B', Ⲉ: 'E', Ⲍ: 'Z', Ⲏ: 'H', Ⲓ: 'I', Ⲕ: 'K', Ⲙ: 'M', Ⲛ: 'N', Ⲟ: 'O', Ⲣ: 'P', Ⲥ: 'C', Ⲧ: 'T', Ⲭ: 'X',
  // Latin letters of other alphabets and phonetics, and small capitals
  ɑ: 'a', ɡ: 'g', ı: 'i', ȷ: 'j', ɩ: 'i', ǀ: 'l',
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k', ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w', ʏ: 'y', ᴢ: 'z',
};

/** Small Cherokee letters: drawn like their capitals, which the table lists. */
const CHEROKEE_KECIL = /[\uab70-\uabbf\u13f8-\u13fd]/u;

/** The basic Latin letter a character is drawn like, or undefined. */
export const latinMirip = (c: string): string | undefined =>
  Object.hasOwn(MIRIP, c) ? MIRIP[c] : CHEROKEE_KECIL.test(c) && Object.hasOwn(MIRIP, c.toUpperCase()) ? MIRIP[c.toUpperCase()]!.toLowerCase() : undefined;

/** Every character of the table, and the small Cherokee letters, for a one-pass test. */
export const HURUF_MIRIP_LATIN = new RegExp(`[${Object.keys(MIRIP).join('')}\\uab70-\\uabbf\\u13f8-\\u13fd]`, 'u');

/** Text with every look-alike letter replaced by the Latin letter it is drawn like. */
export const lipatMirip = (s: string): string => (HURUF_MIRIP_LATIN.test(s) ? s.replace(new RegExp(HURUF_MIRIP_LATIN.source, 'gu'), (c) => latinMirip(c) ?? c) : s);
