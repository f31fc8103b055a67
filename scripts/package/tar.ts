/**
 * A small, deterministic tar.gz writer (POSIX ustar, with a PAX header for long paths): the same
 * files give the same bytes, whatever the machine, user or time of day. No dependency; any `tar`
 * (GNU, BSD, Windows 10+ tar.exe, 7-Zip) reads it.
 */
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  /** Path inside the archive, with forward slashes; a folder ends with "/". */
  path: string;
  data?: Buffer;
  /** Unix permissions; 0o644 for files, 0o755 for folders and executables. */
  mode?: number;
}

const BLOCK = 512;

function octal(n: number, width: number): string {
  return `${n.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, size: number, mode: number, mtime: number, type: string, prefix = ''): Buffer {
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  h.write(octal(mode, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii'); // uid
  h.write(octal(0, 8), 116, 'ascii'); // gid
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii'); // checksum placeholder
  h.write(type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

const pad = (n: number) => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK);

/** Split a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes), if possible. */
function splitPath(path: string): { name: string; prefix: string } | undefined {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name) return { name, prefix };
  }
  return undefined;
}

/** A PAX record, "<length> key=value\n", where the length counts its own digits too. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyLen = Buffer.byteLength(body);
  let len = bodyLen + String(bodyLen).length;
  if (String(len).length + bodyLen !== len) len = bodyLen + String(len).length;
  return `${len}${body}`;
}

/** The uncompressed tar stream. Entries are written in the order given. */
export function tar(entries: readonly TarEntry[], mtime: number): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const dir = e.path.endsWith('/');
    const data = dir ? Buffer.alloc(0) : (e.data ?? Buffer.alloc(0));
    const mode = e.mode ?? (dir ? 0o755 : 0o644);
    const split = splitPath(e.path);
    if (!split) {
      const pax = Buffer.from(paxRecord('path', e.path), 'utf8');
      parts.push(header('PaxHeader', pax.length, 0o644, mtime, 'x'), pax, pad(pax.length));
    }
    const { name, prefix } = split ?? { name: e.path.slice(-100), prefix: '' };
    parts.push(header(name, data.length, mode, mtime, dir ? '5' : '0', prefix), data, pad(data.length));
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

/** tar + gzip, with gzip's own timestamp left at zero so the bytes depend only on the content. */
export function tarGz(entries: readonly TarEntry[], mtime: number): Buffer {
  return gzipSync(tar(entries, mtime), { level: 9 });
}
