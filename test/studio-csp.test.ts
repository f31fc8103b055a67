/**
 * The studio page's CSP. A maintainer opens outside authors' entries in the studio's preview
 * (Decap sanitises the Markdown preview, but keeps <img>, <style> and <form>): no image from a host
 * the studio does not need may load, and no form may send anything anywhere.
 */
import { describe, expect, it } from 'vitest';
import { berkasStudio } from '../src/integrations/studio.ts';
import { konfigurasiStudio } from '../src/lib/studio.ts';
import { skemaSemua } from '../scripts/skema-lib.ts';

/** The page's policy as directive → sources. */
async function kebijakan(lokal: boolean): Promise<Map<string, string[]>> {
  const html = (await berkasStudio(konfigurasiStudio(skemaSemua() as never, { cabang: 'main', lokal, repo: 'org/repo' }) as never))['index.html']!;
  const isi = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  expect(isi).toBeDefined();
  return new Map(isi!.split(';').map((d) => d.trim().split(/\s+/)).map(([nama, ...sumber]) => [nama!, sumber]));
}

describe('CSP halaman studio', () => {
  it('gambar hanya dari studio sendiri, data:, blob:, dan avatar GitHub; tidak dari https: mana pun', async () => {
    for (const lokal of [true, false]) {
      const csp = await kebijakan(lokal);
      expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com']);
      for (const [nama, sumber] of csp) expect(sumber, nama).not.toContain('https:');
      expect(csp.get('default-src')).toEqual(["'self'"]);
    }
  });

  it('tidak ada formulir yang dapat dikirim, objek, atau base lain', async () => {
    const csp = await kebijakan(false);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    // Decap cannot run without these two; nothing else is loosened.
    expect(csp.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });
});
