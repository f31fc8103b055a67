/**
 * Post-build gates whose refusals survived a hand mutation of the gate: each case fails when the
 * gate is weakened as the comment before it says, and passes on the real gate. Found by the test
 * audit (.tmp/review/uji/findings.md).
 */
import { describe, expect, it } from 'vitest';
import { checkPage, hashOf } from '../scripts/verify/csp.ts';
import { checkLinks } from '../scripts/verify/links.ts';
import { builtSite, page, sitemap } from './verify-helpers.ts';

describe('gerbang tautan: yang tidak berfungsi di situs terbit', () => {
  // Mutation killed: dropping the javascript: check in scripts/verify/links.ts (it then passes as an outside URL).
  it('tautan javascript: dilaporkan dengan halaman dan berkasnya', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="javascript:alert(1)">Buka peta</a></p>', { path: 'a/' }) });
    const findings = (await checkLinks(site)).findings;
    expect(findings.map((f) => `${f.file} ${f.message}`)).toEqual(['a/index.html a[href]="javascript:alert(1)": URL javascript: diblokir CSP dan tidak berfungsi tanpa JavaScript']);
  });

  // Mutation killed: dropping the href="#" check (the page itself resolves, so nothing else reports it).
  it('href="#" dilaporkan: tautan yang tidak menuju ke mana pun', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="#">Unduh PDF</a></p>', { path: 'a/' }) });
    const findings = (await checkLinks(site)).findings;
    expect(findings.map((f) => f.message)).toEqual(['a[href]="#" tidak menuju ke mana pun; pakai <button> untuk aksi atau tulis jangkar yang ada']);
  });

  // Mutation killed: dropping the empty-URL check (an empty href reloads the page it is on).
  it('href kosong dilaporkan', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="">Unduh SOP</a></p>', { path: 'a/' }) });
    expect((await checkLinks(site)).findings.map((f) => f.message)).toEqual(['a[href] kosong']);
  });

  // Mutation killed: not reading the target of <meta http-equiv="refresh"> (a redirect page to a removed entry).
  it('pengalihan meta refresh ke halaman yang tidak ada dilaporkan', async () => {
    const { site } = builtSite({ 'lama/index.html': page('<h1>Pindah</h1>', { path: 'lama/', head: '<meta http-equiv="refresh" content="0; url=/sub/baru/">' }) });
    expect((await checkLinks(site)).findings.map((f) => f.message)).toEqual(['meta[refresh]="/sub/baru/" menuju halaman atau berkas yang tidak ada di hasil build']);
  });

  // Mutation killed: not reading og:url and og:image (the preview a chat app shows when the page is shared).
  it('og:image dan og:url ke berkas yang tidak ada dilaporkan', async () => {
    const head = '<meta property="og:url" content="https://contoh.example/sub/a/"><meta property="og:image" content="https://contoh.example/sub/og/a.png">';
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1>', { path: 'a/', head }) });
    expect((await checkLinks(site)).findings.map((f) => f.message)).toEqual(['meta[og:image]="https://contoh.example/sub/og/a.png" menuju halaman atau berkas yang tidak ada di hasil build']);
    const salah = builtSite({ 'a/index.html': page('<h1>A</h1>', { path: 'a/', head: head.replace('sub/a/', 'sub/b/') }), 'og/a.png': Buffer.alloc(10) });
    expect((await checkLinks(salah.site)).findings.map((f) => f.message)).toEqual(['meta[og:url]="https://contoh.example/sub/b/" menuju halaman atau berkas yang tidak ada di hasil build']);
  });

  // Mutation killed: dropping the origin check of sitemap URLs (a build made with the wrong SITE_URL).
  it('URL sitemap di asal lain dilaporkan; tautan ke situs lain di umpan tidak', async () => {
    const peta = sitemap(['']);
    const { site } = builtSite({
      ...peta,
      'sitemap-0.xml': peta['sitemap-0.xml']!.replace('</urlset>', '<url><loc>https://lain.example/sub/</loc></url></urlset>'),
      'feed.xml': '<rss><channel><item><link>https://lain.example/berita/</link></item></channel></rss>',
    });
    expect((await checkLinks(site)).findings.map((f) => `${f.file}: ${f.message}`)).toEqual(['sitemap-0.xml: URL https://lain.example/sub/ tidak berada di asal situs https://contoh.example (periksa SITE_URL)']);
  });

  // Mutation killed: dropping the base-path test of Site.resolve (scripts/verify/site.ts): the URL was then cut at the
  // base's length and reported as a missing file, not as leaving the site's folder.
  it('URL sitemap di asal situs tetapi di luar base path dilaporkan sebagai di luar base', async () => {
    const peta = sitemap(['']);
    const { site } = builtSite({ ...peta, 'sitemap-0.xml': peta['sitemap-0.xml']!.replace('</urlset>', '<url><loc>https://contoh.example/lain/</loc></url></urlset>') });
    expect((await checkLinks(site)).findings.map((f) => f.message)).toEqual(['URL="https://contoh.example/lain/" berada di luar base path /sub/']);
  });

  // Mutation killed: skipping absolute links to the site's own origin (canonical, hreflang) as if they were outside links.
  it('hreflang absolut ke halaman terjemahan yang tidak ada dilaporkan', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1>', { path: 'a/', head: '<link rel="alternate" hreflang="en" href="https://contoh.example/sub/en/a/">' }) });
    expect((await checkLinks(site)).findings.map((f) => f.message)).toEqual(['link[href]="https://contoh.example/sub/en/a/" menuju halaman atau berkas yang tidak ada di hasil build']);
  });
});

const WAJIB = "object-src 'none'; base-uri 'self'";

describe('gerbang CSP: yang akan diblokir atau dilonggarkan peramban', () => {
  // Mutation killed: dropping the "more than one CSP meta" check in scripts/verify/csp.ts.
  it('dua meta CSP di satu halaman dilaporkan: peramban menerapkan keduanya', () => {
    const kedua = `<meta http-equiv="content-security-policy" content="default-src 'self'; ${WAJIB}">`;
    expect(checkPage(page('<h1>A</h1>', { head: kedua }))).toEqual(['2 meta CSP di satu halaman: peramban menerapkan semuanya sekaligus, yang paling ketat menang']);
  });

  // Mutation killed: leaving `module` out of the script types that run (EXECUTABLE).
  it('skrip modul sebaris tanpa hash dilaporkan; JSON tidak', () => {
    const html = page('<h1>A</h1><script type="module">alert(1)</script><script type="application/json">{"a":1}</script>');
    expect(checkPage(html)).toEqual([expect.stringContaining(`skrip sebaris (alert(1)…) tidak tercantum di script-src (${hashOf('alert(1)')})`)]);
  });

  // Mutation killed: reading script-src only, without the browser's fallback to default-src.
  it('tanpa script-src, default-src yang berlaku untuk skrip: hash di sana sah, unsafe-inline di sana dilaporkan', () => {
    const skrip = 'document.documentElement.classList.add("js")';
    expect(checkPage(page('<h1>A</h1>', { scripts: [skrip], csp: `default-src 'self' ${hashOf(skrip)}; ${WAJIB}` }))).toEqual([]);
    expect(checkPage(page('<h1>A</h1>', { csp: `default-src 'self' 'unsafe-inline'; ${WAJIB}` }))).toEqual([
      "script-src memuat 'unsafe-inline': CSP tidak lagi melindungi dari skrip sisipan",
    ]);
  });

  // Mutation killed: dropping base-uri 'self' from the directives the policy must have.
  it("kebijakan tanpa base-uri 'self' dilaporkan (sebuah <base> sisipan dapat membelokkan setiap tautan relatif)", () => {
    expect(checkPage(page('<h1>A</h1>', { csp: "default-src 'self'; object-src 'none'" }))).toEqual(["kebijakan tidak memuat base-uri 'self'"]);
  });

  // Mutation killed: skipping the hash check of <style> elements.
  it('<style> sebaris tanpa hash di style-src dilaporkan; dengan hash atau unsafe-inline tidak', () => {
    const gaya = 'p{color:red}';
    const dengan = (styleSrc: string) => checkPage(page('<h1>A</h1>', { head: `<style>${gaya}</style>`, csp: `default-src 'self'; ${WAJIB}; script-src 'self'; style-src ${styleSrc}` }));
    expect(dengan("'self'")).toEqual([`gaya sebaris <style> (${gaya}…) tidak tercantum di style-src (${hashOf(gaya)}): peramban akan mengabaikannya`]);
    expect(dengan(`'self' ${hashOf(gaya)}`)).toEqual([]);
    expect(dengan("'self' 'unsafe-inline'")).toEqual([]);
  });
});
