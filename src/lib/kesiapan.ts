import type { Kesiapan } from '../schema/kesiapan.ts';
import { isi } from './format.ts';

export type Tingkat = 'rendah' | 'sedang' | 'tinggi';
export type TingkatBukti = 'lemah' | 'sedang' | 'kuat';

/** Evidence 0–1 is weak, 2–3 moderate, 4–5 strong (defined in the rating guide). */
export function tingkatBukti(kekuatan: number): TingkatBukti {
  return kekuatan <= 1 ? 'lemah' : kekuatan <= 3 ? 'sedang' : 'kuat';
}

/** Cost 1–2 is low, 3 moderate, 4–5 high (defined in the rating guide). */
export function tingkatBiaya(biaya: number): Tingkat {
  return biaya <= 2 ? 'rendah' : biaya === 3 ? 'sedang' : 'tinggi';
}

/** Replications a reader can rely on: the ones implemented, not only agreed. */
export function replikasiTerverifikasi(k: Pick<Kesiapan, 'replikasi'>): number {
  return k.replikasi.filter((r) => r.status === 'implementasi').length;
}

export interface Headline {
  dampak: Tingkat;
  biaya: Tingkat;
  bukti: TingkatBukti;
}

/** The three words of the card's headline: "Dampak tinggi · biaya rendah · bukti sedang". */
export function headline(k: Pick<Kesiapan, 'tingkat_dampak' | 'biaya' | 'kekuatan_bukti'>): Headline {
  return { dampak: k.tingkat_dampak, biaya: tingkatBiaya(k.biaya), bukti: tingkatBukti(k.kekuatan_bukti) };
}

/** The words of the headline in one locale. */
export type HeadlineWords = Record<'dampak' | 'biaya' | 'bukti' | Tingkat | TingkatBukti, string>;

/**
 * The headline as one line of text in the page's words. The `dampak`, `biaya` and `bukti` words are
 * templates with `{0}` for the level, because the languages order noun and adjective differently
 * ("Dampak tinggi", "High impact").
 */
export function headlineText(h: Headline, w: HeadlineWords): string {
  const line = [isi(w.dampak, w[h.dampak]), isi(w.biaya, w[h.biaya]), isi(w.bukti, w[h.bukti])].join(' · ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}
