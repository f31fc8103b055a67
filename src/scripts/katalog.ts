import { facetCounts, filterRecords, sortRecords, stateFromQuery, stateToQuery, type FacetKey, type FacetState, type SortKey } from '../lib/facets.ts';
import { kartuHtml, esc, type KartuLabels } from '../lib/kartu-html.ts';
import { halaman, type IndeksRecord } from '../lib/katalog.ts';

interface Config {
  koleksi: 'praktik' | 'model';
  index: string;
  labels: KartuLabels;
  size: number;
  keys: FacetKey[];
  words: Record<'menampilkan' | 'dari' | 'entri' | 'kosong' | 'sebelumnya' | 'berikutnya' | 'halaman', string>;
}

/**
 * Instant filtering for the catalogue. The page already lists every entry, paginated, without
 * JavaScript; this island downloads the compact index only when the reader first filters (or
 * opens a shared link with filters), then filters, sorts and pages in the browser.
 */
export function startKatalog() {
  const configEl = document.getElementById('katalog-config');
  const form = document.querySelector<HTMLFormElement>('[data-katalog-form]');
  const results = document.querySelector<HTMLElement>('[data-katalog-hasil]');
  const status = document.querySelector<HTMLElement>('[data-katalog-status]');
  const pager = document.querySelector<HTMLElement>('[data-katalog-halaman]');
  if (!configEl || !form || !results || !status || !pager) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as Config;
  let records: IndeksRecord[] | undefined;
  let loading: Promise<IndeksRecord[]> | undefined;
  const initial = stateFromQuery(new URLSearchParams(location.search));
  let page = initial.page;

  const load = () => (loading ??= fetch(config.index).then((r) => r.json() as Promise<IndeksRecord[]>));

  const readForm = (): { state: FacetState; sort: SortKey } => {
    const data = new FormData(form);
    const state: FacetState = {};
    for (const key of config.keys) {
      const values = data.getAll(key).map(String);
      if (values.length) state[key] = values;
    }
    return { state, sort: (data.get('urut') as SortKey | null) ?? 'judul' };
  };

  const writeForm = (state: FacetState, sort: SortKey) => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      input.checked = state[input.name as FacetKey]?.includes(input.value) ?? false;
    }
    const select = form.querySelector<HTMLSelectElement>('select[name=urut]');
    if (select) select.value = sort;
  };

  const render = (focus = false) => {
    if (!records) return;
    const { state, sort } = readForm();
    const found = sortRecords(filterRecords(records, state), sort);
    const p = halaman(found, page, config.size);
    page = p.current;
    const w = config.words;
    results.innerHTML = p.items.length ? p.items.map((r) => kartuHtml(r, config.labels, 3)).join('') : `<p>${esc(w.kosong)}</p>`;
    status.textContent = `${w.menampilkan} ${p.from}–${p.to} ${w.dari} ${p.total} ${w.entri}`;
    const counts = facetCounts(records, state, config.keys);
    for (const el of form.querySelectorAll<HTMLElement>('[data-jumlah]')) {
      const [key, value] = (el.dataset.jumlah ?? '').split(':') as [FacetKey, string];
      el.textContent = String(counts[key]?.get(value) ?? 0);
    }
    const q = (n: number) => stateToQuery(state, sort, n);
    const link = (n: number, label: string, rel?: string) => `<li><a href="${esc(q(n) || '?')}" data-hal="${n}"${rel ? ` rel="${rel}"` : ''}>${esc(label)}</a></li>`;
    const items: string[] = [];
    if (p.current > 1) items.push(link(p.current - 1, w.sebelumnya, 'prev'));
    for (let n = 1; n <= p.pages; n++) items.push(n === p.current ? `<li><span aria-current="page">${n}</span></li>` : link(n, String(n)));
    if (p.current < p.pages) items.push(link(p.current + 1, w.berikutnya, 'next'));
    pager.innerHTML = p.pages > 1 ? `<ul class="halaman-nav">${items.join('')}</ul>` : '';
    history.replaceState(null, '', `${location.pathname}${q(p.current)}`);
    if (focus) {
      status.setAttribute('tabindex', '-1');
      status.focus();
    }
  };

  const ensure = async () => {
    if (!records) {
      status.setAttribute('aria-busy', 'true');
      records = await load();
      status.removeAttribute('aria-busy');
    }
  };

  form.addEventListener('change', async () => {
    page = 1;
    await ensure();
    render();
  });
  form.addEventListener('reset', async () => {
    page = 1;
    await ensure();
    // The reset event fires before the inputs are cleared.
    setTimeout(() => render(), 0);
  });
  // Filters apply as they change; the button is there for those who expect one, and moves focus to the results.
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    await ensure();
    render(true);
  });
  // Start downloading as soon as the reader reaches for a filter, so the first click feels instant.
  form.addEventListener('focusin', () => void load(), { once: true });
  pager.addEventListener('click', async (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-hal]') : null;
    if (!a || !records) return;
    e.preventDefault();
    page = Number(a.dataset.hal);
    render(true);
  });

  if (Object.keys(initial.state).length || initial.sort !== 'judul' || (initial.page > 1 && location.search)) {
    writeForm(initial.state, initial.sort);
    void ensure().then(() => render());
  }
}
