import { describe, expect, it } from 'vitest';
import { FAVICON } from '../src/lib/site.ts';

describe('ikon situs sebaris (FAVICON)', () => {
  it('URL data yang sah: tidak ada karakter yang harus di-escape di atribut href (spasi, <, >, #, ")', () => {
    expect(URL.canParse(FAVICON)).toBe(true);
    expect(FAVICON).toMatch(/^data:image\/svg\+xml,/);
    expect(FAVICON).not.toMatch(/[\s<>#"]/);
  });

  it('terbaca sebagai SVG 32 × 32 yang sama: kotak biru membulat dengan huruf P putih', () => {
    const svg = decodeURIComponent(FAVICON.slice(FAVICON.indexOf(',') + 1));
    expect(svg).toMatch(/^<svg xmlns='http:\/\/www\.w3\.org\/2000\/svg' viewBox='0,0,32,32'>.*<\/svg>$/);
    expect(svg).toContain("<rect width='32' height='32' rx='6' fill='#0a4d8c'/>");
    // Path data: numbers separated by commas read as they do with spaces (SVG path grammar).
    const angka = /<path d='([^']*)'/.exec(svg)![1]!.match(/-?\d+(\.\d+)?/g);
    expect(angka).toEqual(['8', '22', '10', '7', '4', '4', '0', '0', '1', '0', '8', '-3', '4']);
    expect(svg).toContain("fill='#fff'/>");
  });
});
