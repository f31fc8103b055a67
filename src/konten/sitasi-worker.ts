/**
 * Formats every entry's reference list and "how to cite" line on the second core while Astro
 * starts up and renders (src/konten/sitasi.ts). It reads the same files, with the same parser and
 * schema, as the pages do, and calls the same functions: what it posts is exactly what a page
 * would compute, keyed by its inputs, so a page whose inputs differ simply computes its own.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { citable, itemEntri } from '../lib/kutipan.ts';
import { diperbaruiDari, tanggalGit } from '../lib/git-tanggal.ts';
import { apaTeks, cacheSitasi, daftarPustaka, itemSumber, kunciApa, kunciDaftar, type ItemCsl } from '../lib/sitasi/index.ts';
import { sumber as skemaSumber } from '../schema/sumber.ts';
import { daftarKonten } from '../validate/berkas.ts';
import { parseFrontmatter } from '../validate/frontmatter.ts';
import { bacaTeks } from '../validate/teks.ts';
import { muatSitasi } from './sitasi-cache.ts';

export interface TugasSitasi {
  root: string;
  contentDir: string;
  /** The content folder as `git log` names it (CONTENT_DIR), for the pages' update dates. */
  folderGit: string;
  site: string;
  base: string;
  /**
   * The lists of the last build (./sitasi-cache.ts): `baca` when this build may use them, `tulis`
   * where it keeps its own, `versi` of the formatter. None in tests that start the worker alone.
   */
  cache?: { baca: string | undefined; tulis: string; versi: string };
}

const t = workerData as TugasSitasi;
const daftar = daftarKonten(t.root, t.contentDir);
const baca = (full: string) => {
  const d = bacaTeks(readFileSync(full));
  return d.masalah ? undefined : parseFrontmatter(d.teks, false).data;
};
const nama = new Map<string, string>();
for (const b of daftar.entri) {
  if (b.koleksi !== 'penulis') continue;
  const d = bacaTeks(readFileSync(b.full));
  const n = d.masalah ? undefined : (parseFrontmatter(d.teks, true).data as { nama?: unknown }).nama;
  if (typeof n === 'string') nama.set(b.astroId, n.trim());
}
const git = tanggalGit(t.folderGit);

type Tugas = { kunci: string[]; jalankan: () => void };
const tugas: Tugas[] = [];
for (const b of daftar.entri) {
  if (b.koleksi !== 'model' && b.koleksi !== 'praktik') continue;
  const koleksi = b.koleksi;
  const fm = baca(b.full) as Record<string, unknown> | undefined;
  if (!fm || !Array.isArray(fm.sumber)) continue;
  const items: ItemCsl[] = [];
  for (const s of fm.sumber) {
    const r = skemaSumber.safeParse(s);
    if (!r.success) break;
    items.push(itemSumber(r.data));
  }
  if (items.length !== fm.sumber.length) continue;
  const penulis = (Array.isArray(fm.penulis) ? fm.penulis : []).map((p) => nama.get(String(p))).filter((n) => n !== undefined);
  const riwayat = (Array.isArray(fm.riwayat) ? fm.riwayat : []).map((r) => ({ tanggal: String((r as { tanggal?: unknown }).tanggal ?? '') }));
  const diperbarui = diperbaruiDari(git, b.file, riwayat);
  const kutip = (['id', 'en'] as const).map((locale) =>
    [locale, itemEntri(citable({ id: b.astroId, koleksi, judul: String(fm.judul ?? '').trim(), kepanjangan: typeof fm.kepanjangan === 'string' ? fm.kepanjangan.trim() : undefined, penulis, status: String(fm.status) }, { site: t.site, base: t.base, locale, diperbarui }))] as const,
  );
  tugas.push({
    kunci: [kunciDaftar(items, 'id'), ...kutip.map(([l, i]) => kunciApa(i, l))],
    jalankan: () => {
      daftarPustaka(items, 'id');
      for (const [l, i] of kutip) apaTeks(i, l);
    },
  });
}

// The plan first, so a page asking for a key the worker will produce waits instead of redoing it.
// It names every list of the content, those the last build formatted too: the build keeps them.
parentPort!.postMessage({ rencana: tugas.flatMap((x) => x.kunci) });
// The main thread already holds the last build's lists (src/konten/sitasi.ts): only entries with
// a list it lacks are formatted, on an incremental build the ones that changed.
const siap = t.cache?.baca ? new Set(muatSitasi(t.cache.baca, t.cache.versi).keys()) : new Set<string>();
// A page that needs a list now (on an incremental build, the one entry that changed) moves it to
// the front of the queue: it waits for one list, not for every entry before it.
const antre = tugas.filter((x) => !x.kunci.every((k) => siap.has(k)));
const perKunci = new Map(tugas.flatMap((x) => x.kunci.map((k) => [k, x] as const)));
parentPort!.on('message', (m: { dahulukan?: string }) => {
  const x = m.dahulukan === undefined ? undefined : perKunci.get(m.dahulukan);
  const i = x ? antre.indexOf(x) : -1;
  if (i > 0) antre.unshift(...antre.splice(i, 1));
});
while (antre.length) {
  const x = antre.shift()!;
  try {
    x.jalankan();
  } catch {
    // The page computes it and reports the error with its entry.
  }
  const hasil = x.kunci.filter((k) => cacheSitasi.has(k)).map((k) => [k, cacheSitasi.get(k)]);
  // Once posted, the lists live on the main thread; a copy kept here would only hold this heap
  // about 30 MB higher at 5,000 entries while the build nears its memory peak.
  for (const k of x.kunci) cacheSitasi.delete(k);
  parentPort!.postMessage({ hasil, selesai: x.kunci });
  // Let a request to go first arrive between two entries.
  await new Promise((r) => setImmediate(r));
}
parentPort!.postMessage({ tamat: true });
parentPort!.close();
