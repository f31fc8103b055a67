/**
 * `npm run rapikan`: write every model and practice file in the one form the authoring studio
 * writes (src/lib/studio-format.ts): keys in the schema's order, word lists on one line, quotes
 * only where YAML needs them; the body untouched. `--periksa` only lists the files that differ.
 * `npm run check` warns about such a file: in form, a file saved by the studio differs only where
 * it was edited.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KOLEKSI_ENTRI } from '../src/data/routes.ts';
import { dariFile, keFile } from '../src/lib/studio-format.ts';
import { urutanKoleksi } from '../src/lib/studio.ts';
import { argumen } from './argumen.ts';

const { values } = argumen({ options: { periksa: { type: 'boolean', default: false } } }, 'Cara pakai: npm run rapikan -- [--periksa]');
const dir = resolve(process.env.CONTENT_DIR ?? 'content');
const beda: string[] = [];
for (const koleksi of KOLEKSI_ENTRI) {
  const urutan = urutanKoleksi(koleksi);
  for (const nama of readdirSync(join(dir, koleksi)).filter((n) => n.endsWith('.mdx'))) {
    const file = join(dir, koleksi, nama);
    const teks = readFileSync(file, 'utf8');
    const rapi = keFile(dariFile(teks), urutan);
    if (rapi === teks) continue;
    beda.push(join(koleksi, nama));
    if (!values.periksa) writeFileSync(file, rapi);
  }
}
if (values.periksa && beda.length) {
  console.log(`Belum rapi (jalankan npm run rapikan):\n${beda.join('\n')}`);
  process.exit(1);
}
console.log(beda.length ? `Dirapikan: ${beda.length} berkas.` : 'Semua berkas sudah rapi.');
