/**
 * One search, from a state to what the page shows: load Pagefind, search, check that some page
 * holds each word (src/lib/cari-kata.ts), recover when fewer than three pages hold every word,
 * render the first results and say what was found, then the filter counts (only once the reader
 * has reached for the filters). Every step is abandoned when a newer search has started, so a
 * slower, older search never overwrites a newer one.
 */
import { adaPencarian, denganUrutan, hitungSaring, kelompokAktif, permintaan, teksStatus, URL_CARI, urutkanHasil, type Hitungan, type KataStatus, type KataUrut, type KeadaanCari, type OpsiPagefind } from '../../lib/cari.ts';
import { adaTepat, kataSemua, kueriPagefind, pemeriksaKata } from '../../lib/cari-kata.ts';
import type { KataPulih } from '../../lib/cari-pulih.ts';
import type { Pagefind, PemuatCari } from './muat.ts';
import type { PanelSaring } from './saring.ts';
import type { DaftarHasil, GarisStatus } from './tampil.ts';

export interface BagianCari {
  muat: PemuatCari;
  panel: PanelSaring;
  daftar: DaftarHasil;
  garis: GarisStatus;
  /** Show the corrected query as "Mungkin maksud Anda: …", or hide the suggestion. */
  saran(kueri: string | undefined): void;
  /** Show the themes and the fit-finder, for a search that found nothing. */
  alternatif(tampil: boolean): void;
  kata: KataStatus & KataPulih & KataUrut & Record<'mulai' | 'memuat' | 'galat', string>;
}

export interface Pencarian {
  /** Search for a state and show the outcome. */
  cari(s: KeadaanCari): Promise<void>;
  /** The reader reached for the filters: fetch the filter index and count the state on screen. */
  raih(s: KeadaanCari): Promise<void>;
  /** Render the next results ("more"). */
  lebih(): Promise<void>;
}

export function pencarian({ muat, panel, daftar, garis, saran, alternatif, kata: k }: BagianCari): Pencarian {
  /** Incremented by every search. */
  let generasi = 0;
  const berlaku = (my: number) => () => my === generasi;
  /** Whether the reader has reached for the filters. */
  let diraih = false;

  /** Fetch the filter index if needed and show the counts for `s`, unless a newer search has started. */
  const perbaruiHitungan = async (pf: Pagefind, s: KeadaanCari, my: number, utama?: Hitungan) => {
    await muat.saring(pf);
    const counts = await hitungSaring((term, options) => pf.search(term, options), s, utama);
    if (my === generasi) panel.tulisHitungan(counts);
  };

  /** Suggest a spelling for the words the site's vocabulary does not know (few or no results). */
  const sarankanEjaan = async (pf: Pagefind, q: string, lemah: readonly string[], my: number) => {
    const { saranKueri } = await import('../../lib/cari-pulih.ts');
    // Only a word some page holds is offered.
    const betul = await saranKueri(q, lemah, await muat.kosakata(), (w) => adaTepat((t, o) => pf.search(t, o), w));
    if (my === generasi) saran(betul);
  };

  const cari = async (s: KeadaanCari) => {
    const my = ++generasi;
    saran(undefined);
    alternatif(false);
    if (!adaPencarian(s)) {
      daftar.mulai([]);
      garis.tulis(k.mulai);
      if (muat.dimulai && muat.saringSiap) {
        const totals = await (await muat.pagefind()).filters();
        if (my === generasi) panel.tulisHitungan(totals);
      }
      return;
    }
    garis.sibuk(true);
    panel.sibuk(true);
    try {
      if (!muat.dimulai) garis.tulis(k.memuat);
      const pf = await muat.pagefind();
      // A filtered search needs the filter index anyway; counts then come with the results.
      if (kelompokAktif(s.saring).length) await muat.saring(pf);
      const denganHitungan = muat.saringSiap;
      // Searched as Pagefind should ("what is stunting" as "stunting", "e-kinerja" as "kinerja"); the status line and the suggestion keep what the reader typed.
      const cariKata = (w: string, o: OpsiPagefind) => pf.search(w, o);
      const q = s.q && (await kueriPagefind(s.q, cariKata));
      if (my !== generasi) return;
      const sc = q ? { ...s, q } : s;
      const { term, options } = permintaan(sc);
      const utama = await pf.search(term, options);
      if (my !== generasi) return;
      let hasil = utama.results;
      let teks: string | undefined;
      const ada = pemeriksaKata(cariKata);
      // Pages that "hold every word" only because a word no page holds was searched by its longest
      // indexed prefix ("cuma" by "c") hold some of the words: they go through the recovery below.
      // Words that carry no subject count here too: Pagefind searched them as well.
      if (hasil.length && sc.q) {
        const kata = kataSemua(sc.q);
        const dipegang = await Promise.all(kata.map((w) => ada(w, hasil)));
        if (my !== generasi) return;
        if (dipegang.includes(false)) hasil = [];
      }
      // Never a bare "0 results", nor a lone one: pages holding some of the words, spellings for
      // words that find little ("inflsi"), and, when all that finds nothing, the themes.
      if (hasil.length < 3 && s.q) {
        // Most queries find enough: the recovery and spelling code loads only for those that do not.
        const { pulihkan, teksPulih } = await import('../../lib/cari-pulih.ts');
        const p = await pulihkan(cariKata, sc, hasil, () => my !== generasi, ada);
        if (!p) return;
        if (p.lemah.length) await sarankanEjaan(pf, s.q, p.lemah, my);
        hasil = p.hasil;
        teks = teksPulih(p, s, k);
      }
      if (s.urut !== 'relevansi') hasil = urutkanHasil(hasil, await muat.urutan(), s.urut);
      if (my !== generasi) return;
      daftar.mulai(hasil);
      await daftar.lanjut(false, berlaku(my));
      if (my !== generasi) return;
      garis.tulis(denganUrutan(teks ?? teksStatus(hasil.length, s, k), hasil.length, s.urut, URL_CARI.urut.bawaan, k));
      alternatif(hasil.length === 0);
      garis.sibuk(false);
      // The filter index grows with the site (20 KB at 1,000 entries, 108 KB at 5,000), more than
      // the first results themselves: it waits until the reader reaches for the filters, and
      // until then the panel shows no counts rather than the site's totals as if for this query.
      if (!muat.saringSiap && !diraih) {
        panel.tunda(true);
        return;
      }
      await perbaruiHitungan(pf, s, my, denganHitungan ? utama.filters : undefined);
    } catch {
      // No bundle (astro dev, or a file:// copy) or a network failure: say so, and point to the catalogues.
      if (my === generasi) {
        muat.lupakan();
        garis.tulis(k.galat);
      }
    } finally {
      if (my === generasi) {
        garis.sibuk(false);
        panel.sibuk(false);
      }
    }
  };

  const raih = async (s: KeadaanCari) => {
    diraih = true;
    if (muat.saringSiap || !muat.dimulai || !adaPencarian(s)) return;
    const my = generasi;
    panel.sibuk(true);
    try {
      await perbaruiHitungan(await muat.pagefind(), s, my);
    } catch {
      // The counts stay hidden; the next search tries the filter index again.
      muat.lupakanSaring();
    } finally {
      if (my === generasi) panel.sibuk(false);
    }
  };

  let memuatLagi = false;
  const lebih = async () => {
    if (memuatLagi) return;
    memuatLagi = true;
    try {
      await daftar.lanjut(true, berlaku(generasi));
    } finally {
      memuatLagi = false;
    }
  };

  return { cari, raih, lebih };
}
