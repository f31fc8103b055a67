import type { Kesiapan } from '../schema/kesiapan.ts';

/** A replication as a practice's readiness card records it. */
type Replikasi = Kesiapan['replikasi'][number];

/** One recorded replication, with the practice it copies. */
export type BarisReplikasi = Replikasi & { praktikId: string; praktikJudul: string };

/** Every replication recorded in the practices, newest first, then by adopter. */
export function daftarReplikasi(praktik: readonly { id: string; judul: string; replikasi: readonly Replikasi[] }[]): BarisReplikasi[] {
  return praktik
    .flatMap((p) => p.replikasi.map((r) => ({ praktikId: p.id, praktikJudul: p.judul, ...r })))
    .sort((a, b) => b.tahun - a.tahun || a.instansi.localeCompare(b.instansi, 'id'));
}
