import { describe, expect, it } from 'vitest';
import { compareBuilds, firstDifference } from '../scripts/verify/determinism.ts';
import { page, writeTree } from './verify-helpers.ts';

describe('gerbang determinisme', () => {
  it('lolos untuk dua build yang identik', () => {
    const files = { 'index.html': page('<h1>A</h1>'), '_astro/a.css': 'a{}' };
    expect(compareBuilds(writeTree(files), writeTree(files)).findings).toEqual([]);
  });

  it('melaporkan berkas yang isinya berbeda, dengan letak perbedaan pertama', () => {
    const a = writeTree({ 'index.html': page('<h1>A</h1>'), 'feed.xml': '<rss><lastBuildDate>Sat, 28 Nov 2026 10:00:00 GMT</lastBuildDate></rss>' });
    const b = writeTree({ 'index.html': page('<h1>A</h1>'), 'feed.xml': '<rss><lastBuildDate>Sat, 28 Nov 2026 10:00:07 GMT</lastBuildDate></rss>' });
    const [f] = compareBuilds(a, b).findings;
    expect(f).toMatchObject({ gate: 'determinisme', level: 'error', page: 'feed.xml' });
    expect(f!.message).toContain('isi berbeda');
    expect(f!.message).toContain('10:00:00');
    expect(f!.message).toContain('10:00:07');
  });

  it('melaporkan berkas yang hanya ada di satu build (nama ber-hash yang berubah)', () => {
    const a = writeTree({ 'index.html': page('x'), '_astro/a.AAAA.js': '1' });
    const b = writeTree({ 'index.html': page('x'), '_astro/a.BBBB.js': '1' });
    const msgs = compareBuilds(a, b).findings.map((f) => `${f.page}: ${f.message}`);
    expect(msgs).toEqual(['_astro/a.AAAA.js: ada di build 1, tidak ada di build 2', expect.stringContaining('_astro/a.BBBB.js: ada di build 2')]);
  });

  it('menunjuk baris perbedaan pertama', () => {
    expect(firstDifference('a\nb\nc', 'a\nb\nX')).toMatch(/^baris 3,/);
  });
  it('membandingkan build yang tautan kanonis berandanya bukan URL, tanpa berhenti', () => {
    const files = { 'index.html': page('<h1>A</h1>').replace(/<link rel="canonical" href="[^"]*">/, '<link rel="canonical" href="https://">') };
    expect(compareBuilds(writeTree(files), writeTree(files)).findings).toEqual([]);
  });
});
