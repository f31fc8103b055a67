/** `npm run new -- praktik "Judul"`: scaffold a draft entry that `npm run check` accepts. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scaffold, type JenisBaru } from '../src/lib/scaffold.ts';
import { argumen } from './argumen.ts';

const jenisOk: JenisBaru[] = ['model', 'praktik', 'panduan'];
const caraPakai = `Cara pakai: npm run new -- <${jenisOk.join('|')}> "Judul entri"`;
const args = argumen({ allowPositionals: true }, caraPakai);
const [jenis, ...words] = args.positionals;
const judul = words.join(' ').trim();
if (!jenisOk.includes(jenis as JenisBaru) || !judul) {
  console.error(caraPakai);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const { id, text } = scaffold(jenis as JenisBaru, judul, today);
const dir = join(process.env.CONTENT_DIR ?? 'content', jenis!);
const file = join(dir, `${id}.mdx`);
if (existsSync(file)) {
  console.error(`${file} sudah ada; pilih judul lain atau sunting berkas itu.`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
writeFileSync(file, text);
console.log(`Dibuat: ${relative(process.cwd(), file)} (status draf).\nGanti setiap [ISI: …], lalu jalankan: npm run check`);
