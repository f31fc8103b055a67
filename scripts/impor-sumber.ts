/**
 * `npm run impor-sumber -- content/praktik/<id>.mdx pustaka.bib`: append the items of a BibTeX or
 * CSL-JSON export (Zotero, Mendeley, JabRef) to an entry's `sumber` list.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { bacaPustaka, keSumber, sisipkanSumber } from '../src/lib/sitasi/impor.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { argumen } from './argumen.ts';

const caraPakai = 'Cara pakai: npm run impor-sumber -- content/praktik/nama-entri.mdx pustaka.bib|pustaka.json';
const [entri, pustaka] = argumen({ allowPositionals: true }, caraPakai).positionals;
if (!entri || !pustaka) {
  console.error(caraPakai);
  process.exit(2);
}
const teks = readFileSync(entri, 'utf8');
const { sumber } = parseFrontmatter(teks).data as { sumber?: { kunci?: string }[] };
const ada = new Set((sumber ?? []).map((s) => String(s.kunci)));
let hasil;
try {
  hasil = keSumber(bacaPustaka(readFileSync(pustaka, 'utf8'), pustaka), ada, new Date().toISOString().slice(0, 10));
  writeFileSync(entri, sisipkanSumber(teks, hasil.sumber));
} catch (e) {
  console.error(`${pustaka}: ${(e as Error).message}`);
  process.exit(1);
}
for (const s of hasil.sumber) console.log(`+ ${s.kunci}  ${s.judul}  (jenis: ${s.jenis}; periksa)`);
for (const d of hasil.dilewati) console.log(`- dilewati: ${d}`);
console.log(`${hasil.sumber.length} sumber ditambahkan ke ${entri}. Rujuk dengan [@kunci] di teks, periksa jenisnya, lalu jalankan: npm run check`);
process.exit(hasil.sumber.length || !hasil.dilewati.length ? 0 : 1);
