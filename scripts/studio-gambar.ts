/**
 * `npm run studio:gambar`: the screenshots of the author guide's studio section, taken from the
 * real studio (npm run studio) on a copy of the test fixtures, so the guide shows what an author
 * will see. Writes content/panduan/gambar/studio-*.jpg (list, form, saved entry, workflow board).
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from './peramban.ts';

const PORT = 8290;
const repo = mkdtempSync(join(tmpdir(), 'pustaka-studio-gambar-'));
cpSync(resolve('test/fixtures/lengkap'), join(repo, 'content'), { recursive: true });
const git = (...a: string[]) => execFileSync('git', a, { cwd: repo });
git('init', '-q', '-b', 'main');
git('add', '.');
git('-c', 'user.name=studio', '-c', 'user.email=studio@contoh.id', 'commit', '-qm', 'awal');
const studio = spawn(process.execPath, ['scripts/studio.ts', '--repo', repo, '--port', String(PORT), '--port-git', String(PORT + 1)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise<void>((siap) => studio.stdout!.on('data', (d: Buffer) => d.toString().includes('Studio:') && siap()));
const out = resolve('content/panduan/gambar');
mkdirSync(out, { recursive: true });
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  const foto = (nama: string) => page.screenshot({ path: join(out, `studio-${nama}.jpg`), type: 'jpeg', quality: 70 });
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
