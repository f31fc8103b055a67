import type { Ringkas } from './ringkas.ts';

export interface HitungProvinsi {
  /** Practices that originate in the province. */
  asal: number;
  /** Replications recorded in the province (any status). */
  replikasi: number;
}

/** Per province: practices originating there and replications recorded there. */
export function hitungProvinsi(praktik: readonly Pick<Ringkas, 'provinsi' | 'provinsiReplikasi'>[], kode: readonly string[]): Map<string, HitungProvinsi> {
  const out = new Map(kode.map((k) => [k, { asal: 0, replikasi: 0 }]));
  for (const p of praktik) {
    if (p.provinsi) out.get(p.provinsi)!.asal++;
    for (const r of p.provinsiReplikasi) out.get(r)!.replikasi++;
  }
  return out;
}

/** Shade band of a tile, 0 (none) to 3 (most), so the map reads at a glance; numbers are always shown too. */
export function tingkatTile(n: number): 0 | 1 | 2 | 3 {
  return n === 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : 3;
}
