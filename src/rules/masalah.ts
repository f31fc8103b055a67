/**
 * The rules' own problem types. Rules return them and the checker reports them (src/validate/
 * problem.ts's `Problem` is `MasalahAturan`); a rule never imports the checker.
 */

/** An error stops `npm run check` and the build; a warning is reported and lets both pass. */
export type Tingkat = 'error' | 'warning';

/** One thing wrong with a content file, located so an author can jump to it. */
export interface MasalahAturan {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  col: number;
  /** Frontmatter path (`kesiapan.biaya`, `sumber[0].diakses`) or a body area (`isi`, `isi.tautan`). */
  field: string;
  message: string;
  level: Tingkat;
}

/** A problem with one frontmatter value, at its path; the checker finds its line and column. */
export interface MasalahIsian {
  path: readonly PropertyKey[];
  message: string;
  level: Tingkat;
}

/** The line that counts the problems of one part of a file (`isi`, `frontmatter`) past its listing limit. */
export const pesanTakTampil = (jumlah: number, bagian: string): string => `${jumlah} masalah lain di ${bagian} tidak ditampilkan; perbaiki yang di atas, lalu periksa lagi`;
