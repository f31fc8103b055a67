/** `npm run new -- praktik "Judul"`: scaffold a draft entry that `npm run check` accepts. */
import { lstatSync, mkdirSync, readdirSync, readlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tampakkanBaris } from '../src/lib/tampakkan.ts';
import { PESAN_ID_ENTRI, POLA_ID_ENTRI, potong, slugify } from '../src/schema/common.ts';
import { scaffold, type JenisBaru } from '../src/lib/scaffold.ts';
import { argumen } from './argumen.ts';

const jenisOk: JenisBaru[] = ['model', 'praktik', 'panduan'];
const caraPakai = `Cara pakai: npm run new -- <${jenisOk.join('|')}> "Judul entri" [--id nama-berkas]
  Id (nama berkas dan alamat halaman) dibuat dari judul; --id memilihnya sendiri.`;
const args = argumen({ allowPositionals: true, options: { id: { type: 'string' } } }, caraPakai);
const [jenis, ...words] = args.positionals;
// A title is one line (the checker refuses a line break in it): one pasted over two lines is joined.
const judul = words.join(' ').replace(/\s+/g, ' ').trim();
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

/** What is at `path` without following a link there: undefined when nothing is. */
const ada = (path: string): Stats | undefined => {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
};
const sebut = (path: string) => tampakkanBaris(relative(process.cwd(), path) || path);
// A folder or file that is a symbolic link (a pull request can add one, pointing anywhere, or to
// nothing yet) would make this write outside content/: refused by name, as npm run check does.
for (const folder of [dirname(dir), dir]) {
  if (ada(folder)?.isSymbolicLink()) {
    console.error(`folder ${sebut(folder)} adalah tautan simbolik (ke "${tampakkanBaris(potong(readlinkSync(folder), 120))}"): berkas baru tidak ditulis lewat tautan. Ganti tautan itu dengan folder sungguhan; npm run check juga menolaknya.`);
    process.exit(1);
  }
}
const lama = ada(file);
if (lama?.isSymbolicLink()) {
  console.error(
    `${sebut(file)} sudah ada sebagai tautan simbolik (ke "${tampakkanBaris(potong(readlinkSync(file), 120))}"), walau tujuannya mungkin belum ada: berkas baru tidak ditulis lewat tautan. Hapus tautan itu (npm run check juga menolaknya), atau pilih id lain (--id).`,
  );
  process.exit(1);
}
if (lama) {
  console.error(`${file} sudah ada${lama.isFile() ? '' : ' (bukan berkas biasa)'}: sunting berkas itu, atau pilih judul lain atau id lain (--id).`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
// Ids carry the region ("pasar-tani-jumpa-lagi-luwu-utara"): an id that one extends, or that
// extends another, may be an innovation already written up.
const mirip = readdirSync(dir)
  .filter((n) => n.endsWith('.mdx'))
  .map((n) => n.slice(0, -4))
  .filter((lain) => lain.startsWith(`${id}-`) || id.startsWith(`${lain}-`));
try {
  // 'wx' (O_CREAT | O_EXCL): fails on any path that appeared since the check above, a link included.
  writeFileSync(file, text, { flag: 'wx' });
} catch (e) {
  console.error(`${sebut(file)} tidak dapat dibuat (${(e as NodeJS.ErrnoException).code ?? String(e)}): bila sudah ada, sunting berkas itu atau pilih id lain (--id).`);
  process.exit(1);
}
console.log(
  [
    `Dibuat: ${relative(process.cwd(), file)} (status draf).`,
    'Ganti setiap [ISI: …]. Periksa setiap baris bertanda # ISI, lalu hapus komentarnya; jangan jalankan npm run rapikan selama komentar itu masih ada.',
    'Lalu jalankan: npm run check',
    ...(mirip.length ? [`Periksa dulu apakah inovasi ini sudah ditulis: ${mirip.map((m) => `${jenis}/${m}.mdx`).join(', ')}. Bila sama, hapus berkas baru ini dan sunting yang lama.`] : []),
  ].join('\n'),
);
