import { execFileSync } from 'node:child_process';

/**
 * The build's date (YYYY-MM-DD, UTC): SOURCE_DATE_EPOCH when set, so a rebuild of the same commit
 * shows the same dates, otherwise today.
 */
export function tanggalBuild(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  const waktu = env['SOURCE_DATE_EPOCH']?.trim() && Number.isFinite(epoch) && epoch >= 0 ? new Date(epoch * 1000) : now;
  return waktu.toISOString().slice(0, 10);
}

/**
 * Date of the last commit that touched each file under `folder`, from one `git log`. Empty outside
 * a Git checkout (a tarball, the benchmark's generated content): history dates are used instead.
 *
 * Only the main line's commits count (`--first-parent`: the merge or squash commit made when a
 * pull request was accepted), never the dates inside a merged branch, which its author chose
 * (GIT_COMMITTER_DATE=2031-06-01); and no date is later than the build's, whatever a commit says.
 */
export function tanggalGit(folder: string, batas: string = tanggalBuild()): Map<string, string> {
  const map = new Map<string, string>();
  try {
    // `-m`: a merge lists the files it changed against the main line (git before 2.31 lists none).
    const out = execFileSync('git', ['log', '--first-parent', '-m', '--format=%x00%cs', '--name-only', '--', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
    for (const block of out.split('\0')) {
      const [date, ...files] = block.trim().split('\n');
      if (!date) continue;
      for (const f of files) if (f && !map.has(f)) map.set(f, date > batas ? batas : date);
    }
  } catch {
    // Not a Git checkout.
  }
  return map;
}

/** The later of the file's last commit and its newest change-history date, never after the build's date. */
export function diperbaruiDari(git: ReadonlyMap<string, string>, filePath: string | undefined, riwayat: readonly { tanggal: string }[], batas: string = tanggalBuild()): string {
  const fromGit = filePath ? git.get(filePath.replace(/^\.\//, '')) : undefined;
  const fromHistory = riwayat[0]?.tanggal ?? '';
  const tanggal = fromGit && fromGit > fromHistory ? fromGit : fromHistory;
  return tanggal > batas ? batas : tanggal;
}
