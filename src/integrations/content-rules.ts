import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aturLonggar, pemeriksaan } from '../konten/pemeriksaan.ts';
import { hentikanSitasi, mulaiSitasi } from '../konten/sitasi.ts';

/**
 * Starts the content check (src/konten/pemeriksaan.ts) as soon as Astro reads its config, so it
 * runs on the second core while Astro starts up; the loaders wait for it before rendering. Only
 * the dev server is lenient (it reports and serves what passed).
 */
export function contentRules(contentDir: string): AstroIntegration {
  return {
    name: 'pustaka:content-rules',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        aturLonggar(command === 'dev');
        const root = fileURLToPath(config.root);
        void pemeriksaan(root, resolve(root, contentDir), logger).catch(() => undefined);
        // References are formatted on the second core while Astro starts and renders.
        if (command === 'build' && config.site) mulaiSitasi({ root, contentDir: resolve(root, contentDir), folderGit: contentDir, site: String(config.site), base: config.base }, (pesan) => logger.warn(pesan));
      },
      'astro:build:done': () => hentikanSitasi(),
    },
  };
}
