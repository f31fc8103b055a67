import { esc } from '../lib/esc.ts';
import { isi } from '../lib/format.ts';
import type { IndeksRecord } from '../lib/katalog.ts';
import { MAKS_BANDINGKAN, teksBandingkan, URL_BANDINGKAN, type KataBandingkan } from '../lib/bandingkan.ts';
import { bacaUrl, tulisUrl } from '../lib/keadaan-url.ts';
import { gantiUrl } from './form-url.ts';
import { ambil, bacaConfig, muatIndeks } from './pulau.ts';

interface ConfigBandingkan {
  indexes: string[];
  prefix: string;
  rows: { kunci: string; pilih: string; judul: string }[];
  words: KataBandingkan & Record<'hapus' | 'hapusPendek' | 'aspek' | 'model' | 'praktik' | 'tidakAda' | 'gagal', string>;
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
  const tambah = form?.querySelector<HTMLButtonElement>('button[type=submit]');
  const table = document.querySelector<HTMLElement>('[data-bandingkan-tabel]');
  const status = document.querySelector<HTMLElement>('[data-bandingkan-status]');
  if (!c || !form || !select || !tambah || !table || !status) return;
  /** Titles of an English page's Indonesian entries are marked so, for screen readers' pronunciation. */
  const langJudul = document.documentElement.lang === 'id' ? '' : ' lang="id"';
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
  const sel = (r: IndeksRecord, doc: Document, selector: string): string => {
    const el = doc.querySelector(selector);
    const lang = el?.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return `<td lang="${esc(lang)}">${el ? part(r, el) : `<p class="muted">${esc(c.words.tidakAda)}</p>`}</td>`;
  };

  /**
   * A copy made to sit in a column of this page: what worked on the entry page would mislead here.
   * Ids would repeat once per column, so links to them (citation numbers, footnotes) lead to the
   * entry page instead. The checklists' boxes are for ticking on the entry page, not Tab stops
   * repeated per column. The indicator table is stacked (bandingkan.css), so it needs no scrolling
   * region; a table's region is named after its entry, as landmark names must be unique.
   */
  const tempatkan = (r: IndeksRecord, clone: HTMLElement) => {
    const halaman = `${c.prefix}${r.koleksi}/${r.id}/`;
    /** The copy's elements matching `s`, the copy itself included (a section's parts are copied one by one). */
    const cari = <T extends Element>(s: string) => [clone, ...clone.querySelectorAll(s)].filter((x): x is T & HTMLElement => x.matches(s));
    for (const x of cari('[id]')) x.removeAttribute('id');
    for (const a of cari('a[href^="#"]')) a.setAttribute('href', `${halaman}${a.getAttribute('href')}`);
    for (const b of cari<HTMLInputElement>('input[type=checkbox]')) b.disabled = true;
    for (const x of cari('.dampak-utama [tabindex]')) {
      x.removeAttribute('tabindex');
      x.removeAttribute('aria-label');
    }
    for (const x of cari('section.tabel-gulir[aria-label]')) x.setAttribute('aria-label', `${r.judul}, ${x.getAttribute('aria-label')}`);
  };

  /** The element a row selects, or an H2 section up to the next H2, as trusted same-origin HTML. */
  const part = (r: IndeksRecord, el: Element): string => {
    if (el.tagName !== 'H2') {
      const clone = el.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('h2, script').forEach((n) => n.remove());
      tempatkan(r, clone);
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
      // The checklist's note says to tick the boxes and print the entry page: here they cannot be ticked.
      if (n.matches('p.muted') && n.nextElementSibling?.matches('ul.prasyarat')) continue;
      const clone = n.cloneNode(true) as HTMLElement;
      tempatkan(r, clone);
      // Headings inside a cell would break the page outline.
      html += clone.tagName.match(/^H[3-6]$/) ? `<p><strong>${esc(clone.textContent ?? '')}</strong></p>` : clone.outerHTML;
    }
    return html;
  };

  /** Show the entries of `pilihan`; `aksi` is the change that led here, which the live region confirms. */
  const render = async (aksi?: Parameters<typeof teksBandingkan>[2]) => {
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
        .map((r) => `<option value="${esc(key(r))}"${langJudul}>${esc(r.judul)}</option>`)
        .join('');
    select.innerHTML = `<optgroup label="${esc(c.words.model)}">${options('model')}</optgroup><optgroup label="${esc(c.words.praktik)}">${options('praktik')}</optgroup>`;
    select.disabled = chosen.length >= MAKS_BANDINGKAN;
    // Not `disabled`: the button keeps the focus it has when the table fills up, and says it is unavailable.
    tambah.setAttribute('aria-disabled', String(select.disabled));
    status.textContent = teksBandingkan(chosen.length, c.words, aksi);
    // An empty table is neither a Tab stop nor a region.
    table.hidden = !chosen.length;
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
    const head = chosen.map((r) => `<th scope="col"><a href="${esc(`${c.prefix}${r.koleksi}/${r.id}/`)}"${langJudul}>${esc(r.judul)}</a></th>`).join('');
    // The remove buttons sit in a row of their own, not in the column heads: a screen reader repeats
    // a column's head before each of its cells, and "Remove … from the comparison" would come with them.
    const hapus = chosen
      .map((r) => `<td><button type="button" class="tombol-sekunder" data-hapus="${esc(key(r))}" aria-label="${esc(isi(c.words.hapus, r.judul))}">${esc(c.words.hapusPendek)}</button></td>`)
      .join('');
    const body = c.rows
      .map((row) => `<tr><th scope="row">${esc(row.judul)}</th>${docs.map((d, i) => sel(chosen[i]!, d, row.pilih)).join('')}</tr>`)
      .join('');
    table.innerHTML = `<table class="bandingkan"><caption class="sr-only">${esc(document.title)}</caption><thead><tr><th scope="col">${esc(c.words.aspek)}</th>${head}</tr><tr class="no-print"><td></td>${hapus}</tr></thead><tbody>${body}</tbody></table>`;
  };

  /** The title of an entry in the list, for the live region. */
  const judul = async (k: string) => (await records).find((r) => key(r) === k)?.judul ?? k;
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // A full table: the status already says so, and the list is disabled.
    if (select.disabled || !select.value) return;
    // The codec keeps the selection well-formed, each entry once, at most MAKS_BANDINGKAN.
    const params = new URLSearchParams(tulisUrl(URL_BANDINGKAN, { id: pilihan }));
    params.append('id', select.value);
    pilihan = bacaUrl(URL_BANDINGKAN, params).id;
    void render({ jenis: 'tambah', judul: await judul(select.value) });
  });
  table.addEventListener('click', async (e) => {
    const b = e.target instanceof Element ? e.target.closest<HTMLButtonElement>('[data-hapus]') : null;
    const k = b?.dataset.hapus;
    if (!k) return;
    pilihan = pilihan.filter((x) => x !== k);
    await render({ jenis: 'hapus', judul: await judul(k) });
    select.focus();
  });
  form.querySelector('[data-cetak]')?.addEventListener('click', () => print());
  void render();
}
