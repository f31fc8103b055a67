import type { IndeksRecord } from '../lib/katalog.ts';

/**
 * The island's config, which its page writes as JSON into `<script type="application/json"
 * id="…">` (src/lib/esc.ts jsonDiSkrip); undefined on a page without it, where the island does nothing.
 */
export function bacaConfig<T>(id: string): T | undefined {
  const el = document.getElementById(id);
  return el ? (JSON.parse(el.textContent ?? '{}') as T) : undefined;
}

/** A file of the site, or a rejection naming it when the server answers with an error: an error page is never read as data. */
export async function ambil(url: string): Promise<Response> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}

/** The catalogue's client indexes (src/pages/data/katalog-[berkas].json.ts), joined in the order given. */
export function muatIndeks(urls: readonly string[]): Promise<IndeksRecord[]> {
  return Promise.all(urls.map(async (url) => (await (await ambil(url)).json()) as IndeksRecord[])).then((l) => l.flat());
}
