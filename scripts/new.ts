/** `npm run new -- praktik "Judul"`: scaffold a draft entry that `npm run check` accepts. */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PESAN_ID_ENTRI, POLA_ID_ENTRI, slugify } from '../src/schema/common.ts';
import { scaffold, type JenisBaru } from '../src/lib/scaffold.ts';
import { argumen } from './argumen.ts';

const jenisOk: JenisBaru[] = ['model', 'praktik', 'panduan'];
const caraPakai = `Cara pakai: npm run new -- <${jenisOk.join('|')}> "Judul entri" [--id nama-berkas]
  Id (nama berkas dan alamat halaman) dibuat dari judul; --id memilihnya sendiri.`;
const args = argumen({ allowPositionals: true, options: { id: { type: 'string' } } }, caraPakai);
const [jenis, ...words] = args.positionals;
const judul = words.join(' ').trim();
if (!jenisOk.includes(jenis as JenisBaru) || !judul) {
  console.error(caraPakai);
  process.exit(2);
}
const id = args.values.id ?? slugify(judul);
if (!id) {
  console.error(`Judul "${judul}" tidak memuat huruf latin atau angka, jadi id tidak dapat dibuat darinya. Pilih id sendiri, mis.:\n  npm run new -- ${jenis} "${judul}" --id nama-inovasi-daerah`);
  process.exit(2);
}
if (!POLA_ID_ENTRI.test(id)) {
  const rapi = slugify(id);
  const saran = POLA_ID_ENTRI.test(rapi) ? rapi : `${rapi || 'nama-inovasi'}-daerah`;
  console.error(`id "${id}"${args.values.id === undefined ? ` (dari judul "${judul}")` : ''} ${PESAN_ID_ENTRI}. Pilih id lain dengan --id, mis.:\n  npm run new -- ${jenis} "${judul}" --id ${saran}`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const { text } = scaffold(jenis as JenisBaru, judul, today, id);
const dir = join(process.env.CONTENT_DIR ?? 'content', jenis!);
const file = join(dir, `${id}.mdx`);
if (existsSync(file)) {
  console.error(`${file} sudah ada: sunting berkas itu, atau pilih judul lain atau id lain (--id).`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
// Ids carry the region ("pasar-tani-jumpa-lagi-luwu-utara"): an id that one extends, or that
// extends another, may be an innovation already written up.
const mirip = readdirSync(dir)
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => n.slice(0, -4))
  .filter((lain) => lain.startsWith(`${id}-`) || id.startsWith(`${lain}-`));
writeFileSync(file, text);
console.log(
  [
    `Dibuat: ${relative(process.cwd(), file)} (status draf).`,
    'Ganti setiap [ISI: …]. Periksa setiap baris bertanda # ISI, lalu hapus komentarnya; jangan jalankan npm run rapikan selama komentar itu masih ada.',
    'Lalu jalankan: npm run check',
    ...(mirip.length ? [`Periksa dulu apakah inovasi ini sudah ditulis: ${mirip.map((m) => `${jenis}/${m}.mdx`).join(', ')}. Bila sama, hapus berkas baru ini dan sunting yang lama.`] : []),
  ].join('\n'),
);
