/**
 * `npm run studio`: the authoring studio (Decap CMS) on this computer, against this clone, for
 * workshops and poor connections. It starts Decap's local Git server (decap-server, in git mode:
 * each saved entry becomes a branch, as on GitHub) and serves the studio at
 * http://localhost:8080/studio/. Nothing is fetched from the internet.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { konfigurasiStudio } from '../src/lib/studio.ts';
import { bawaanStudio, berkasDecap, berkasStudio, DECAP_DIST } from '../src/integrations/studio.ts';
import { argumen } from './argumen.ts';
import { skemaSemua } from './skema-lib.ts';

const { values } = argumen(
  { options: { port: { type: 'string', default: '8080' }, 'port-git': { type: 'string', default: '8081' }, repo: { type: 'string' } } },
  'Cara pakai: npm run studio -- [--port 8080] [--port-git 8081] [--repo <folder>, bawaan: klon ini]',
);
const port = Number(values.port);
const portGit = Number(values['port-git']);
const repo = resolve(values.repo ?? process.cwd());
const require = createRequire(import.meta.url);

const skema = skemaSemua() as unknown as { praktik: Record<string, unknown>; model: Record<string, unknown>; penulis: Record<string, unknown> };
// The studio saves against the branch the clone is on.
const cabang = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
const config = konfigurasiStudio(skema, { cabang, lokal: true, portGit, bawaan: bawaanStudio(new Date().toISOString().slice(0, 10)) });
const berkas = await berkasStudio(config);
const JENIS: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.yml': 'text/yaml', '.html': 'text/html; charset=utf-8' };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') return void res.writeHead(302, { location: '/studio/' }).end();
  if (!path.startsWith('/studio/')) return void res.writeHead(404).end();
  const nama = path.slice('/studio/'.length) || 'index.html';
  const isi = berkas[nama];
  if (isi !== undefined) return void res.writeHead(200, { 'content-type': JENIS[extname(nama)]! }).end(isi);
  // Decap's own bundle and its chunks, from node_modules.
  const file = normalize(join(DECAP_DIST, nama));
  if (!file.startsWith(DECAP_DIST + sep) || !berkasDecap().includes(nama)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': JENIS[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

const git = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
  env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, PORT: String(portGit), BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
git.on('exit', (code) => {
  console.error(`decap-server berhenti (kode ${code}).`);
  process.exit(code ?? 1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Studio: http://localhost:${port}/studio/  (repositori: ${repo})`);
  console.log('Klik "Masuk", tulis atau sunting entri, lalu simpan: setiap entri disimpan di cabang Git sendiri (cms/…), statusnya mengikuti kolom alur kerja, sampai pengelola menggabungkannya.');
  console.log('Hentikan dengan Ctrl+C.');
});
const stop = () => {
  git.kill();
  server.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
