#!/usr/bin/env node
// Pustaka Model Inovasi: server statis kecil untuk laptop, tanpa dependensi (Node.js 18.3+).
// A tiny dependency-free static server for a laptop (Node.js 18.3+: node:util parseArgs).
//
//   node serve.mjs [--port 8080] [--host 127.0.0.1]
//
// Serves ./www under the base path recorded in ./pustaka.json (e.g. /model-inovasi/), as a web
// server would: folder index, redirect to the trailing slash, gzip, the right types for
// Pagefind's files, 304 for an unchanged file. Shipped in the offline archive by
// scripts/package.ts; `npm start` and the browser tests use the same server through
// createStaticServer().
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { basename, dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
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
/** Server settings the archive puts in the site folder (Apache, IIS): not part of the site, so never served. */
export const SERVER_FILES = ['.htaccess', 'web.config'];
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;

/** A weak validator from size and modification time: the same file gives the same tag, gzipped or not. */
export function etagOf(size, mtimeMs) {
  return `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}

/**
 * Whether a conditional GET may be answered 304, as RFC 9110 §13.2.2 orders it: If-None-Match
 * when present (weak comparison), else If-Modified-Since at HTTP's one-second resolution.
 * "no-cache" pages are revalidated on every visit, so without this each visit re-downloads them.
 * @param {{ 'if-none-match'?: string, 'if-modified-since'?: string }} headers
 */
export function notModified(headers, etag, mtimeMs) {
  const match = headers['if-none-match'];
  if (match !== undefined) {
    const weak = (tag) => tag.trim().replace(/^W\//, '');
    return match.trim() === '*' || match.split(',').some((tag) => weak(tag) === weak(etag));
  }
  const since = Date.parse(headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

/** A port from the command line: a whole number 0–65535 (0: any free port), else undefined. */
export function parsePort(text) {
  return /^\d{1,5}$/.test(text) && Number(text) <= 65535 ? Number(text) : undefined;
}

/**
 * The addresses to open the site at. Listening on every interface (0.0.0.0, ::), "localhost"
 * reaches only this machine, so the others on the network need this machine's own addresses;
 * IPv6 link-local ones are left out, since a browser cannot open them without a zone id.
 * @param {ReturnType<typeof networkInterfaces>} interfaces
 */
export function addressesOf(host, port, base, interfaces) {
  const url = (h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}${base}`;
  if (host !== '0.0.0.0' && host !== '::') return [url(host)];
  const lan = Object.values(interfaces)
    .flat()
    .filter((i) => i && !i.internal && (i.family === 'IPv4' || (host === '::' && !i.address.startsWith('fe80:'))))
    .map((i) => url(i.address));
  return [url('localhost'), ...lan];
}

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
    if (!found || !found.stat.isFile() || SERVER_FILES.includes(basename(found.full))) {
      const page = fileAt(join(base, '404.html'));
      if (page?.stat.isFile()) {
        res.writeHead(404, { 'content-type': TYPES['.html'] });
        return createReadStream(page.full).pipe(res);
      }
      return send(res, 404, `Tidak ditemukan / Not found: ${url.pathname}`);
    }
    const type = TYPES[extname(found.full).toLowerCase()] ?? 'application/octet-stream';
    const etag = etagOf(found.stat.size, found.stat.mtimeMs);
    const headers = {
      'content-type': type,
      'x-content-type-options': 'nosniff',
      'cache-control': new RegExp(IMMUTABLE).test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'last-modified': found.stat.mtime.toUTCString(),
      etag,
    };
    const compressible = COMPRESSIBLE.test(type) && found.stat.size > 1024;
    if (compressible) headers.vary = 'Accept-Encoding';
    if (notModified(req.headers, etag, found.stat.mtimeMs)) {
      res.writeHead(304, headers);
      return res.end();
    }
    const gzip = compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = found.stat.size;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(found.full);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
}

/**
 * Whether `argv1` (process.argv[1]) names the file at `moduleUrl` (import.meta.url). Node gives the
 * module its real path but argv[1] as typed: through a symlink (macOS's /tmp and /var are ones) a
 * plain URL comparison failed, and `node serve.mjs` exited at once without a word.
 */
export function isMain(argv1, moduleUrl) {
  if (argv1 === undefined) return false;
  try {
    const [a, b] = [realpathSync(argv1), realpathSync(fileURLToPath(moduleUrl))];
    return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
  } catch {
    return false;
  }
}

if (isMain(process.argv[1], import.meta.url)) {
  const here = dirname(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(readFileSync(join(here, 'pustaka.json'), 'utf8'));
  const base = manifest.base;
  const usage = 'node serve.mjs [--port 8080] [--host 127.0.0.1]   (--host 0.0.0.0: dapat dibuka dari jaringan / reachable on the network)';
  let values;
  try {
    // No `default:` in the options: parseArgs takes it from Node 18.11 on, and this file promises 18.3.
    ({ values } = parseArgs({ options: { port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    console.error(`Argumen tidak dikenali / unknown argument: ${e.message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const portText = values.port ?? '8080';
  const port = parsePort(portText);
  if (port === undefined) {
    console.error(`Port "${portText}" tidak sah: tulis angka 0–65535, mis. --port 8080. / Invalid port: use a number 0–65535.\n${usage}`);
    process.exit(2);
  }
  const host = values.host ?? '127.0.0.1';

  const server = createStaticServer({ root: join(here, 'www'), base });
  server.on('error', (e) => {
    console.error(e.code === 'EADDRINUSE' ? `Port ${port} sudah dipakai; coba: node serve.mjs --port ${port + 1}` : e.message);
    process.exit(1);
  });
  server.listen(port, host, () => {
    const [own, ...lan] = addressesOf(host, server.address().port, base, networkInterfaces());
    console.log(`Pustaka Model Inovasi: ${own}`);
    if (host === '0.0.0.0' || host === '::') {
      console.log(lan.length ? `Dari komputer lain di jaringan yang sama / from other machines on the network:\n${lan.map((u) => `  ${u}`).join('\n')}` : 'Komputer ini belum tersambung ke jaringan (Wi-Fi/LAN). / Not connected to a network.');
    }
    console.log('Tekan Ctrl+C untuk berhenti. / Press Ctrl+C to stop.');
  });
}
