/**
 * Characters an editor does not show, as the report names them. Word and web pages paste them into
 * text that then looks right but does not match: a key, a section title, a heading's space.
 */
export const TAK_TERLIHAT: Readonly<Record<string, string>> = {
  '\u00a0': 'spasi tak-terputus (U+00A0)',
  '\u200b': 'spasi lebar-nol (U+200B)',
  '\u2060': 'penyambung kata tak terlihat (U+2060)',
  '\ufeff': 'tanda BOM (U+FEFF)',
  '\u00ad': 'tanda hubung lunak (U+00AD)',
};

const SEMUA = new RegExp(`[${Object.keys(TAK_TERLIHAT).join('')}]`, 'gu');

/** The names of the invisible characters in a text, each once, in the order they occur. */
export const namaTakTerlihat = (s: string): string[] => [...new Set(s.match(SEMUA) ?? [])].map((c) => TAK_TERLIHAT[c]!);

/** The text as the author sees it: a no-break space as a space, the zero-width characters gone. */
export const tanpaTakTerlihat = (s: string): string => s.replace(SEMUA, (c) => (c === '\u00a0' ? ' ' : '')).replace(/ {2,}/g, ' ');
