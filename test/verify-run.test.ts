import { describe, expect, it } from 'vitest';
import { runGates } from '../scripts/verify/run.ts';
import { groupFindings, type Finding } from '../scripts/verify/problem.ts';
import { builtSite, page } from './verify-helpers.ts';

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

  it('mengelompokkan masalah yang sama di banyak halaman menjadi satu baris', () => {
    const f = (page: string): Finding => ({ gate: 'tautan', level: 'error', page, file: `${page}index.html`, message: 'a[href]="/sub/tema/" tidak ada' });
    const lines = groupFindings([f('/sub/a/'), f('/sub/b/'), f('/sub/c/'), f('/sub/d/')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('4 halaman: /sub/a/');
    expect(lines[0]).toContain('(+1)');
    expect(lines[0]).toContain('templat');
  });
});
