import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../src/lib/scaffold.ts';
import { periksa, salinan } from './helpers.ts';

describe('npm run new', () => {
  it.each(['praktik', 'model', 'panduan'] as const)('scaffolds a %s the checker accepts as a draft, with warnings for what to fill in', (jenis) => {
    const t = salinan();
    const { id, text } = scaffold(jenis, 'Layanan Contoh Baru', '2026-11-28');
    mkdirSync(join(t.dir, jenis), { recursive: true });
    writeFileSync(join(t.dir, jenis, `${id}.mdx`), text);
    const mine = periksa(t.dir).filter((p) => p.file === `${jenis}/${id}.mdx`);
    expect(mine.filter((p) => p.level === 'error')).toEqual([]);
    expect(mine.length).toBeGreaterThan(0);
    expect(text).toContain('status: draf');
  });

  it('names the entry after its title', () => {
    expect(scaffold('praktik', 'Si Perut Laper', '2026-11-28').id).toBe('si-perut-laper');
  });
});
