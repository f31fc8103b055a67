/**
 * The one list of content files. `npm run check` and the build's loader both read the content
 * folder through `daftarKonten`, so no file can be checked by one and skipped by the other (a
 * `_draft.mdx` that the checker skipped but the loader published, say). Whatever inside a
 * collection is neither an entry nor an image beside one is an error, not silently ignored; links
 * and special files are never followed or read.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync, type Dirent } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { folderEntri } from '../data/routes.ts';
import { tampakkanBaris } from '../lib/tampakkan.ts';
import { potong } from '../schema/common.ts';
import { BATAS } from '../rules/batas.ts';
import { NAMA_CADANGAN_WINDOWS, SLUG_PATTERN } from '../schema/common.ts';
import { NAMA_KOLEKSI, type Koleksi } from '../schema/index.ts';
import type { Problem } from './problem.ts';
import { pesanTerlaluBesar } from './teks.ts';

export interface BerkasEntri {
  koleksi: Koleksi;
  /** Absolute path. */
  full: string;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** The id as pages and references use it (`en/cara-replikasi` for an English guide). */
  astroId: string;
}

export interface DaftarKonten {
  entri: BerkasEntri[];
  /** Absolute paths of the image files beside the entries. */
  gambar: Set<string>;
  problems: Problem[];
}

const EXT_ENTRI: Record<Koleksi, readonly string[]> = { model: ['.mdx'], praktik: ['.mdx'], panduan: ['.mdx'], penulis: ['.yaml', '.yml'] };
/** Raster images only: an SVG can carry script and markup of its own. */
export const EXT_GAMBAR = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif'] as const;

const posix = (p: string) => p.split(sep).join('/');

export function daftarKonten(root: string, contentDir: string): DaftarKonten {
  const out: DaftarKonten = { entri: [], gambar: new Set(), problems: [] };
  const rel = (full: string) => posix(relative(root, full));
  const masalah = (full: string, message: string) => out.problems.push({ file: rel(full), line: 1, col: 1, field: '(berkas)', level: 'error', message });

  const top = bacaFolder(contentDir, masalah);
  if (!top) return out;
  for (const d of top) {
    const full = join(contentDir, d.name);
    if ((NAMA_KOLEKSI as readonly string[]).includes(d.name) && d.isDirectory()) continue;
    if (d.isDirectory()) masalah(full, `folder "${d.name}" bukan koleksi dan tidak dibaca situs. Koleksi: ${NAMA_KOLEKSI.join(', ')}`);
    else if (d.isSymbolicLink()) masalah(full, pesanTautan(full, root));
    else if (/\.(mdx?|ya?ml)$/i.test(d.name) || (EXT_GAMBAR as readonly string[]).includes(extname(d.name).toLowerCase())) {
      masalah(full, `berkas "${d.name}" berada di luar koleksi dan tidak dibaca situs; pindahkan ke salah satu folder: ${NAMA_KOLEKSI.join(', ')}`);
    }
  }

  for (const koleksi of NAMA_KOLEKSI) {
    const base = join(contentDir, koleksi);
    if (!top.some((d) => d.name === koleksi && d.isDirectory())) continue;
    // Iterative, and never through a link: a folder cannot lead the walk in a circle.
    const stack = [base];
    while (stack.length) {
      const dir = stack.pop()!;
      const items = bacaFolder(dir, masalah);
      if (!items) continue;
      for (const d of items) {
        const full = join(dir, d.name);
        const folder = posix(relative(base, dir));
        if (d.name.startsWith('.') || d.name.startsWith('_')) {
          masalah(full, `nama "${d.name}" diawali "${d.name[0]}": berkas seperti ini tidak didukung. Ganti namanya menjadi slug (huruf kecil, angka, tanda hubung) atau hapus berkasnya`);
        } else if (d.isSymbolicLink()) {
          masalah(full, pesanTautan(full, root));
        } else if (namaTakSahWindows(d.name)) {
          masalah(full, `nama "${namaTampak(d.name)}" ${namaTakSahWindows(d.name)}: Windows tidak dapat menyimpan ${d.isDirectory() ? 'folder' : 'berkas'} bernama begitu, jadi git di Windows menolak mengambil pull request ini dan peninjau di sana tidak dapat memeriksanya. Ganti namanya menjadi slug (huruf kecil, angka, tanda hubung), mis. "peta-sebaran${d.isDirectory() ? '' : extname(d.name).toLowerCase()}"`);
        } else if (d.isDirectory()) {
          stack.push(full);
        } else if (!d.isFile()) {
          masalah(full, `"${d.name}" bukan berkas biasa (mis. pipa atau perangkat) dan tidak dibaca`);
        } else {
          const ext = extname(d.name).toLowerCase();
          if ((EXT_GAMBAR as readonly string[]).includes(ext)) out.gambar.add(full);
          else if (EXT_ENTRI[koleksi].includes(ext)) {
            const nama = d.name.slice(0, -ext.length);
            const size = lstatSync(full).size;
            if (!folderEntri(koleksi).includes(folder)) {
              const tempat = folderEntri(koleksi).map((f) => `${posix(join(koleksi, f))}/`).join(' atau ');
              masalah(full, `entri harus berada langsung di ${tempat}, bukan di sub-folder "${folder}"`);
            } else if (!SLUG_PATTERN.test(nama) || extname(d.name) !== ext) {
              masalah(full, `nama berkas "${d.name}" harus berupa slug huruf kecil dengan tanda hubung dan ekstensi huruf kecil, mis. "panganku-kulon-progo${EXT_ENTRI[koleksi][0]}": nama berkas menjadi alamat halaman`);
            } else if (NAMA_CADANGAN_WINDOWS.test(nama)) {
              masalah(full, `nama berkas "${d.name}" tidak bisa menjadi alamat halaman: "${nama}" adalah nama yang dicadangkan Windows, jadi folder ${koleksi}/${nama}/ hasil build tidak dapat disalin ke server Windows (IIS). Pilih nama lain, mis. "${nama}-layanan${ext}"`);
            } else if (size > BATAS.ukuranBerkasByte) {
              // Never read: the size alone is enough to refuse it.
              masalah(full, pesanTerlaluBesar(size));
            } else {
              out.entri.push({ koleksi, full, file: rel(full), astroId: folder ? `${folder}/${nama}` : nama });
            }
          } else {
            masalah(full, `berkas "${d.name}" bukan entri: koleksi ${koleksi} hanya membaca ${EXT_ENTRI[koleksi].join(' atau ')}${koleksi === 'penulis' ? '' : ` dan gambar (${EXT_GAMBAR.join(', ')})`}. Ganti ekstensinya atau hapus berkasnya`);
          }
        }
      }
    }
  }
  out.entri.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return out;
}

/**
 * Why Windows cannot hold a file or folder of this name, or undefined: characters it reserves, a
 * final dot or space (which it drops, so the name becomes another), and device names, with any
 * extension (`aux.png`). Entry names are slugs already; image and folder names are checked here.
 */
export function namaTakSahWindows(nama: string): string | undefined {
  const c = /[<>:"|?*\\\u0000-\u001f]/.exec(nama);
  if (c) return `memuat karakter ${JSON.stringify(c[0])}`;
  if (/[. ]$/.test(nama)) return 'diakhiri titik atau spasi';
  const dasar = nama.split('.')[0]!.trimEnd().toLowerCase();
  if (NAMA_CADANGAN_WINDOWS.test(dasar)) return `memakai "${dasar}", nama perangkat yang dicadangkan Windows`;
  return undefined;
}

function bacaFolder(dir: string, masalah: (full: string, message: string) => void): Dirent[] | undefined {
  let items: Dirent[];
  try {
    items = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    masalah(dir, `folder tidak dapat dibaca (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
    return undefined;
  }
  // Windows and macOS checkouts compare names without letter case and Unicode form: two such
  // files become one there, so a reviewer's check, build and preview would show another picture
  // than CI and the published site.
  const dilihat = new Map<string, string>();
  for (const d of items) {
    const kunci = d.name.normalize('NFC').toLowerCase();
    const lain = dilihat.get(kunci);
    if (lain === undefined) {
      dilihat.set(kunci, d.name);
      continue;
    }
    const beda = lain.normalize('NFC') === d.name.normalize('NFC') ? 'tampak sama tetapi ditulis dengan bentuk Unicode yang berbeda (huruf beraksen sebagai satu karakter dan sebagai huruf + tanda)' : 'hanya berbeda huruf besar/kecil';
    masalah(join(dir, d.name), `nama "${namaTampak(d.name)}" dan "${namaTampak(lain)}" ${beda}; di Windows dan macOS keduanya menjadi satu berkas, sehingga salinan di sana berbeda dari yang diperiksa CI dan diterbitkan. Ganti nama salah satunya`);
  }
  return items;
}

/** A file name as a message quotes it: invisible characters and line breaks shown, cut to a line. */
const namaTampak = (nama: string) => potong(tampakkanBaris(nama), 120);

/** The target a link is written with, quoted safely: invisible characters and line breaks shown, cut to a line. */
function isiTautan(full: string): string {
  return namaTampak(readlinkSync(full));
}

/** Why a symbolic link is refused, in the words of what is wrong with it. */
function pesanTautan(full: string, root: string): string {
  const saran = 'Situs hanya membaca berkas sungguhan: salin berkasnya ke sini, jangan ditautkan';
  try {
    const target = realpathSync(full);
    const rel = relative(realpathSync(root), target);
    // What the link says, as the pull request shows it; the resolved target would print the CI
    // runner's (or a reviewer's) absolute paths into a public log.
    if (rel.startsWith('..') || rel === target) return `tautan simbolik ke luar repositori ("${isiTautan(full)}") tidak diizinkan. ${saran}`;
    return `tautan simbolik (ke ${posix(rel)}) tidak diizinkan. ${saran}`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return `tautan simbolik berputar (menunjuk ke dirinya sendiri lewat tautan lain). ${saran}`;
    if (code === 'ENOENT') return `tautan simbolik menunjuk ke berkas yang tidak ada. ${saran}`;
    return `tautan simbolik tidak dapat dibaca (${code ?? String(e)}). ${saran}`;
  }
}
