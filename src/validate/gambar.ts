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
  // image-size subtracts a crop box ("clap") that any property list may hold from an AVIF's width
  // (64 × 8,000 for a file Chromium decodes at 8,000 × 8,000); the browser still decodes every pixel
  // its items declare. The limits count those.
  if (meta.type === 'avif') {
    for (const u of ukuranIspe(bytes)) if (u.width * u.height > (meta.width ?? 0) * (meta.height ?? 0)) meta = { ...meta, width: u.width, height: u.height };
  }
  if (!meta.type || !FORMAT.has(meta.type) || !meta.width || !meta.height) return { masalah: `isi berkas "${url}" berformat ${meta.type ?? 'tak dikenal'}, bukan ${EXT_GAMBAR.join(', ')}` };
  if (meta.width * meta.height > BATAS.gambarPiksel || Math.max(meta.width, meta.height) > BATAS.gambarSisiPiksel) {
    return {
      masalah: `gambar "${url}" berukuran ${meta.width.toLocaleString('id-ID')} × ${meta.height.toLocaleString('id-ID')} piksel, lebih dari batas ${(BATAS.gambarPiksel / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 })} juta piksel dan ${BATAS.gambarSisiPiksel.toLocaleString('id-ID')} piksel per sisi; perkecil ukurannya (lebar 2.000 piksel cukup untuk layar dan cetak)`,
    };
  }
  const bingkai = masalahBingkai(url, meta.type, bytes);
  if (bingkai) return { masalah: bingkai };
  if (lokasiGps(bytes)) {
    return {
      masalah: `gambar "${url}" menyimpan lokasi GPS tempat foto diambil (metadata EXIF); situs menerbitkan berkas gambar apa adanya, jadi setiap pembaca dapat membaca titik itu, mis. rumah warga yang difoto. Simpan ulang gambarnya tanpa metadata lokasi (matikan lokasi di kamera, atau ekspor dengan "hapus metadata")`,
    };
  }
  const ext = meta.type === 'jpeg' ? 'jpg' : meta.type;
  // EXIF orientations 5–8 turn the picture a quarter: the page shows it the other way round.
  const tegak = (meta.orientation ?? 0) >= 5;
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const stem = basename(lokasi.full, extname(lokasi.full)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'gambar';
  return { gambar: { nama: `${stem}-${hash}.${ext}`, sumber: lokasi.full, width: tegak ? meta.height : meta.width, height: tegak ? meta.width : meta.height } };
}

/** One frame of an image: its rectangle on the canvas, as the file declares it. */
export interface Bingkai {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The canvas an image's frames are drawn on, and every frame a browser decodes. */
export interface SusunanBingkai {
  width: number;
  height: number;
  bingkai: Bingkai[];
}

const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));

/**
 * The frames of a GIF, walking its blocks: header, logical screen descriptor, global colour table,
 * then extensions (0x21: label, then sub-blocks), image descriptors (0x2C: 9 bytes, local colour
 * table, LZW code size, sub-blocks) and the trailer (0x3B). image-size reads only the logical
 * screen; a decoder reads every descriptor, and Chromium enlarges the canvas to a first frame
 * bigger than the screen. Every step moves forward and reads inside the buffer; a truncated or
 * malformed file ends the walk where a decoder stops too. Undefined when the file is not a GIF.
 */
export function bingkaiGif(b: Uint8Array): SusunanBingkai | undefined {
  if (b.length < 13 || !/^GIF8[79]a$/.test(ascii(b, 0, 6))) return undefined;
  const u16 = (o: number) => b[o]! | (b[o + 1]! << 8);
  const tabelWarna = (packed: number) => (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  const subBlok = (o: number): number => {
    while (o < b.length) {
      const n = b[o]!;
      o += 1 + n;
      if (n === 0) return o;
    }
    return b.length;
  };
  const hasil: SusunanBingkai = { width: u16(6), height: u16(8), bingkai: [] };
  let o = 13 + tabelWarna(b[10]!);
  while (o < b.length) {
    if (b[o] === 0x21) o = subBlok(o + 2);
    else if (b[o] === 0x2c && o + 10 <= b.length) {
      hasil.bingkai.push({ x: u16(o + 1), y: u16(o + 3), width: u16(o + 5), height: u16(o + 7) });
      o = subBlok(o + 10 + tabelWarna(b[o + 9]!) + 1);
    } else break; // the trailer, a cut-off descriptor, or bytes no decoder reads past
  }
  return hasil;
}

/**
 * The frames of an animated PNG (APNG): the canvas is IHDR's size, each `fcTL` chunk a frame
 * (width, height, x and y offsets at bytes 4–19), and the default image is one more frame when no
 * `fcTL` precedes its `IDAT`. Undefined for a PNG without `acTL` (a still image, which image-size
 * measures already) and for anything that is not a PNG.
 */
export function bingkaiPng(b: Uint8Array): SusunanBingkai | undefined {
  if (b.length < 8 || ascii(b, 0, 8) !== '\x89PNG\r\n\x1a\n') return undefined;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const hasil: SusunanBingkai = { width: 0, height: 0, bingkai: [] };
  let animasi = false;
  let gambarAwal = false;
  for (let o = 8; o + 12 <= b.length; ) {
    const n = dv.getUint32(o);
    const jenis = ascii(b, o + 4, 4);
    const d = o + 8;
    if (n > b.length - d) break;
    if (jenis === 'IHDR' && n >= 8) [hasil.width, hasil.height] = [dv.getUint32(d), dv.getUint32(d + 4)];
    else if (jenis === 'acTL') animasi = true;
    else if (jenis === 'fcTL' && n >= 26) hasil.bingkai.push({ width: dv.getUint32(d + 4), height: dv.getUint32(d + 8), x: dv.getUint32(d + 12), y: dv.getUint32(d + 16) });
    else if (jenis === 'IDAT' && !gambarAwal) {
      gambarAwal = true;
      if (!hasil.bingkai.length) hasil.bingkai.push({ x: 0, y: 0, width: hasil.width, height: hasil.height });
    } else if (jenis === 'IEND') break;
    o = d + n + 4;
  }
  return animasi ? hasil : undefined;
}

/**
 * The frames of an animated WebP: the canvas from `VP8X` (24-bit width and height minus one at
 * bytes 4–9), each `ANMF` chunk a frame (x and y halved at bytes 0–5, width and height minus one
 * at bytes 6–11). Undefined for a WebP without `ANMF` (a still image) and for anything else.
 */
export function bingkaiWebp(b: Uint8Array): SusunanBingkai | undefined {
  if (b.length < 12 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return undefined;
  const u24 = (o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
  const u32 = (o: number) => (u24(o) + b[o + 3]! * 0x1000000);
  const akhir = Math.min(b.length, 8 + u32(4));
  const hasil: SusunanBingkai = { width: 0, height: 0, bingkai: [] };
  for (let o = 12; o + 8 <= akhir; ) {
    const jenis = ascii(b, o, 4);
    const n = u32(o + 4);
    const d = o + 8;
    if (n > akhir - d) break;
    if (jenis === 'VP8X' && n >= 10) [hasil.width, hasil.height] = [1 + u24(d + 4), 1 + u24(d + 7)];
    else if (jenis === 'ANMF' && n >= 16) hasil.bingkai.push({ x: 2 * u24(d), y: 2 * u24(d + 3), width: 1 + u24(d + 6), height: 1 + u24(d + 9) });
    o = d + n + (n & 1);
  }
  return hasil.bingkai.length ? hasil : undefined;
}

const angka = (n: number) => n.toLocaleString('id-ID');
const jutaan = (n: number) => (n / 1e6).toLocaleString('id-ID', { maximumFractionDigits: 1 });

/**
 * Why the frames inside an image are refused, or undefined. The header's size, which the caller
 * has checked against the limits, is only what the file claims: a GIF frame may be larger or lie
 * outside it (the browser then decodes the frame's size, so a 64 × 64 GIF of 174 KB unpacks to
 * 16,000 × 16,000), and an animation multiplies its size by its frames. The total is held to the
 * same limit as one still image (BATAS.gambarPiksel), counted per frame at the canvas's size,
 * because the browser composes every frame on a buffer that large: an animation then never
 * costs a reader's phone more than the largest picture the handbook allows, and a frame count
 * alone could not say that (100 frames of 4 megapixels is a bomb, 300 frames of 200 × 150 is not).
 */
function masalahBingkai(url: string, jenis: string, bytes: Uint8Array): string | undefined {
  const s = jenis === 'gif' ? bingkaiGif(bytes) : jenis === 'png' ? bingkaiPng(bytes) : jenis === 'webp' ? bingkaiWebp(bytes) : undefined;
  if (!s) return undefined;
  const simpan = 'simpan ulang gambarnya dengan program gambar, atau simpan sebagai PNG atau JPEG';
  const i = s.bingkai.findIndex((f) => f.x + f.width > s.width || f.y + f.height > s.height);
  if (i >= 0) {
    const f = s.bingkai[i]!;
    return `gambar "${url}" memuat bingkai ${angka(f.width)} × ${angka(f.height)} piksel${s.bingkai.length > 1 ? ` (bingkai ke-${i + 1} dari ${angka(s.bingkai.length)})` : ''} mulai di titik ${angka(f.x)}, ${angka(f.y)}, melewati ukuran yang tertulis di kepala berkasnya (${angka(s.width)} × ${angka(s.height)} piksel); peramban tetap menguraikan bingkai itu seutuhnya, jadi batas ukuran gambar tidak berlaku. Berkasnya rusak atau sengaja dibuat begitu: ${simpan}`;
  }
  const total = s.bingkai.length * s.width * s.height;
  if (s.bingkai.length > 1 && total > BATAS.gambarPiksel) {
    return `gambar "${url}" beranimasi dengan ${angka(s.bingkai.length)} bingkai berukuran ${angka(s.width)} × ${angka(s.height)} piksel, seluruhnya ${jutaan(total)} juta piksel yang harus diurai peramban, lebih dari batas ${jutaan(BATAS.gambarPiksel)} juta piksel; kurangi jumlah atau ukuran bingkainya, atau simpan satu bingkai sebagai PNG atau JPEG`;
  }
  return undefined;
}

/**
 * The TIFF structure of an EXIF block (`tiff`) holds a GPS position: IFD0 points to a GPS IFD
 * (tag 0x8825) that has a latitude or longitude (tags 2 and 4). Reads only inside the buffer.
 */
function exifBerGps(tiff: Uint8Array): boolean {
  if (tiff.length < 8) return false;
  const le = tiff[0] === 0x49 && tiff[1] === 0x49;
  if (!le && !(tiff[0] === 0x4d && tiff[1] === 0x4d)) return false;
  const u16 = (o: number) => (o + 2 > tiff.length ? -1 : le ? tiff[o]! | (tiff[o + 1]! << 8) : (tiff[o]! << 8) | tiff[o + 1]!);
  const u32 = (o: number) => (o + 4 > tiff.length ? -1 : le ? (tiff[o]! | (tiff[o + 1]! << 8) | (tiff[o + 2]! << 16)) + tiff[o + 3]! * 2 ** 24 : tiff[o]! * 2 ** 24 + ((tiff[o + 1]! << 16) | (tiff[o + 2]! << 8) | tiff[o + 3]!));
  /** The value of `tag` in the IFD at `o`, or undefined. */
  const nilai = (o: number, tag: number): number | undefined => {
    const n = u16(o);
    for (let i = 0; i < n && o + 2 + 12 * (i + 1) <= tiff.length; i++) if (u16(o + 2 + 12 * i) === tag) return u32(o + 2 + 12 * i + 8);
    return undefined;
  };
  const gps = nilai(u32(4), 0x8825);
  if (gps === undefined || gps < 8 || gps >= tiff.length) return false;
  return nilai(gps, 2) !== undefined || nilai(gps, 4) !== undefined;
}

/**
 * Whether an image carries a GPS position in its EXIF metadata: JPEG (APP1 "Exif"), PNG (eXIf
 * chunk) or WebP (EXIF chunk). Phones write where a photo was taken, and the site publishes the
 * file byte for byte. AVIF's EXIF item is not read.
 */
export function lokasiGps(b: Uint8Array): boolean {
  const ascii = (o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));
  const tanpaAwalan = (d: Uint8Array) => (d.length >= 6 && String.fromCharCode(...d.subarray(0, 6)) === 'Exif\0\0' ? d.subarray(6) : d);
  if (b[0] === 0xff && b[1] === 0xd8) {
    let o = 2;
    while (o + 4 <= b.length && b[o] === 0xff) {
      const penanda = b[o + 1]!;
      // Fill bytes, and markers without a length.
      if (penanda === 0xff) { o++; continue; }
      if (penanda === 0xd8 || penanda === 0x01 || (penanda >= 0xd0 && penanda <= 0xd7)) { o += 2; continue; }
      if (penanda === 0xda || penanda === 0xd9) break;
      const n = (b[o + 2]! << 8) | b[o + 3]!;
      if (n < 2) break;
      if (penanda === 0xe1 && ascii(o + 4, 6) === 'Exif\0\0' && exifBerGps(b.subarray(o + 10, Math.min(b.length, o + 2 + n)))) return true;
      o += 2 + n;
    }
    return false;
  }
  if (b.length >= 8 && ascii(1, 3) === 'PNG') {
    for (let o = 8; o + 12 <= b.length; ) {
      const n = b[o]! * 2 ** 24 + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
      if (ascii(o + 4, 4) === 'eXIf' && exifBerGps(tanpaAwalan(b.subarray(o + 8, Math.min(b.length, o + 8 + n))))) return true;
      if (ascii(o + 4, 4) === 'IEND') break;
      o += 12 + n;
    }
    return false;
  }
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP') {
    for (let o = 12; o + 8 <= b.length; ) {
      const n = (b[o + 4]! | (b[o + 5]! << 8) | (b[o + 6]! << 16)) + b[o + 7]! * 2 ** 24;
      if (ascii(o, 4) === 'EXIF' && exifBerGps(tanpaAwalan(b.subarray(o + 8, Math.min(b.length, o + 8 + n))))) return true;
      o += 8 + n + (n % 2);
    }
  }
  return false;
}

/**
 * Every size an AVIF (ISO-BMFF/HEIF) file's item properties declare (`meta` → `iprp` → `ipco` →
 * `ispe`), as written: a decoder allocates these, whatever crop box follows. Empty when there are
 * none or the file is not such a container. Reads only inside the buffer; every step moves forward.
 */
export function ukuranIspe(b: Uint8Array): { width: number; height: number }[] {
  const u32 = (o: number) => b[o]! * 2 ** 24 + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
  const jenis = (o: number) => String.fromCharCode(b[o + 4]!, b[o + 5]!, b[o + 6]!, b[o + 7]!);
  /** The first child box of type `t` between `awal` and `akhir`. */
  const cari = (awal: number, akhir: number, t: string): { o: number; akhir: number } | undefined => {
    for (let o = awal; o + 8 <= akhir; ) {
      const n = u32(o);
      if (n < 8 || o + n > akhir) return undefined;
      if (jenis(o) === t) return { o, akhir: o + n };
      o += n;
    }
    return undefined;
  };
  const meta = cari(0, b.length, 'meta');
  const iprp = meta && cari(meta.o + 12, meta.akhir, 'iprp');
  const ipco = iprp && cari(iprp.o + 8, iprp.akhir, 'ipco');
  const hasil: { width: number; height: number }[] = [];
  if (!ipco) return hasil;
  for (let o = ipco.o + 8; o + 8 <= ipco.akhir; ) {
    const n = u32(o);
    if (n < 8 || o + n > ipco.akhir) break;
    if (jenis(o) === 'ispe' && n >= 20) hasil.push({ width: u32(o + 12), height: u32(o + 16) });
    o += n;
  }
  return hasil;
}
