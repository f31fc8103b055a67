import { BATAS } from '../rules/batas.ts';
import { letakTeks } from '../rules/letak.ts';
import { PENGUBAH_ARAH } from '../schema/common.ts';

export interface MasalahTeks {
  line: number;
  col: number;
  message: string;
}

export type HasilBaca = { teks: string; masalah: null } | { teks: null; masalah: MasalahTeks };

const KB = 1024;

/**
 * Turn a content file's bytes into text, or say why it cannot be read as the UTF-8 text the site
 * expects. Runs before any parser, so the parsers only ever see bounded, well-formed text.
 */
export function bacaTeks(bytes: Uint8Array): HasilBaca {
  if (bytes.length > BATAS.ukuranBerkasByte) {
    return gagal(1, 1, pesanTerlaluBesar(bytes.length));
  }
  // Editors on Windows often save a BOM; it is invisible to the author and harmless, so it is
  // dropped here rather than reported, and the fence regex never has to know about it.
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const isi = bom ? bytes.subarray(bom) : bytes;
  let teks: string;
  try {
    // ignoreBOM: the one BOM allowed is already gone; a second one is content and must stay visible.
    teks = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(isi);
  } catch {
    const salah = byteSalah(isi);
    const { line, col } = letakByte(isi, salah);
    const hex = `0x${(isi[salah] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    return gagal(
      line,
      col,
      `berkas bukan teks UTF-8 yang sah: byte ${hex} di sini tidak membentuk karakter UTF-8 (mungkin berkas disimpan sebagai Windows-1252/Latin-1 atau tersalin dari program lain). Simpan ulang berkas sebagai teks UTF-8`,
    );
  }
  const nul = teks.indexOf('\u0000');
  if (nul >= 0) {
    const { line, col } = letakTeks(teks, nul);
    return gagal(line, col, 'berkas berisi byte NUL (U+0000), tanda berkas biner atau rusak. Simpan ulang sebagai teks UTF-8');
  }
  // Raw, before any escape is decoded: the decoded values are checked again (karakterTerlarang).
  const arah = teks.search(PENGUBAH_ARAH);
  if (arah >= 0) {
    const { line, col } = letakTeks(teks, arah);
    const kode = teks.codePointAt(arah)!.toString(16).toUpperCase();
    return gagal(line, col, `berkas berisi karakter pengubah arah teks (U+${kode}), yang tidak terlihat tetapi dapat menampilkan huruf dalam urutan lain dari yang tertulis; hapus karakter itu`);
  }
  return { teks, masalah: null };
}

/** The message for a file over the size limit; the file list says it before reading anything. */
export function pesanTerlaluBesar(bytes: number): string {
  return `berkas terlalu besar: ${kb(bytes)} KB, batasnya ${kb(BATAS.ukuranBerkasByte)} KB. Pecah isinya menjadi beberapa entri, atau pindahkan gambar dan data besar ke berkas terpisah`;
}

function gagal(line: number, col: number, message: string): HasilBaca {
  return { teks: null, masalah: { line, col, message } };
}

/** Whole KB rounded up, so a file just over the limit never reads as "512 KB, limit 512 KB". */
function kb(n: number): number {
  return Math.ceil(n / KB);
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, by the same rules as the
 * WHATWG decoder (no overlongs, no surrogates, nothing above U+10FFFF), so it finds exactly what
 * TextDecoder rejected. The decoder only says that the text is bad, never where.
 */
function byteSalah(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  // Not reached when the decoder refused the bytes; the start of the file is the honest fallback.
  return 0;
}

/** Line and column (in UTF-16 units, as editors and the other checks count) of a byte offset. */
function letakByte(b: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (b[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  // The bytes before `offset` are valid UTF-8, so this decode is exact.
  return { line, col: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(start, offset)).length + 1 };
}
