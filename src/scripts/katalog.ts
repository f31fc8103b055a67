import { facetCounts, filterRecords, sortRecords, type FacetKey, type SortKey } from '../lib/facets.ts';
import { esc } from '../lib/esc.ts';
import { denganUrutan } from '../lib/cari.ts';
import { kartuHtml, type KartuLabels } from '../lib/kartu-html.ts';
import { halaman, teksHalaman, URL_KATALOG, type IndeksRecord } from '../lib/katalog.ts';
import { bacaUrl, tulisUrl } from '../lib/keadaan-url.ts';
import { gantiUrl, isiForm, nilaiDikenal, paramsForm } from './form-url.ts';
import { bacaConfig, muatIndeks } from './pulau.ts';

interface ConfigKatalog {
  index: string;
  labels: KartuLabels;
  size: number;
  keys: FacetKey[];
  /** Each order's name, as the sort list shows it. */
  urutan: Record<SortKey, string>;
  words: Record<'status' | 'statusSatu' | 'kosong' | 'sebelumnya' | 'berikutnya' | 'gagal' | 'urutan', string>;
}

/**
 * Instant filtering for the catalogue. The page already lists every entry, paginated, without
 * JavaScript; this island downloads the compact index only when the reader first filters (or
 * opens a shared link with filters), then filters, sorts and pages in the browser.
 */
export function startKatalog() {
  const config = bacaConfig<ConfigKatalog>('katalog-config');
  const form = document.querySelector<HTMLFormElement>('[data-katalog-form]');
  const results = document.querySelector<HTMLElement>('[data-katalog-hasil]');
  const status = document.querySelector<HTMLElement>('[data-katalog-status]');
  const pager = document.querySelector<HTMLElement>('[data-katalog-halaman]');
  if (!config || !form || !results || !status || !pager) return;
  let records: IndeksRecord[] | undefined;
  let loading: Promise<IndeksRecord[]> | undefined;
  // Only the facets this catalogue shows: a link naming another one (or an unknown value) opens the unfiltered list.
  const dikenal = nilaiDikenal(form);
  const initial = bacaUrl(URL_KATALOG, new URLSearchParams(location.search), dikenal);
  let page = initial.hal;

  // A failed download is not kept: the next filter the reader touches tries again.
  const load = () =>
    (loading ??= muatIndeks([config.index]).catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));

  const render = (focus = false) => {
    if (!records) return;
    const { saring: state, urut: sort } = bacaUrl(URL_KATALOG, paramsForm(form), dikenal);
    const found = sortRecords(filterRecords(records, state), sort);
    const p = halaman(found, page, config.size);
    page = p.current;
    const w = config.words;
    results.innerHTML = p.items.map((r) => kartuHtml(r, config.labels, 3)).join('');
    status.textContent = denganUrutan(teksHalaman(p, w), p.total, sort, URL_KATALOG.urut.bawaan, { urutan: w.urutan, namaUrutan: config.urutan });
    const counts = facetCounts(records, state, config.keys);
    for (const el of form.querySelectorAll<HTMLElement>('[data-jumlah]')) {
      const [key, value] = (el.dataset.jumlah ?? '').split(':') as [FacetKey, string];
      el.textContent = String(counts[key]?.get(value) ?? 0);
    }
    const q = (n: number) => tulisUrl(URL_KATALOG, { saring: state, urut: sort, hal: n });
    const link = (n: number, label: string, rel?: string) => `<li><a href="${esc(q(n) || '?')}" data-hal="${n}"${rel ? ` rel="${rel}"` : ''}>${esc(label)}</a></li>`;
    const items: string[] = [];
    if (p.current > 1) items.push(link(p.current - 1, w.sebelumnya, 'prev'));
    for (let n = 1; n <= p.pages; n++) items.push(n === p.current ? `<li><span aria-current="page">${n}</span></li>` : link(n, String(n)));
    if (p.current < p.pages) items.push(link(p.current + 1, w.berikutnya, 'next'));
    pager.innerHTML = p.pages > 1 ? `<ul class="halaman-nav">${items.join('')}</ul>` : '';
    pager.hidden = p.pages < 2;
    gantiUrl(q(p.current));
    // The status is a target of focus (tabindex=-1 in Katalog.astro), also of the link past the filters.
    if (focus) status.focus();
  };

  /** Whether the records are here; when the download fails the status says so, and the page's own list stays. */
  const ensure = async (): Promise<boolean> => {
    if (records) return true;
    status.setAttribute('aria-busy', 'true');
    try {
      records = await load();
      return true;
    } catch {
      status.textContent = config.words.gagal;
      return false;
    } finally {
      status.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('change', async () => {
    page = 1;
    if (await ensure()) render();
  });
  form.addEventListener('reset', async () => {
    page = 1;
    // The reset event fires before the inputs are cleared.
    if (await ensure()) setTimeout(() => render(), 0);
  });
  // Filters apply as they change; the button is there for those who expect one, and moves focus to the results.
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (await ensure()) render(true);
  });
  // Start downloading as soon as the reader reaches for a filter, so the first click feels instant;
  // a failure is reported when the filter is used.
  form.addEventListener('focusin', () => void load().catch(() => undefined), { once: true });
  pager.addEventListener('click', async (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-hal]') : null;
    if (!a || !records) return;
    e.preventDefault();
    page = Number(a.dataset.hal);
    render(true);
  });

  if (Object.keys(initial.saring).length || initial.urut !== 'judul' || initial.hal > 1) {
    isiForm(form, tulisUrl(URL_KATALOG, initial));
    void ensure().then((ok) => ok && render());
  }
}
