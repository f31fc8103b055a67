/**
 * `npm run rapikan`: write every model and practice file in the one form the authoring studio
 * writes (src/lib/studio-format.ts): keys in the schema's order, word lists on one line, quotes
 * only where YAML needs them; the body untouched, and the file's line ending (LF or CRLF) and BOM
 * kept. `--periksa` only lists the files that differ. `npm run check` warns about such a file: in
 * form, a file saved by the studio differs only where it was edited. A file whose frontmatter the
 * checker cannot read, or reads other than it is written (text after ` #`, `5.000`), is left alone:
 * rewriting it would make the loss permanent; so is a file that still has the scaffold's `# ISI`
 * comments, which the studio form would drop. Files come from the checker's one list
 * (src/validate/berkas.ts): a symbolic link or special file in content/ is reported as the checker
 * reports it and never followed, so a pull request cannot make this rewrite a file elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { KOLEKSI_ENTRI, type KoleksiEntri } from '../src/data/routes.ts';
import { KOMENTAR_ISI } from '../src/lib/scaffold.ts';
import { dariFile, keFile } from '../src/lib/studio-format.ts';
import { urutanKoleksi } from '../src/lib/studio.ts';
import { tampakkanBaris } from '../src/lib/tampakkan.ts';
import { daftarKonten } from '../src/validate/berkas.ts';
import { parseFrontmatter, type FrontmatterError } from '../src/validate/frontmatter.ts';
import { formatProblem } from '../src/validate/problem.ts';
import { argumen } from './argumen.ts';

const { values } = argumen({ options: { periksa: { type: 'boolean', default: false } } }, 'Cara pakai: npm run rapikan -- [--periksa]');
const root = process.cwd();
const dir = resolve(process.env.CONTENT_DIR ?? 'content');
const beda: string[] = [];
const tidakTerbaca: string[] = [];
// The checker's own file list: a symbolic link (to a file outside the repository, say) or a pipe
// in content/ is reported in the checker's words and never read or written through.
const daftar = daftarKonten(root, dir);
const folderKoleksi = KOLEKSI_ENTRI.map((k) => relative(root, join(dir, k)).split(sep).join('/'));
for (const p of daftar.problems) {
  if (folderKoleksi.some((f) => p.file === f || p.file.startsWith(`${f}/`))) tidakTerbaca.push(formatProblem(p));
}
const dirapikan = (k: string): k is KoleksiEntri => (KOLEKSI_ENTRI as readonly string[]).includes(k);
for (const { koleksi, full: file } of daftar.entri) {
  if (!dirapikan(koleksi)) continue;
  const urutan = urutanKoleksi(koleksi);
  const berkas = readFileSync(file, 'utf8');
  const tolak = (galat: readonly FrontmatterError[]) => {
    for (const e of galat) tidakTerbaca.push(`${relative(process.cwd(), file)}:${e.line}:${e.col}  ${tampakkanBaris(e.message)}`);
  };
  const fm = parseFrontmatter(berkas);
  if (fm.errors.length) {
    tolak(fm.errors);
    continue;
  }
  // The scaffold's `# ISI` comments are the author's checklist, and the studio form has no
  // comments: the file waits until the author has checked each value and deleted its comment.
  const isi = fm.komentar(KOMENTAR_ISI);
  if (isi.length) {
    tolak([{ line: isi[0]!.line, col: isi[0]!.col, message: `masih ada ${isi.length} komentar "# ISI" dari kerangka; periksa setiap nilainya dan hapus komentarnya dulu, sebab merapikan membuang semua komentar` }]);
    continue;
  }
  const bom = berkas.startsWith('\uFEFF') ? '\uFEFF' : '';
  const crlf = /^\uFEFF?---[ \t]*\r\n/.test(berkas);
  // Formatted as LF, then given the file's own ending throughout: the body's lines too, so a
  // file mixed by an editor comes out in one ending, and its first line decides which.
  const teks = berkas.slice(bom.length).replaceAll('\r\n', '\n');
  let rapi: string;
  try {
    rapi = keFile(dariFile(teks), urutan);
  } catch {
    // Read by the checker's lenient parser but not by the studio's: the author has to mend it.
    const galat = fm.galatKetat();
    tolak(galat.length ? galat : [{ line: 1, col: 1, message: 'frontmatter tidak dapat dibaca; jalankan npm run check' }]);
    continue;
  }
  rapi = bom + (crlf ? rapi.replaceAll('\n', '\r\n') : rapi);
  if (rapi === berkas) continue;
  beda.push(relative(dir, file));
  if (!values.periksa) writeFileSync(file, rapi);
}
if (tidakTerbaca.length) {
  console.error(`Tidak dirapikan, perbaiki dulu:\n${tidakTerbaca.join('\n')}`);
  process.exitCode = 1;
}
if (values.periksa && beda.length) {
  console.log(`Belum rapi (jalankan npm run rapikan):\n${beda.join('\n')}`);
  process.exit(1);
}
console.log(beda.length ? `Dirapikan: ${beda.length} berkas.` : tidakTerbaca.length ? 'Berkas lainnya sudah rapi.' : 'Semua berkas sudah rapi.');
