/**
 * The package archive, written by node-tar from entries held in memory. Reproducible: the same
 * entries give the same bytes on any machine, user or time of day, because node-tar's `portable`
 * leaves out owner, group, atime and ctime (and names no system in the gzip header), every entry
 * gets the one fixed `mtime` (folders too: `portable` alone would write none, and tar would
 * extract them dated 1970), and the mode is set here rather than read from a file system.
 * Entries are written in the order given: makePackage lists the build's files sorted, each folder
 * before its first file. Any `tar` (GNU, BSD, Windows 10+ tar.exe, 7-Zip) reads it; paths longer
 * than ustar allows get a PAX header.
 */
import { createSync, WriteEntry } from 'tar';

export interface TarEntry {
  /** Path inside the archive, with forward slashes; a folder ends with "/". */
  path: string;
  data?: Buffer;
  /** Unix permissions; 0o644 for files, 0o755 for folders and executables. */
  mode?: number;
}

/** tar + gzip (level 9); `mtime` in seconds since 1970 for every entry. */
export function tarGz(entries: readonly TarEntry[], mtime: number): Buffer {
  const date = new Date(mtime * 1000);
  const list = entries.map((e) => {
    const dir = e.path.endsWith('/');
    return new WriteEntry({ path: e.path, type: dir ? 'Directory' : 'File', mode: e.mode ?? (dir ? 0o755 : 0o644) }, dir ? undefined : (e.data ?? Buffer.alloc(0)));
  });
  const options = { gzip: { level: 9 }, portable: true, onWriteEntry: (w: WriteEntry) => void (w.mtime = date) };
  return Buffer.concat([...createSync(options, list)]);
}
