/**
 * `npm start` (after the build): serve dist/ on http://localhost:4321 with the same server the
 * offline package ships, so search and every link work as they will in production. The base path
 * is the one the build was made for (its canonical links), not BASE_PATH: a build for
 * /model-inovasi/ served at / (or the other way round) shows every page unstyled and every link dead.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { argumen } from './argumen.ts';
import { createStaticServer, parsePort } from './package/serve.mjs';
import { Site } from './verify/site.ts';
import { normaliseBase } from '../src/integrations/alamat-situs.ts';

/** The base to serve a build at, and a warning when BASE_PATH names another. */
export function baseSajian(builtBase: string | undefined, envBase: string | undefined): { base: string; peringatan?: string } {
  const env = envBase ? normaliseBase(envBase) : undefined;
  const base = builtBase ?? env ?? '/';
  return env && env !== base ? { base, peringatan: `BASE_PATH=${env}, tetapi build ini dibuat untuk ${base}: disajikan di ${base}. Untuk ${env}, bangun ulang: BASE_PATH=${env} npm start` } : { base };
}

if (import.meta.main) {
  const { values } = argumen(
    { options: { dist: { type: 'string', default: 'dist' }, port: { type: 'string', default: process.env.PORT ?? '4321' } } },
    'Cara pakai: node scripts/serve.ts [--dist dist] [--port 4321]   (npm start membangun dulu, lalu menjalankan ini)',
  );
  const port = parsePort(values.port);
  if (port === undefined) {
    console.error(`Port "${values.port}" tidak sah: tulis angka 0–65535, mis. --port 4321.`);
    process.exit(2);
  }
  const dist = resolve(values.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`Tidak ada build di ${values.dist}/. Jalankan "npm start" (membangun lalu menyajikan) atau "npm run build" dulu.`);
    process.exit(1);
  }
  const { base, peringatan } = baseSajian(new Site({ dir: dist }).builtBase, process.env.BASE_PATH);
  if (peringatan) console.warn(`⚠ ${peringatan}`);
  const server = createStaticServer({ root: dist, base, mounted: true });
  server.on('error', (e: NodeJS.ErrnoException) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} sudah dipakai; coba: PORT=${port + 1} npm start` : e.message);
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`Pustaka Model Inovasi: http://localhost:${(server.address() as AddressInfo).port}${base}`);
    console.log('Tekan Ctrl+C untuk berhenti.');
  });
}
