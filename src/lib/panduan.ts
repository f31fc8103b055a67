import type { Panduan } from '../schema/panduan.ts';

/** A guide as the list and the previous/next links need it. */
export type PanduanItem = Pick<Panduan, 'judul' | 'ringkasan' | 'urutan' | 'bahasa'> & {
  /** Id without the language folder (`cara-menggunakan`). */
  slug: string;
};

/** The list items of guide entries (the collection's, as `semua()` gives them). */
export function itemPanduan(entries: readonly { data: Pick<Panduan, 'id' | 'judul' | 'ringkasan' | 'urutan' | 'bahasa'> }[]): PanduanItem[] {
  return entries.map(({ data: d }) => ({ slug: d.id, judul: d.judul, ringkasan: d.ringkasan, urutan: d.urutan, bahasa: d.bahasa }));
}

/**
 * The guides a locale shows, in order: its own translations, and for English the Indonesian
 * guides that have no translation yet (marked as such), so no guide disappears from /en/panduan/.
 */
export function daftarPanduan(all: readonly PanduanItem[], locale: 'id' | 'en'): PanduanItem[] {
  const own = all.filter((p) => p.bahasa === locale);
  const fallback = locale === 'en' ? all.filter((p) => p.bahasa === 'id' && !own.some((o) => o.slug === p.slug)) : [];
  return [...own, ...fallback].sort((a, b) => a.urutan - b.urutan || a.slug.localeCompare(b.slug));
}

/** Previous and next guide in reading order. */
export function tetangga<T extends { slug: string }>(list: readonly T[], slug: string): { sebelumnya?: T | undefined; berikutnya?: T | undefined } {
  const i = list.findIndex((p) => p.slug === slug);
  return i === -1 ? {} : { sebelumnya: list[i - 1], berikutnya: list[i + 1] };
}
