import { describe, expect, it } from 'vitest';
import { analyse, pageWeight } from '../scripts/bench/measure.ts';
import { parsePhases, phaseAt } from '../scripts/bench/phases.ts';
import { sistemBerkasDari, uraiSistemBerkas } from '../scripts/bench/proc.ts';
import { summarize } from '../scripts/bench/report.ts';
import { FirstLoad } from '../scripts/verify/budgets.ts';
import { Site } from '../scripts/verify/site.ts';
import { writeTree } from './verify-helpers.ts';

/** The lines that mark the phases, with their arrival times, from a real `npm run bench` log. */
const LOG: [number, string][] = [
  [4.34, '03:24:01 [pustaka:content-rules] 117 berkas konten diperiksa dalam 1511 ms: 0 galat, 0 peringatan.'],
  [5.42, '03:24:02 [content] Syncing content'],
  [6.74, '03:24:03 [content] Synced content'],
  [6.74, '03:24:03 [build] Building static entrypoints...'],
  [8.25, '03:24:05 [vite] ✓ built in 1.49s'],
  [8.33, '03:24:05 [vite] ✓ built in 42ms'],
  [8.33, ' generating static routes '],
  [13.2, '03:24:10   ├─ /index.html (+2ms) '],
  [13.21, '03:24:10 ✓ Completed in 4.90s.'],
  [13.21, '03:24:10 [build] ✓ Completed in 6.47s.'],
  [14.17, '03:24:11 [pustaka:search] Pagefind: 215 halaman diindeks dalam 799 ms'],
  [14.17, '03:24:11 [build] 342 page(s) built in 12.62s'],
  [14.17, '03:24:11 [build] Complete!'],
];

describe('bench: fase build dari log Astro', () => {
  const p = parsePhases(
    LOG.map(([t, text]) => ({ t: t * 1000, text })),
    14_245,
  );

  it('membaca setiap fase, jumlah halaman dan waktu Pagefind', () => {
    expect(p).toMatchObject({ checkerMs: 1511, startupMs: 5420, bundleStartMs: 6740, renderStartMs: 8330, pages: 342, astroReportedMs: 12_620, pagefindMs: 799 });
    for (const [k, v] of Object.entries({ contentSyncMs: 1320, prepareMs: 0, bundleMs: 1590, renderMs: 4880, postBuildMs: 960, exitMs: 75 })) expect(p[k as keyof typeof p]).toBeCloseTo(v, 5);
  });

  it('menamai fase tempat puncak memori terjadi', () => {
    expect(phaseAt(p, 1000)).toBe('start-up');
    expect(phaseAt(p, 6000)).toBe('content sync');
    expect(phaseAt(p, 8000)).toBe('bundle');
    expect(phaseAt(p, 10_000)).toBe('render');
    expect(phaseAt(p, 14_000)).toBe('post-build');
  });

  it('meringkas putaran: median, min, maks; angka yang tidak ada dilewati', () => {
    expect(summarize([3, 1, 2, Number.NaN])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(summarize([4, 1, 2, 3])?.median).toBe(2.5);
    expect(summarize([])).toBeNull();
  });
});

describe('bench: bobot halaman', () => {
  const html = (body: string, head = '') => `<!doctype html><html lang="id"><head><title>t</title>${head}</head><body><header>h</header><main>${body}</main><footer>f</footer></body></html>`;
  const dir = writeTree({
    'index.html': html('<h1>Beranda</h1>', '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><script type="application/ld+json">{}</script><script>fetch("/data/katalog.json")</script>'),
    '_astro/a.css': 'body{color:red}',
    '_astro/b.js': 'import"/_astro/c.js";',
    '_astro/c.js': 'export const c=import("/_astro/d.js");',
    'data/katalog.json': '[1,2,3]',
    'praktik/a/index.html': html('<p>pendek</p>'),
    'praktik/b/index.html': html('<p>sedang sedang</p>'),
    'praktik/c/index.html': html('<p>panjang panjang panjang</p><img src="/hilang.png">'),
    'praktik/halaman/2/index.html': html('<p>bukan entri</p>'),
    'pagefind/besar.pf_index': 'x'.repeat(5000),
  });

  const site = new Site({ dir, base: '/' });
  const weigh = (rel: string) => pageWeight(site, new FirstLoad(site), rel)!;

  it('menghitung permintaan pertama seperti gerbang anggaran, ditambah yang mungkin dimuat skrip', () => {
    const w = weigh('index.html');
    expect(w.requests.map((r) => `${r.kind} ${r.url}`)).toEqual(['html /index.html', 'css /_astro/a.css', 'js /_astro/b.js', 'js /_astro/c.js']);
    expect(w.transferGzip).toBe(w.requests.reduce((n, r) => n + r.gzip!, 0));
    expect(w.dynamicLoaders).toEqual(['(inline script)', '/_astro/c.js']);
    expect(w.possibleFetches.map((f) => f.url)).toEqual(['/data/katalog.json']);
    expect(w.composition.jsonLd).toBeGreaterThan(0);
  });

  it('entri: median, rentang, dan berkas terbesar di luar pagefind/', async () => {
    const o = await analyse(dir, null);
    expect(o.pages.entry.count).toBe(3);
    expect(o.pages.entry.median?.path).toBe('praktik/b/index.html');
    expect(weigh('praktik/c/index.html').requests.at(-1)).toMatchObject({ url: '/hilang.png', kind: 'missing', found: false });
    expect(o.pagefindDir).toEqual({ bytes: 5000, files: 1 });
    expect(o.largest.some((f) => f.path.startsWith('pagefind/'))).toBe(false);
    expect(o.pages.home).toBeNull();
  });

  it('menyebut sistem berkas tempat build berjalan, dan apakah ext4-nya berjurnal', () => {
    // /proc/mounts of the README's VM, plus a journaled loop device and a tmpfs with a space in its path.
    const mounts = [
      '/dev/vda / ext4 rw,relatime,discard 0 0',
      'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
      'tmpfs /mnt/ram\\040disk tmpfs rw,relatime 0 0',
      '/dev/loop0 /mnt/jfs ext4 rw,relatime 0 0',
    ].join('\n');
    const jbd2 = ['loop0-8'];
    expect(uraiSistemBerkas(sistemBerkasDari(mounts, '/tmp', jbd2))).toBe('ext4 without a journal (/dev/vda at /)');
    expect(uraiSistemBerkas(sistemBerkasDari(mounts, '/mnt/jfs/proj', jbd2))).toBe('ext4 with a journal (/dev/loop0 at /mnt/jfs)');
    expect(uraiSistemBerkas(sistemBerkasDari(mounts, '/mnt/ram disk/x', jbd2))).toBe('tmpfs (tmpfs at /mnt/ram disk)');
    // A path that only starts like a mount point is not inside it.
    expect(sistemBerkasDari(mounts, '/mnt/jfs2', jbd2)!.mountPoint).toBe('/');
    expect(uraiSistemBerkas(null)).toBe('unknown');
  });
});

