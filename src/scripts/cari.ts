import {
  KUNCI_SARING,
  PARAM_SOROT,
  URUTAN,
  adaPencarian,
  bentukHasil,
  gabungHitungan,
  hasilHtml,
  keadaanDariUrl,
  keadaanKeUrl,
  kelompokAktif,
  permintaan,
  isiTemplat,
  rapikanKueri,
  teksStatus,
  type DataHasil,
  type Hitungan,
  type KataHasil,
  type KataStatus,
  type KeadaanCari,
  type KunciSaring,
  type Saring,
  type Urutan,
} from '../lib/cari.ts';
import { kataKueri, kueriBetul, peringkatSebagian, saranEjaan } from '../lib/cari-pulih.ts';

interface Config {
  /** Base path + "pagefind/". */
  bundle: string;
  /** The vocabulary spelling suggestions come from (src/pages/data/kosakata-[bahasa].json.ts). */
  kosakata: string;
  labelJenis: Record<string, string>;
  ukuranAwal: number;
  ukuran: number;
  judulHalaman: string;
  kata: KataStatus & KataHasil & Record<'mulai' | 'memuat' | 'galat' | 'sebagian' | 'tambahan' | 'tidakDitemukan' | 'mungkin', string>;
}

/** The part of Pagefind's JS API this page uses (pagefind.js is built with the site, so it has no types here). */
interface HasilMentah {
  id: string;
  data(): Promise<DataHasil>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Hitungan>;
  preload(term: string): Promise<void>;
  search(term: string | null, o: object): Promise<{ results: HasilMentah[]; filters: Hitungan }>;
}

/** Wait after the last keystroke before searching: long enough to skip half-typed words. */
const JEDA_KETIK = 250;

/**
 * The search island. Pagefind's bundle is imported only here, on the reader's first search (or at
 * once when the URL already holds one), from the site's own origin and base path. The URL is the
 * state: `?q=…&tema=…&urut=…`; filter changes and submits add a history entry, typing replaces
 * it, and back/forward or a reload restore the form and the results.
 */
export function mulaiCari() {
  const root = document.querySelector<HTMLElement>('[data-cari]');
  const configEl = document.getElementById('cari-config');
  const formQ = root?.querySelector<HTMLFormElement>('[data-cari-form]');
  const formS = root?.querySelector<HTMLFormElement>('[data-cari-saring]');
  const input = formQ?.querySelector<HTMLInputElement>('input[name=q]');
  const status = root?.querySelector<HTMLElement>('[data-cari-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-cari-hasil]');
  const more = root?.querySelector<HTMLButtonElement>('[data-cari-lebih]');
  const clear = root?.querySelector<HTMLButtonElement>('[data-cari-hapus]');
  const saran = root?.querySelector<HTMLElement>('[data-cari-saran]');
  const alternatif = root?.querySelector<HTMLElement>('[data-cari-alternatif]');
  if (!root || !configEl || !formQ || !formS || !input || !status || !list || !more || !clear || !saran || !alternatif) return;
  const config = JSON.parse(configEl.textContent ?? '{}') as Config;
  const k = config.kata;

  // The filters arrive folded and open beside the results on a wide screen (see the end of this function).
  const lipat = root.querySelector<HTMLDetailsElement>('[data-cari-lipat]');
  /** Whether the reader has reached for the filters (pointer, focus or a click in their panel). */
  let diraih = false;
  const boxes = [...formS.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const select = formS.querySelector<HTMLSelectElement>('select[name=urut]');
  const dikenal: Partial<Record<KunciSaring, string[]>> = {};
  for (const b of boxes) (dikenal[b.name as KunciSaring] ??= []).push(b.value);

  let pagefind: Promise<Pagefind> | undefined;
  const muat = () =>
    (pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ `${config.bundle}pagefind.js`)) as Pagefind;
      await pf.options({
        // Pagefind's name for the bundle path; read only before the first init.
        basePath: config.bundle,
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
    })());

  /**
   * The filter index. Once loaded, every search also returns the remaining count per value. It is
   * fetched after the first results are on screen (or before the search when the URL already
   * filters), so the reader sees results before the counts.
   */
  let saringMuat: Promise<unknown> | undefined;
  let saringSiap = false;
  const muatSaring = (pf: Pagefind) =>
    (saringMuat ??= pf.filters().then((f) => {
      saringSiap = true;
      return f;
    }));

  const bacaForm = (): KeadaanCari => {
    const data = new FormData(formS);
    const saring: Saring = {};
    for (const key of KUNCI_SARING) {
      const v = data.getAll(key).map(String);
      if (v.length) saring[key] = v;
    }
    const u = String(data.get('urut') ?? 'relevansi');
    return { q: rapikanKueri(input.value), saring, urut: (URUTAN as readonly string[]).includes(u) ? (u as Urutan) : 'relevansi' };
  };

  const tulisForm = (s: KeadaanCari) => {
    input.value = s.q;
    for (const b of boxes) b.checked = s.saring[b.name as KunciSaring]?.includes(b.value) ?? false;
    if (select) select.value = s.urut;
  };

  /** The tab title names the query, so history entries and bookmarks say what they searched. */
  const tulisJudul = (s: KeadaanCari) => {
    document.title = s.q ? `${s.q} · ${config.judulHalaman}` : config.judulHalaman;
  };

  const tulisUrl = (s: KeadaanCari, push: boolean) => {
    const url = `${location.pathname}${keadaanKeUrl(s)}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    tulisJudul(s);
  };

  /** Show each value's count; hide values with none (unless ticked) and groups left empty. */
  const tulisHitungan = (counts: Record<string, Record<string, number>>) => {
    formS.removeAttribute('data-hitungan-tunda');
    for (const b of boxes) {
      const n = counts[b.name]?.[b.value] ?? 0;
      const label = b.closest('label');
      const span = label?.querySelector('[data-jumlah]');
      if (span) span.textContent = String(n);
      if (label) label.hidden = n === 0 && !b.checked;
    }
    for (const fs of formS.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
      fs.hidden = [...fs.querySelectorAll('label')].every((l) => l.hidden);
    }
  };

  let hasil: HasilMentah[] = [];
  let shown = 0;
  /** Incremented by every search; a slower, older search never overwrites a newer one. */
  let generasi = 0;
  let memuatLagi = false;

  /** Render the next results: a short first batch (each result costs a fragment download), then more per click. */
  const tampilkan = async (fokus: boolean) => {
    const batch = hasil.slice(shown, shown + (shown === 0 ? config.ukuranAwal : config.ukuran));
    const my = generasi;
    const data = await Promise.all(batch.map((r) => r.data()));
    if (my !== generasi) return;
    const start = list.children.length;
    list.insertAdjacentHTML('beforeend', data.map((d) => hasilHtml(bentukHasil(d, config.labelJenis), k)).join(''));
    shown += batch.length;
    more.hidden = shown >= hasil.length;
    if (fokus) list.children[start]?.querySelector<HTMLAnchorElement>('a')?.focus();
  };

  /** Counts per group for a state: the main search's, and for each ticked group a search without it. */
  const hitung = async (pf: Pagefind, s: KeadaanCari, utama?: Hitungan) => {
    const { term, options } = permintaan(s);
    const main = utama ?? (await pf.search(term, options)).filters;
    const perKelompok: Partial<Record<KunciSaring, Hitungan>> = {};
    for (const key of kelompokAktif(s.saring)) {
      const p = permintaan(s, key);
      perKelompok[key] = (await pf.search(p.term, p.options)).filters;
    }
    return gabungHitungan(main, perKelompok);
  };

  /** Fetch the filter index if needed and show the counts for `s`, unless a newer search has started. */
  const perbaruiHitungan = async (pf: Pagefind, s: KeadaanCari, my: number, utama?: Hitungan) => {
    await muatSaring(pf);
    const counts = await hitung(pf, s, utama);
    if (my === generasi) tulisHitungan(counts);
  };

  let kosakata: Promise<string[]> | undefined;
  const muatKosakata = () =>
    (kosakata ??= fetch(config.kosakata)
      .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
      .catch(() => [])) as Promise<string[]>;

  /** "Mungkin maksud Anda: …", a link that runs the corrected search; built from text nodes only. */
  const tulisSaran = (betul: string | undefined) => {
    saran.replaceChildren();
    saran.hidden = !betul;
    if (!betul) return;
    const a = document.createElement('a');
    a.href = `${location.pathname}${keadaanKeUrl({ ...bacaForm(), q: betul })}`;
    a.textContent = betul;
    saran.append(`${k.mungkin} `, a);
  };

  /** Suggest a spelling for the words the site's vocabulary does not know (few or no results). */
  const periksaEjaan = async (q: string, kata: readonly string[], my: number) => {
    const kosa = await muatKosakata();
    const betul = new Map<string, string>();
    for (const w of kata) {
      const x = saranEjaan(w, kosa);
      if (x) betul.set(w, x);
    }
    if (my === generasi) tulisSaran(kueriBetul(q, betul));
  };

  /**
   * When fewer than three pages hold every word: search each word, add the pages holding the
   * most of them, say which words nothing holds, and suggest spellings for words that find little.
   * Returns the status line to show, or undefined to keep the usual one.
   */
  const pulihkan = async (pf: Pagefind, s: KeadaanCari, my: number, tepat: HasilMentah[]): Promise<string | undefined> => {
    const { options } = permintaan(s);
    const kata = kataKueri(s.q);
    const perKata = [];
    for (const w of kata) perKata.push({ kata: w, hasil: (await pf.search(w, options)).results });
    if (my !== generasi) return undefined;
    const hilang = perKata.filter((p) => !p.hasil.length).map((p) => p.kata);
    const lemah = perKata.filter((p) => p.hasil.length < 3).map((p) => p.kata);
    if (lemah.length) await periksaEjaan(s.q, lemah, my);
    const sudah = new Set(tepat.map((h) => h.id));
    const tambahan = kata.length > 1 ? peringkatSebagian(perKata).filter((x) => !sudah.has(x.hasil.id)) : [];
    hasil = [...tepat, ...tambahan.map((x) => x.hasil)];
    if (!tambahan.length && !hilang.length) return undefined;
    let teks = tepat.length ? teksStatus(tepat.length, s, k) : tambahan.length ? isiTemplat(k.sebagian, { n: tambahan.length }) : teksStatus(0, s, k);
    if (tepat.length && tambahan.length) teks += ` ${isiTemplat(k.tambahan, { n: tambahan.length })}`;
    if (hilang.length) teks += ` ${isiTemplat(k.tidakDitemukan, { kata: hilang.join(', ') })}`;
    return teks;
  };

  const cari = async (s: KeadaanCari) => {
    const my = ++generasi;
    tulisSaran(undefined);
    alternatif.hidden = true;
    if (!adaPencarian(s)) {
      hasil = [];
      shown = 0;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = k.mulai;
      if (pagefind && saringSiap) {
        const totals = (await (await pagefind).filters()) as Hitungan;
        if (my === generasi) tulisHitungan(totals);
      }
      return;
    }
    status.setAttribute('aria-busy', 'true');
    formS.setAttribute('aria-busy', 'true');
    try {
      let pf: Pagefind;
      if (pagefind) pf = await pagefind;
      else {
        status.textContent = k.memuat;
        pf = await muat();
      }
      // A filtered search needs the filter index anyway; counts then come with the results.
      if (kelompokAktif(s.saring).length) await muatSaring(pf);
      const denganHitungan = saringSiap;
      const { term, options } = permintaan(s);
      const utama = await pf.search(term, options);
      if (my !== generasi) return;
      hasil = utama.results;
      // Never a bare "0 results", nor a lone one: pages holding some of the words, spellings for
      // words that find little ("inflsi"), and, when all that finds nothing, the themes.
      const teksPulih = hasil.length < 3 && s.q ? await pulihkan(pf, s, my, hasil) : undefined;
      if (my !== generasi) return;
      shown = 0;
      list.replaceChildren();
      await tampilkan(false);
      if (my !== generasi) return;
      status.textContent = teksPulih ?? teksStatus(hasil.length, s, k);
      alternatif.hidden = hasil.length > 0;
      status.removeAttribute('aria-busy');
      // The filter index grows with the site (20 KB at 1,000 entries, 108 KB at 5,000), more than
      // the first results themselves: it waits until the reader reaches for the filters, and
      // until then the panel shows no counts rather than the site's totals as if for this query.
      if (!saringSiap && !diraih) {
        formS.toggleAttribute('data-hitungan-tunda', adaPencarian(s));
        return;
      }
      await perbaruiHitungan(pf, s, my, denganHitungan ? utama.filters : undefined);
    } catch {
      // No bundle (astro dev, or a file:// copy) or a network failure: say so, and point to the catalogues.
      if (my === generasi) {
        pagefind = undefined;
        saringMuat = undefined;
        saringSiap = false;
        status.textContent = k.galat;
      }
    } finally {
      if (my === generasi) {
        status.removeAttribute('aria-busy');
        formS.removeAttribute('aria-busy');
      }
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const segera = (push: boolean) => {
    clearTimeout(timer);
    const s = bacaForm();
    tulisUrl(s, push);
    void cari(s);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = rapikanKueri(input.value);
    if (q) void muat().then((pf) => pf.preload(q)).catch(() => {});
    timer = setTimeout(() => segera(false), JEDA_KETIK);
  });
  // Start fetching Pagefind as soon as the reader reaches for the form.
  root.addEventListener('focusin', () => void muat().catch(() => {}), { once: true });
  formQ.addEventListener('submit', (e) => {
    e.preventDefault();
    segera(true);
  });
  // Filters apply as they change; the submit button is there for readers who expect one.
  formS.addEventListener('submit', (e) => {
    e.preventDefault();
    segera(true);
  });
  formS.addEventListener('change', () => segera(true));
  clear.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    segera(true);
    input.focus();
  });
  more.addEventListener('click', async () => {
    if (memuatLagi) return;
    memuatLagi = true;
    try {
      await tampilkan(true);
    } finally {
      memuatLagi = false;
    }
  });
  window.addEventListener('popstate', () => {
    const s = keadaanDariUrl(new URLSearchParams(location.search), dikenal);
    tulisForm(s);
    tulisJudul(s);
    void cari(s);
  });

  // Reaching for the filters (hovering or focusing the panel, opening it) fetches the filter index
  // and shows the counts for the query on screen.
  const raih = async () => {
    diraih = true;
    const s = bacaForm();
    if (saringSiap || !pagefind || !adaPencarian(s)) return;
    const my = generasi;
    formS.setAttribute('aria-busy', 'true');
    try {
      await perbaruiHitungan(await pagefind, s, my);
    } catch {
      // The counts stay hidden; the next search tries the filter index again.
      saringMuat = undefined;
    } finally {
      if (my === generasi) formS.removeAttribute('aria-busy');
    }
  };
  const panel = lipat ?? formS;
  for (const jenis of ['pointerenter', 'focusin', 'click'] as const) panel.addEventListener(jenis, () => void raih(), { once: true });

  const awal = keadaanDariUrl(new URLSearchParams(location.search), dikenal);
  tulisForm(awal);
  // The filters arrive folded: on a narrow screen they come before the results and stay folded
  // unless the URL uses them. Opening them beside the results on a wide screen moves nothing,
  // where folding them on a phone after the first paint moved the whole page (CLS 0.28).
  if (lipat && (matchMedia('(min-width: 62rem)').matches || kelompokAktif(awal.saring).length)) lipat.open = true;
  if (adaPencarian(awal)) {
    tulisJudul(awal);
    void cari(awal);
  }
}
