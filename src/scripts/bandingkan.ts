import { esc } from '../lib/esc.ts';
import { isi } from '../lib/format.ts';
import type { IndeksRecord } from '../lib/katalog.ts';
import { URL_BANDINGKAN } from '../lib/bandingkan.ts';
import { bacaUrl, tulisUrl } from '../lib/keadaan-url.ts';
import { gantiUrl } from './form-url.ts';
import { ambil, bacaConfig, muatIndeks } from './pulau.ts';

interface ConfigBandingkan {
  indexes: string[];
  prefix: string;
  maks: number;
  rows: { kunci: string; pilih: string; judul: string }[];
  words: Record<'hapus' | 'hapusPendek' | 'kosong' | 'penuh' | 'aspek' | 'model' | 'praktik' | 'tidakAda' | 'gagal', string>;
}

/**
 * The compare island. It reads the parts of each entry straight from the entry pages (same
 * origin, already cached when the reader came from them), so the comparison shows exactly what
 * the pages say and no extra data file is published for it.
 */
export function startBandingkan() {
  const c = bacaConfig<ConfigBandingkan>('bandingkan-config');
  const form = document.querySelector<HTMLFormElement>('[data-bandingkan-form]');
  const select = form?.querySelector('select');
  const table = document.querySelector<HTMLElement>('[data-bandingkan-tabel]');
  const status = document.querySelector<HTMLElement>('[data-bandingkan-status]');
  if (!c || !form || !select || !table || !status) return;
  /** The entries compared, as `koleksi/id`. */
  let pilihan = bacaUrl(URL_BANDINGKAN, new URLSearchParams(location.search)).id;
  const pages = new Map<string, Promise<Document>>();
  const key = (r: IndeksRecord) => `${r.koleksi}/${r.id}`;
  const records = muatIndeks(c.indexes);

  const page = (r: IndeksRecord) => {
    const k = key(r);
    if (!pages.has(k)) {
      const muat = ambil(`${c.prefix}${k}/`).then(async (res) => new DOMParser().parseFromString(await res.text(), 'text/html'));
      // A failed page is asked for again next time, not remembered as failed.
      muat.catch(() => pages.delete(k));
      pages.set(k, muat);
    }
    return pages.get(k)!;
  };

  /** A row's cell: its HTML and the language it is written in, which the copy keeps (the card is in the page's language, the body in Indonesian). */
  const sel = (doc: Document, selector: string): string => {
    const el = doc.querySelector(selector);
    const lang = el?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return `<td lang="${esc(lang)}">${el ? part(el) : `<p class="muted">${esc(c.words.tidakAda)}</p>`}</td>`;
  };

  /** The element a row selects, or an H2 section up to the next H2, as trusted same-origin HTML. */
  const part = (el: Element): string => {
    if (el.tagName !== 'H2') {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('h2, script').forEach((n) => n.remove());
      clone.removeAttribute('id');
      // The card's one-row indicator table is stacked in its column (bandingkan.css): each value
      // carries its heading, added here so the entry pages do not pay for it.
      clone.querySelectorAll('.dampak-utama table').forEach((t) => {
        const kepala = [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
        t.querySelectorAll('tbody tr').forEach((tr) => [...tr.children].forEach((td, i) => td.setAttribute('data-label', kepala[i] ?? '')));
      });
      return clone.innerHTML;
    }
    let html = '';
    // A section ends at the next H2, or at the page's own panels after the entry's text (each holds an H2).
    for (let n = el.nextElementSibling; n && n.tagName !== 'H2' && !n.querySelector('h2'); n = n.nextElementSibling) {
      const clone = n.cloneNode(true) as HTMLElement;
      // Ids would repeat once per column; headings inside a cell would break the page outline.
      clone.querySelectorAll('[id]').forEach((x) => x.removeAttribute('id'));
      clone.removeAttribute('id');
      html += clone.tagName.match(/^H[3-6]$/) ? `<p><strong>${esc(clone.textContent ?? '')}</strong></p>` : clone.outerHTML;
    }
    return html;
  };

  const render = async () => {
    gantiUrl(tulisUrl(URL_BANDINGKAN, { id: pilihan }));
    let all: Awaited<typeof records>;
    try {
      all = await records;
    } catch {
      status.textContent = c.words.gagal;
      return;
    }
    const chosen = pilihan.map((k) => all.find((r) => key(r) === k)).filter((r): r is IndeksRecord => !!r);
    const options = (koleksi: 'model' | 'praktik') =>
      all
        .filter((r) => r.koleksi === koleksi && !chosen.includes(r))
        .map((r) => `<option value="${esc(key(r))}">${esc(r.judul)}</option>`)
        .join('');
    select.innerHTML = `<optgroup label="${esc(c.words.model)}">${options('model')}</optgroup><optgroup label="${esc(c.words.praktik)}">${options('praktik')}</optgroup>`;
    select.disabled = chosen.length >= c.maks;
    status.textContent = chosen.length >= c.maks ? c.words.penuh : chosen.length < 2 ? c.words.kosong : '';
    if (!chosen.length) {
      table.innerHTML = '';
      return;
    }
    status.setAttribute('aria-busy', 'true');
    let docs: Document[];
    try {
      docs = await Promise.all(chosen.map((r) => page(r)));
    } catch {
      status.textContent = c.words.gagal;
      return;
    } finally {
      status.removeAttribute('aria-busy');
    }
    const head = chosen
      .map((r) => `<th scope="col"><a href="${esc(`${c.prefix}${r.koleksi}/${r.id}/`)}">${esc(r.judul)}</a><br><button type="button" class="tombol-sekunder no-print" data-hapus="${esc(key(r))}" aria-label="${esc(isi(c.words.hapus, r.judul))}">${esc(c.words.hapusPendek)}</button></th>`)
      .join('');
    const body = c.rows
      .map((row) => `<tr><th scope="row">${esc(row.judul)}</th>${docs.map((d) => sel(d, row.pilih)).join('')}</tr>`)
      .join('');
    table.innerHTML = `<table class="bandingkan"><caption class="sr-only">${esc(document.title)}</caption><thead><tr><th scope="col">${esc(c.words.aspek)}</th>${head}</tr></thead><tbody>${body}</tbody></table>`;
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // The codec keeps the selection well-formed, each entry once, at most MAKS_BANDINGKAN.
    const params = new URLSearchParams(tulisUrl(URL_BANDINGKAN, { id: pilihan }));
    params.append('id', select.value);
    pilihan = bacaUrl(URL_BANDINGKAN, params).id;
    void render();
  });
  table.addEventListener('click', (e) => {
    const b = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('[data-hapus]') : null;
    if (!b) return;
    pilihan = pilihan.filter((k) => k !== b.dataset.hapus);
    void render().then(() => select.focus());
  });
  form.querySelector('[data-cetak]')?.addEventListener('click', () => print());
  void render();
}
