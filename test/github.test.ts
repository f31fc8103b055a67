import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anotasi, perubahanDalamKata, ringkasanPr } from '../src/validate/github.ts';
import { ROOT, salinan } from './helpers.ts';

describe('pull request berbicara kepada penulis', () => {
  it('menaruh setiap masalah sebagai anotasi GitHub di baris dan kolomnya, dengan karakter khusus diloloskan', () => {
    expect(anotasi({ file: 'content/praktik/a,b.mdx', line: 12, col: 3, field: 'kesiapan.biaya', level: 'error', message: 'biaya 2 tidak sesuai: 100% salah\nbaris dua' })).toBe(
      '::error file=content/praktik/a%2Cb.mdx,line=12,col=3,title=kesiapan.biaya::biaya 2 tidak sesuai: 100%25 salah\\nbaris dua',
    );
    expect(anotasi({ file: 'x.mdx', line: 1, col: 1, field: 'isi', level: 'warning', message: 'a' })).toMatch(/^::warning /);
    // A bidi override in a quoted name would reverse the rest of the annotation as GitHub shows it.
    expect(anotasi({ file: 'praktik/a\u202Eb.mdx', line: 1, col: 1, field: '(berkas)', level: 'error', message: 'nama berkas "a\u202Eb\u200B.mdx" salah' })).toBe(
      '::error file=praktik/a\u202Eb.mdx,line=1,col=1,title=(berkas)::nama berkas "a\\u{202E}b\\u{200B}.mdx" salah',
    );
  });

  it('ringkasan untuk peninjau menampakkan karakter bidi dan tak terlihat di judul, nama berkas, dan nilai', () => {
    const md = ringkasanPr([{ file: 'content/praktik/a\u202Eb.mdx', line: 1, col: 1, field: '(berkas)', level: 'error', message: 'nama "a\u202Eb.mdx" salah' }], [
      { file: 'content/praktik/a\u202Eb.mdx', baru: { judul: 'Layanan \u2067A\u2069', status: 'draf\u200B' } },
    ]);
    expect(md).not.toMatch(/[\u202E\u2067\u2069\u200B]/);
    // Markdown shows "\\u{202E}" as \u{202E}: the code, not the character.
    expect(md).toContain('| content/praktik/a\\\\u{202E}b.mdx | 1 | (berkas) | nama "a\\\\u{202E}b.mdx" salah |');
    expect(md).toContain('### Layanan \\\\u{2067}A\\\\u{2069} (baru)');
  });

  it('ringkasan untuk peninjau menampilkan teks penulis apa adanya, bukan sebagai tag, gambar, atau tautan', () => {
    const md = ringkasanPr([{ file: 'content/praktik/a.mdx', line: 9, col: 1, field: 'isi.bagian', level: 'error', message: 'baris "## <img src=x onerror=alert(1)>" salah' }], [
      { file: 'content/praktik/a.mdx', baru: { judul: '![x](https://evil.example/t.png) **Resmi**', status: 'terbit' } },
    ]);
    expect(md).toContain('| content/praktik/a.mdx | 9 | isi.bagian | baris "## &lt;img src=x onerror=alert(1)&gt;" salah |');
    expect(md).toContain('### !\\[x\\](https://evil.example/t.png) \\*\\*Resmi\\*\\* (baru)');
    expect(md).not.toMatch(/<img|!\[x\]/);
  });

  it('menyebut perubahan frontmatter dengan kata, nilai kartu lebih dulu', () => {
    const lama = { judul: 'A', status: 'draf', kesiapan: { kekuatan_bukti: 2, biaya: 1 }, sumber: [{ kunci: 'x' }] };
    const baru = { judul: 'A', status: 'tinjauan', kesiapan: { kekuatan_bukti: 3, biaya: 1 }, sumber: [{ kunci: 'x' }, { kunci: 'y' }] };
    expect(perubahanDalamKata(lama, baru)).toEqual(['status: draf → tinjauan', 'kekuatan bukti: 2 → 3', 'sumber: ditambahkan "y"']);
  });

  it('meringkas hasil pemeriksaan dan setiap entri yang berubah untuk peninjau', () => {
    const md = ringkasanPr([{ file: 'content/praktik/a.mdx', line: 4, col: 1, field: 'peninjau', level: 'error', message: 'entri terbit memerlukan peninjau' }], [
      { file: 'content/praktik/a.mdx', baru: { judul: 'Layanan A', status: 'terbit', kesiapan: { tingkat_dampak: 'sedang', biaya: 1, kekuatan_bukti: 2 } } },
    ]);
    expect(md).toContain('✗ **1 galat**, 0 peringatan');
    expect(md).toContain('| content/praktik/a.mdx | 4 | peninjau | entri terbit memerlukan peninjau |');
    expect(md).toContain('### Layanan A (baru)');
    expect(md).toMatch(/status: \*\*terbit\*\* · peninjau: belum ada · Dampak sedang/);
  });

  it('npm run check di GitHub Actions menulis anotasi dan ringkasan perubahan terhadap cabang dasar', () => {
    const t = salinan();
    const git = (...a: string[]) => execFileSync('git', a, { cwd: t.dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@x', 'add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@x', 'commit', '-qm', 'awal');
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/kekuatan_bukti: 1/, 'kekuatan_bukti: 2'));
    git('-c', 'user.name=t', '-c', 'user.email=t@x', 'commit', '-qam', 'ubah');
    const summary = join(t.dir, 'ringkasan.md');
    writeFileSync(summary, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '.', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_BASE_REF: 'main' } });
    // Evidence 2 needs a baseline the fixture does not give: an error, annotated on its line.
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^::error file=praktik\/layanan-contoh\.mdx,line=\d+,col=\d+,title=kesiapan\.dampak_utama\.baseline::kekuatan bukti 2 memerlukan/m);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('### LAYAN (diubah)');
    expect(md).toContain('- kekuatan bukti: 1 → 2');
  });
});
