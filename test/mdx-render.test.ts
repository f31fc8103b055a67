import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isiEntri } from '../src/lib/mdx/isi.ts';
import { pemuatMdx } from '../src/lib/mdx/loader.ts';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { ROOT } from './helpers.ts';

const render = (body: string, base = '/', file?: string) => renderMdx(body, { base, ...(file ? { fileURL: pathToFileURL(file) } : {}) });

describe('entry bodies rendered to HTML', () => {
  it('gives headings ids and reports them for the table of contents', async () => {
    const r = await render('## Latar belakang\n\nTeks.\n\n### Langkah 1: data\n\n## Latar belakang\n');
    expect(r.html).toContain('<h2 id="latar-belakang">Latar belakang</h2>');
    expect(r.html).toContain('<h2 id="latar-belakang-1">');
    expect(r.headings).toEqual([
      { depth: 2, slug: 'latar-belakang', text: 'Latar belakang' },
      { depth: 3, slug: 'langkah-1-data', text: 'Langkah 1: data' },
      { depth: 2, slug: 'latar-belakang-1', text: 'Latar belakang' },
    ]);
  });

  it('renders Catatan as a titled box with its Markdown inside', async () => {
    const r = await render('<Catatan jenis="peringatan" judul="Izin & kewenangan">\n\nJangan **menerbitkan** izin.\n\n</Catatan>\n');
    expect(r.html).toBe('<aside class="catatan catatan-peringatan"><strong class="catatan-judul">Izin &amp; kewenangan</strong> <p>Jangan <strong>menerbitkan</strong> izin.</p></aside>');
    const polos = await render('<Catatan>Singkat.</Catatan>\n');
    expect(polos.html).toContain('<aside class="catatan catatan-info"><strong class="catatan-judul">Catatan</strong> ');
    expect(polos.html).toContain('Singkat.');
  });

  it('escapes text and attributes that come from the author', async () => {
    const r = await render('Nilai a \\< b & c, <abbr title="Badan &quot;Usaha&quot; Milik Negara">BUMN</abbr>.\n');
    expect(r.html).toContain('a &lt; b &amp; c');
    expect(r.html).toContain('<abbr title="Badan &quot;Usaha&quot; Milik Negara">BUMN</abbr>');
  });

  it('puts the site base in front of internal links, and only those', async () => {
    const r = await render('[PaDi](/praktik/padi/) dan [luar](https://example.org/) dan [bawah](#sumber).\n', '/model-inovasi/');
    expect(r.html).toContain('href="/model-inovasi/praktik/padi/"');
    expect(r.html).toContain('href="https://example.org/"');
    expect(r.html).toContain('href="#sumber"');
  });

  it('wraps tables in a labelled scrolling region, in the language of the page', async () => {
    const table = '| Tahap | Waktu | Penanggung jawab |\n|---|---|---|\n| Siapkan | 1 bulan | Bappeda |\n';
    expect((await render(table, '/', '/x/content/praktik/a.mdx')).html).toMatch(/<section class="tabel-gulir" tabindex="0" aria-label="Tabel 1: Tahap, Waktu, Penanggung jawab">\s*<table>/);
    expect((await render(table, '/', '/x/content/panduan/en/a.mdx')).html).toContain('aria-label="Table 1: Tahap, Waktu, Penanggung jawab"');
  });

  it('labels task-list checkboxes and footnotes in Indonesian', async () => {
    const r = await render('- [ ] Ada anggaran?\n\nLihat catatan[^1].\n\n[^1]: Sumbernya.\n');
    expect(r.html).toMatch(/<input type="checkbox" aria-label="Ada anggaran\?"\s*\/?>/);
    expect(r.html).not.toContain('disabled');
    expect(r.html).toContain('>Catatan kaki</h2>');
    expect(r.html).toContain('aria-label="Kembali ke teks"');
  });

  it('refuses a component outside the registry instead of dropping it', async () => {
    await expect(render('<Grafik data="x" />\n')).rejects.toThrow(/Grafik/);
  });
});

/** Just enough of Astro's content store and loader context for glob() to run. */
function konteks(cache: string) {
  const entries = new Map<string, Record<string, any>>();
  const meta = new Map<string, string>();
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: Record<string, any>) => (entries.set(e.id, e), true),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    addModuleImport: () => {},
    addAssetImports: () => {},
    addAssetImport: () => {},
  };
  const frontmatter = (contents: string) => {
    const m = /^---\n([\s\S]*?)\n---\n?/.exec(contents);
    const data = Object.fromEntries((m?.[1] ?? '').split('\n').filter(Boolean).map((l) => l.split(': ') as [string, string]));
    return { data, body: contents.slice(m?.[0].length ?? 0), rawData: m?.[1] ?? '', slug: data.slug };
  };
  const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger, label: 'test', options: {} };
  return {
    entries,
    meta,
    ctx: {
      collection: 'praktik',
      store,
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
      logger,
      config: { root: pathToFileURL(`${ROOT}/`), srcDir: pathToFileURL(`${ROOT}/src/`), cacheDir: pathToFileURL(`${cache}/`), base: '/' },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (d: unknown) => createHash('sha1').update(typeof d === 'string' ? d : JSON.stringify(d)).digest('hex'),
      entryTypes: new Map([['.mdx', { extensions: ['.mdx'], getEntryInfo: ({ contents }: { contents: string }) => frontmatter(contents), contentModuleTypes: 'x' }]]),
    },
  };
}

describe('the MDX content loader', () => {
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pustaka-pemuat-'));
    mkdirSync(join(dir, 'praktik'));
    return dir;
  };

  it('renders every entry to an HTML file, keeping only its name and headings in the store', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'praktik/a.mdx'), '---\njudul: A\n---\n## Satu\n\n<Catatan>Isi.</Catatan>\n');
    const { ctx, entries } = konteks(dir);
    await pemuatMdx({ base: join(dir, 'praktik') }).load(ctx as never);
    const a = entries.get('a')!;
    expect(a.deferredRender).toBeUndefined();
    expect(a.body).toBeUndefined();
    expect(a.rendered.html).toBe('');
    const { html, headings } = isiEntri(a as never);
    expect(html).toContain('<h2 id="satu">Satu</h2>');
    expect(html).toContain('catatan-info');
    expect(headings).toEqual([{ depth: 2, slug: 'satu', text: 'Satu' }]);
  });

  it('renders again an entry whose body file is missing from a partly restored cache', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'praktik/a.mdx'), '---\njudul: A\n---\nTeks.\n');
    const { ctx, entries } = konteks(dir);
    const loader = pemuatMdx({ base: join(dir, 'praktik') });
    await loader.load(ctx as never);
    rmSync(join(dir, 'isi'), { recursive: true });
    await loader.load(ctx as never);
    expect(isiEntri(entries.get('a') as never).html).toBe('<p>Teks.</p>');
  });

  it('removes the files of bodies that changed or went away', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'praktik/a.mdx'), '---\njudul: A\n---\nVersi satu.\n');
    writeFileSync(join(dir, 'praktik/b.mdx'), '---\njudul: B\n---\nEntri B.\n');
    const { ctx, entries } = konteks(dir);
    const loader = pemuatMdx({ base: join(dir, 'praktik') });
    await loader.load(ctx as never);
    const lama = entries.get('a')!.rendered.metadata.berkasIsi as string;
    writeFileSync(join(dir, 'praktik/a.mdx'), '---\njudul: A\n---\nVersi dua.\n');
    rmSync(join(dir, 'praktik/b.mdx'));
    await loader.load(ctx as never);
    expect(isiEntri(entries.get('a') as never).html).toBe('<p>Versi dua.</p>');
    expect(existsSync(lama)).toBe(false);
    expect(readdirSync(join(dir, 'isi/praktik'))).toHaveLength(1);
  });

  it('fails the sync and keeps nothing of an entry that cannot be rendered', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'praktik/baik.mdx'), '---\njudul: Baik\n---\nTeks.\n');
    writeFileSync(join(dir, 'praktik/rusak.mdx'), '---\njudul: Rusak\n---\n<Grafik />\n');
    const { ctx, entries } = konteks(dir);
    await expect(pemuatMdx({ base: join(dir, 'praktik') }).load(ctx as never)).rejects.toThrow(/rusak\.mdx.*Grafik/s);
    expect(entries.has('rusak')).toBe(false);
    expect(entries.has('baik')).toBe(true);
  });

  it('renders again every entry when the renderer has changed since the last build', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'praktik/a.mdx'), '---\njudul: A\n---\nTeks.\n');
    const { ctx, entries, meta } = konteks(dir);
    const loader = pemuatMdx({ base: join(dir, 'praktik') });
    await loader.load(ctx as never);
    // Same file, same digest: a stale rendering would survive if nothing else were checked.
    writeFileSync(entries.get('a')!.rendered.metadata.berkasIsi, '<p>basi</p>');
    await loader.load(ctx as never);
    expect(isiEntri(entries.get('a') as never).html).toBe('<p>basi</p>');
    meta.set('penyaji', 'versi-lama');
    await loader.load(ctx as never);
    expect(isiEntri(entries.get('a') as never).html).toBe('<p>Teks.</p>');
  });
});
