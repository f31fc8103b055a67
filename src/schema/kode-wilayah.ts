/**
 * Messages for a region code the vocabulary does not know, with the code the author meant where
 * it can be told: a province or regency written by name, a code without its quotes (YAML reads
 * `35.10` as the number 35.1), or without its dot.
 */
import { KABKOTA, PROVINSI, type KabKota } from '../data/wilayah.ts';

const contohProvinsi = '"34" untuk DI Yogyakarta, "65" untuk Kalimantan Utara';

/** A name as authors vary it: case, hyphens for spaces, "Prov."/"Kab." for the full words. */
const sederhana = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-_]/g, ' ')
    .replace(/\bprov\.?\s/g, 'provinsi ')
    .replace(/\bkab\.?\s/g, 'kabupaten ')
    .replace(/\bkota administrasi\b/g, 'kota')
    .replace(/\s+/g, ' ')
    .trim();

const provinsiMenurutNama = new Map(PROVINSI.flatMap((p) => [p.id, p.resmi].map((n) => [sederhana(n), p] as const)));
const provinsiMenurutKode = new Map(PROVINSI.map((p) => [p.slug, p]));
const kabkotaMenurutKode = new Map(KABKOTA.map((k) => [k.slug, k]));

/** Regencies and cities by their full name ("kota malang") and by the bare name both may share ("malang"). */
const kabkotaMenurutNama = new Map<string, KabKota[]>();
for (const k of KABKOTA) {
  const penuh = sederhana(k.id);
  for (const n of new Set([penuh, penuh.replace(/^(kabupaten|kota) /, '')])) kabkotaMenurutNama.set(n, [...(kabkotaMenurutNama.get(n) ?? []), k]);
}

const tertulis = (input: unknown) => (typeof input === 'string' ? JSON.stringify(input) : String(input));

/** The message for a `kode_provinsi` that is not a code. */
export function pesanKodeProvinsi(input: unknown): string {
  const awal = `kode provinsi ${tertulis(input)} tidak dikenal`;
  if (typeof input === 'number' && provinsiMenurutKode.has(String(input))) {
    return `${awal}: kode ditulis tanpa tanda kutip sehingga dibaca sebagai angka; tulis dalam tanda kutip: "${input}" (${provinsiMenurutKode.get(String(input))!.id})`;
  }
  if (typeof input === 'string') {
    const teks = input.trim();
    const kode = /^(\d{2})\b/.exec(teks)?.[1];
    const menurutKode = kode === undefined ? undefined : provinsiMenurutKode.get(kode);
    if (menurutKode) return `${awal}; tulis kodenya saja: "${menurutKode.slug}" (${menurutKode.id})`;
    const menurutNama = provinsiMenurutNama.get(sederhana(teks).replace(/^provinsi /, ''));
    if (menurutNama) return `${awal}: "${teks}" adalah nama provinsi, bukan kodenya; tulis kodenya dalam tanda kutip: "${menurutNama.slug}"`;
  }
  return `${awal}; tulis kode Kemendagri dua digit dalam tanda kutip (mis. ${contohProvinsi}). Daftar lengkap ada di panduan penulis`;
}

const dengan = (k: KabKota) => `"${k.slug}" (${k.id})`;

/** The message for a `kode_kabkota` that is not a code. */
export function pesanKodeKabkota(input: unknown): string {
  const awal = `kode kabupaten/kota ${tertulis(input)} tidak dikenal`;
  if (typeof input === 'number') {
    // YAML drops the trailing zero of 35.10: the code the author typed is the one with it.
    const teks = String(input);
    const k = kabkotaMenurutKode.get(/^\d{2}\.\d$/.test(teks) ? `${teks}0` : teks);
    if (k) return `${awal}: kode ditulis tanpa tanda kutip sehingga dibaca sebagai angka ${teks}; tulis dalam tanda kutip: ${dengan(k)}`;
  }
  if (typeof input === 'string' || typeof input === 'number') {
    const teks = String(input).trim();
    const tanpaTitik = /^(\d{2})[.,\s-]?(\d{2})$/.exec(teks);
    const k = tanpaTitik ? kabkotaMenurutKode.get(`${tanpaTitik[1]}.${tanpaTitik[2]}`) : undefined;
    if (k) return `${awal}; tulis kode "PP.KK" dengan titik, dalam tanda kutip: ${dengan(k)}`;
    const menurutNama = kabkotaMenurutNama.get(sederhana(teks));
    if (menurutNama) return `${awal}: "${teks}" adalah nama, bukan kodenya; tulis kodenya dalam tanda kutip: ${menurutNama.map(dengan).join(' atau ')}`;
  }
  return `${awal}; tulis kode Kemendagri "PP.KK" dalam tanda kutip (mis. "34.01" untuk Kabupaten Kulon Progo). Daftar lengkap ada di panduan penulis`;
}
