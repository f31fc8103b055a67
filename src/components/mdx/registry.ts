/**
 * The MDX components authors may use without importing them, and the props each accepts.
 * `src/rules/body.ts` checks entries against this list; `src/components/mdx/index.ts`
 * maps the same names to the functions that render them.
 */
export const KOMPONEN_MDX = {
  Catatan: {
    keterangan: 'Kotak catatan untuk hal yang perlu diperhatikan replikator.',
    props: {
      jenis: { wajib: false, pilihan: ['info', 'penting', 'peringatan'] },
      judul: { wajib: false },
    },
  },
} as const satisfies Record<string, { keterangan: string; props: Record<string, { wajib: boolean; pilihan?: readonly string[] }> }>;

/** Harmless inline HTML that MDX authors may write directly, with the attributes each may carry. */
export const HTML_DIIZINKAN: Record<string, readonly string[]> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  kbd: [],
  br: [],
  mark: [],
  small: [],
  cite: [],
  q: [],
  dfn: ['title'],
  time: ['datetime'],
  details: ['open'],
  summary: [],
};
