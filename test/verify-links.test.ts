import { describe, expect, it } from 'vitest';
import { checkLinks } from '../scripts/verify/links.ts';
import { BASE, builtSite, ORIGIN, page, sitemap, writeTree } from './verify-helpers.ts';

const messages = (r: Awaited<ReturnType<typeof checkLinks>>) => r.findings.map((f) => f.message);

describe('gerbang tautan', () => {
  it('lolos pada situs yang utuh (gerbang tidak selalu gagal)', async () => {
    const { site } = builtSite({
      'a/index.html': page('<h1 id="atas">A</h1><p><a href="/sub/b/#bagian">Bagian B</a> <a href="#atas">Ke atas</a> <a href="../b/">B relatif</a> <a href="https://luar.example/x">Situs lain</a></p>', { path: 'a/' }),
      'b/index.html': page('<h1>B</h1><h2 id="bagian">Bagian</h2>', { path: 'b/' }),
      ...sitemap(['', 'a/', 'b/']),
    });
    const r = await checkLinks(site);
    expect(r.findings).toEqual([]);
    expect(r.summary[0]).toMatch(/tautan/);
  });

  it('melaporkan tautan ke halaman yang tidak ada: apa dan di mana', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1>\n<p><a href="/sub/hilang/">Hilang</a></p>', { path: 'a/' }) });
    const [f] = (await checkLinks(site)).findings;
    expect(f).toMatchObject({ gate: 'tautan', level: 'error', page: '/sub/a/', file: 'a/index.html' });
    expect(f!.line).toBeGreaterThan(1);
    expect(f!.message).toContain('"/sub/hilang/"');
    expect(f!.message).toContain('tidak ada');
  });

  it('melaporkan #fragmen yang tidak ada di halaman tujuan, dengan saran jangkar terdekat', async () => {
    const { site } = builtSite({
      'a/index.html': page('<h1>A</h1><p><a href="/sub/b/#langkah-replikas">Langkah</a></p>', { path: 'a/' }),
      'b/index.html': page('<h1>B</h1><h2 id="langkah-replikasi">Langkah</h2>', { path: 'b/' }),
    });
    const msgs = messages(await checkLinks(site));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toContain('#langkah-replikas tidak ada di /sub/b/');
    expect(msgs[0]).toContain('Mungkin maksudnya #langkah-replikasi');
  });

  it('melaporkan jangkar di halaman yang sama yang tidak ada', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="#tidak-ada">Loncat</a></p>', { path: 'a/' }) });
    expect(messages(await checkLinks(site))[0]).toContain('#tidak-ada tidak ada di halaman ini');
  });

  it('melaporkan tautan yang tidak mengikuti base path (rusak di sub-path)', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="/praktik/">Praktik</a></p><link rel="stylesheet" href="/_astro/x.css">', { path: 'a/' }) });
    const msgs = messages(await checkLinks(site));
    expect(msgs.some((m) => m.includes('a[href]="/praktik/" tidak diawali base path /sub/'))).toBe(true);
  });

  it('menunjuk berkas templat yang menulis tautan tanpa base', async () => {
    const { site, root } = builtSite({ 'a/index.html': page('<h1>A</h1><footer><a href="/tentang/">Tentang</a></footer>', { path: 'a/' }) });
    writeTree({ 'src/components/Kaki.astro': '---\n---\n<footer>\n  <a href="/tentang/">Tentang</a>\n</footer>\n' }, root);
    const [f] = (await checkLinks(site)).findings;
    expect(f!.detail).toBe('ditulis di: src/components/Kaki.astro:4');
  });

  it('melaporkan folder tanpa garis miring penutup', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p><a href="/sub/b">B</a></p>', { path: 'a/' }), 'b/index.html': page('<h1>B</h1>') });
    expect(messages(await checkLinks(site))[0]).toContain('tanpa garis miring penutup');
  });

  it('melaporkan teks tautan yang samar ("klik di sini", "selengkapnya", "read more")', async () => {
    const { site } = builtSite({
      'a/index.html': page('<h1>A</h1><p><a href="/sub/b/">Klik di sini</a>. <a href="/sub/b/">Selengkapnya…</a> <a href="/sub/b/" aria-label="Read more">Baca profil SIMPATI</a></p>', { path: 'a/' }),
      'b/index.html': page('<h1>B</h1>'),
    });
    const msgs = messages(await checkLinks(site));
    expect(msgs).toHaveLength(3);
    expect(msgs[0]).toContain('teks tautan "Klik di sini" tidak menjelaskan tujuannya (menuju /sub/b/)');
    expect(msgs[1]).toContain('"Selengkapnya…"');
    expect(msgs[2]).toContain('"Read more"');
  });

  it('menunjuk baris di berkas .mdx sumber untuk tautan di isi entri', async () => {
    const mdx = ['---', 'judul: X', '---', '', '## Ringkasan', '', 'Lihat [tema stunting](/tema/stunting/) untuk konteks.', ''].join('\n');
    const { site } = builtSite(
      {
        'praktik/x/index.html': page('<h1>X</h1><nav><a href="/sub/tema/">Tema</a></nav><article><div class="isi"><p>Lihat <a href="/sub/tema/stunting/">tema stunting</a> untuk konteks.</p></div></article>', { path: 'praktik/x/' }),
        'en/praktik/x/index.html': page('<h1>X</h1><article><div class="isi"><p>Lihat <a href="/sub/tema/stunting/">tema stunting</a>.</p></div></article>', { path: 'en/praktik/x/', lang: 'en' }),
      },
      { 'praktik/x.mdx': mdx },
    );
    const findings = (await checkLinks(site)).findings;
    const body = findings.filter((f) => f.message.includes('/sub/tema/stunting/'));
    expect(body).toHaveLength(2);
    for (const f of body) expect(f.source).toEqual({ file: 'content/praktik/x.mdx', line: 7 });
    // A template link (the navigation) is not blamed on the content file.
    const nav = findings.find((f) => f.message.includes('"/sub/tema/"'));
    expect(nav?.source).toBeUndefined();
  });

  it('melaporkan URL sitemap yang tidak menuju halaman', async () => {
    const { site } = builtSite({ ...sitemap(['', 'hilang/']) });
    const [f] = (await checkLinks(site)).findings;
    expect(f).toMatchObject({ file: 'sitemap-0.xml' });
    expect(f!.message).toContain('https://contoh.example/sub/hilang/');
  });
  it('melaporkan URL sitemap yang halamannya menunjuk URL kanonis lain atau noindex', async () => {
    const { site } = builtSite({
      'a/index.html': page('<h1>A</h1>', { path: 'a/' }),
      // An untranslated page under /en/ that repeats a/ and says so in its canonical link.
      'en/a/index.html': page('<h1>A</h1>', { path: 'a/' }),
      'c/index.html': page('<h1>C</h1>', { path: 'c/', head: '<meta name="robots" content="noindex">' }),
      ...sitemap(['a/', 'en/a/', 'c/']),
    });
    const msgs = messages(await checkLinks(site));
    expect(msgs).toHaveLength(2);
    expect(msgs[0]).toContain(`peta situs mencantumkan ${ORIGIN}${BASE}en/a/`);
    expect(msgs[1]).toContain(`${ORIGIN}${BASE}c/`);
  });

  it('melaporkan URL http(s) yang rusak di sitemap dan umpan tanpa berhenti', async () => {
    const map = sitemap(['', 'hilang/']);
    const { site } = builtSite({
      ...map,
      'sitemap-0.xml': map['sitemap-0.xml']!.replace('</urlset>', '<url><loc>https://</loc></url></urlset>'),
      'feed.xml': `<rss><channel><link>http://[contoh</link><item><link>${ORIGIN}${BASE}</link></item></channel></rss>`,
    });
    const findings = (await checkLinks(site)).findings;
    expect(findings.map((f) => `${f.file}: ${f.message}`)).toEqual([
      'feed.xml: URL="http://[contoh" bukan URL yang sah',
      'sitemap-0.xml: URL="https://contoh.example/sub/hilang/" menuju halaman atau berkas yang tidak ada di hasil build',
      'sitemap-0.xml: URL="https://" bukan URL yang sah',
    ]);
    expect(findings[0]).toMatchObject({ gate: 'tautan', level: 'error', page: '/sub/feed.xml' });
  });

  it('melaporkan halaman yang HTML-nya tidak dapat diurai, lalu tetap memeriksa halaman lain', async () => {
    const { site } = builtSite({
      'a/index.html': page('<h1>A</h1><p><a href="/sub/hilang/">Hilang</a></p>', { path: 'a/' }),
      'rusak/index.html': '<!DOCTYPE html>\n<html lang="id"><body>\n<p><a href="/sub/a/"',
    });
    const findings = (await checkLinks(site)).findings;
    const broken = findings.find((f) => f.file === 'rusak/index.html');
    expect(broken).toMatchObject({ gate: 'tautan', level: 'error', page: '/sub/rusak/' });
    expect(broken!.message).toMatch(/^HTML halaman ini tidak dapat diurai \(.+\): tautan dan jangkarnya tidak diperiksa$/);
    expect(findings.some((f) => f.file === 'a/index.html' && f.message.includes('"/sub/hilang/"'))).toBe(true);
  });

  it('melaporkan tautan kanonis beranda yang bukan URL, tanpa berhenti saat membaca build', async () => {
    const { site } = builtSite({ 'index.html': page('<h1>Beranda</h1>').replace(`href="${ORIGIN}${BASE}"`, 'href="https://"') });
    expect(site.origin).toBeUndefined();
    const [f] = (await checkLinks(site)).findings;
    expect(f).toMatchObject({ gate: 'tautan', level: 'error', page: '/', file: 'index.html', message: 'link[href]="https://" bukan URL yang sah' });
  });
});
