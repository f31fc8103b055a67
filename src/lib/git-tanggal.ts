import { execFileSync } from 'node:child_process';

/**
 * Date of the last commit that touched each file under `folder`, from one `git log`. Empty outside
 * a Git checkout (a tarball, the benchmark's generated content): history dates are used instead.
 */
export function tanggalGit(folder: string): Map<string, string> {
  const map = new Map<string, string>();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', folder], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
    for (const block of out.split('\0')) {
      const [date, ...files] = block.trim().split('\n');
      if (!date) continue;
      for (const f of files) if (f && !map.has(f)) map.set(f, date);
    }
  } catch {
    // Not a Git checkout.
  }
  return map;
}

/** The later of the file's last commit and its newest change-history date. */
export function diperbaruiDari(git: ReadonlyMap<string, string>, filePath: string | undefined, riwayat: readonly { tanggal: string }[]): string {
  const fromGit = filePath ? git.get(filePath.replace(/^\.\//, '')) : undefined;
  const fromHistory = riwayat[0]?.tanggal ?? '';
  return fromGit && fromGit > fromHistory ? fromGit : fromHistory;
}
