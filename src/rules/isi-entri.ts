/**
 * Rules of an entry's body that need its frontmatter too: citations written in another style that
 * name one of its sources, and personal contact data in the text (./kontak.ts). Each problem
 * carries its own level, since some are certain (a key without its @) and some only signs.
 */
import type { BodyFacts } from './body.ts';
import { hostWhatsapp, pesanPonsel, pesanWhatsapp } from './kontak.ts';
import type { Tingkat } from './masalah.ts';

/** A problem in the body, at its line and column; `area` is shown in the field column. */
export interface MasalahBadan {
  line: number;
  col: number;
  area: string;
  message: string;
  level: Tingkat;
}

/** What these rules read of a source: the frontmatter as written, so a source with other errors still counts. */
interface SumberDitulis {
  kunci: string;
  penerbit: string;
  tahun: string;
}

/** Names compared as an author would: letter case and runs of spaces do not matter. */
const samaNama = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

function sumberDitulis(raw: Record<string, unknown>): SumberDitulis[] {
  const daftar = Array.isArray(raw.sumber) ? raw.sumber : [];
  return daftar.map((s: unknown) => {
    const r = s && typeof s === 'object' ? (s as Record<string, unknown>) : {};
    return { kunci: typeof r.kunci === 'string' ? r.kunci : '', penerbit: typeof r.penerbit === 'string' ? r.penerbit : '', tahun: String(r.terbit ?? '').slice(0, 4) };
  });
}

/** Every problem of the body against the frontmatter; the checker sorts them with the rest. */
export function masalahIsiEntri(body: BodyFacts, raw: Record<string, unknown>): MasalahBadan[] {
  const sumber = sumberDitulis(raw);
  const kunciAsli = new Map(sumber.filter((s) => s.kunci).map((s) => [s.kunci.toLowerCase(), s.kunci]));
  const out: MasalahBadan[] = [];
  for (const r of body.rujukanMirip) {
    const at = { line: r.line, col: r.col, area: 'isi.rujukan' };
    if (r.jenis === 'tanpa-at') {
      // Only brackets whose every word is a key: "[catatan]" or "[x]" is the author's own text.
      const kunci = r.kunci.map((k) => kunciAsli.get(k.toLowerCase()));
      if (kunci.every((k) => k !== undefined)) {
        out.push({ ...at, level: 'error', message: `rujukan ditulis "${r.cuplikan}"; tulis [${kunci.map((k) => `@${k}`).join('; ')}] (dengan @) agar menjadi nomor rujukan` });
      }
      continue;
    }
    // A name and a year may point to a source, or to a work the entry does not list: a warning.
    const cocok = sumber.filter((s) => s.kunci && s.penerbit && s.tahun === r.tahun && samaNama(s.penerbit, r.penulis)).map((s) => `[@${s.kunci}]`);
    if (cocok.length) {
      out.push({ ...at, level: 'warning', message: `rujukan "${r.cuplikan}" ditulis dengan gaya penulis-tahun dan tidak menjadi nomor rujukan; tulis ${cocok.join(' atau ')} agar tertaut ke daftar sumber` });
    }
  }
  for (const l of body.links) {
    // A reference-style link is warned about at its definition.
    if (l.lewatDefinisi) continue;
    const host = hostWhatsapp(l.url);
    if (host) out.push({ line: l.line, col: l.col, area: 'isi.tautan', level: 'warning', message: pesanWhatsapp(host) });
  }
  for (const n of body.nomorPonsel) out.push({ line: n.line, col: n.col, area: 'isi', level: 'warning', message: pesanPonsel(n.nomor) });
  return out;
}
