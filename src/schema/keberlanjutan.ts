/**
 * A practice's sustainability status is a claim about the world, so it must rest on recorded
 * sources (`status_sumber`, keys of the entry's `sumber`) and their publication dates. One module,
 * read by the schema (so `npm run check` and the build refuse an unsupported status) and by the
 * entry page, which says which source the status rests on.
 */
import type { MasalahPenilaian } from './penilaian.ts';

/**
 * How old the newest source behind "still running" may be, in months before `tanggal_status`.
 * Two years covers one full budget cycle plus the next year's reporting (an innovation that still
 * runs usually appears in a news item, a report or an award within that time); a source older than
 * that shows only that it ran then, not that it runs now.
 */
export const BULAN_SUMBER_STATUS = 24;

/** Statuses that say the practice still runs: they need a recent source. */
const MASIH_BERJALAN: readonly string[] = ['berlanjut', 'berlanjut-berkembang'];
/** The status that claims nothing, so it needs no source. */
const TANPA_KLAIM = 'belum-diverifikasi';

export interface DataStatus {
  status_keberlanjutan: string;
  tanggal_status: string;
  status_sumber?: readonly string[] | undefined;
  sumber: readonly { kunci: string; terbit?: string | number | undefined }[];
}

/**
 * The first day a publication date can mean (2023 → 2023-01-01, 2023-07 → 2023-07-01), so the
 * rule never credits a source with more recency than its date proves.
 */
export function awalTerbit(terbit: string | number): string {
  const [y, m = '01', d = '01'] = String(terbit).split('-');
  return `${y}-${m}-${d}`;
}

/** `tanggal` (YYYY-MM-DD) moved back `bulan` months; a day the earlier month lacks becomes its last day. */
export function mundurBulan(tanggal: string, bulan: number): string {
  const [y, m, d] = tanggal.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - bulan;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const hariBulan = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(tm).padStart(2, '0')}-${String(Math.min(d, hariBulan)).padStart(2, '0')}`;
}

/** The newest of the status's sources that has a date, with its 1-based place in `sumber` (the reference list's numbering). */
export function sumberStatusTerbaru(d: Pick<DataStatus, 'status_sumber' | 'sumber'>): { kunci: string; terbit: string; nomor: number } | undefined {
  let terbaru: { kunci: string; terbit: string; nomor: number } | undefined;
  for (const kunci of d.status_sumber ?? []) {
    const i = d.sumber.findIndex((s) => s.kunci === kunci);
    const terbit = d.sumber[i]?.terbit;
    if (terbit === undefined) continue;
    if (!terbaru || awalTerbit(terbit) > awalTerbit(terbaru.terbit)) terbaru = { kunci, terbit: String(terbit), nomor: i + 1 };
  }
  return terbaru;
}

/** Everything the status claims that its recorded sources do not show, on the field to change. */
export function masalahStatus(d: DataStatus): MasalahPenilaian[] {
  const status = d.status_keberlanjutan;
  const kunci = d.status_sumber ?? [];
  if (!kunci.length) {
    if (status === TANPA_KLAIM) return [];
    const contoh = sumberStatusTerbaru({ status_sumber: d.sumber.map((s) => s.kunci), sumber: d.sumber })?.kunci ?? 'kunci-sumber';
    return [
      {
        path: ['status_keberlanjutan'],
        message: `status "${status}" memerlukan sumber: tulis status_sumber berisi kunci sumber (dari daftar sumber, dengan terbit) yang menunjukkan keadaan itu, mis. status_sumber: [${contoh}], atau tulis status_keberlanjutan: ${TANPA_KLAIM}`,
      },
    ];
  }
  const masalah: MasalahPenilaian[] = [];
  kunci.forEach((k, i) => {
    const s = d.sumber.find((x) => x.kunci === k);
    if (!s) {
      masalah.push({ path: ['status_sumber', i], message: `kunci "${k}" tidak ada di daftar sumber; pakai kunci salah satu sumber (${d.sumber.map((x) => x.kunci).join(', ')}), atau tambahkan sumbernya dulu` });
    } else if (s.terbit === undefined) {
      masalah.push({ path: ['status_sumber', i], message: `sumber "${k}" tidak mencatat tanggal terbit, jadi tidak menunjukkan kapan keadaan itu benar: tulis terbit: TTTT-BB-HH (atau TTTT-BB, TTTT) pada sumber itu, atau pilih sumber lain` });
    }
  });
  if (masalah.length || !MASIH_BERJALAN.includes(status)) return masalah;
  const terbaru = sumberStatusTerbaru(d)!;
  const awal = awalTerbit(terbaru.terbit);
  const batas = mundurBulan(d.tanggal_status, BULAN_SUMBER_STATUS);
  if (awal > d.tanggal_status) {
    return [{ path: ['status_sumber'], message: `sumber "${terbaru.kunci}" terbit ${terbaru.terbit}, sesudah tanggal_status (${d.tanggal_status}): periksa terbit sumber itu, atau perbarui tanggal_status ke tanggal pemeriksaan` }];
  }
  if (awal < batas) {
    return [
      {
        path: ['status_sumber'],
        message: `status "${status}" memerlukan sumber yang terbit paling lama ${BULAN_SUMBER_STATUS} bulan sebelum tanggal_status (${d.tanggal_status}, jadi paling awal ${batas}); sumber terbaru "${terbaru.kunci}" terbit ${terbaru.terbit}: tambahkan sumber yang lebih baru ke status_sumber, atau tulis status_keberlanjutan: ${TANPA_KLAIM}`,
      },
    ];
  }
  return [];
}
