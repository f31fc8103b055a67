import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { hentikanSitasi, mulaiSitasi } from '../src/konten/sitasi.ts';

it('pekerja kutipan yang gagal dicatat sebagai peringatan build, dengan sebabnya', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sitasi-'));
  mkdirSync(join(root, 'src/konten'), { recursive: true });
  writeFileSync(join(root, 'src/konten/sitasi-worker.ts'), "throw new Error('mesin CSL rusak');\n");
  const pesan: string[] = [];
  mulaiSitasi({ root, contentDir: join(root, 'content'), folderGit: 'content', site: 'https://contoh.example/', base: '/' }, (p) => pesan.push(p));
  await expect.poll(() => pesan, { timeout: 10_000 }).toHaveLength(1);
  expect(pesan[0]).toMatch(/^pekerja kutipan berhenti \(mesin CSL rusak\); halaman memformat daftar sumbernya sendiri/);
  await hentikanSitasi();
});
