/**
 * `npm run studio`: the authoring studio (Decap CMS) on this computer, against this clone, for
 * workshops and poor connections. It starts Decap's local Git server (decap-server, in git mode:
 * each saved entry becomes a branch, as on GitHub) and serves the studio at
 * http://localhost:8080/studio/. Nothing is fetched from the internet.
 *
 * Options: --port 8080, --port-git 8081, --repo <folder> (default: this clone).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { build } from 'esbuild';
import { konfigurasiStudio } from '../src/lib/studio.ts';
import { urutanDari } from '../src/lib/studio-format.ts';
import { skemaSemua } from './skema-lib.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, 'port-git': { type: 'string', default: '8081' }, repo: { type: 'string' } } });
const port = Number(values.port);
const portGit = Number(values['port-git']);
const repo = resolve(values.repo ?? process.cwd());
const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));

const skema = skemaSemua() as unknown as { praktik: Record<string, unknown>; model: Record<string, unknown>; penulis: Record<string, unknown> };
// The studio saves against the branch the clone is on.
const cabang = execFileSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
const config = { ...konfigurasiStudio(skema, { cabang, lokal: true }), local_backend: { url: `http://localhost:${portGit}/api/v1` } };
const halaman = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Studio Pustaka Model Inovasi</title>
<link rel="cms-config-url" href="config.yml" type="text/yaml">
</head>
<body>
<script src="decap-cms.js"></script>
<script src="pustaka.js"></script>
<script src="daftar.js"></script>
</body>
</html>
`;

// The serializer and the Indonesian interface run in the browser: bundled from the same modules
// the tests and npm run rapikan use.
const { outputFiles } = await build({
  stdin: {
    contents: "import { dariFile, keFile } from './src/lib/studio-format.ts'; import { STUDIO_ID } from './src/data/studio-id.ts'; globalThis.PUSTAKA_STUDIO = { dariFile, keFile, STUDIO_ID };",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  write: false,
});
const pustakaJs = outputFiles[0]!.text;
const urutan = Object.fromEntries(((config as { collections?: unknown }).collections as { name: string; fields: Parameters<typeof urutanDari>[0] }[]).map((c) => [c.name, urutanDari(c.fields)]));
const daftarJs = `const P = globalThis.PUSTAKA_STUDIO;
const URUTAN = ${JSON.stringify(urutan)};
CMS.registerLocale('id', P.STUDIO_ID);
for (const k of ['praktik', 'model']) CMS.registerCustomFormat('pustaka-' + k, 'mdx', { fromFile: (t) => P.dariFile(t), toFile: (d) => P.keFile(d, URUTAN[k]) });
CMS.registerPreviewStyle('pratinjau.css');
`;

const JENIS: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.yml': 'text/yaml', '.html': 'text/html; charset=utf-8', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/' ) {
    res.writeHead(302, { location: '/studio/' }).end();
    return;
  }
  if (!path.startsWith('/studio/')) {
    res.writeHead(404).end();
    return;
  }
  const nama = path.slice('/studio/'.length);
  if (nama === '' || nama === 'index.html') return void res.writeHead(200, { 'content-type': JENIS['.html']! }).end(halaman);
  if (nama === 'pustaka.js') return void res.writeHead(200, { 'content-type': JENIS['.js']! }).end(pustakaJs);
  if (nama === 'daftar.js') return void res.writeHead(200, { 'content-type': JENIS['.js']! }).end(daftarJs);
  if (nama === 'config.yml') return void res.writeHead(200, { 'content-type': JENIS['.yml']! }).end(stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }));
  // The preview uses the handbook's own stylesheet.
  const file = nama === 'pratinjau.css' ? resolve('src/styles/global.css') : normalize(join(decapDist, nama));
  if (nama !== 'pratinjau.css' && !file.startsWith(decapDist + sep)) return void res.writeHead(403).end();
  if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
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
  console.log('Klik "Login", tulis atau sunting entri, lalu simpan: setiap entri disimpan di cabang Git sendiri (cms/…) sampai diterbitkan.');
  console.log('Hentikan dengan Ctrl+C.');
});
const stop = () => {
  git.kill();
  server.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
