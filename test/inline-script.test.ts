import { describe, expect, it } from 'vitest';
import { inlineScript, kebijakanKeamanan, sha256 } from '../src/lib/inline-script.ts';

const policy = (base: string) => new Map(kebijakanKeamanan(base).split('; ').map((d) => { const [name, ...values] = d.split(' '); return [name!, values]; }));

/** What a browser allows for a fetch directive, following CSP Level 3's fallback lists. */
const FALLBACK: Record<string, string[]> = {
  'style-src': ['style-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
  'img-src': ['img-src', 'default-src'],
  'font-src': ['font-src', 'default-src'],
  'script-src': ['script-src', 'default-src'],
  'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
};
const effective = (base: string, directive: string) => {
  const p = policy(base);
  const hit = FALLBACK[directive]!.find((d) => p.has(d));
  return hit ? p.get(hit)! : ['*'];
};

describe('CSP halaman (kebijakanKeamanan)', () => {
  it('gaya, koneksi, font, dan bingkai hanya dari situs sendiri: tanpa gaya sebaris, tanpa pihak ketiga', () => {
    for (const d of ['style-src', 'connect-src', 'font-src', 'frame-src']) expect(effective('/', d), d).toEqual(["'self'"]);
  });

  it('skrip: milik situs, wasm Pagefind, dan skrip kepala sebaris menurut hash-nya untuk base itu, tanpa unsafe-inline', () => {
    const s = effective('/sub/jalan/', 'script-src');
    expect(s).toEqual(["'self'", "'wasm-unsafe-eval'", `'${sha256(inlineScript('/sub/jalan/'))}'`]);
    expect(effective('/', 'script-src')).not.toEqual(s);
  });

  it('pekerja blob: Pagefind dan ikon data: diizinkan; object, base, dan form tetap terkunci', () => {
    expect(effective('/', 'worker-src')).toEqual(["'self'", 'blob:']);
    expect(effective('/', 'img-src')).toEqual(["'self'", 'data:']);
    const p = policy('/');
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'self'"]);
    expect(p.get('form-action')).toEqual(["'self'"]);
  });

  it('tidak ada arahan yang hanya mengulang default-src: setiap byte kebijakan ada di setiap halaman', () => {
    const p = policy('/');
    const dflt = p.get('default-src')!.join(' ');
    const berulang = [...p].filter(([name, v]) => name !== 'default-src' && (FALLBACK[name]?.at(-1) === 'default-src' && FALLBACK[name]!.length === 2) && v.join(' ') === dflt);
    expect(berulang.map(([name]) => name)).toEqual([]);
  });
});
