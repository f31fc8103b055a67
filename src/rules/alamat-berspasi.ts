/**
 * Markdown links and images that did not become one. CommonMark ends an address at its first
 * space, so `![Alur](./gambar/alur antrean.png)`, with a file name as Windows and phones write
 * it, is published as that very text, and the check would see no image to judge. The parser
 * leaves such a pattern in a text node; this reads it back from the source.
 */
import { potong } from '../schema/common.ts';

export interface TautanTakTerbaca {
  /** Offset of its `](` in the source. */
  offset: number;
  gambar: boolean;
  message: string;
}

/**
 * Longer than any address an author writes: a `](` with no `)` within this many characters starts
 * prose, not an address, and a hostile line of `](` pairs is not read once per pair to its end.
 */
const MAKS_ALAMAT = 2_000;

/** An address as a message quotes it: a long one is cut, so one line cannot make a message of any size. */

/** Every `](` in `source` from `awal` to `akhir` (one text node) that starts an address Markdown did not read. */
export function tautanTakTerbaca(source: string, awal: number, akhir: number): TautanTakTerbaca[] {
  const out: TautanTakTerbaca[] = [];
  // Searched in the node's own text: the rest of the file is other nodes' to search.
  const teks = source.slice(awal, akhir);
  let akhirBaris = -1;
  for (let j = teks.indexOf(']('); j >= 0; j = teks.indexOf('](', j + 2)) {
    const i = awal + j;
    if (source[i - 1] === '\\') continue;
    if (akhirBaris < i) {
      const nl = source.indexOf('\n', i);
      akhirBaris = nl < 0 ? source.length : nl;
    }
    const ujung = Math.min(akhirBaris, i + 2 + MAKS_ALAMAT);
    const tutup = source.slice(i + 2, ujung).indexOf(')');
    if (tutup < 0 && ujung < akhirBaris) continue;
    const alamat = source.slice(i + 2, tutup < 0 ? ujung : i + 2 + tutup).replace(/\r$/, '').trim();
    const gambar = diawaliTandaSeru(source, i);
    const apa = gambar ? 'gambar' : 'tautan';
    if (/\s/.test(alamat)) {
      out.push({ offset: i, gambar, message: `alamat ${apa} "${potong(alamat, 120)}" berisi spasi, sehingga ${apa} tidak terbaca dan yang terbit adalah teks Markdown-nya; ${potong(saranTanpaSpasi(alamat, gambar), 120)}` });
    } else if (tutup < 0 && alamat) {
      out.push({ offset: i, gambar, message: `${apa} tidak terbaca: kurung tutup ")" sesudah alamat "${potong(alamat, 120)}" tidak ada; tambahkan ")" sesudah alamatnya` });
    }
  }
  return out;
}

/**
 * Whether the `[` that opens the text before `](` at `i` follows a `!`: the alt text of an image
 * may itself hold brackets, so they are counted back to the one that opens it (within MAKS_ALAMAT
 * characters: no alt text is longer).
 */
function diawaliTandaSeru(source: string, i: number): boolean {
  let dalam = 0;
  for (let j = i - 1; j >= 0 && j >= i - MAKS_ALAMAT && source[j] !== '\n'; j--) {
    if (source[j] === ']') dalam++;
    else if (source[j] === '[') {
      if (dalam === 0) return source[j - 1] === '!';
      dalam--;
    }
  }
  return false;
}

/** How to write the address without spaces: a web address keeps its file's name, a file or page of this site is renamed. */
function saranTanpaSpasi(alamat: string, gambar: boolean): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(alamat)) return `tulis setiap spasi sebagai %20: ${alamat.replace(/\s/g, '%20')}`;
  const berTanda = alamat.replace(/\s+/g, '-');
  if (!gambar) return `tulis alamatnya tanpa spasi, mis. ${berTanda}`;
  const nama = berTanda.slice(berTanda.lastIndexOf('/') + 1);
  return `ganti nama berkasnya tanpa spasi (mis. ${nama}) dan tulis alamatnya ${berTanda}`;
}
