import { describe, expect, it } from 'vitest';
import { checkCsp, checkPage, hashOf } from '../scripts/verify/csp.ts';
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
  it('tidak melaporkan <script>, <style>, onclick= dan style= yang hanya berupa teks (nilai atribut, entitas, komentar, textarea)', () => {
    const html = page(
      [
        '<h1 title="<script>alert(1)</script>">A</h1>',
        '<span aria-label="x <style>y</style>">B</span>',
        `<p data-contoh='<b onclick="x()" style="color:red">'>&lt;script&gt;alert(2)&lt;/script&gt; onclick="y()" style="color:red"</p>`,
        '<!-- <script>alert(3)</script><style>p{}</style> -->',
        '<textarea aria-label="kode"><script>alert(4)</script><style>p{}</style></textarea>',
        '<p title=\'<meta http-equiv="content-security-policy" content="default-src *">\'>C</p>',
      ].join('\n'),
    );
    expect(checkPage(html)).toEqual([]);
  });

  it('hash dihitung dari teks mentah skrip, persis seperti peramban (tanpa mengurai entitas)', () => {
    const body = 'if (a &amp;&amp; b) tulis("</p><b>");\n      // <!-- bukan komentar -->\n      c = "&lt;"';
    expect(checkPage(page('<h1>A</h1>', { scripts: [body] }))).toEqual([]);
  });

  it('tetap melaporkan skrip sebaris tanpa hash walau atributnya memuat teks src= atau type=', () => {
    const html = page(['<h1 title="</script>">A</h1>', '<script title=" src=x.js">alert(1)</script>', '<script title=" type=application/json">alert(2)</script>'].join('\n'));
    const problems = checkPage(html);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain(`skrip sebaris (alert(1)…) tidak tercantum di script-src (${hashOf('alert(1)')})`);
    expect(problems[1]).toContain(`skrip sebaris (alert(2)…) tidak tercantum di script-src (${hashOf('alert(2)')})`);
  });

  it('melaporkan meta CSP di dalam <body> sebagai di luar <head>', () => {
    const policy = "default-src 'self'; object-src 'none'; base-uri 'self'";
    const html = page(`<h1>A</h1><meta http-equiv="content-security-policy" content="${policy}">`, { csp: null });
    expect(checkPage(html)).toEqual(['meta CSP berada di luar <head>: peramban mengabaikannya']);
  });

  it('membaca halaman yang sangat dalam tanpa rekursi', () => {
    const html = page(`${'<span>'.repeat(10_000)}<script>alert(1)</script>${'</span>'.repeat(10_000)}`);
    expect(checkPage(html)).toEqual([expect.stringContaining('skrip sebaris (alert(1)')]);
  });
});
