/**
 * The search thesaurus (src/data/tesaurus.json) as `npm run check` reads it: authors extend it by
 * pull request, so it is read as data from the file itself, never imported, and every problem
 * (broken JSON, a missing or unknown field, a term in two concepts) is reported at its line.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { letakTeks } from '../rules/letak.ts';
import { masalahTesaurus } from '../rules/tesaurus.ts';
import { tesaurusSchema } from '../schema/tesaurus.ts';
import { fieldPath, satuBaris, type Problem } from './problem.ts';

export const BERKAS_TESAURUS = 'src/data/tesaurus.json';

/** The offset of each item of the JSON array `teks` holds at its top level (strings skipped). */
function awalButir(teks: string): number[] {
  const out: number[] = [];
  let dalam = 0;
  let tunggu = false;
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i]!;
    if (c === '"') {
      for (i++; i < teks.length && teks[i] !== '"'; i++) if (teks[i] === '\\') i++;
      if (dalam === 1 && tunggu) (out.push(i), (tunggu = false));
      continue;
    }
    if (/\s/.test(c)) continue;
    if (dalam === 1 && tunggu && c !== ']') {
      out.push(i);
      tunggu = false;
    }
    if (c === '[' || c === '{') {
      dalam++;
      if (dalam === 1) tunggu = true;
    } else if (c === ']' || c === '}') dalam--;
    else if (c === ',' && dalam === 1) tunggu = true;
  }
  return out;
}

/** The problems of the thesaurus file's text (`teks`), reported on `file`. */
export function masalahBerkasTesaurus(teks: string, file = BERKAS_TESAURUS): Problem[] {
  const masalah = (offset: number, field: string, message: string): Problem => ({ file, ...letakTeks(teks, offset), field, level: 'error', message: satuBaris(message) });
  let data: unknown;
  try {
    data = JSON.parse(teks);
  } catch (e) {
    const pesan = e instanceof Error ? e.message : String(e);
    const posisi = /position (\d+)/.exec(pesan);
    return [masalah(posisi ? Number(posisi[1]) : 0, 'tesaurus', `berkas tesaurus bukan JSON yang sah (${pesan}): periksa koma di antara butir, tanda petik ganda di sekeliling setiap istilah, dan kurung [ ] { } yang berpasangan`)];
  }
  const hasil = tesaurusSchema.safeParse(data);
  const butir = awalButir(teks);
  if (!hasil.success) {
    return hasil.error.issues.map((isu) => {
      const [i, kolom] = isu.path;
      const awal = typeof i === 'number' ? (butir[i] ?? 0) : 0;
      const akhir = typeof i === 'number' ? (butir[i + 1] ?? teks.length) : teks.length;
      // The field's own key within the concept, when it has one.
      const kunci = typeof kolom === 'string' ? teks.indexOf(`"${kolom}"`, awal) : -1;
      return masalah(kunci >= 0 && kunci < akhir ? kunci : awal, isu.path.length ? `tesaurus${fieldPath(isu.path)}` : 'tesaurus', isu.message);
    });
  }
  return masalahTesaurus(hasil.data).map((m) => {
    const at = teks.indexOf(m.cari);
    return masalah(Math.max(0, at), 'tesaurus', m.message);
  });
}

/** The checker's reading of the thesaurus file beside this module's data folder. */
export function periksaTesaurus(): Problem[] {
  return masalahBerkasTesaurus(readFileSync(fileURLToPath(new URL('../data/tesaurus.json', import.meta.url)), 'utf8'));
}
