/**
 * What the search page fetches, each once and only when needed: Pagefind's bundle (from the site's
 * own origin and base path), its filter index, the vocabulary spelling suggestions come from, and
 * the pages' sort keys.
 * After a failure everything is fetched again on the next search.
 */
import { ambil } from '../pulau.ts';
import { PARAM_SOROT, type DataHasil, type DataUrut, type Hitungan, type OpsiPagefind } from '../../lib/cari.ts';

/** A result as Pagefind returns it: its data (excerpt, meta, filters) is a fragment fetched on demand. */
export interface HasilPagefind {
  id: string;
  /** How well the page matches the term (BM25, with the meta weights below). */
  score: number;
  data(): Promise<DataHasil>;
}

/** The part of Pagefind's JS API this page uses (pagefind.js is built with the site, so it has no types here). */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Hitungan>;
  preload(term: string): Promise<void>;
  search(term: string | null, o: OpsiPagefind): Promise<{ results: HasilPagefind[]; filters: Hitungan }>;
}

export interface PemuatCari {
  /** Pagefind, imported and initialised on the first call. */
  pagefind(): Promise<Pagefind>;
  /** Whether Pagefind has been asked for (it may still be loading). */
  readonly dimulai: boolean;
  /** Fetch the filter index: from then on every search also returns the remaining count per value. */
  saring(pf: Pagefind): Promise<unknown>;
  /** Whether the filter index is in. */
  readonly saringSiap: boolean;
  /** The words spelling suggestions come from; empty when they cannot be fetched. */
  kosakata(): Promise<string[]>;
  /** The pages' sort keys, for a reader who sorts the results. */
  urutan(): Promise<DataUrut>;
  /** After a failed search: fetch Pagefind and the filter index again next time. */
  lupakan(): void;
  /** After a failed filter index: fetch it again next time. */
  lupakanSaring(): void;
}

export function pemuatCari(bundle: string, urlKosakata: string, urlUrutan: string): PemuatCari {
  let pagefind: Promise<Pagefind> | undefined;
  let saring: Promise<unknown> | undefined;
  let saringSiap = false;
  let kosakata: Promise<string[]> | undefined;
  let urutan: Promise<DataUrut> | undefined;
  return {
    pagefind: () =>
      (pagefind ??= (async () => {
        const pf = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
        await pf.options({
          // Pagefind's name for the bundle path; read only before the first init.
          basePath: bundle,
          // Search on the main thread: a search over a thousand entries takes milliseconds, and
          // skipping the worker saves its 12 KB script on the first query.
          noWorker: true,
        });
        await pf.init();
        await pf.options({
          highlightParam: PARAM_SOROT,
          excerptLength: 26,
          excerptEllipsis: '…',
          // Aliases (P3DN, TPID, SPBE…) are what many readers type: weigh a match there near a title
          // match; a thesaurus term (src/data/tesaurus.ts) names what the entry is about.
          ranking: { metaWeights: { title: 5, alias: 4, istilah: 4 } },
        });
        return pf;
      })()),
    get dimulai() {
      return pagefind !== undefined;
    },
    saring: (pf) =>
      (saring ??= pf.filters().then((f) => {
        saringSiap = true;
        return f;
      })),
    get saringSiap() {
      return saringSiap;
    },
    kosakata: () =>
      (kosakata ??= fetch(urlKosakata)
        .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
        .catch(() => [])),
    // A failure throws, so the search says so, and the next sort fetches again.
    urutan: () =>
      (urutan ??= ambil(urlUrutan).then((r) => r.json() as Promise<DataUrut>)),
    lupakan() {
      urutan = undefined;
      pagefind = undefined;
      saring = undefined;
      saringSiap = false;
    },
    lupakanSaring() {
      saring = undefined;
    },
  };
}
