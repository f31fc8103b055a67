import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../validate/run.ts';
import { formatProblem } from '../validate/problem.ts';

/**
 * Runs the same rules as `npm run check` before Astro loads the content, so a build fails with the
 * same messages (every problem in every file, with line and column) instead of Astro's first-error,
 * `:0:0` report, and a broken reference fails instead of being only logged.
 */
export function contentRules(contentDir: string): AstroIntegration {
  return {
    name: 'pustaka:content-rules',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const { problems, entries } = checkContent({ root, contentDir: resolve(root, contentDir) });
        const errors = problems.filter((p) => p.level === 'error');
        for (const p of problems) (p.level === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        if (errors.length && command === 'build') {
          // Exit here rather than throw: a thrown error prints a stack trace, and an author's mistake
          // deserves only the list above.
          logger.error(`Build dihentikan: ${errors.length} galat konten. Jalankan "npm run check" setelah memperbaikinya.`);
          process.exit(1);
        }
        logger.info(`${entries.length} berkas konten diperiksa: ${errors.length} galat, ${problems.length - errors.length} peringatan.`);
      },
    },
  };
}
