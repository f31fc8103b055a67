#!/usr/bin/env node
// Pustaka Model Inovasi: server statis kecil untuk laptop, tanpa dependensi (Node.js 18.3+).
// A tiny dependency-free static server for a laptop (Node.js 18.3+: node:util parseArgs).
//
//   node serve.mjs [--port 8080] [--host 127.0.0.1]
//
// Serves ./www under the base path recorded in ./pustaka.json (e.g. /model-inovasi/), as a web
// server would: folder index, redirect to the trailing slash, gzip, the right types for
// Pagefind's files. Shipped in the offline archive by scripts/package.ts; `npm start` and the
// browser tests use the same server through createStaticServer().
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};
/**
 * Paths whose file names carry a hash of their content (Astro's assets, Pagefind's index chunks):
 * kept for a year. Everything else changes with every release and is revalidated, so a reader
 * never sees yesterday's page after an update. HOSTING.txt gives nginx and Apache the same rule.
 */
export const IMMUTABLE = '(/_astro/|/pagefind/.+\\.pf_[a-z]+$)';
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(body);
}

/**
 * A static server that answers under `base`. `root` is either the folder the base lives in
 * (the archive's `www/`, holding `www/<base>/index.html`) or, with `mounted: true`, the built
 * site itself (`dist/`, served at `base` as a publisher's server would).
 * @param {{ root: string, base: string, mounted?: boolean }} options
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ root, base, mounted = false }) {
  /** The file a URL path names, never outside `root`. */
  const fileAt = (pathname) => {
    let rel = pathname;
    if (mounted) {
      if (!pathname.startsWith(base)) return undefined;
      rel = `/${pathname.slice(base.length)}`;
    }
    const full = normalize(join(root, rel));
    if (full !== root && !full.startsWith(root + sep)) return undefined;
    try {
      return { full, stat: statSync(full) };
    } catch {
      return undefined;
    }
  };

  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', { allow: 'GET, HEAD' });
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'Bad Request');
    }
    if (pathname === '/' && base !== '/') return send(res, 302, '', { location: base });
    let found = fileAt(pathname);
    if (found?.stat.isDirectory()) {
      if (!pathname.endsWith('/')) return send(res, 301, '', { location: `${url.pathname}/${url.search}` });
      found = fileAt(join(pathname, 'index.html'));
    }
    if (!found || !found.stat.isFile()) {
      const page = fileAt(join(base, '404.html'));
      if (page?.stat.isFile()) {
        res.writeHead(404, { 'content-type': TYPES['.html'] });
        return createReadStream(page.full).pipe(res);
      }
      return send(res, 404, `Tidak ditemukan / Not found: ${url.pathname}`);
    }
    const type = TYPES[extname(found.full).toLowerCase()] ?? 'application/octet-stream';
    const headers = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': new RegExp(IMMUTABLE).test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'last-modified': found.stat.mtime.toUTCString(),
    };
    const gzip = COMPRESSIBLE.test(type) && found.stat.size > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
    } else headers['content-length'] = found.stat.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(found.full);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
}

const isCli = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isCli) {
  const here = dirname(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(readFileSync(join(here, 'pustaka.json'), 'utf8'));
  const base = manifest.base;
  const usage = 'node serve.mjs [--port 8080] [--host 127.0.0.1]   (--host 0.0.0.0: dapat dibuka dari jaringan / reachable on the network)';
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    console.error(`Argumen tidak dikenali / unknown argument: ${e.message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const port = Number(values.port);
  const host = values.host;

  const server = createStaticServer({ root: join(here, 'www'), base });
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} sudah dipakai; coba: node serve.mjs --port ${port + 1}` : e.message);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const { port: actual } = server.address();
    const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
    console.log(`Pustaka Model Inovasi: http://${shown}:${actual}${base}`);
    console.log('Tekan Ctrl+C untuk berhenti. / Press Ctrl+C to stop.');
  });
}
