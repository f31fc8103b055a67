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
      }),
    );
    const msgs = errorMessages(r);
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
        for (const k of Object.keys(f)) if (k.startsWith('pagefind/') || k.startsWith('data/') || k === 'feed.xml') delete f[k];
      });
    const strict = errorMessages(run(bare()));
    expect(strict.some((m) => m.startsWith('indeks Pagefind tidak ada'))).toBe(true);
    expect(strict.some((m) => m.startsWith('data/entri.json tidak ada'))).toBe(true);
    expect(strict.some((m) => m.startsWith('feed.xml tidak ada'))).toBe(true);
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
});
