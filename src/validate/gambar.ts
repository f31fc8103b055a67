/**
 * Images in entry bodies. An image is a raster file beside the entry, inside its collection's
 * folder, written as a relative path (`![Alur layanan](./gambar/alur.png)`). Every other source
 * is refused: other sites (the handbook runs offline and must not call out), absolute paths,
 * `../` out of the collection, and schemes such as `file:`, `data:` or `javascript:`. The checker
 * and the loader both call `gambarEntri`, so what one accepts the other publishes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, extname, basename, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import { BATAS } from '../rules/batas.ts';
import { EXT_GAMBAR } from './berkas.ts';

const FORMAT = new Set(['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif']);

export interface Gambar {
  /** The file as it is published: name, a hash of its bytes, and its extension. */
  nama: string;
  /** Absolute path of the source file. */
  sumber: string;
  width: number;
  height: number;
}

export type HasilGambar = { gambar: Gambar; masalah?: undefined } | { gambar?: undefined; masalah: string };

const SARAN = 'simpan berkasnya di samping entri dan tulis path relatif, mis. ![uraian gambar](./gambar/alur.png)';

/** Where an image path written in an entry points, or why it is refused; reads nothing. */
function lokasiGambar(url: string, entri: string, folderKoleksi: string, gambar: ReadonlySet<string>): { full: string; masalah?: undefined } | { full?: undefined; masalah: string } {
  const u = url.trim();
  if (!u) return { masalah: `gambar tanpa alamat; ${SARAN}` };
  if (/^(https?:)?\/\//i.test(u)) return { masalah: `gambar dari situs lain (${u.slice(0, 80)}) tidak diizinkan: situs harus berjalan tanpa internet; ${SARAN}` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(u)) return { masalah: `alamat gambar dengan skema "${u.slice(0, u.indexOf(':') + 1)}" tidak diizinkan; ${SARAN}` };
  if (u.startsWith('/')) return { masalah: `alamat gambar mutlak "${u.slice(0, 80)}" tidak diizinkan; ${SARAN}` };
  if (/[\\?#]/.test(u) || /[\u0000-\u001f]/.test(u)) return { masalah: `alamat gambar "${u.slice(0, 80)}" memuat \\, ?, # atau karakter kendali; ${SARAN}` };
  let path: string;
  try {
    path = decodeURI(u);
  } catch {
    return { masalah: `alamat gambar "${u.slice(0, 80)}" tidak dapat dibaca (kode % yang salah)` };
  }
  const full = resolve(dirname(entri), path);
  const dalam = relative(folderKoleksi, full);
  if (dalam.startsWith('..') || dalam.split(sep).includes('..') || resolve(folderKoleksi, dalam) !== full) {
    return { masalah: `gambar "${u.slice(0, 80)}" berada di luar folder koleksi; ${SARAN}` };
  }
  if (!(EXT_GAMBAR as readonly string[]).includes(extname(full).toLowerCase())) {
    return { masalah: `"${u.slice(0, 80)}" bukan gambar yang didukung: pakai ${EXT_GAMBAR.join(', ')} (SVG tidak diizinkan karena dapat memuat skrip)` };
  }
  if (!gambar.has(full)) {
    // Windows and macOS find "Alur.JPG" when the file is "alur.jpg"; the web server will not.
    const kecil = full.toLowerCase();
    const mirip = [...gambar].find((g) => g.toLowerCase() === kecil);
    const saran = mirip ? `; yang ada "./${relative(dirname(entri), mirip).split(sep).join('/')}": di server, huruf besar dan kecil pada nama berkas dibedakan` : '';
    return { masalah: `berkas gambar "${u.slice(0, 80)}" tidak ditemukan di samping entri${saran}` };
  }
  return { full };
}

/** Reads and measures an image the entry may use; the same answer for the checker and the build. */
export function gambarEntri(url: string, entri: string, folderKoleksi: string, gambar: ReadonlySet<string>): HasilGambar {
  const lokasi = lokasiGambar(url, entri, folderKoleksi, gambar);
  if (lokasi.masalah !== undefined) return { masalah: lokasi.masalah };
  let bytes: Buffer;
  try {
    bytes = readFileSync(lokasi.full);
  } catch (e) {
    return { masalah: `berkas gambar "${url}" tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (bytes.length > BATAS.gambarByte) {
    return { masalah: `gambar "${url}" berukuran ${Math.ceil(bytes.length / 1024)} KB, lebih dari batas ${BATAS.gambarByte / 1024} KB; perkecil atau kompres gambarnya` };
  }
  let meta: { width?: number; height?: number; type?: string; orientation?: number };
  try {
    meta = imageSize(bytes);
  } catch {
    return { masalah: `berkas "${url}" bukan gambar yang dapat dibaca (isinya tidak sesuai format PNG, JPEG, WebP, AVIF atau GIF)` };
  }
  if (!meta.type || !FORMAT.has(meta.type) || !meta.width || !meta.height) return { masalah: `isi berkas "${url}" berformat ${meta.type ?? 'tak dikenal'}, bukan ${EXT_GAMBAR.join(', ')}` };
  if (meta.width * meta.height > BATAS.gambarPiksel || Math.max(meta.width, meta.height) > BATAS.gambarSisiPiksel) {
    return {
      masalah: `gambar "${url}" berukuran ${meta.width.toLocaleString('id-ID')} × ${meta.height.toLocaleString('id-ID')} piksel, lebih dari batas ${(BATAS.gambarPiksel / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 })} juta piksel dan ${BATAS.gambarSisiPiksel.toLocaleString('id-ID')} piksel per sisi; perkecil ukurannya (lebar 2.000 piksel cukup untuk layar dan cetak)`,
    };
  }
  const ext = meta.type === 'jpeg' ? 'jpg' : meta.type;
  // EXIF orientations 5–8 turn the picture a quarter: the page shows it the other way round.
  const tegak = (meta.orientation ?? 0) >= 5;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const stem = basename(lokasi.full, extname(lokasi.full)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gambar';
  return { gambar: { nama: `${stem}-${hash}.${ext}`, sumber: lokasi.full, width: tegak ? meta.height : meta.width, height: tegak ? meta.width : meta.height } };
}
