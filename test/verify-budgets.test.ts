import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkBudgets, FirstLoad, matchesPattern, type Budgets } from '../scripts/verify/budgets.ts';
import { builtSite, page } from './verify-helpers.ts';

const budgets: Budgets = {
  jenis: {
    entri: { pola: ['praktik/*/'], gzipKiB: 4, permintaan: 3, alasan: 'uji' },
    beranda: { pola: [''], gzipKiB: 4, permintaan: 3, alasan: 'uji' },
  },
};

/** Text that does not compress: random bytes as hex. */
const noise = (kib: number) => randomBytes(kib * 512).toString('hex');

describe('gerbang anggaran', () => {
  it('menghitung HTML, CSS, JS beserta impor statisnya, font dari CSS, gambar tidak-lazy dan ikon', () => {
    const { site } = builtSite({
      'praktik/x/index.html': page('<h1>X</h1><img src="/sub/g.png" alt="g"><img src="/sub/lazy.png" alt="l" loading="lazy">', {
        head: '<link rel="stylesheet" href="/sub/_astro/a.css"><script type="module" src="/sub/_astro/a.js"></script><link rel="icon" href="/sub/favicon.svg">',
      }),
      '_astro/a.css': '@font-face{font-family:X;src:url(/sub/_astro/x.woff2) format("woff2"),url(/sub/_astro/x.woff) format("woff")}body{color:red}',
      '_astro/a.js': 'import{b as c}from"./b.js";import"./c.js";const l=()=>import("./lazy.js");c();',
      '_astro/b.js': 'export const b=()=>1;',
      '_astro/c.js': 'console.log(1)',
      '_astro/lazy.js': 'x',
      '_astro/x.woff2': Buffer.alloc(1000),
      '_astro/x.woff': Buffer.alloc(2000),
      'g.png': Buffer.alloc(300),
      'lazy.png': Buffer.alloc(300),
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const load = new FirstLoad(site).of('praktik/x/index.html');
    expect(load.resources.map((r) => `${r.kind}:${r.file}`).sort()).toEqual(
      ['css:_astro/a.css', 'font:_astro/x.woff2', 'gambar:g.png', 'html:praktik/x/index.html', 'ikon:favicon.svg', 'js:_astro/a.js', 'js:_astro/b.js', 'js:_astro/c.js'].sort(),
    );
    // woff2 is counted as it is (already compressed), the rest at gzip size.
    expect(load.resources.find((r) => r.kind === 'font')!.bytes).toBe(1000);
  });

  it('lolos bila setiap halaman di bawah anggaran jenisnya', () => {
    const { site } = builtSite({ 'praktik/x/index.html': page('<h1>X</h1>') });
    expect(checkBudgets(site, budgets).findings).toEqual([]);
  });

  it('melaporkan halaman yang melebihi anggaran byte dan permintaan: jenis, angka, rincian dan sumber', () => {
    const { site } = builtSite(
      {
        'praktik/berat/index.html': page(`<h1>Berat</h1><p>${noise(12)}</p>`, { head: '<link rel="stylesheet" href="/sub/a.css"><link rel="stylesheet" href="/sub/b.css"><link rel="stylesheet" href="/sub/c.css">' }),
        'a.css': 'a{}',
        'b.css': 'b{}',
        'c.css': 'c{}',
      },
      { 'praktik/berat.mdx': '---\n---\n' },
    );
    const [f] = checkBudgets(site, budgets).findings;
    expect(f).toMatchObject({ gate: 'anggaran', level: 'error', page: '/sub/praktik/berat/', file: 'praktik/berat/index.html', source: { file: 'content/praktik/berat.mdx' } });
    expect(f!.message).toMatch(/melebihi anggaran jenis "entri": \d+\.\d KiB gzip > 4 KiB; 4 permintaan > 3/);
    expect(f!.detail).toContain('a.css');
  });

  it('gagal bila sebuah jenis halaman tidak cocok dengan halaman mana pun', () => {
    const { site } = builtSite({});
    const [f] = checkBudgets(site, { jenis: { cari: { pola: ['cari/'], gzipKiB: 10, permintaan: 5, alasan: 'uji' } } }).findings;
    expect(f!.message).toContain('jenis halaman "cari" tidak cocok dengan halaman mana pun (pola: /cari/)');
  });

  it('gagal bila sebuah halaman tidak dicakup anggaran mana pun, dan menyebut polanya', () => {
    const { site } = builtSite({ 'praktik/x/index.html': page('<h1>X</h1>'), 'halaman-baru/index.html': page('<h1>Baru</h1>') });
    const findings = checkBudgets(site, budgets).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ gate: 'anggaran', level: 'error', file: 'halaman-baru/index.html' });
    expect(findings[0]!.message).toContain('tidak dicakup anggaran mana pun: tambahkan polanya ("halaman-baru/"');
  });

  it('pola: "*" mencocokkan tepat satu segmen', () => {
    expect(matchesPattern('praktik/x/', 'praktik/*/')).toBe(true);
    expect(matchesPattern('praktik/halaman/2/', 'praktik/*/')).toBe(false);
    expect(matchesPattern('', '')).toBe(true);
    expect(matchesPattern('en/', '')).toBe(false);
  });
  it('menghitung URL yang rusak di HTML, CSS dan JS sebagai rujukan yang tidak ada, tanpa berhenti', () => {
    const { site } = builtSite({
      'praktik/x/index.html': page('<h1>X</h1><img src="https://" alt="g">', { head: '<link rel="stylesheet" href="/sub/a.css"><script type="module" src="/sub/a.js"></script><link rel="icon" href="http://[ikon">' }),
      'a.css': '@font-face{font-family:X;src:url(http://[font.woff2)}',
      'a.js': 'import"http://[modul.js";',
    });
    const load = new FirstLoad(site).of('praktik/x/index.html');
    expect(load.missing.sort()).toEqual(['http://[font.woff2', 'http://[ikon', 'http://[modul.js', 'https://'].sort());
    expect(checkBudgets(site, budgets).findings.map((f) => f.message)).toEqual(['melebihi anggaran jenis "entri": 7 permintaan > 3']);
  });
});
