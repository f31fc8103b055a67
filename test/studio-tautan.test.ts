/**
 * `npm run studio` passes decap-server only requests for files under content/ and none through a
 * symbolic link (src/integrations/studio.ts, tolakPermintaan): decap-server follows a link whose
 * target stays in the repository, so a pull request's `content/praktik/x.mdx -> ../../.env` showed
 * that file in the form and overwrote it on save, and an image link had its target deleted.
 * Against a throwaway Git repository with links on an entry's branch, on the edited branch and in
 * the working tree.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { perubahanSalinan, tautanStudio, tolakPermintaan } from '../src/integrations/studio.ts';

const repo = mkdtempSync(join(tmpdir(), 'pustaka-studio-tautan-'));
const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=uji', '-c', 'user.email=uji@contoh.id', ...a], { cwd: repo, encoding: 'utf8' });
mkdirSync(join(repo, 'content/praktik/gambar'), { recursive: true });
writeFileSync(join(repo, 'content/praktik/layanan-contoh.mdx'), '---\nid: layanan-contoh\n---\n');
writeFileSync(join(repo, 'content/praktik/layanan-kedua.mdx'), '---\nid: layanan-kedua\n---\n');
writeFileSync(join(repo, 'penting.txt'), 'milik pengelola\n');
git('init', '-q', '-b', 'main');
git('add', '.');
git('commit', '-qm', 'awal');
// A pull request's branch: the entry file and an image are links to files outside content/.
git('checkout', '-q', '-b', 'cms/praktik/layanan-kedua');
rmSync(join(repo, 'content/praktik/layanan-kedua.mdx'));
symlinkSync('../../penting.txt', join(repo, 'content/praktik/layanan-kedua.mdx'));
symlinkSync('../../../penting.txt', join(repo, 'content/praktik/gambar/z.svg'));
git('add', '-A', '.');
git('commit', '-qm', 'tautan');
git('checkout', '-q', 'main');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const minta = (action: string, params: Record<string, unknown>) => tolakPermintaan(repo, 'main', { action, params: { branch: 'main', ...params } });
const simpan = (slug: string) => minta('persistEntry', { dataFiles: [{ slug, path: `content/praktik/${slug}.mdx`, raw: 'x' }], assets: [], options: { collectionName: 'praktik', useWorkflow: true, commitMessage: 'x' } });

describe('studio lokal tidak membaca atau menulis lewat tautan simbolik', () => {
  it('menolak membuka, menyimpan, dan memindahkan berkas entri yang cabangnya memuat tautan, dengan pesan yang menyebut berkas dan cara memperbaikinya', () => {
    const pesan = minta('unpublishedEntryDataFile', { collection: 'praktik', slug: 'layanan-kedua', path: 'content/praktik/layanan-kedua.mdx', id: 'sha' });
    expect(pesan).toBe(
      'Cabang cms/praktik/layanan-kedua memuat tautan simbolik: "content/praktik/gambar/z.svg", "content/praktik/layanan-kedua.mdx". Studio tidak membaca atau menulis lewat tautan (decap-server mengikutinya, sehingga membuka atau menyimpan entri membaca, menimpa, atau menghapus berkas yang ditunjuknya). Ganti tautan itu dengan berkas biasa, atau hapus cabangnya bila berasal dari pull request yang tidak Anda percayai: git branch -D cms/praktik/layanan-kedua',
    );
    expect(minta('unpublishedEntry', { id: 'praktik/layanan-kedua' })).toBe(pesan);
    expect(minta('unpublishedEntryMediaFile', { collection: 'praktik', slug: 'layanan-kedua', path: 'content/praktik/gambar/z.svg', id: 'sha' })).toBe(pesan);
    expect(simpan('layanan-kedua')).toBe(pesan);
  });

  it('entri lain, daftar cabang, dan menghapus cabang bertautan itu tetap jalan', () => {
    expect(simpan('layanan-contoh')).toBeUndefined();
    expect(minta('entriesByFolder', { folder: 'content/praktik', extension: 'mdx', depth: 1 })).toBeUndefined();
    expect(minta('unpublishedEntries', {})).toBeUndefined();
    expect(minta('deleteUnpublishedEntry', { collection: 'praktik', slug: 'layanan-kedua' })).toBeUndefined();
  });

  it('menolak jalur di luar content/, juga yang keluar lewat ..', () => {
    expect(minta('getEntry', { path: '.git/config' })).toBe('Studio hanya membaca dan menulis di content/; ".git/config" ditolak');
    expect(minta('getMediaFile', { path: 'content/praktik/../../penting.txt' })).toMatch(/^Studio hanya membaca dan menulis di content\/; "content\/praktik\/\.\.\/\.\.\/penting\.txt" ditolak$/);
    expect(minta('persistEntry', { dataFiles: [{ slug: 'layanan-contoh', path: 'content/praktik/layanan-contoh.mdx', raw: 'x' }], assets: [{ path: '/etc/hosts' }], options: { collectionName: 'praktik', useWorkflow: true } })).toMatch(/"\/etc\/hosts" ditolak$/);
  });

  it('tautan di cabang yang disunting atau di salinan kerja menghentikan semua baca-tulis', () => {
    symlinkSync('../../penting.txt', join(repo, 'content/praktik/lain.mdx'));
    try {
      expect(minta('entriesByFolder', { folder: 'content/praktik', extension: 'mdx', depth: 1 })).toMatch(/^Salinan kerja .* memuat tautan simbolik: "content\/praktik\/lain\.mdx"\. .*Ganti tautan itu dengan berkas biasa$/);
      expect(tautanStudio(repo, 'main').map((t) => t.tempat)).toEqual([`Salinan kerja ${repo}`, 'Cabang cms/praktik/layanan-kedua']);
      git('add', 'content/praktik/lain.mdx');
      git('commit', '-qm', 'tautan di main');
      expect(tautanStudio(repo, 'main').map((t) => [t.tempat, t.cabang])).toEqual([
        [`Salinan kerja ${repo}`, undefined],
        ['Cabang cms/praktik/layanan-kedua', 'cms/praktik/layanan-kedua'],
        ['Cabang main', undefined],
      ]);
    } finally {
      rmSync(join(repo, 'content/praktik/lain.mdx'));
    }
    expect(simpan('layanan-contoh')).toMatch(/^Cabang main memuat tautan simbolik: "content\/praktik\/lain\.mdx"/);
  });

  it('tidak menyimpan selama salinan kerja memuat pekerjaan yang belum di-commit, yang akan tersapu ke cabang entri (git add .) atau menggagalkan simpanan', () => {
    git('rm', '-q', 'content/praktik/lain.mdx');
    git('commit', '-qm', 'tanpa tautan');
    expect(perubahanSalinan(repo)).toEqual({ diubah: [], baru: [] });
    writeFileSync(join(repo, 'catatan-pribadi.txt'), 'draf pengelola\n');
    try {
      expect(simpan('layanan-contoh')).toBe(
        'Salinan kerja memuat berkas baru yang belum di-commit ("catatan-pribadi.txt"). Studio menyimpan entri dengan menambahkan seluruh salinan kerja ke cabang entri (git add .), sehingga berkas itu ikut masuk ke cabang entri dan hilang dari salinan kerja, atau penyimpanan gagal. Commit, stash, atau pindahkan berkas itu dulu, atau jalankan studio pada klon tersendiri (npm run studio -- --repo <folder>)',
      );
      // Reading stays possible: a new file does not stop a checkout.
      expect(minta('getEntry', { path: 'content/praktik/layanan-contoh.mdx' })).toBeUndefined();
    } finally {
      rmSync(join(repo, 'catatan-pribadi.txt'));
    }
    // A changed tracked file stops reading too: decap-server's checkout of an entry's branch fails on it.
    writeFileSync(join(repo, 'penting.txt'), 'diubah\n');
    try {
      expect(minta('getEntry', { path: 'content/praktik/layanan-contoh.mdx' })).toMatch(/^Salinan kerja memuat perubahan yang belum di-commit \("penting\.txt"\)\./);
    } finally {
      git('checkout', '-q', '--', 'penting.txt');
    }
    expect(simpan('layanan-contoh')).toBeUndefined();
  });
});
