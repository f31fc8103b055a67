/**
 * The formatted references of the last build, kept beside Astro's content store (its cacheDir),
 * so that a build after a one-entry change formats that entry's lists only. Without it, the warm-up
 * worker (./sitasi-worker.ts) formats every list of every entry again, about 2 ms per reference,
 * and keeps the second core busy for most of a 1,000-entry build while the checker and the search
 * index need it.
 *
 * A list is keyed by its whole input (kunciDaftar, kunciApa in src/lib/sitasi/index.ts), and the
 * file by everything else the text depends on: the module that formats it, the Indonesian locale,
 * and the versions of the CSL packages (the APA style ships with them). Anything else in the file
 * is discarded. A build that starts without Astro's content store (the first one, or one run with
 * `--force`, which clears it) ignores the file too and formats every list afresh.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const NAMA_BERKAS = 'pustaka-sitasi.json';

export type IsiSitasi = string | string[];

interface BerkasSitasi {
  versi: string;
  daftar: [string, IsiSitasi][];
}

/**
 * What the formatted text depends on besides its key, in the project at `root` (paths from the
 * root: Astro bundles the integration that calls this, so its own URL is not the source's).
 */
export function versiSitasi(root: string): string {
  const h = createHash('sha256');
  for (const f of ['src/lib/sitasi/index.ts', 'src/lib/sitasi/locales-id-ID.xml']) h.update(readFileSync(join(root, f))).update('\u0000');
  const require = createRequire(join(root, 'package.json'));
  for (const p of ['citeproc', '@citation-js/core', '@citation-js/plugin-csl']) h.update(`${p}@${(require(`${p}/package.json`) as { version: string }).version}\u0000`);
  return h.digest('hex');
}

/** Where a build keeps the file; undefined when it must not read it (no content store: a first or forced build). */
export function berkasSitasi(cacheDir: string): { baca: string | undefined; tulis: string } {
  const tulis = join(cacheDir, NAMA_BERKAS);
  return { baca: existsSync(join(cacheDir, 'data-store.json')) ? tulis : undefined, tulis };
}

const isiSah = (v: unknown): v is IsiSitasi => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));

/** The lists the file holds for this version of the formatter; none when it is missing, of another version or unreadable. */
export function muatSitasi(file: string, versi: string): Map<string, IsiSitasi> {
  let isi: Partial<BerkasSitasi>;
  try {
    isi = JSON.parse(readFileSync(file, 'utf8')) as Partial<BerkasSitasi>;
  } catch {
    return new Map();
  }
  if (isi?.versi !== versi || !Array.isArray(isi.daftar)) return new Map();
  return new Map(isi.daftar.filter((x): x is [string, IsiSitasi] => Array.isArray(x) && x.length === 2 && typeof x[0] === 'string' && isiSah(x[1])));
}

/** Writes the lists whole or not at all: a build stopped halfway leaves the previous file. */
export function simpanSitasi(file: string, daftar: Iterable<[string, IsiSitasi]>, versi: string): void {
  const sementara = `${file}.${process.pid}.tmp`;
  writeFileSync(sementara, JSON.stringify({ versi, daftar: [...daftar] } satisfies BerkasSitasi));
  renameSync(sementara, file);
}
