/**
 * `npm run studio`: the authoring studio (Decap CMS) on this computer, against this clone, for
 * workshops and poor connections. It runs Decap's local Git server (decap-server's git-mode
 * middleware: each saved entry becomes a branch, as on GitHub) in this process, behind a guard
 * that passes it only requests for files under content/ and none through a symbolic link
 * (tolakPermintaan, src/integrations/studio.ts), and serves the studio at
 * http://localhost:8080/studio/. Both answer only to the names of this computer (a web page that
 * rebinds its own host name to 127.0.0.1 is refused). Nothing is fetched from the internet.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { konfigurasiStudio } from '../src/lib/studio.ts';
import { bawaanStudio, berkasDecap, berkasStudio, DECAP_DIST, PESAN_LOKAL, perubahanSalinan, tautanStudio, tolakPermintaan } from '../src/integrations/studio.ts';
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

/** Only this computer's own names: a DNS-rebinding page reaches 127.0.0.1 under its own host name. */
const hostLokal = (req: IncomingMessage, p: number) => ['localhost', '127.0.0.1', '[::1]'].some((h) => req.headers.host === `${h}:${p}`);

// Links in the working tree or in the edited branch stop every request: say so before starting.
// Those of an entry's branch stop only that entry, and are named now so the maintainer can act.
const tautan = tautanStudio(repo, cabang);
for (const t of tautan) console.error(`Peringatan: ${PESAN_LOKAL.tautan(t.tempat, t.paths, t.cabang)}.`);
if (tautan.some((t) => t.cabang === undefined)) {
  console.error('Studio tidak dijalankan: perbaiki tautan di atas lebih dulu.');
  process.exit(1);
}
// Uncommitted work stops saving (and, for changed files, reading): said now, not at the first save.
const kotor = perubahanSalinan(repo);
if (kotor.diubah.length || kotor.baru.length) console.error(`Peringatan: ${PESAN_LOKAL.kotor(kotor.diubah, kotor.baru)}.`);

const server = createServer((req, res) => {
  if (!hostLokal(req, port)) return void res.writeHead(403).end();
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

// decap-server's own middleware and its express, in this process: the guard runs before it.
type Req = IncomingMessage & { body?: unknown };
type Lanjut = (e?: unknown) => void;
type Aplikasi = ((req: IncomingMessage, res: ServerResponse) => void) & {
  use(f: (req: Req, res: ServerResponse & { status(n: number): { json(v: unknown): void } }, next: Lanjut) => void): void;
  post(path: string, ...f: ((req: Req, res: ServerResponse & { status(n: number): { json(v: unknown): void } }, next: Lanjut) => void)[]): void;
};
const dariServer = createRequire(require.resolve('decap-server/package.json'));
const express = dariServer('express') as (() => Aplikasi) & { json(o: { limit: string }): (req: Req, res: ServerResponse, next: Lanjut) => void };
const { registerLocalGit } = dariServer('./dist/middlewares.js') as { registerLocalGit(app: Aplikasi, o: { logLevel: string }): Promise<void> };
const api = express();
api.use((req, res, next) => (hostLokal(req, portGit) ? next() : void res.status(403).json({ error: 'host tidak dikenal' })));
// One request at a time, guard and decap-server together: while decap-server saves, the files it
// wrote are uncommitted for a moment, which the guard of a request beside it would refuse.
let giliran = Promise.resolve();
api.post('/api/v1', express.json({ limit: '50mb' }), (req, res, next) => {
  const ini = giliran.then(
    () =>
      new Promise<void>((selesai) => {
        res.on('close', () => selesai());
        let alasan: string | undefined;
        try {
          alasan = tolakPermintaan(repo, cabang, req.body);
        } catch (e) {
          alasan = `Studio tidak dapat memeriksa repositori: ${e instanceof Error ? e.message : String(e)}`;
        }
        if (alasan === undefined) return next();
        console.error(`Ditolak: ${alasan}.`);
        // Decap shows the message of a refused request; the studio's page is on another port.
        const asal = req.headers.origin;
        if (asal && /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(asal)) res.setHeader('access-control-allow-origin', asal);
        res.status(422).json({ error: `${alasan}.` });
      }),
  );
  giliran = ini;
});
process.env.GIT_REPO_DIRECTORY = repo;
await registerLocalGit(api, { logLevel: 'warn' });
const git = createServer(api);

await Promise.all([new Promise<void>((r) => git.listen(portGit, '127.0.0.1', r)), new Promise<void>((r) => server.listen(port, '127.0.0.1', r))]);
console.log(`Studio: http://localhost:${port}/studio/  (repositori: ${repo})`);
console.log('Klik "Masuk", tulis atau sunting entri, lalu simpan: setiap entri disimpan di cabang Git sendiri (cms/…), statusnya mengikuti kolom alur kerja, sampai pengelola menggabungkannya.');
console.log('Hentikan dengan Ctrl+C.');
const stop = () => {
  git.close();
  server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
