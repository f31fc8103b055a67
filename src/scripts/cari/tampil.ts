/**
 * What the search page shows: the results list (a short first batch, then more per click), the
 * live status line, the spelling suggestion and the alternatives offered when nothing is found.
 * Every piece of markup comes from src/lib/cari.ts, escaped; the suggestion is built from text nodes.
 */
import { bentukHasil, hasilHtml, type KataHasil } from '../../lib/cari.ts';
import type { HasilPagefind } from './muat.ts';

export interface DaftarHasil {
  /** Empty the list (and hide "more" when there is nothing to show); the next `lanjut` starts a new list of `hasil`. */
  mulai(hasil: readonly HasilPagefind[]): void;
  /**
   * Render the next batch: `ukuranAwal` first (each result costs a fragment download), then
   * `ukuran` per click. Nothing is rendered when `masihBerlaku` says a newer search has started
   * while the fragments loaded. With `fokus`, the first new result's link takes the focus.
   */
  lanjut(fokus: boolean, masihBerlaku: () => boolean): Promise<void>;
}

export function daftarHasil(list: HTMLOListElement, more: HTMLButtonElement, opsi: { ukuranAwal: number; ukuran: number; labelJenis: Record<string, string>; kata: KataHasil }): DaftarHasil {
  let hasil: readonly HasilPagefind[] = [];
  let shown = 0;
  return {
    mulai(h) {
      hasil = h;
      shown = 0;
      list.replaceChildren();
      if (!h.length) more.hidden = true;
    },
    async lanjut(fokus, masihBerlaku) {
      const batch = hasil.slice(shown, shown + (shown === 0 ? opsi.ukuranAwal : opsi.ukuran));
      const data = await Promise.all(batch.map((r) => r.data()));
      if (!masihBerlaku()) return;
      const start = list.children.length;
      list.insertAdjacentHTML('beforeend', data.map((d) => hasilHtml(bentukHasil(d, opsi.labelJenis), opsi.kata)).join(''));
      shown += batch.length;
      more.hidden = shown >= hasil.length;
      if (fokus) list.children[start]?.querySelector<HTMLAnchorElement>('a')?.focus();
    },
  };
}

/**
 * How long the reader must stop typing before the live region speaks. Results follow every pause
 * of JEDA_KETIK (cari.ts), but a screen reader announcing each one ("24 hasil untuk “s”", "14 hasil
 * untuk “stu”", …) talks over the reader's own key echo: the region waits for a longer pause and says
 * the last status once, as GOV.UK's accessible-autocomplete does (1.4 s).
 */
const DIAM_UMUMKAN = 1400;

/** The live region: what the page is doing and what a search found, with `aria-busy` while it works. */
export interface GarisStatus {
  tulis(teks: string): void;
  sibuk(ya: boolean): void;
  /**
   * The reader typed a key (`true`): the region stays quiet until DIAM_UMUMKAN after the last key,
   * then says the status standing then. `false` (a submit, a filter): it speaks again at once.
   */
  ketik(ya: boolean): void;
}

/** `status` is the status line inside `wilayah`, the live region (role=status, so read whole: the spelling suggestion too). */
export function garisStatus(status: HTMLElement, wilayah: HTMLElement): GarisStatus {
  let jeda: ReturnType<typeof setTimeout> | undefined;
  const bicara = () => {
    clearTimeout(jeda);
    wilayah.removeAttribute('aria-live');
  };
  return {
    tulis(teks: string) {
      status.textContent = teks;
    },
    sibuk(ya: boolean) {
      if (ya) status.setAttribute('aria-busy', 'true');
      else status.removeAttribute('aria-busy');
    },
    ketik(ya) {
      bicara();
      if (!ya) return;
      wilayah.setAttribute('aria-live', 'off');
      jeda = setTimeout(() => {
        bicara();
        // The same words written again, now that the region speaks. A search still running says
        // its outcome itself when it ends (the region is live by then).
        if (!status.hasAttribute('aria-busy')) status.textContent = status.textContent ?? '';
      }, DIAM_UMUMKAN);
    },
  };
}

/** "Mungkin maksud Anda: …", a link to the corrected search; hidden without a suggestion. */
export function tulisSaran(saran: HTMLElement, label: string, betul: { kueri: string; href: string } | undefined): void {
  saran.replaceChildren();
  saran.hidden = !betul;
  if (!betul) return;
  const a = document.createElement('a');
  a.href = betul.href;
  a.textContent = betul.kueri;
  saran.append(`${label} `, a);
}
