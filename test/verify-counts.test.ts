import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkCounts, detectExpected, parseCsv, type ContentEntry, type Expected } from '../scripts/verify/counts.ts';
import { builtSite, page, pagefindFragment, sitemap } from './verify-helpers.ts';

const entries: ContentEntry[] = [
  { koleksi: 'praktik', id: 'a', status: 'terbit', file: 'content/praktik/a.mdx' },
  { koleksi: 'praktik', id: 'b', status: 'terbit', file: 'content/praktik/b.mdx' },
  { koleksi: 'model', id: 'm', status: 'terbit', file: 'content/model/m.mdx' },
  { koleksi: 'praktik', id: 'd', status: 'draf', file: 'content/praktik/d.mdx' },
];
const published = entries.filter((e) => e.status === 'terbit');
const all: Expected = { pagefind: true, openData: true, katalog: true, feed: true };

/** A consistent build of the published entries; `change` edits the file map before writing. */
function build(change: (files: Record<string, string | Buffer>) => void = () => {}) {
  const files: Record<string, string | Buffer> = {};
  const paths = [''];
  for (const e of published) {
    files[`${e.koleksi}/${e.id}/index.html`] = page(`<article data-pagefind-body><h1>${e.id}</h1></article>`);
    files[`en/${e.koleksi}/${e.id}/index.html`] = page(`<article><h1>${e.id}</h1></article>`, { lang: 'en' });
    files[`pagefind/fragment/id_${e.id}.pf_fragment`] = pagefindFragment(`/${e.koleksi}/${e.id}/`);
    paths.push(`${e.koleksi}/${e.id}/`, `en/${e.koleksi}/${e.id}/`);
  }
  files['pagefind/pagefind-entry.json'] = JSON.stringify({ version: '1.6.0', languages: { id: { page_count: 3 } } });
  Object.assign(files, sitemap(paths));
  files['data/entri.json'] = JSON.stringify({ versi_skema: '1.0.0', entri: published.map((e) => ({ id: e.id, jenis_entri: e.koleksi, judul: e.id })) });
  files['data/entri.csv'] = `id,jenis_entri,judul\n${published.map((e) => `${e.id},${e.koleksi},"Judul, dengan koma"`).join('\n')}\n`;
  for (const k of ['praktik', 'model']) for (const l of ['id', 'en']) files[`data/katalog-${k}-${l}.json`] = JSON.stringify(published.filter((e) => e.koleksi === k).map((e) => ({ koleksi: k, id: e.id })));
  files['feed.xml'] = `<rss><channel>${published.map((e) => `<item><link>https://contoh.example/sub/${e.koleksi}/${e.id}/</link></item>`).join('')}</channel></rss>`;
  files['en/feed.xml'] = `<rss><channel>${published.map((e) => `<item><link>https://contoh.example/sub/en/${e.koleksi}/${e.id}/</link></item>`).join('')}</channel></rss>`;
  change(files);
  return builtSite(files).site;
}

const run = (site: ReturnType<typeof build>, expected = all) => checkCounts(site, { entries, expected });
const errorMessages = (r: ReturnType<typeof run>) => r.findings.filter((f) => f.level === 'error').map((f) => f.message);

describe('gerbang "tidak ada yang hilang"', () => {
  it('lolos bila setiap entri terbit ada di halaman, sitemap, indeks, data terbuka dan katalog, dan draf tidak ada di mana pun', () => {
    const r = run(build());
    expect(r.findings).toEqual([]);
    expect(r.summary[0]).toContain('3 entri terbit (2 praktik, 1 model), 1 draf/tinjauan; halaman 6/6, sitemap 6/6, indeks pencarian 3/3, data terbuka 3/3');
  });

  it('melaporkan entri yang tidak punya catatan pencarian, dengan URL dan berkas sumbernya', () => {
    const r = run(build((f) => delete f['pagefind/fragment/id_b.pf_fragment']));
    const [f] = r.findings;
    expect(f).toMatchObject({ gate: 'hitungan', level: 'error', page: '/sub/pagefind/', source: { file: 'content/praktik/b.mdx' } });
    expect(f!.message).toBe('indeks pencarian (Pagefind): entri terbit tidak ada: /sub/praktik/b/ (content/praktik/b.mdx, status terbit)');
  });

  it('melaporkan draf yang bocor ke halaman, sitemap, indeks pencarian, data terbuka, katalog dan umpan', () => {
    const r = run(
      build((f) => {
        f['praktik/d/index.html'] = page('<article data-pagefind-body><h1>d</h1></article>');
        f['pagefind/fragment/id_d.pf_fragment'] = pagefindFragment('/praktik/d/');
        Object.assign(f, sitemap(['', 'praktik/a/', 'en/praktik/a/', 'praktik/b/', 'en/praktik/b/', 'model/m/', 'en/model/m/', 'praktik/d/']));
        f['data/entri.json'] = JSON.stringify({ versi_skema: '1', entri: [...published, entries[3]!].map((e) => ({ id: e.id, jenis_entri: e.koleksi })) });
        f['data/katalog-praktik-id.json'] = JSON.stringify(['a', 'b', 'd'].map((id) => ({ id })));
        f['feed.xml'] = '<rss><item><link>https://contoh.example/sub/praktik/d/</link></item></rss>';
        f['en/feed.xml'] = '<rss><item><link>https://contoh.example/sub/en/praktik/d/</link></item></rss>';
      }),
    );
    const msgs = errorMessages(r);
    expect(msgs.filter((m) => m.startsWith('umpan:'))).toHaveLength(2);
    for (const output of ['halaman entri', 'sitemap', 'indeks pencarian (Pagefind)', 'data terbuka entri.json', 'indeks katalog data/katalog-praktik-id.json', 'umpan']) {
      expect(msgs.some((m) => m.startsWith(output) && m.includes('/sub/praktik/d/ (content/praktik/d.mdx, status draf)')), `${output} tidak melaporkan draf\n${msgs.join('\n')}`).toBe(true);
    }
  });

  it('melaporkan entri tanpa halaman bahasa Inggris dan tanpa URL sitemap', () => {
    const r = run(
      build((f) => {
        delete f['en/model/m/index.html'];
        Object.assign(f, sitemap(['', 'praktik/a/', 'en/praktik/a/', 'praktik/b/', 'en/praktik/b/', 'model/m/']));
      }),
    );
    const msgs = errorMessages(r);
    expect(msgs).toContain('halaman entri: entri terbit tidak ada: /sub/en/model/m/ (content/model/m.mdx, status terbit)');
    expect(msgs).toContain('sitemap: entri terbit tidak ada: /sub/en/model/m/ (content/model/m.mdx, status terbit)');
  });

  it('melaporkan bentuk data/entri.json yang salah dan jumlah baris CSV yang berbeda', () => {
    const wrongShape = run(build((f) => (f['data/entri.json'] = JSON.stringify([{ id: 'a' }]))));
    expect(errorMessages(wrongShape)[0]).toContain('data/entri.json harus berbentuk { "versi_skema": string, "entri": [');
    const csvShort = run(build((f) => (f['data/entri.csv'] = 'id,jenis_entri\na,praktik\nm,model\n')));
    const msgs = errorMessages(csvShort);
    expect(msgs).toContain('entri.csv punya 2 baris data, entri.json 3');
    expect(msgs).toContain('data terbuka entri.csv: entri terbit tidak ada: /sub/praktik/b/ (content/praktik/b.mdx, status terbit)');
  });

  it('gagal (bukan melewati) bila keluaran yang diharapkan tidak ada; hanya memperingatkan bila produsennya belum ada', () => {
    const bare = () =>
      build((f) => {
        for (const k of Object.keys(f)) if (k.startsWith('pagefind/') || k.startsWith('data/') || k.endsWith('feed.xml')) delete f[k];
      });
    const strict = errorMessages(run(bare()));
    expect(strict.some((m) => m.startsWith('indeks Pagefind tidak ada'))).toBe(true);
    expect(strict.some((m) => m.startsWith('data/entri.json tidak ada'))).toBe(true);
    expect(strict.some((m) => m.startsWith('feed.xml tidak ada'))).toBe(true);
    expect(strict.some((m) => m.startsWith('en/feed.xml tidak ada'))).toBe(true);
    expect(strict.some((m) => m.startsWith('data/katalog-praktik-id.json tidak ada'))).toBe(true);
    const lenient = run(bare(), { pagefind: false, openData: false, katalog: false, feed: false });
    expect(errorMessages(lenient)).toEqual([]);
    expect(lenient.findings.map((f) => f.level)).toEqual(['warning', 'warning']);
  });

  it('halaman entri berbahasa Indonesia yang tidak ditandai untuk Pagefind adalah galat', () => {
    const r = run(build((f) => (f['praktik/a/index.html'] = page('<article><h1>a</h1></article>'))));
    expect(errorMessages(r).some((m) => m.includes('tidak menandai isi untuk Pagefind'))).toBe(true);
  });

  it('mendeteksi produsen keluaran di kode sumber proyek ini', () => {
    expect(detectExpected(process.cwd(), {})).toMatchObject({ katalog: true });
    expect(detectExpected('/tidak/ada', { VERIFY_WAJIB: 'semua' })).toEqual(all);
  });

  it('membaca CSV dengan kutip, koma dan baris baru di dalam sel', () => {
    expect(parseCsv('a,b\n"x, y","baris\nkedua"\r\n"kutip ""ganda""",z\n')).toEqual([['a', 'b'], ['x, y', 'baris\nkedua'], ['kutip "ganda"', 'z']]);
    expect(parseCsv('\uFEFFid,x\r\n\r\na,b\r\n')).toEqual([['id', 'x'], ['a', 'b']]);
  });

  it('melaporkan entri.csv yang bukan CSV tanpa berhenti', () => {
    const r = run(build((f) => (f['data/entri.csv'] = 'id,jenis_entri\na,"praktik\n')));
    expect(errorMessages(r).some((m) => m.startsWith('data/entri.csv bukan CSV yang sah: '))).toBe(true);
  });
  it('melaporkan <loc> sitemap yang bukan URL, lalu tetap membandingkan sitemap dan keluaran lain', () => {
    const r = run(
      build((f) => {
        f['sitemap-0.xml'] = (f['sitemap-0.xml'] as string).replace('<loc>https://contoh.example/sub/praktik/a/</loc>', '<loc>praktik/a/</loc>').replace('</urlset>', '<url><loc>https://</loc></url></urlset>');
        f['data/katalog-praktik-id.json'] = JSON.stringify(['a', 'b', 'd'].map((id) => ({ id })));
      }),
    );
    const bad = r.findings.filter((f) => f.message.includes('bukan URL yang sah'));
    expect(bad.map((f) => f.message)).toEqual(['sitemap-0.xml: <loc>praktik/a/</loc> bukan URL yang sah', 'sitemap-0.xml: <loc>https://</loc> bukan URL yang sah']);
    expect(bad[0]).toMatchObject({ gate: 'hitungan', level: 'error', page: '/sub/sitemap-0.xml' });
    const msgs = errorMessages(r);
    expect(msgs).toContain('sitemap: entri terbit tidak ada: /sub/praktik/a/ (content/praktik/a.mdx, status terbit)');
    expect(msgs.some((m) => m.startsWith('indeks katalog data/katalog-praktik-id.json: entri berstatus "draf" bocor'))).toBe(true);
    expect(r.summary[0]).toContain('sitemap 5/6, indeks pencarian 3/3, data terbuka 3/3');
  });

  it('melaporkan data/entri.json yang bukan JSON tanpa berhenti', () => {
    const r = run(build((f) => (f['data/entri.json'] = '{"versi_skema": "1.0.0", "entri": [')));
    const msgs = errorMessages(r);
    expect(msgs.some((m) => m.startsWith('data/entri.json bukan JSON yang sah: '))).toBe(true);
    expect(r.findings.find((f) => f.message.startsWith('data/entri.json'))).toMatchObject({ gate: 'hitungan', level: 'error', page: '/sub/data/entri.json' });
    expect(r.summary[0]).toContain('sitemap 6/6, indeks pencarian 3/3, data terbuka tidak diperiksa');
  });

  it('melaporkan indeks katalog yang bukan JSON atau salah bentuk, lalu tetap memeriksa berkas katalog lain dan umpan', () => {
    const r = run(
      build((f) => {
        f['data/katalog-praktik-id.json'] = '[{"id": "a"}, {"id": "b"';
        f['data/katalog-praktik-en.json'] = JSON.stringify(['a', 'b', 'd'].map((id) => ({ id })));
        f['data/katalog-model-id.json'] = JSON.stringify({ id: 'm' });
        f['data/katalog-model-en.json'] = JSON.stringify([null, { id: 'm' }]);
        f['feed.xml'] = '<rss><item><link>https://contoh.example/sub/praktik/d/</link></item></rss>';
      }),
    );
    const msgs = errorMessages(r);
    expect(msgs.some((m) => m.startsWith('data/katalog-praktik-id.json bukan JSON yang sah: '))).toBe(true);
    expect(msgs).toContain('data/katalog-model-id.json harus berbentuk [ { "id": string, … } ]');
    expect(msgs).toContain('data/katalog-model-en.json: [0] tanpa "id" berupa string');
    expect(msgs.some((m) => m.startsWith('indeks katalog data/katalog-praktik-en.json: entri berstatus "draf" bocor: /sub/en/praktik/d/'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('umpan: entri yang tidak terbit bocor: /sub/praktik/d/'))).toBe(true);
    expect(r.findings.find((f) => f.message.startsWith('data/katalog-praktik-id.json'))).toMatchObject({ gate: 'hitungan', level: 'error', page: '/sub/data/katalog-praktik-id.json' });
  });

  it('melaporkan fragmen Pagefind yang tidak terbaca tanpa berhenti', () => {
    const r = run(
      build((f) => {
        f['pagefind/fragment/id_a.pf_fragment'] = 'bukan gzip';
        f['pagefind/fragment/id_b.pf_fragment'] = gzipSync('pagefind_dcd{"url": "/praktik/b/"');
        f['pagefind/fragment/id_m.pf_fragment'] = gzipSync('pagefind_dcdnull');
      }),
    );
    const bad = r.findings.filter((f) => f.message.includes('bukan fragmen Pagefind yang sah'));
    expect(bad.map((f) => f.message.slice(0, f.message.indexOf(' bukan')))).toEqual(['pagefind/fragment/id_a.pf_fragment', 'pagefind/fragment/id_b.pf_fragment', 'pagefind/fragment/id_m.pf_fragment']);
    expect(bad[0]).toMatchObject({ gate: 'hitungan', level: 'error', page: '/sub/pagefind/' });
    expect(errorMessages(r)).toContain('indeks pencarian (Pagefind): entri terbit tidak ada: /sub/praktik/a/ (content/praktik/a.mdx, status terbit)');
    expect(r.summary[0]).toContain('indeks pencarian 0/3, data terbuka 3/3');
  });

  // Audit (.tmp/review/uji): kills the gate ignoring the edition's statuses (`tampil`), which a demo build publishes.
  it('entri tinjauan yang ditampilkan edisinya harus ada di setiap keluaran; di edisi yang hanya menampilkan terbit, ia bocor', () => {
    const tinjauan = entries.map((e) => (e.id === 'd' ? { ...e, status: 'tinjauan' } : e));
    const site = build((f) => {
      f['praktik/d/index.html'] = page('<article data-pagefind-body><h1>d</h1></article>');
      f['en/praktik/d/index.html'] = page('<article><h1>d</h1></article>', { lang: 'en' });
      f['pagefind/fragment/id_d.pf_fragment'] = pagefindFragment('/praktik/d/');
      Object.assign(f, sitemap(['', 'praktik/a/', 'en/praktik/a/', 'praktik/b/', 'en/praktik/b/', 'model/m/', 'en/model/m/', 'praktik/d/', 'en/praktik/d/']));
      const rows = [...published, tinjauan[3]!].map((e) => ({ id: e.id, jenis_entri: e.koleksi }));
      f['data/entri.json'] = JSON.stringify({ versi_skema: '1', entri: rows });
      f['data/entri.csv'] = `id,jenis_entri\n${rows.map((r) => `${r.id},${r.jenis_entri}`).join('\n')}\n`;
      for (const l of ['id', 'en']) f[`data/katalog-praktik-${l}.json`] = JSON.stringify(['a', 'b', 'd'].map((id) => ({ id })));
    });
    const demo = checkCounts(site, { entries: tinjauan, expected: all, tampil: ['terbit', 'tinjauan'] });
    expect(demo.findings).toEqual([]);
    expect(demo.summary[0]).toContain('4 entri terbit (3 praktik, 1 model), 0 draf/tinjauan; halaman 8/8');
    const resmi = checkCounts(site, { entries: tinjauan, expected: all }).findings.map((f) => f.message);
    expect(resmi).toContain('halaman entri: entri berstatus "tinjauan" bocor: /sub/praktik/d/ (content/praktik/d.mdx, status tinjauan)');
    expect(resmi).toContain('data terbuka entri.json: entri berstatus "tinjauan" bocor: /sub/praktik/d/ (content/praktik/d.mdx, status tinjauan)');
  });

  // Audit: kills dropping the duplicate-row check of data/entri.json (one entry counted twice by a reuser).
  it('baris ganda di data/entri.json dilaporkan dengan nomornya', () => {
    const rows = [...published, published[0]!].map((e) => ({ id: e.id, jenis_entri: e.koleksi }));
    const r = run(
      build((f) => {
        f['data/entri.json'] = JSON.stringify({ versi_skema: '1', entri: rows });
        f['data/entri.csv'] = `id,jenis_entri\n${rows.map((x) => `${x.id},${x.jenis_entri}`).join('\n')}\n`;
      }),
    );
    expect(errorMessages(r)).toEqual(['entri[3]: baris ganda untuk praktik "a"']);
  });
});
