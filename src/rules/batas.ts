/**
 * Limits on what a content file may contain. Entries come from outside authors through pull
 * requests, so the checker treats every file as hostile: each limit turns an
 * input that would make them hang or run out of memory into one clear message. Every limit sits
 * far above what real entries use (measured on content/ and noted per line), so an honest entry
 * never meets one.
 */
export interface Batas {
  /** Largest content file, in bytes. Real maximum: 52,692 bytes (content/panduan/panduan-penulis.mdx). */
  readonly ukuranBerkasByte: number;
  /** Deepest nesting of YAML mappings and lists in the frontmatter, counting the top level. Real maximum: 5. */
  readonly kedalamanYaml: number;
  /** Most alias uses (`*nama`) in the frontmatter, each counted as often as its expansion repeats it. Real maximum: 0. */
  readonly aliasYaml: number;
  /** Most values in the frontmatter (every key, value and list item), counted with aliases expanded. Real maximum: 486. */
  readonly nilaiYaml: number;
  /** Deepest nesting of the MDX body's syntax tree (quotes, lists, tags within tags). Real maximum: 6. */
  readonly kedalamanIsi: number;
  /** Most headings in one entry's body. Real maximum: 58 (the glossary). */
  readonly jumlahJudul: number;
  /** Largest image beside an entry, in bytes: pages are read on slow connections. No real entry has an image yet. */
  readonly gambarByte: number;
  /**
   * Most pixels of an image, and most along one side: a browser decodes the whole picture, so a
   * small file that unpacks to a gigantic one (a decompression bomb) would stop a reader's phone
   * or the PDF printer. A 12-megapixel phone photo (4032 × 3024) passes.
   */
  readonly gambarPiksel: number;
  readonly gambarSisiPiksel: number;
  /** Most problems reported for one body; the rest are counted in one line. The scaffold's draft has 30. */
  readonly masalahIsi: number;
  /** Most problems reported for one file's frontmatter; the rest are counted in one line. The scaffold's practice draft has 43. */
  readonly masalahFrontmatter: number;
  /**
   * Most tags and expressions (`<…>`, `{…}`) in one body, counted before the MDX parser runs: it
   * slows quadratically with tags in one paragraph, and the renderer's memory grows with the square
   * of the elements that hold text (16,000 `<sub>x</sub>` took 2.1 GB, 37,000 over 10 GB).
   * Real maximum: 79 (content/panduan/panduan-penulis.mdx).
   */
  readonly elemenMdx: number;
  /**
   * Most character references (`&#x41;`, `&lt;`) in one body, counted before the parser runs: its
   * time and output grow with the square of their number (30,000 took 1.9 GB). Real maximum: 0.
   */
  readonly rujukanKarakter: number;
  /**
   * Most columns of one table, and most cells once GFM has padded every row to the header's
   * columns (a 12 KB table became 4 million cells). Real maximum: 8 columns, 80 cells.
   */
  readonly kolomTabel: number;
  readonly selTabel: number;
  /**
   * Most tags, expressions and character references a body may hold in all, fenced code included,
   * on top of its limits outside code. A line scan cannot always tell a fence as the parser does (a
   * "```" line inside a multi-line comment or attribute value opens no code), so code cannot be a
   * place that hides them from the limits: 37,000 tags behind such a line passed the checker and
   * took a render past 9 GB. Real maximum: 176 (content/panduan/panduan-penulis.mdx).
   */
  readonly tandaDalamKode: number;
  /**
   * Most `<` that open no tag ("anak < 5 tahun") in one body: the parser still tries each as a
   * tag, in time that grows with the square of their number in one paragraph (150,000 took 86 s
   * in the checker). Real maximum: 5.
   */
  readonly kurungSudut: number;
  /**
   * Most runs of underscores inside a word ("a_b_c") in one body: the parser weighs each as
   * emphasis, in time that grows with the square of their number (160,000 in one word: over a
   * minute). Real maximum: 88, field names in code.
   */
  readonly garisBawah: number;
  /**
   * Most other names (`alias`) and keywords (`kata_kunci`) of one entry, and longest of each, in
   * characters. Both are search terms, aliases at eight times a body word's weight: an entry
   * listing the 128 queries of the relevance test as aliases came first for 31 of 40 of them and in
   * the top three for 39, pushing the right entries down. Real maxima: 4 aliases, 12 keywords, 50 characters.
   */
  readonly jumlahAlias: number;
  readonly jumlahKataKunci: number;
  readonly panjangIstilah: number;
}

export const BATAS: Batas = {
  ukuranBerkasByte: 512 * 1024,
  kedalamanYaml: 20,
  aliasYaml: 100,
  nilaiYaml: 5_000,
  kedalamanIsi: 40,
  jumlahJudul: 300,
  masalahIsi: 200,
  masalahFrontmatter: 200,
  elemenMdx: 1_000,
  rujukanKarakter: 1_000,
  kolomTabel: 30,
  selTabel: 5_000,
  tandaDalamKode: 2_000,
  kurungSudut: 1_000,
  garisBawah: 2_000,
  jumlahAlias: 10,
  jumlahKataKunci: 25,
  panjangIstilah: 100,
  gambarByte: 1024 * 1024,
  gambarPiksel: 4096 * 4096,
  gambarSisiPiksel: 8192,
};
