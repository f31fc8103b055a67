/** One recorded replication, with the practice it copies. */
export interface BarisReplikasi {
  praktikId: string;
  praktikJudul: string;
  instansi: string;
  kode_provinsi?: string | undefined;
  tahun: number;
  status: string;
  sumber: string;
}

/** Every replication recorded in the practices, newest first, then by adopter. */
export function daftarReplikasi(
  praktik: readonly { id: string; judul: string; replikasi: readonly { instansi: string; kode_provinsi?: string | undefined; tahun: number; status: string; sumber: string }[] }[],
): BarisReplikasi[] {
  return praktik
    .flatMap((p) => p.replikasi.map((r) => ({ praktikId: p.id, praktikJudul: p.judul, ...r })))
    .sort((a, b) => b.tahun - a.tahun || a.instansi.localeCompare(b.instansi, 'id'));
}
