import { kueriBandingkan } from '../lib/bandingkan.ts';
import { esc } from '../lib/esc.ts';
import { kartuHtml, type KartuLabels } from '../lib/kartu-html.ts';
import { isi } from '../lib/format.ts';
import { bacaUrl, tulisUrl } from '../lib/keadaan-url.ts';
import { peringkat, URL_TEMUKAN, type Alasan, type Jawaban } from '../lib/temukan.ts';
import { gantiUrl, isiForm, nilaiDikenal, paramsForm } from './form-url.ts';
import { bacaConfig, muatIndeks } from './pulau.ts';

/** How long the fit-finder waits after an answer changes before it ranks again: a step of the arrow keys is quicker. */
const JEDA_PILIH = 250;

interface ConfigTemukan {
  indexes: string[];
  labels: KartuLabels;
  instansi: Record<string, string>;
  alasan: Record<string, string>;
  words: Record<'status' | 'semua' | 'kosong' | 'teratas' | 'cocok' | 'perlu' | 'bandingkan' | 'bandingkanTeratas' | 'gagal', string>;
  bandingkan: string;
}

const LANGKAH = 10;
/** The "two or three candidates" a reader weighs: the best matches the results offer to compare at once. */
const TERATAS = 3;

/**
 * The fit-finder island: reads the answers from the form (and the URL), ranks every published
 * practice and model in the browser, and explains each result. Nothing is stored or sent.
 */
export function startTemukan() {
  const c = bacaConfig<ConfigTemukan>('temukan-config');
  const form = document.querySelector<HTMLFormElement>('[data-temukan-form]');
  const list = document.querySelector<HTMLOListElement>('[data-temukan-hasil]');
  const status = document.querySelector<HTMLElement>('[data-temukan-status]');
  const teratasEl = document.querySelector<HTMLElement>('[data-temukan-teratas]');
  const more = document.querySelector<HTMLButtonElement>('[data-temukan-lebih]');
  const banding = document.querySelector<HTMLElement>('[data-temukan-banding]');
  const bandingA = banding?.querySelector('a');
  if (!c || !form || !list || !status || !teratasEl || !more || !banding || !bandingA) return;
  let shown = LANGKAH;
  const records = muatIndeks(c.indexes);

  const words = (a: Alasan) => {
    const v = (a.nilai ?? []).map((x) => {
      if (a.kode === 'tema') return c.labels.tema[String(x)] ?? x;
      if (a.kode === 'instansiSama') return c.instansi[String(x)] ?? x;
      if (a.kode === 'provinsiSama') return c.labels.provinsi[String(x)] ?? x;
      return x;
    });
    return isi(c.alasan[a.kode] ?? a.kode, ...v);
  };

  // The options the form offers: an answer outside them (a stale or edited link) is no answer.
  const dikenal = nilaiDikenal(form);

  /** `focus`: the results heading after a submit, or the first newly shown card after "more" (the button hides itself, and focus must not fall to the page). */
  const render = async (focus: false | 'hasil' | number) => {
    const j: Jawaban = bacaUrl(URL_TEMUKAN, paramsForm(form), dikenal);
    gantiUrl(tulisUrl(URL_TEMUKAN, j));
    let semua: Awaited<typeof records>;
    try {
      semua = await records;
    } catch {
      // Offline, or a host that lost the data files: say so, rather than show "no result".
      status.textContent = c.words.gagal;
      teratasEl.textContent = '';
      list.innerHTML = '';
      more.hidden = true;
      banding.hidden = true;
      return;
    }
    const ranked = peringkat(semua, j);
    const top = ranked.slice(0, shown);
    status.textContent = !ranked.length ? c.words.kosong : top.length === ranked.length ? isi(c.words.semua, ranked.length) : isi(c.words.status, ranked.length, top.length);
    // Most answers reorder the results without changing their number: the live region (read whole)
    // also names the best match, so an answer that changes the ranking is heard, not only seen.
    teratasEl.innerHTML = ranked[0] ? isi(esc(c.words.teratas), `<span lang="id">${esc(ranked[0].kandidat.judul)}</span>`) : '';
    list.innerHTML = top
      .map((h) => {
        const r = h.kandidat;
        const reasons = (title: string, items: Alasan[]) =>
          items.length ? `<p class="kecil"><strong>${esc(title)}:</strong></p><ul>${items.map((a) => `<li${a.kode === 'prasyarat' ? ' lang="id"' : ''}>${esc(words(a))}</li>`).join('')}</ul>` : '';
        const extra =
          `<div class="alasan">${reasons(c.words.cocok, h.cocok)}${reasons(c.words.perlu, h.perlu)}</div>` +
          // Every card has this link: its name also says which entry it compares (hidden, after the visible word).
          `<p class="kecil no-print"><a href="${esc(`${c.bandingkan}${kueriBandingkan([r])}`)}">${esc(c.words.bandingkan)}<span class="sr-only" lang="id"> ${esc(r.judul)}</span></a></p>`;
        return `<li>${kartuHtml(r, c.labels, 3, extra)}</li>`;
      })
      .join('');
    more.hidden = ranked.length <= shown;
    const teratas = ranked.slice(0, TERATAS).map((h) => h.kandidat);
    banding.hidden = teratas.length < 2;
    bandingA.href = `${c.bandingkan}${kueriBandingkan(teratas)}`;
    bandingA.textContent = isi(c.words.bandingkanTeratas, teratas.length);
    if (focus === 'hasil') document.getElementById('temukan-hasil')?.focus();
    else if (focus !== false) list.children[focus]?.querySelector<HTMLAnchorElement>('a')?.focus();
  };

  // Arrow keys walk a question's options one change at a time: the results, the address and the
  // live region follow once the reader stops, not at every option passed on the way.
  let tunda: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('change', () => {
    shown = LANGKAH;
    clearTimeout(tunda);
    tunda = setTimeout(() => void render(false), JEDA_PILIH);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(tunda);
    void render('hasil');
  });
  form.addEventListener('reset', () => {
    shown = LANGKAH;
    clearTimeout(tunda);
    setTimeout(() => void render(false), 0);
  });
  more.addEventListener('click', () => {
    const first = shown;
    shown += LANGKAH;
    void render(first);
  });
  isiForm(form, tulisUrl(URL_TEMUKAN, bacaUrl(URL_TEMUKAN, new URLSearchParams(location.search), dikenal)));
  void render(false);
}
