/**
 * Warm-up of the reference lists: the CSL processor takes about 2 ms per reference, which at
 * 1,000 entries would keep the main thread busy for many seconds. A build starts a worker
 * (./sitasi-worker.ts) as soon as Astro reads its config; it formats every entry's references
 * and citation on the second core and hands them to the shared cache (src/lib/sitasi/index.ts).
 * A page that needs a list the worker is still formatting waits for it; anything else the page
 * formats itself, so the worker only ever saves time and never decides what a page shows.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheSitasi } from '../lib/sitasi/index.ts';
import { muatSitasi, simpanSitasi } from './sitasi-cache.ts';
import type { TugasSitasi } from './sitasi-worker.ts';

const KUNCI = Symbol.for('pustaka.sitasi.worker');
type Bersama = {
  menunggu: Map<string, { janji: Promise<void>; selesai: () => void }>;
  mulai?: boolean;
  worker?: Worker | undefined;
  /** Every list of the content as the worker planned it, and those read from the last build. */
  rencana: Set<string>;
  dimuat: Set<string>;
  cache?: TugasSitasi['cache'];
};
const bersama: Bersama = ((globalThis as { [KUNCI]?: Bersama })[KUNCI] ??= { menunggu: new Map(), rencana: new Set(), dimuat: new Set() });

/** `peringatan` tells the build log when the worker fails: nothing a page shows changes, but the build slows. */
export function mulaiSitasi(tugas: TugasSitasi, peringatan: (pesan: string) => void): void {
  if (bersama.mulai) return;
  bersama.mulai = true;
  bersama.cache = tugas.cache;
  if (tugas.cache?.baca) {
    for (const [k, v] of muatSitasi(tugas.cache.baca, tugas.cache.versi)) {
      cacheSitasi.set(k, v);
      bersama.dimuat.add(k);
    }
  }
  const worker = new Worker(join(tugas.root, 'src/konten/sitasi-worker.ts'), { workerData: tugas });
  bersama.worker = worker;
  const lepas = (kunci: readonly string[]) => {
    for (const k of kunci) {
      bersama.menunggu.get(k)?.selesai();
      bersama.menunggu.delete(k);
    }
  };
  worker.on('message', (m: { rencana?: string[]; hasil?: [string, string | string[]][]; selesai?: string[]; tamat?: boolean }) => {
    for (const k of m.rencana ?? []) {
      bersama.rencana.add(k);
      if (cacheSitasi.has(k) || bersama.menunggu.has(k)) continue;
      let selesai!: () => void;
      const janji = new Promise<void>((r) => (selesai = r));
      bersama.menunggu.set(k, { janji, selesai });
    }
    for (const [k, v] of m.hasil ?? []) if (!cacheSitasi.has(k)) cacheSitasi.set(k, v);
    lepas(m.selesai ?? []);
    if (m.tamat) lepas([...bersama.menunggu.keys()]);
  });
  // A worker that fails only costs time: whatever it did not deliver, pages format themselves.
  worker.on('error', (e) => {
    peringatan(`pekerja kutipan berhenti (${e.message}); halaman memformat daftar sumbernya sendiri: hasilnya sama, build lebih lambat`);
    lepas([...bersama.menunggu.keys()]);
  });
  // Not unref'd: a page waiting on the worker must keep the build alive until it delivers.
  worker.on('exit', () => lepas([...bersama.menunggu.keys()]));
}

/** Waits until the worker has delivered the given keys, if it was going to, asking it to do them next. */
export async function tungguSitasi(kunci: readonly string[]): Promise<void> {
  const tunggu = kunci.map((k) => bersama.menunggu.get(k)?.janji).filter((j) => j !== undefined);
  if (tunggu.length) bersama.worker?.postMessage({ dahulukan: kunci[0] });
  await Promise.all(tunggu);
}

/**
 * The pages are written: whatever the worker has not formatted yet no page needs (an incremental
 * build reuses most pages), so the build does not wait for it to finish. The lists of the content
 * as it is now are kept for the next build: those of the plan, and those pages formatted
 * themselves; a list read from the last build that no entry has any more is left out.
 */
export async function hentikanSitasi(): Promise<void> {
  const w = bersama.worker;
  bersama.worker = undefined;
  await w?.terminate();
  const cache = bersama.cache;
  bersama.cache = undefined;
  if (!cache) return;
  simpanSitasi(cache.tulis, [...cacheSitasi].filter(([k]) => bersama.rencana.has(k) || !bersama.dimuat.has(k)), cache.versi);
}
