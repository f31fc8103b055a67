import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffold } from '../src/lib/scaffold.ts';
import { galat, periksa, ROOT, salinan } from './helpers.ts';

/** `npm run new -- <args>` in a copy of the fixture: its exit code, what it printed, and the practices it left. */
function baru(...args: string[]) {
  const t = salinan();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: t.dir } });
  return { ...r, dir: t.dir, praktik: readdirSync(join(t.dir, 'praktik')) };
}

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

  it('refuses an id the checker would refuse, before writing anything, and says how to choose one', () => {
    const sebelum = baru('praktik', 'Layanan Contoh Baru').praktik.filter((f) => f !== 'layanan-contoh-baru.mdx');
    // A title that slugs to a Windows device name: its page folder could not be copied to IIS.
    const aux = baru('praktik', 'Aux');
    expect(aux.status).toBe(2);
    expect(aux.stderr).toContain('id "aux" (dari judul "Aux")');
    expect(aux.stderr).toContain('dicadangkan Windows');
    expect(aux.stderr).toContain('--id aux-daerah');
    expect(aux.praktik).toEqual(sebelum);
    // A title with no Latin letter or digit has no id to give: before, this wrote `.mdx`.
    const kosong = baru('praktik', '!!!');
    expect(kosong.status).toBe(2);
    expect(kosong.stderr).toContain('tidak memuat huruf latin atau angka');
    expect(kosong.praktik).toEqual(sebelum);
    const besar = baru('praktik', 'Layanan Baru', '--id', 'Layanan-Baru');
    expect(besar.status).toBe(2);
    expect(besar.stderr).toContain('--id layanan-baru');
  });

  it('takes the id the author chooses, and the checker accepts the draft under it', () => {
    const r = baru('praktik', 'ÆØÅ', '--id', 'layanan-nordik');
    expect(r.status, r.stderr).toBe(0);
    expect(r.praktik).toContain('layanan-nordik.mdx');
    expect(galat(periksa(r.dir, new Date().toISOString().slice(0, 10))).filter((p) => p.file === 'praktik/layanan-nordik.mdx')).toEqual([]);
  });
});

