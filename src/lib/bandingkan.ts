/** At most four entries fit side by side on a page and on paper. */
export const MAKS_BANDINGKAN = 4;

export interface Pilihan {
  koleksi: 'model' | 'praktik';
  id: string;
}

/** `?id=praktik/a,model/b` → the selection, without duplicates or malformed items, at most four. */
export function pilihanDariQuery(params: URLSearchParams): Pilihan[] {
  const out: Pilihan[] = [];
  for (const raw of params.getAll('id').flatMap((v) => v.split(','))) {
    const m = /^(model|praktik)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(raw.trim());
    if (!m) continue;
    const p = { koleksi: m[1] as Pilihan['koleksi'], id: m[2]! };
    if (!out.some((o) => o.koleksi === p.koleksi && o.id === p.id)) out.push(p);
  }
  return out.slice(0, MAKS_BANDINGKAN);
}

export function pilihanKeQuery(list: readonly Pilihan[]): string {
  return list.length ? `?id=${list.map((p) => `${p.koleksi}/${p.id}`).join(',')}` : '';
}

/** The rows of the comparison: which part of each entry page fills them. */
export const BARIS_BANDINGKAN = [
  { kunci: 'kartu', pilih: '.kesiapan' },
  { kunci: 'prasyarat', pilih: '#prasyarat' },
  { kunci: 'biaya', pilih: '#sumber-daya-dan-biaya' },
  { kunci: 'aktor', pilih: '#aktor-peran-dan-tata-kelola' },
  { kunci: 'hukum', pilih: '#dasar-hukum-dan-regulasi-pendukung' },
  { kunci: 'langkah', pilih: '#tahapan-implementasi' },
  { kunci: 'indikator', pilih: '#indikator-dan-pengukuran' },
  { kunci: 'replikasi', pilih: '#rekam-jejak-replikasi' },
] as const;
