import { describe, expect, it } from 'vitest';
import { checkCsp, checkPage } from '../scripts/verify/csp.ts';
import { builtSite, page } from './verify-helpers.ts';

describe('gerbang CSP', () => {
  it('lolos bila setiap skrip sebaris tercantum hash-nya; JSON-LD tidak perlu hash', () => {
    const html = page('<h1>A</h1><script type="application/ld+json">{"@type":"Thing"}</script>', { scripts: ['document.documentElement.classList.add("js")'] });
    expect(checkPage(html)).toEqual([]);
  });

  it('melaporkan halaman tanpa meta CSP, dengan halaman dan berkasnya', () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1>', { csp: null }) });
    const [f] = checkCsp(site).findings;
    expect(f).toMatchObject({ gate: 'csp', page: '/sub/a/', file: 'a/index.html' });
    expect(f!.message).toContain('tidak ada <meta http-equiv="content-security-policy">');
  });

  it('melaporkan skrip sebaris yang akan diblokir (hash tidak ada, mis. is:inline)', () => {
    const html = page('<h1>A</h1><script>alert(1)</script>', { scripts: ['var a=1'] });
    const [m] = checkPage(html);
    expect(m).toContain('skrip sebaris (alert(1)');
    expect(m).toContain("'sha256-");
  });

  it("melaporkan 'unsafe-inline', asal lain, arahan wajib yang hilang, style= dan onclick=", () => {
    const html = page('<h1 style="color:red">A</h1><button type="button" onclick="x()">B</button>', {
      csp: "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example; style-src 'self'",
    });
    const problems = checkPage(html).join('\n');
    expect(problems).toContain("script-src memuat 'unsafe-inline'");
    expect(problems).toContain('script-src mengizinkan sumber lain (https://cdn.example)');
    expect(problems).toContain("object-src 'none'");
    expect(problems).toContain('atribut style="…" (mis. <h1 style="color:red">)');
    expect(problems).toContain('penangan kejadian (mis. <button onclick=…>)');
  });

  it('tidak tertipu oleh teks "onclick=" di dalam nilai atribut', () => {
    expect(checkPage(page('<h1 title="a onclick=b">A</h1>'))).toEqual([]);
  });
});
