import type { IndeksRecord } from '../lib/katalog.ts';

/**
 * The island's config, which its page writes as JSON into `<script type="application/json"
 * id="…">` (src/lib/esc.ts jsonDiSkrip); undefined on a page without it, where the island does nothing.
 */
export function bacaConfig<T>(id: string): T | undefined {
  const el = document.getElementById(id);
  return el ? (JSON.parse(el.textContent ?? '{}') as T) : undefined;
}

/**
 * The catalogue's client indexes (src/pages/data/katalog-[berkas].json.ts), joined in the order
 * given. A missing or failing file rejects, naming it, rather than reading an error page as data.
 */
export function muatIndeks(urls: readonly string[]): Promise<IndeksRecord[]> {
  const satu = async (url: string) => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    return (await r.json()) as IndeksRecord[];
  };
  return Promise.all(urls.map(satu)).then((l) => l.flat());
}
