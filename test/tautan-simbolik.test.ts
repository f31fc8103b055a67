/**
 * A symbolic link in content/ is refused. Its message goes to public CI logs: it quotes what the
 * link says (what the pull request shows), never the absolute path it resolves to on the runner.
 */
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { galat, periksa, salinan } from './helpers.ts';

describe('pesan tautan simbolik ke luar repositori', () => {
  it('mengutip isi tautannya, bukan path mutlak tujuannya', () => {
    const t = salinan();
    const naik = `${'../'.repeat(30)}etc/hostname`;
    symlinkSync(naik, join(t.dir, 'praktik/luar.mdx'));
    const p = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/luar.mdx');
    expect(p.map((x) => x.message)).toEqual([`tautan simbolik ke luar repositori ("${naik}") tidak diizinkan. Situs hanya membaca berkas sungguhan: salin berkasnya ke sini, jangan ditautkan`]);
    expect(p[0]!.message).not.toContain('(/etc/hostname)');
  });

  it('menampakkan baris baru dan karakter tak terlihat dalam isi tautan', () => {
    const t = salinan();
    const luar = mkdtempSync(join(tmpdir(), 'pustaka-luar-'));
    const nama = join(luar, 'a\nb\u202Ec.mdx');
    writeFileSync(nama, 'x');
    symlinkSync(nama, join(t.dir, 'praktik/luar.mdx'));
    const [p] = galat(periksa(t.dir)).filter((x) => x.file === 'praktik/luar.mdx');
    expect(p!.message).toContain(`("${luar}/a\\nb\\u{202E}c.mdx")`);
    expect(p!.message).not.toMatch(/[\n\u202E]/);
  });
});
