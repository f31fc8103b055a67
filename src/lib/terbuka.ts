import { semua, terakhirDiperbarui } from './content.ts';
import type { EntriTerbuka } from './opendata.ts';
import { entryPath, withBase } from '../data/routes.ts';

/** Every published model and practice as the open-data files publish them. */
export async function entriTerbuka(site: URL, base: string): Promise<EntriTerbuka[]> {
  const all = await semua();
  return [...all.model, ...all.praktik].map((e) => ({
    koleksi: e.collection,
    id: e.id,
    url: new URL(withBase(base, entryPath(e.collection, e.id)), site).href,
    diperbarui: terakhirDiperbarui(e.filePath, e.data.riwayat),
    data: e.data as unknown as Record<string, unknown>,
  }));
}
