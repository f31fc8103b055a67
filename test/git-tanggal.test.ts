/**
 * "Diperbarui" dates from Git (src/lib/git-tanggal.ts): the dates a pull request's own commits
 * carry are the author's choice, so only the main line counts and nothing is later than the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diperbaruiDari, tanggalBuild, tanggalGit } from '../src/lib/git-tanggal.ts';

const X = 'content/praktik/x.mdx';
const Y = 'content/praktik/y.mdx';

/** A repository whose main line merged (without squashing) a branch committed "in 2031". */
function repoDenganCabang(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pustaka-git-tanggal-'));
  const git = (tanggal: string, ...a: string[]) =>
    execFileSync('git', ['-c', 'user.name=uji', '-c', 'user.email=uji@contoh.id', '-c', 'commit.gpgsign=false', ...a], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: `${tanggal}T10:00:00Z`, GIT_COMMITTER_DATE: `${tanggal}T10:00:00Z` },
    });
  mkdirSync(join(dir, 'content/praktik'), { recursive: true });
  writeFileSync(join(dir, X), 'a\n');
  writeFileSync(join(dir, Y), 'b\n');
  git('2026-01-05', 'init', '-q', '-b', 'main');
  git('2026-01-05', 'add', '.');
  git('2026-01-05', 'commit', '-qm', 'awal');
  git('2026-01-05', 'checkout', '-qb', 'pr');
  writeFileSync(join(dir, X), 'a2\n');
  git('2031-06-01', 'commit', '-qam', 'dari penulis, bertanggal pilihannya');
  git('2026-01-05', 'checkout', '-q', 'main');
  git('2026-03-01', 'merge', '-q', '--no-ff', 'pr', '-m', 'gabung');
  return dir;
}

describe('tanggal diperbarui dari git', () => {
  const awal = { cwd: process.cwd(), sde: process.env['SOURCE_DATE_EPOCH'], path: process.env['PATH'] };
  beforeEach(() => {
    delete process.env['SOURCE_DATE_EPOCH'];
  });
  afterEach(() => {
    process.chdir(awal.cwd);
    if (awal.sde === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = awal.sde;
    process.env['PATH'] = awal.path;
  });

  it('memakai tanggal penggabungan di cabang utama, bukan tanggal yang dipilih penulis di cabangnya', () => {
    process.chdir(repoDenganCabang());
    const git = tanggalGit('content');
    expect(git.get(X)).toBe('2026-03-01');
    expect(git.get(Y)).toBe('2026-01-05');
    expect(diperbaruiDari(git, X, [{ tanggal: '2026-02-10' }])).toBe('2026-03-01');
    // The history date still wins when it is the later one.
    expect(diperbaruiDari(git, X, [{ tanggal: '2026-04-01' }])).toBe('2026-04-01');
  });

  it('tidak pernah melewati tanggal build (SOURCE_DATE_EPOCH), walau commit di cabang utama bertanggal nanti', () => {
    const dir = repoDenganCabang();
    process.chdir(dir);
    // A maintainer who fast-forwards the branch puts the author's commit itself on the main line.
    execFileSync('git', ['reset', '-q', '--hard', 'pr'], { cwd: dir, stdio: 'ignore' });
    process.env['SOURCE_DATE_EPOCH'] = String(Date.UTC(2026, 10, 28, 23, 59) / 1000);
    expect(tanggalBuild()).toBe('2026-11-28');
    const git = tanggalGit('content');
    expect(git.get(X)).toBe('2026-11-28');
    expect(diperbaruiDari(git, X, [{ tanggal: '2026-02-10' }])).toBe('2026-11-28');
    expect(diperbaruiDari(new Map([[X, '2031-06-01']]), X, [])).toBe('2026-11-28');
  });

  it('tanggal build: SOURCE_DATE_EPOCH dalam UTC, selain itu hari ini', () => {
    expect(tanggalBuild({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01');
    expect(tanggalBuild({ SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 31, 23, 30) / 1000) })).toBe('2026-12-31');
    const kini = new Date(Date.UTC(2027, 0, 2, 1));
    expect(tanggalBuild({}, kini)).toBe('2027-01-02');
    expect(tanggalBuild({ SOURCE_DATE_EPOCH: '' }, kini)).toBe('2027-01-02');
    expect(tanggalBuild({ SOURCE_DATE_EPOCH: 'kemarin' }, kini)).toBe('2027-01-02');
  });

  it('tetap bekerja pada klon dangkal, dan tanpa git sama sekali memakai tanggal riwayat', () => {
    const asal = repoDenganCabang();
    const klon = join(mkdtempSync(join(tmpdir(), 'pustaka-git-dangkal-')), 'klon');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${asal}`, klon], { stdio: 'ignore' });
    process.chdir(klon);
    const git = tanggalGit('content');
    expect(git.get(X)).toBe('2026-03-01');
    expect(git.get(Y)).toBe('2026-03-01');
    process.env['PATH'] = '/tidak-ada';
    const tanpaGit = tanggalGit('content');
    expect(tanpaGit.size).toBe(0);
    expect(diperbaruiDari(tanpaGit, X, [{ tanggal: '2026-02-10' }])).toBe('2026-02-10');
  });
});
