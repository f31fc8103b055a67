/**
 * `npm start` (after the build): serve dist/ at BASE_PATH on http://localhost:4321, with the
 * same server the offline package ships, so search and every link work as they will in production.
 */
import { resolve } from 'node:path';
import { createStaticServer } from './package/serve.mjs';

const base = process.env.BASE_PATH ?? '/';
const port = Number(process.env.PORT ?? 4321);
const server = createStaticServer({ root: resolve('dist'), base: base.endsWith('/') ? base : `${base}/`, mounted: true });
server.on('error', (e: NodeJS.ErrnoException) => {
  console.error(e.code === 'EADDRINUSE' ? `Port ${port} sudah dipakai; coba: PORT=${port + 1} npm start` : e.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Pustaka Model Inovasi: http://localhost:${port}${base}`);
  console.log('Tekan Ctrl+C untuk berhenti.');
});
