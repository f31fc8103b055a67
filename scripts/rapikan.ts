/**
 * `npm run rapikan`: write every model and practice file in the one form the authoring studio
 * writes (src/lib/studio-format.ts): keys in the schema's order, word lists on one line, quotes
 * only where YAML needs them; the body untouched. `--periksa` only lists the files that differ.
 * `npm run check` warns about such a file: in form, a file saved by the studio differs only where
 * it was edited.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { KOLEKSI_ENTRI } from '../src/data/routes.ts';
import { dariFile, keFile } from '../src/lib/studio-format.ts';
import { urutanKoleksi } from '../src/lib/studio.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { argumen } from './argumen.ts';

const { values } = argumen({ options: { periksa: { type: 'boolean', default: false } } }, 'Cara pakai: npm run rapikan -- [--periksa]');
const dir = resolve(process.env.CONTENT_DIR ?? 'content');
const beda: string[] = [];
const tidakTerbaca: string[] = [];
for (const koleksi of KOLEKSI_ENTRI) {
  const urutan = urutanKoleksi(koleksi);
  for (const nama of readdirSync(join(dir, koleksi)).filter((n) => n.endsWith('.mdx'))) {
    const file = join(dir, koleksi, nama);
    const teks = readFileSync(file, 'utf8');
    let rapi: string;
    try {
      rapi = keFile(dariFile(teks), urutan);
    } catch {
      // Read by the checker's lenient parser but not by the studio's: the author has to mend it.
      const galat = parseFrontmatter(teks).galatKetat();
      for (const e of galat.length ? galat : [{ line: 1, col: 1, message: 'frontmatter tidak dapat dibaca; jalankan npm run check' }]) tidakTerbaca.push(`${relative(process.cwd(), file)}:${e.line}:${e.col}  ${e.message}`);
      continue;
    }
    if (rapi === teks) continue;
    beda.push(join(koleksi, nama));
    if (!values.periksa) writeFileSync(file, rapi);
  }
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
