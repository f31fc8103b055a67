/**
 * The search page's filter panel: its checkboxes and their counts, the `aria-busy` it shows while
 * counting, the counts it holds back until the reader reaches for it, and how it arrives folded.
 */
import type { Hitungan } from '../../lib/cari.ts';

export interface PanelSaring {
  /** Show each value's count; hide values with none (unless ticked or focused) and groups left empty. */
  tulisHitungan(counts: Hitungan): void;
  /** Hide the counts (`data-hitungan-tunda`) until the query's own are in: the site's totals would read as this query's. */
  tunda(ya: boolean): void;
  sibuk(ya: boolean): void;
  /** Untick every filter. */
  kosongkan(): void;
  /** Call `f` once, the first time the reader reaches for the filters (pointer, focus or a click in their panel). */
  saatDiraih(f: () => void): void;
  /**
   * The filters arrive folded: on a narrow screen they come before the results and stay folded
   * unless the URL uses them. Opening them beside the results on a wide screen moves nothing,
   * where folding them on a phone after the first paint moved the whole page (CLS 0.28).
   */
  bukaAwal(dipakai: boolean): void;
}

export function panelSaring(form: HTMLFormElement, lipat: HTMLDetailsElement | null): PanelSaring {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  return {
    tulisHitungan(counts) {
      form.removeAttribute('data-hitungan-tunda');
      for (const b of boxes) {
        const n = counts[b.name]?.[b.value] ?? 0;
        const label = b.closest('label');
        const span = label?.querySelector('[data-jumlah]');
        if (span) span.textContent = String(n);
        // The box just unticked keeps its place while it has the focus: hiding it would drop the
        // reader's focus to the page. It goes with the next count after the focus moves on.
        if (label) label.hidden = n === 0 && !b.checked && b !== document.activeElement;
      }
      for (const fs of form.querySelectorAll<HTMLFieldSetElement>('fieldset')) {
        fs.hidden = [...fs.querySelectorAll('label')].every((l) => l.hidden);
      }
    },
    tunda: (ya) => form.toggleAttribute('data-hitungan-tunda', ya),
    sibuk: (ya) => (ya ? form.setAttribute('aria-busy', 'true') : form.removeAttribute('aria-busy')),
    kosongkan() {
      for (const b of boxes) b.checked = false;
    },
    saatDiraih(f) {
      const panel = lipat ?? form;
      for (const jenis of ['pointerenter', 'focusin', 'click'] as const) panel.addEventListener(jenis, f, { once: true });
    },
    bukaAwal(dipakai) {
      if (lipat && (matchMedia('(min-width: 62rem)').matches || dipakai)) lipat.open = true;
    },
  };
}
