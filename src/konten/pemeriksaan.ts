/**
 * The content check that every loader waits for before it renders anything. It runs the same
 * checker as `npm run check` on a worker thread, started once per build (or once per change in
 * the dev server) and shared by the collections' loaders. The integration starts it as early as
 * Astro allows, so it overlaps Astro's own start-up; a loader that runs first starts it itself,
 * so no path through Astro renders an entry that the check has not passed.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { formatProblem, type Problem } from '../validate/problem.ts';
import { periksaTesaurus } from '../validate/tesaurus.ts';

export interface HasilPeriksa {
  problems: Problem[];
  jumlah: number;
  /** How long the check took on its thread. */
  ms: number;
}

// Astro loads astro.config.mjs and content.config.ts as separate module graphs; the shared state
// lives on globalThis. Only this project's code runs in the build: entries are never evaluated.
const KUNCI = Symbol.for('pustaka.pemeriksaan');
type Bersama = { hasil?: Promise<HasilPeriksa> | undefined; longgar?: boolean };
const bersama: Bersama = ((globalThis as { [KUNCI]?: Bersama })[KUNCI] ??= {});

/**
 * Only the dev server is lenient: it reports the problems and serves the entries that have none.
 * A build, a sync or anything else stops on the first error, before rendering.
 */
export function aturLonggar(longgar: boolean): void {
  bersama.longgar = longgar;
}

export const longgar = () => bersama.longgar === true;

function jalankan(root: string, contentDir: string): Promise<HasilPeriksa> {
  return new Promise((done, fail) => {
    const worker = new Worker(join(root, 'src/validate/worker.ts'), { workerData: { root, contentDir } });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`pemeriksa konten berhenti dengan kode ${code}`)));
  });
}

/** The check of the content as it is now; started on first use and shared until `lupakan()`. */
export function pemeriksaan(root: string, contentDir: string, logger: AstroIntegrationLogger): Promise<HasilPeriksa> {
  if (!bersama.hasil) {
    bersama.hasil = jalankan(root, contentDir);
    // Each new check is reported once: in full by the dev server; by a build when it passes (a
    // build that fails reports from the loader that stops it, just before it exits).
    bersama.hasil.then(
      (h) => (longgar() || !h.problems.some((p) => p.level === 'error')) && lapor(h, logger, !longgar()),
      (e: Error) => logger.error(e.message),
    );
  }
  return bersama.hasil;
}

/** A content file changed: the next loader to ask gets a fresh check. */
export function lupakan(): void {
  bersama.hasil = undefined;
}

/** Prints the checker's problems; true when there are errors. */
export function lapor({ problems, jumlah, ms }: HasilPeriksa, logger: AstroIntegrationLogger, build = true): boolean {
  const errors = problems.filter((p) => p.level === 'error');
  for (const p of problems) (p.level === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
  if (errors.length) logger.error(`${build ? 'Build dihentikan sebelum entri dirender: ' : ''}${errors.length} galat konten. Jalankan "npm run check" setelah memperbaikinya.`);
  else logger.info(`${jumlah} berkas konten diperiksa dalam ${ms} ms: 0 galat, ${problems.length} peringatan.`);
  return errors.length > 0;
}

/**
 * The thesaurus's errors as the checker prints them. Pages and loaders import the thesaurus as soon
 * as Vite starts, before the check's verdict: a broken file would stop a build with Vite's English
 * parse error, so the build asks this first (src/integrations/content-rules.ts).
 */
export function galatTesaurus(): string[] {
  return periksaTesaurus()
    .filter((p) => p.level === 'error')
    .map(formatProblem);
}
