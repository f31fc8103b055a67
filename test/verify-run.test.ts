import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGates } from '../scripts/verify/run.ts';
import { groupFindings, type Finding } from '../scripts/verify/problem.ts';
import { Site } from '../scripts/verify/site.ts';
import { BASE, builtSite, ORIGIN, page, sitemap } from './verify-helpers.ts';

describe('pelapor gerbang', () => {
  it('menghentikan (ok: false) dan mencetak apa dan di mana', async () => {
    const { dist, root } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="/sub/hilang/">Hilang</a></p>') });
    const lines: string[] = [];
    const { ok } = await runGates({ dist, root, contentDir: 'content', only: ['tautan'], log: (l) => lines.push(l) });
    expect(ok).toBe(false);
    const out = lines.join('\n');
    expect(out).toContain('✗ tautan: 1 galat');
    expect(out).toContain('/sub/a/ (a/index.html:');
    expect(out).toContain('a[href]="/sub/hilang/" menuju halaman atau berkas yang tidak ada');
  });

  it('menolak build untuk base lain dari yang diminta', async () => {
    const { dist, root } = builtSite({});
    const lines: string[] = [];
    const { ok } = await runGates({ dist, root, base: '/model-inovasi/', only: ['csp'], log: (l) => lines.push(l) });
    expect(ok).toBe(false);
  });

  it('membaca konten dari folder proyek yang diperiksa, bukan dari folder kerja, untuk contentDir relatif maupun absolut', async () => {
    // The working directory (this repository) has its own content/ with published entries; the
    // checked project has none, so counting the wrong folder would report missing pages.
    const { dist, root } = builtSite({ ...sitemap(['']) });
    for (const contentDir of ['content', join(root, 'content')]) {
      const lines: string[] = [];
      const { results } = await runGates({ dist, root, contentDir, base: BASE, only: ['hitungan'], log: (l) => lines.push(l) });
      expect(results[0]!.summary?.join(' '), contentDir).toMatch(/^0 entri terbit/);
    }
  });

  it('menunjuk berkas sumber sebuah halaman entri relatif ke akar proyek, dengan contentDir relatif maupun absolut', () => {
    const { root, dist } = builtSite({}, { 'praktik/layanan-a.mdx': '---\njudul: A\n---\n' });
    for (const contentDir of ['content', join(root, 'content')]) {
      const site = new Site({ dir: dist, root, contentDir, base: BASE });
      expect(site.sourceOf(`${BASE}praktik/layanan-a/`), contentDir).toBe('content/praktik/layanan-a.mdx');
      expect(site.lineIn('content/praktik/layanan-a.mdx', ['judul: A'])).toBe(2);
    }
  });

  it('melaporkan berkas konfigurasi gerbang yang rusak atau hilang di akar proyek, dan tetap menjalankan gerbang lain', async () => {
    const { dist, root } = builtSite({ ...sitemap(['']) });
    writeFileSync(join(root, 'budgets.json'), '{"jenis": {');
    rmSync(join(root, '.htmlvalidate.json'));
    const lines: string[] = [];
    const { ok, results } = await runGates({ dist, root, contentDir: 'content', base: BASE, only: ['html', 'anggaran', 'csp'], log: (l) => lines.push(l) });
    expect(ok).toBe(false);
    expect(results.map((r) => r.gate)).toEqual(['csp', 'html', 'anggaran']);
    const pesan = (gate: string) => results.find((r) => r.gate === gate)!.findings.map((f) => f.message);
    expect(pesan('anggaran')).toEqual([expect.stringMatching(/^budgets\.json di akar proyek tidak dapat dibaca sebagai JSON \(.+\); gerbang anggaran tidak dijalankan$/)]);
    expect(pesan('html')).toEqual([expect.stringMatching(/^\.htmlvalidate\.json di akar proyek tidak dapat dibaca sebagai JSON \(ENOENT/)]);
  });

  it('mengelompokkan masalah yang sama di banyak halaman menjadi satu baris', () => {
    const f = (page: string): Finding => ({ gate: 'tautan', level: 'error', page, file: `${page}index.html`, message: 'a[href]="/sub/tema/" tidak ada' });
    const lines = groupFindings([f('/sub/a/'), f('/sub/b/'), f('/sub/c/'), f('/sub/d/')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('4 halaman: /sub/a/');
    expect(lines[0]).toContain('(+1)');
    expect(lines[0]).toContain('templat');
  });
  it('melaporkan build yang rusak sebagai temuan dan tetap menjalankan setiap gerbang', async () => {
    const map = sitemap(['', 'a/']);
    const { dist, root } = builtSite({
      'index.html': page('<h1>Beranda</h1>').replace(`href="${ORIGIN}${BASE}"`, 'href="https://"'),
      'a/index.html': '<!DOCTYPE html>\n<html lang="id"><body>\n<p><a href="/sub/"',
      ...map,
      'sitemap-0.xml': map['sitemap-0.xml']!.replace('</urlset>', '<url><loc>https://</loc></url><url><loc>bukan-url</loc></url></urlset>'),
      'feed.xml': '<rss><channel><link>http://[contoh</link></channel></rss>',
      'data/entri.json': '{"versi_skema": "1.0.0", "entri": [',
      'data/katalog-praktik-id.json': '[{"id": "a"',
    });
    const lines: string[] = [];
    const { ok, results } = await runGates({ dist, root, contentDir: 'content', base: BASE, log: (l) => lines.push(l) });
    expect(ok).toBe(false);
    expect(results.map((r) => r.gate)).toEqual(['csp', 'tautan', 'html', 'anggaran', 'hitungan']);
    for (const gate of ['csp', 'tautan', 'html', 'anggaran', 'hitungan']) expect(lines.some((l) => l.startsWith(`\n✗ ${gate}: `))).toBe(true);
    const messages = results.flatMap((r) => r.findings.map((f) => f.message));
    for (const message of [
      'link[href]="https://" bukan URL yang sah',
      'HTML halaman ini tidak dapat diurai',
      'URL="https://" bukan URL yang sah',
      'URL="http://[contoh" bukan URL yang sah',
      'sitemap-0.xml: <loc>bukan-url</loc> bukan URL yang sah',
      'data/entri.json bukan JSON yang sah',
      'data/katalog-praktik-id.json bukan JSON yang sah',
    ]) {
      expect(messages.some((m) => m.startsWith(message)), message).toBe(true);
    }
  });
});
