/** What a citation needs to know of an entry. */
export interface Citable {
  judul: string;
  kepanjangan?: string | undefined;
  penulis: string[];
  tahun: string;
  diperbarui: string;
  url: string;
  penerbit: string;
  namaSitus: string;
  id: string;
  /** The edition and review status, when the entry is not an official, reviewed one (src/lib/edisi.ts). */
  catatan?: string | undefined;
}

function fullTitle(c: Citable): string {
  return c.kepanjangan ? `${c.judul}: ${c.kepanjangan}` : c.judul;
}

/** APA 7 for a web page with a group author. */
export function apa(c: Citable, diakses: string): string {
  const authors = c.penulis.length ? c.penulis.join(', ') : c.penerbit;
  // APA puts a description of the work's standing in square brackets after its title, and leaves
  // the publisher out when it is the author.
  const penerbit = c.penulis.includes(c.penerbit) ? '' : ` ${c.penerbit}.`;
  return `${authors}. (${c.tahun}). ${fullTitle(c)}${c.catatan ? ` [${c.catatan}]` : ''}. Dalam ${c.namaSitus}.${penerbit} Diakses ${diakses}, dari ${c.url}`;
}

const bibEscape = (s: string) => s.replace(/([{}%&$#_])/g, '\\$1');

/** BibTeX `@online` entry; the key is stable because it comes from the permanent id. */
export function bibtex(c: Citable): string {
  const key = `pustaka-${c.id}`.replace(/[^a-zA-Z0-9-]/g, '');
  const authors = c.penulis.map((p) => `{${bibEscape(p)}}`).join(' and ') || `{${bibEscape(c.penerbit)}}`;
  return [
    `@online{${key},`,
    `  author = {${authors}},`,
    `  title = {${bibEscape(fullTitle(c))}},`,
    `  year = {${c.tahun}},`,
    `  date = {${c.diperbarui}},`,
    `  organization = {${bibEscape(c.penerbit)}},`,
    `  url = {${c.url}},`,
    ...(c.catatan ? [`  note = {${bibEscape(c.catatan)}},`] : []),
    `  langid = {indonesian},`,
    '}',
  ].join('\n');
}
