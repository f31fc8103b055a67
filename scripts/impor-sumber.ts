/**
 * `npm run impor-sumber -- content/praktik/<id>.mdx pustaka.bib`: append the items of a BibTeX or
 * CSL-JSON export (Zotero, Mendeley, JabRef) to an entry's `sumber` list.
 *
 * Both files may come from an author's pull request and a reviewer runs this on them: neither is
 * read through a symbolic link or when it is not a regular file (a link to /dev/zero would never
 * end), sizes are checked before reading, and every author string printed is shown with
 * `tampakkan`, so an escape sequence in a title cannot clear the screen, fake a line or fill the
 * clipboard.
 */
import { closeSync, constants, fstatSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { tampakkan, tampakkanBaris } from '../src/lib/tampakkan.ts';
import { BATAS_PUSTAKA_BYTE, bacaPustaka, keSumber, pesanPustakaBesar, sisipkanSumber } from '../src/lib/sitasi/impor.ts';
import { BATAS } from '../src/rules/batas.ts';
import { potong } from '../src/schema/common.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { pesanTerlaluBesar } from '../src/validate/teks.ts';
import { argumen } from './argumen.ts';

const caraPakai = 'Cara pakai: npm run impor-sumber -- content/praktik/nama-entri.mdx pustaka.bib|pustaka.json';
const [entri, pustaka] = argumen({ allowPositionals: true }, caraPakai).positionals;
if (!entri || !pustaka) {
  console.error(caraPakai);
  process.exit(2);
}

/** An error's message for the terminal: each line shown and cut, lines after the first indented, so none passes for this tool's own. */
const pesan = (e: unknown): string =>
  String((e as Error)?.message ?? e)
    .split(/\r?\n/)
    .slice(0, 8)
    .map((b) => tampakkan(potong(b, 200)))
    .join('\n  ');

const gagal = (berkas: string, alasan: string): never => {
  console.error(`${tampakkanBaris(berkas)}: ${alasan}`);
  process.exit(1);
};

/**
 * A descriptor of `file` when it is a regular file no larger than `batas` bytes: opened without
 * following a final symbolic link (O_NOFOLLOW), then checked on the descriptor itself, so what is
 * checked is what is read and written.
 */
function buka(file: string, tulis: boolean, batas: number, terlaluBesar: (byte: number) => string): number {
  let fd: number;
  try {
    fd = openSync(file, (tulis ? constants.O_RDWR : constants.O_RDONLY) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return gagal(file, 'berkas ini tautan simbolik; buka berkas aslinya, bukan tautannya (tautan dari pull request dapat menunjuk ke berkas mana pun di komputer ini)');
    if (code === 'ENOENT') return gagal(file, 'berkas tidak ada');
    return gagal(file, `berkas tidak dapat dibuka (${code ?? pesan(e)})`);
  }
  const st = fstatSync(fd);
  if (!st.isFile()) {
    closeSync(fd);
    return gagal(file, 'bukan berkas biasa (mis. folder, pipa atau perangkat); tidak dibaca');
  }
  if (st.size > batas) {
    closeSync(fd);
    return gagal(file, terlaluBesar(st.size));
  }
  return fd;
}

const fdEntri = buka(entri, true, BATAS.ukuranBerkasByte, pesanTerlaluBesar);
const teks = readFileSync(fdEntri, 'utf8');
const fdPustaka = buka(pustaka, false, BATAS_PUSTAKA_BYTE, pesanPustakaBesar);
const isiPustaka = readFileSync(fdPustaka, 'utf8');
closeSync(fdPustaka);

const { sumber } = parseFrontmatter(teks).data as { sumber?: { kunci?: string }[] };
const ada = new Set((sumber ?? []).map((s) => String(s.kunci)));
let hasil;
try {
  hasil = keSumber(bacaPustaka(isiPustaka, pustaka), ada, new Date().toISOString().slice(0, 10));
  const baru = Buffer.from(sisipkanSumber(teks, hasil.sumber));
  // Written through the descriptor checked above: the same file, never a link's target.
  ftruncateSync(fdEntri, 0);
  for (let ditulis = 0; ditulis < baru.length; ) ditulis += writeSync(fdEntri, baru, ditulis, baru.length - ditulis, ditulis);
  closeSync(fdEntri);
} catch (e) {
  gagal(pustaka, pesan(e));
}
for (const s of hasil!.sumber) console.log(`+ ${tampakkanBaris(s.kunci)}  ${tampakkanBaris(potong(s.judul, 120))}  (jenis: ${s.jenis}; periksa)`);
for (const d of hasil!.dilewati) console.log(`- dilewati: ${tampakkanBaris(potong(d, 600))}`);
console.log(`${hasil!.sumber.length} sumber ditambahkan ke ${tampakkanBaris(entri)}. Rujuk dengan [@kunci] di teks, periksa jenisnya, lalu jalankan: npm run check`);
process.exit(hasil!.sumber.length || !hasil!.dilewati.length ? 0 : 1);
