/**
 * `npm run studio:gambar`: the screenshots of the author guide's studio section, taken from the
 * real studio (npm run studio) on a copy of the test fixtures, so the guide shows what an author
 * will see. Writes content/panduan/gambar/studio-*.jpg (list, form, saved entry, workflow board),
 * each through simpanGambar, never through a symbolic link.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './peramban.ts';

/**
 * Write one picture to `folder/nama` without ever writing through a symbolic link: content/ may
 * hold links from a pull request, and a write to a link's path changes whatever it points to. The
 * bytes go to a new file beside it (O_EXCL), which rename then puts in place: rename replaces a
 * link at the name instead of following it. A folder on the way that is a link is refused.
 */
export function simpanGambar(root: string, folder: string, nama: string, data: Uint8Array): string {
  const rel = relative(root, folder);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`${folder} berada di luar ${root}`);
  let jalan = resolve(root);
  for (const bagian of rel.split(/[\\/]/).filter(Boolean)) {
    jalan = join(jalan, bagian);
    let tautan = false;
    try {
      tautan = lstatSync(jalan).isSymbolicLink();
    } catch {
      mkdirSync(jalan);
    }
    if (tautan) throw new Error(`${relative(root, jalan)} adalah tautan simbolik: gambar tidak ditulis lewat tautan. Ganti dengan folder sungguhan`);
  }
  const tujuan = join(folder, nama);
  const sementara = join(folder, `.${nama}.${process.pid}.tmp`);
  try {
    writeFileSync(sementara, data, { flag: 'wx' });
    renameSync(sementara, tujuan);
  } finally {
    rmSync(sementara, { force: true });
  }
  return tujuan;
}

// Run as a command, not when a test imports simpanGambar; realpath, as Node resolves the main module's.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) await main();

async function main(): Promise<void> {
  const PORT = 8290;
  const repo = mkdtempSync(join(tmpdir(), 'pustaka-studio-gambar-'));
  cpSync(resolve('test/fixtures/lengkap'), join(repo, 'content'), { recursive: true });
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repo });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=studio', '-c', 'user.email=studio@contoh.id', 'commit', '-qm', 'awal');
  const studio = spawn(process.execPath, ['scripts/studio.ts', '--repo', repo, '--port', String(PORT), '--port-git', String(PORT + 1)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((siap) => studio.stdout!.on('data', (d: Buffer) => d.toString().includes('Studio:') && siap()));
  const root = realpathSync(process.cwd());
  const out = join(root, 'content/panduan/gambar');
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    const foto = async (nama: string) => void simpanGambar(root, out, `studio-${nama}.jpg`, await page.screenshot({ type: 'jpeg', quality: 70 }));
    await page.goto(`http://localhost:${PORT}/studio/#/collections/praktik`);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByText('LAYAN Dua').waitFor();
    await foto('daftar');
    await page.goto(`http://localhost:${PORT}/studio/#/collections/praktik/entries/layanan-contoh`);
    const judul = page.getByLabel('Judul', { exact: true }).first();
    await judul.waitFor();
    await foto('sunting');
    await judul.fill('LAYAN Baru');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText(/perubahan tersimpan/i).first().waitFor();
    await foto('simpan');
    // The workflow board: each column is the entry's status.
    await page.goto(`http://localhost:${PORT}/studio/#/workflow`);
    await page.getByText('LAYAN Baru').waitFor();
    await foto('alur');
    console.log(`ditulis: ${out}/studio-{daftar,sunting,simpan,alur}.jpg`);
  } finally {
    await browser.close();
    studio.kill();
  }
}
