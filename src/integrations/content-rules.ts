import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aturLonggar, galatTesaurus, pemeriksaan } from '../konten/pemeriksaan.ts';
import { hentikanSitasi, mulaiSitasi } from '../konten/sitasi.ts';
import { berkasSitasi, versiSitasi } from '../konten/sitasi-cache.ts';
import { keluarSesudahLog } from '../lib/keluar.ts';

/**
 * Starts the content check (src/konten/pemeriksaan.ts) as soon as Astro reads its config, so it
 * runs on the second core while Astro starts up; the loaders wait for it before rendering. Only
 * the dev server is lenient (it reports and serves what passed).
 */
export function contentRules(contentDir: string): AstroIntegration {
  return {
    name: 'pustaka:content-rules',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command === 'preview') return;
        // A broken thesaurus stops the build here, with the checker's message at its line.
        if (command === 'build') {
          const galat = galatTesaurus();
          if (galat.length) {
            for (const g of galat) logger.error(g);
            logger.error('Build dihentikan: tesaurus pencarian tidak terbaca. Jalankan "npm run check" setelah memperbaikinya.');
            await keluarSesudahLog(1);
          }
        }
        aturLonggar(command === 'dev');
        const root = fileURLToPath(config.root);
        void pemeriksaan(root, resolve(root, contentDir), logger).catch(() => undefined);
        // References are formatted on the second core while Astro starts and renders.
        if (command === 'build' && config.site) {
          const cache = { ...berkasSitasi(fileURLToPath(config.cacheDir)), versi: versiSitasi(root) };
          mulaiSitasi({ root, contentDir: resolve(root, contentDir), folderGit: contentDir, site: String(config.site), base: config.base, cache }, (pesan) => logger.warn(pesan));
        }
      },
      'astro:build:done': () => hentikanSitasi(),
    },
  };
}
