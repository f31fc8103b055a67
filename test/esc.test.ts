/** The one HTML escaper (src/lib/esc.ts), with the cases of its three contexts. */
import { describe, expect, it } from 'vitest';
import { esc, escBerentitas, jsonDiSkrip } from '../src/lib/esc.ts';

describe('esc: teks ke isi elemen atau nilai atribut berkutip', () => {
  it('meloloskan kelima karakter HTML', () => {
    expect(esc(`<b onclick="x('y')">R&D</b>`)).toBe('&lt;b onclick=&quot;x(&#39;y&#39;)&quot;&gt;R&amp;D&lt;/b&gt;');
  });
  it('meloloskan entitas yang sudah tertulis sekali lagi: teks polos tidak memuat entitas', () => {
    expect(esc('&amp; &#8212;')).toBe('&amp;amp; &amp;#8212;');
    expect(esc('Kulon Progo')).toBe('Kulon Progo');
  });
});

describe('escBerentitas: teks yang sudah diloloskan (cuplikan Pagefind)', () => {
  it('mempertahankan rujukan karakter bernama, desimal, dan heksadesimal', () => {
    expect(escBerentitas('R&D &amp; &#8212; &#x2014; &x')).toBe('R&amp;D &amp; &#8212; &#x2014; &amp;x');
  });
  it('meloloskan tanda selebihnya seperti esc', () => {
    expect(escBerentitas(`<img src=x onerror="a('b')">`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;');
    expect(escBerentitas('&;')).toBe('&amp;;');
  });
});

describe('jsonDiSkrip: data untuk <script type="application/json">', () => {
  it('tidak dapat menutup elemen skripnya, dan terbaca kembali utuh', () => {
    const data = { judul: '</script><script>alert(1)</script>', n: 1 };
    const teks = jsonDiSkrip(data);
    expect(teks).not.toMatch(/<\/script/i);
    expect(teks).not.toContain('<');
    expect(JSON.parse(teks)).toEqual(data);
  });
});
