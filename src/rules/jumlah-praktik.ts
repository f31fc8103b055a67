/**
 * A model's text that counts its practices in words ("model ini menyintesis tiga praktik") is a
 * hand-typed claim about its own `praktik` list: when a practice is added or removed, the number in
 * the prose stays. A count above the list is false on its face; a smaller one may be a subset
 * ("satu dari dua praktik"), so only the larger is reported.
 */
import { letakTeks } from './letak.ts';

const KATA_BILANGAN = ['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'] as const;
const POLA = new RegExp(String.raw`(?<![\p{L}-])(${KATA_BILANGAN.join('|')})[ \t]+praktik\b`, 'giu');

/** Each place in a model file that counts more practices than the model lists. */
export function jumlahPraktikBerlebih(sumber: string, jumlah: number): { line: number; col: number; message: string }[] {
  const out: { line: number; col: number; message: string }[] = [];
  for (const m of sumber.matchAll(POLA)) {
    const n = KATA_BILANGAN.indexOf(m[1]!.toLowerCase() as (typeof KATA_BILANGAN)[number]) + 2;
    if (n > jumlah) {
      out.push({ ...letakTeks(sumber, m.index), message: `teks menyebut "${m[0]}", padahal daftar praktik model ini memuat ${jumlah}; sesuaikan teksnya dengan daftar praktik` });
    }
  }
  return out;
}
