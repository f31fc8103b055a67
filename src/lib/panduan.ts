/** A guide as the list and the previous/next links need it. */
export interface PanduanItem {
  /** Id without the language folder (`cara-menggunakan`). */
  slug: string;
  judul: string;
  ringkasan: string;
  urutan: number;
  bahasa: 'id' | 'en';
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
