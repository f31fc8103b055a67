import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Loader } from 'astro/loaders';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatProblem, type Problem } from '../validate/problem.ts';

interface HasilPeriksa {
  problems: Problem[];
  jumlah: number;
  /** How long the check took on its thread. */
  ms: number;
}

/**
 * The check of the current build, shared through globalThis: the config and content.config.ts are
 * loaded as separate module graphs. Only builds register it; the dev server reports and goes on.
 */
const KUNCI = Symbol.for('pustaka.content-rules');
const bersama = globalThis as { [KUNCI]?: Promise<HasilPeriksa> };

function periksa(root: string, contentDir: string): Promise<HasilPeriksa> {
  return new Promise((done, fail) => {
    const worker = new Worker(join(root, 'src/validate/worker.ts'), { workerData: { root, contentDir } });
    worker.once('message', done);
    worker.once('error', fail);
    worker.once('exit', (code) => code !== 0 && fail(new Error(`pemeriksa konten berhenti dengan kode ${code}`)));
  });
}

/** Prints the checker's problems; true when there are errors (a build must stop). */
function lapor({ problems, jumlah, ms }: HasilPeriksa, logger: AstroIntegrationLogger, build = true): boolean {
  const errors = problems.filter((p) => p.level === 'error');
  for (const p of problems) (p.level === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
  if (errors.length) logger.error(`${build ? 'Build dihentikan: ' : ''}${errors.length} galat konten. Jalankan "npm run check" setelah memperbaikinya.`);
  else logger.info(`${jumlah} berkas konten diperiksa dalam ${ms} ms: 0 galat, ${problems.length} peringatan.`);
  return errors.length > 0;
}

/**
 * For content loaders: when Astro fails to load an entry, the author should read the checker's
 * messages (every problem, with line and column), not Astro's first error. Stops the build with
 * them if the checker found errors; otherwise returns and the loader's own error stands.
 */
async function hentikanJikaKontenSalah(logger: AstroIntegrationLogger): Promise<void> {
  const hasil = await bersama[KUNCI]?.catch(() => undefined);
  if (hasil?.problems.some((p) => p.level === 'error')) {
    lapor(hasil, logger);
    process.exit(1);
  }
}

/** A content loader whose failures are reported as the checker's messages when it found errors. */
export function diperiksa(loader: Loader): Loader {
  return {
    ...loader,
    async load(ctx) {
      try {
        await loader.load(ctx);
      } catch (error) {
        await hentikanJikaKontenSalah(ctx.logger);
        throw error;
      }
    },
  };
}

/**
 * Runs the same rules as `npm run check` on every build, so a build fails with the same messages
 * (every problem in every file, with line and column) instead of Astro's first-error, `:0:0`
 * report, and a broken reference fails instead of being only logged. The check runs on a worker
 * thread while Astro syncs the content store; the build waits for it before rendering anything.
 */
export function contentRules(contentDir: string): AstroIntegration {
  return {
    name: 'pustaka:content-rules',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const hasil = periksa(root, resolve(root, contentDir));
        // The dev server keeps running and shows the list; a build reports at astro:build:start.
        if (command === 'build') bersama[KUNCI] = hasil;
        else hasil.then((h) => lapor(h, logger, false), (e: Error) => logger.error(e.message));
      },
      'astro:build:start': async ({ logger }) => {
        const hasil = bersama[KUNCI];
        if (!hasil) return;
        // Exit rather than throw: a thrown error prints a stack trace, and an author's mistake
        // deserves only the list above.
        if (lapor(await hasil, logger)) process.exit(1);
      },
    },
  };
}
