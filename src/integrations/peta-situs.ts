/**
 * The sitemap (@astrojs/sitemap) without the pages that say they are not the address to index:
 * each listed URL's built page is read, and a `noindex` page or one whose canonical URL is another
 * page (an untranslated guide under /en/) is left out (src/lib/peta-situs.ts).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { kepalaHtml, masukPetaSitus } from '../lib/peta-situs.ts';

/** The head of a built page; undefined if no file is there (the sitemap then keeps its URL). */
function kepalaBerkas(berkas: URL): string | undefined {
  let fd: number;
  try {
    fd = openSync(berkas, 'r');
  } catch {
    return undefined;
  }
  try {
    // The head ends within the first few KiB of every page; the whole file only if it does not.
    const buf = Buffer.alloc(16_384);
    const teks = buf.toString('utf8', 0, readSync(fd, buf, 0, buf.length, 0));
    return teks.includes('</head>') ? kepalaHtml(teks) : kepalaHtml(readFileSync(berkas, 'utf8'));
  } finally {
    closeSync(fd);
  }
}

/** The built file of a page URL: `dir` holds the site without its base path. */
export function berkasHalaman(dir: URL, base: string, alamat: string): URL {
  const path = decodeURIComponent(new URL(alamat).pathname);
  const awal = base.endsWith('/') ? base : `${base}/`;
  const rel = path.startsWith(awal) ? path.slice(awal.length) : path.replace(/^\//, '');
  return new URL(rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel, dir);
}

export function petaSitus(): AstroIntegration {
  let dir: URL | undefined;
  let base = '/';
  const inner = sitemap({
    filter: (alamat) => {
      const kepala = dir && kepalaBerkas(berkasHalaman(dir, base, alamat));
      return kepala === undefined || masukPetaSitus(kepala, alamat);
    },
  });
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (o) => {
        base = o.config.base;
        await inner.hooks['astro:config:done']?.(o);
      },
      'astro:build:done': async (o) => {
        dir = o.dir;
        await inner.hooks['astro:build:done']?.(o);
      },
    },
  };
}
