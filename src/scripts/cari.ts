import { adaPencarian, kelompokAktif, rapikanKueri, URL_CARI, type KataHasil, type KataStatus, type KataUrut, type KeadaanCari } from '../lib/cari.ts';
import type { KataPulih } from '../lib/cari-pulih.ts';
import { bacaUrl, tulisUrl } from '../lib/keadaan-url.ts';
import { gantiUrl, isiForm, nilaiDikenal, paramsForm } from './form-url.ts';
import { bacaConfig } from './pulau.ts';
import { pemuatCari } from './cari/muat.ts';
import { pencarian } from './cari/pencarian.ts';
import { panelSaring } from './cari/saring.ts';
import { daftarHasil, garisStatus, tulisSaran } from './cari/tampil.ts';

/** What HalamanCari.astro passes to the island. */
interface ConfigCari {
  /** Base path + "pagefind/". */
  bundle: string;
  /** The vocabulary spelling suggestions come from (src/pages/data/kosakata-[bahasa].json.ts). */
  kosakata: string;
  /** The sort keys of this language's pages (DataUrut), fetched when a reader sorts. */
  urutan: string;
  labelJenis: Record<string, string>;
  ukuranAwal: number;
  ukuran: number;
  judulHalaman: string;
  kata: KataStatus & KataHasil & KataPulih & KataUrut & Record<'mulai' | 'memuat' | 'galat' | 'mungkin', string>;
}

/** Wait after the last keystroke before searching: long enough to skip half-typed words. */
const JEDA_KETIK = 250;

/**
 * The search island: wires the page to its parts. Pagefind's bundle is loaded (cari/muat.ts) only
 * on the reader's first search, or at once when the URL already holds one. The URL is the state
 * (URL_CARI, through src/lib/keadaan-url.ts): filter changes and submits add a history entry,
 * typing and sorting replace it, and back/forward or a reload restore the form and the results. A search
 * (cari/pencarian.ts) renders through cari/tampil.ts and counts into the panel (cari/saring.ts).
 */
export function mulaiCari() {
  const root = document.querySelector<HTMLElement>('[data-cari]');
  const config = bacaConfig<ConfigCari>('cari-config');
  const formQ = root?.querySelector<HTMLFormElement>('[data-cari-form]');
  const formS = root?.querySelector<HTMLFormElement>('[data-cari-saring]');
  const input = formQ?.querySelector<HTMLInputElement>('input[name=q]');
  const status = root?.querySelector<HTMLElement>('[data-cari-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-cari-hasil]');
  const more = root?.querySelector<HTMLButtonElement>('[data-cari-lebih]');
  const clear = root?.querySelector<HTMLButtonElement>('[data-cari-hapus]');
  const saran = root?.querySelector<HTMLElement>('[data-cari-saran]');
  const alternatif = root?.querySelector<HTMLElement>('[data-cari-alternatif]');
  if (!root || !config || !formQ || !formS || !input || !status || !list || !more || !clear || !saran || !alternatif) return;

  // The state: read from the forms and the address through the one codec; only the filter values the page offers count.
  const dikenal = nilaiDikenal(formS);
  const bacaForm = (): KeadaanCari => bacaUrl(URL_CARI, paramsForm(formQ, formS), dikenal);
  const bacaAlamat = (): KeadaanCari => bacaUrl(URL_CARI, new URLSearchParams(location.search), dikenal);
  const tulisForm = (s: KeadaanCari) => {
    const query = tulisUrl(URL_CARI, s);
    isiForm(formQ, query);
    isiForm(formS, query);
  };
  /** The tab title names the query, so history entries and bookmarks say what they searched. */
  const tulisJudul = (s: KeadaanCari) => {
    document.title = s.q ? `${s.q} · ${config.judulHalaman}` : config.judulHalaman;
  };

  const garis = garisStatus(status, status.closest<HTMLElement>('[role=status]') ?? status);
  const muat = pemuatCari(config.bundle, config.kosakata, config.urutan);
  const panel = panelSaring(formS, root.querySelector<HTMLDetailsElement>('[data-cari-lipat]'));
  const { cari, raih, lebih } = pencarian({
    muat,
    panel,
    daftar: daftarHasil(list, more, { ukuranAwal: config.ukuranAwal, ukuran: config.ukuran, labelJenis: config.labelJenis, kata: config.kata }),
    garis,
    saran: (kueri) => tulisSaran(saran, config.kata.mungkin, kueri === undefined ? undefined : { kueri, href: `${location.pathname}${tulisUrl(URL_CARI, { ...bacaForm(), q: kueri })}` }),
    alternatif: (tampil) => {
      alternatif.hidden = !tampil;
    },
    kata: config.kata,
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const segera = (push: boolean) => {
    clearTimeout(timer);
    const s = bacaForm();
    gantiUrl(tulisUrl(URL_CARI, s), push);
    tulisJudul(s);
    // A submit or a filter is an act the reader waits to hear the outcome of, even mid-typing.
    if (push) garis.ketik(false);
    void cari(s);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    garis.ketik(true);
    const q = rapikanKueri(input.value);
    if (q) void muat.pagefind().then((pf) => pf.preload(q)).catch(() => {});
    timer = setTimeout(() => segera(false), JEDA_KETIK);
  });
  // Start fetching Pagefind as soon as the reader reaches for the form.
  root.addEventListener('focusin', () => void muat.pagefind().catch(() => {}), { once: true });
  formQ.addEventListener('submit', (e) => {
    e.preventDefault();
    segera(true);
  });
  // Filters apply as they change; the submit button is there for readers who expect one.
  formS.addEventListener('submit', (e) => {
    e.preventDefault();
    segera(true);
  });
  const urut = formS.querySelector('select[name=urut]');
  formS.addEventListener('change', (e) => {
    // Arrow keys on the closed sort list change it at every step: the order applies once the
    // reader stops, in place of the current history entry, as typing does. An order is a view of
    // the same results, not a new search to go back through.
    if (e.target === urut) {
      clearTimeout(timer);
      timer = setTimeout(() => segera(false), JEDA_KETIK);
    } else segera(true);
  });
  clear.addEventListener('click', () => {
    panel.kosongkan();
    segera(true);
    input.focus();
  });
  more.addEventListener('click', () => void lebih());
  window.addEventListener('popstate', () => {
    const s = bacaAlamat();
    tulisForm(s);
    tulisJudul(s);
    void cari(s);
  });
  // Reaching for the filters (hovering or focusing the panel, opening it) fetches the filter index
  // and shows the counts for the query on screen.
  panel.saatDiraih(() => void raih(bacaForm()));

  const awal = bacaAlamat();
  tulisForm(awal);
  panel.bukaAwal(kelompokAktif(awal.saring).length > 0);
  if (adaPencarian(awal)) {
    tulisJudul(awal);
    void cari(awal);
  }
}
