/**
 * Feeds the search index while Astro renders, so Pagefind reads pages on the second core instead of
 * after the last page is written, and a rebuild still gives the cold build's index byte for byte.
 *
 * Pagefind numbers pages in the order they reach it (its service handles one message at a time), so
 * that order is part of its output. Astro generates pages in a fixed order; on a rebuild it copies
 * the unchanged ones from its cache in their place instead of rendering them, and middleware sees
 * only the rendered ones. So before a rendered page is sent, every page the last build generated
 * before it that is now in the output folder (copied from the cache) is sent from disk. At the end
 * the order sent is compared with the build's own list; if pages moved, the index is fed again in
 * that order (`urutanSama` false), which costs time, never correctness.
 */

/** Where the build's queue waits for the middleware (src/integrations/indeks-middleware.ts), which Astro bundles apart from it. */
export const ANTRIAN = Symbol.for('pustaka.indeks-cari');

export interface PenerimaHalaman {
  /** A rendered page, by its URL path (base included): returns what to publish. */
  dirender(pathname: string, html: string): string;
}

/** An entry page's index-only block (src/components/entri/IndeksCari.astro): text spans, no nested element that could hold `</div>`. */
export const DATA_INDEKS = /<div hidden data-pagefind-ignore data-indeks-saja>[\s\S]*?<\/div>/;

/** A block removed from a published page: where it stood, and a digest of the page without it. */
export interface BlokTersimpan {
  di: number;
  blok: string;
  sidik: string;
}

/** What one build leaves for the next: the order its pages reached Pagefind, and the blocks it removed. */
export interface CatatanIndeks {
  urutan: string[];
  blok: Record<string, BlokTersimpan>;
}

export interface IoIndeks {
  /** Whether the output folder holds this file now. */
  ada(file: string): boolean;
  baca(file: string): Promise<string>;
  /** Sends a page to Pagefind; resolves to its errors. */
  kirim(file: string, html: string): Promise<string[]>;
  tulis(file: string, isi: string): Promise<void>;
  sidik(teks: string): string;
  /** Whether the file is an entry page, which carries the index-only block. */
  entri(file: string): boolean;
}

/** The page without its index-only block, and what it takes to put the block back; null when it has none. */
export function lepasBlok(html: string, sidik: (s: string) => string): { tanpa: string; simpan: BlokTersimpan } | null {
  const m = DATA_INDEKS.exec(html);
  if (!m) return null;
  const tanpa = html.slice(0, m.index) + html.slice(m.index + m[0].length);
  return { tanpa, simpan: { di: m.index, blok: m[0], sidik: sidik(tanpa) } };
}

/** The page as rendered, from the page as published and its recorded block; null when the record is not of this page. */
export function pulihkanBlok(html: string, s: BlokTersimpan | undefined, sidik: (s: string) => string): string | null {
  if (!s || sidik(html) !== s.sidik) return null;
  return html.slice(0, s.di) + s.blok + html.slice(s.di);
}

export class AntrianIndeks {
  /** Files in the order they were sent. */
  readonly terkirim: string[] = [];
  /** The blocks removed from this build's entry pages, for the next build. */
  readonly blok: Record<string, BlokTersimpan> = {};
  readonly gagal: string[] = [];
  /** How many pages reached Pagefind before the render ended. */
  selamaRender = 0;
  private readonly sudah = new Set<string>();
  private readonly letakLalu: Map<string, number>;
  private posisi = -1;
  private antrian: Promise<void> = Promise.resolve();
  private readonly tanggapan: Promise<string[]>[] = [];
  private readonly lalu: CatatanIndeks;
  private readonly io: IoIndeks;

  constructor(lalu: CatatanIndeks, io: IoIndeks) {
    this.lalu = lalu;
    this.io = io;
    this.letakLalu = new Map(lalu.urutan.map((f, i) => [f, i]));
  }

  /** A page Astro has just rendered: it is sent whole, and what is returned is what gets published. */
  dirender(file: string, html: string): string {
    const k = this.letakLalu.get(file);
    if (k !== undefined) {
      for (let i = this.posisi + 1; i < k; i++) {
        const f = this.lalu.urutan[i]!;
        if (!this.sudah.has(f) && this.io.ada(f)) this.dariBerkas(f);
      }
      this.posisi = Math.max(this.posisi, k);
    }
    this.kirim(file, Promise.resolve(html));
    if (!this.io.entri(file)) return html;
    const lepas = lepasBlok(html, this.io.sidik);
    if (!lepas) {
      this.gagal.push(`${file}: halaman entri tanpa blok data indeks (data-indeks-saja, src/components/entri/IndeksCari.astro).`);
      return html;
    }
    this.blok[file] = lepas.simpan;
    return lepas.tanpa;
  }

  /**
   * Sends the pages of `akhir` (the build's pages, in Astro's order) that were not rendered, from
   * disk, and waits for Pagefind. True when the pages reached it in exactly that order.
   */
  async selesai(akhir: readonly string[]): Promise<boolean> {
    this.selamaRender = this.terkirim.length;
    for (const f of akhir) if (!this.sudah.has(f)) this.dariBerkas(f);
    await this.antrian;
    for (const t of await Promise.all(this.tanggapan)) this.gagal.push(...t);
    return this.terkirim.length === akhir.length && this.terkirim.every((f, i) => f === akhir[i]);
  }

  /** A page as Pagefind must read it: from disk, with its block put back if it was removed. */
  async utuh(file: string): Promise<string> {
    const html = await this.io.baca(file);
    return this.io.entri(file) && !DATA_INDEKS.test(html) ? this.pulihkan(file, html) : html;
  }

  /**
   * A page Astro copied from its cache. Copied whole (cached by a build before blocks were removed
   * while rendering), it is published without its block like a rendered page.
   */
  private dariBerkas(file: string): void {
    this.kirim(
      file,
      this.io.baca(file).then(async (html) => {
        if (!this.io.entri(file)) return html;
        const lepas = lepasBlok(html, this.io.sidik);
        if (!lepas) return this.pulihkan(file, html);
        this.blok[file] = lepas.simpan;
        await this.io.tulis(file, lepas.tanpa);
        return html;
      }),
    );
  }

  /** An entry page as rendered, from the page as published and the block recorded when it was removed. */
  private pulihkan(file: string, html: string): string {
    const simpan = this.blok[file] ?? this.lalu.blok[file];
    const u = pulihkanBlok(html, simpan, this.io.sidik);
    if (u === null) throw new Error(`${file} tidak memuat blok data indeks (data-indeks-saja) dan build sebelumnya tidak mencatatnya: jalankan "astro build --force".`);
    this.blok[file] = simpan!;
    return u;
  }

  private kirim(file: string, html: Promise<string>): void {
    this.sudah.add(file);
    this.terkirim.push(file);
    this.antrian = this.antrian.then(async () => {
      try {
        this.tanggapan.push(this.io.kirim(file, await html));
      } catch (e) {
        this.gagal.push((e as Error).message);
      }
    });
  }
}
