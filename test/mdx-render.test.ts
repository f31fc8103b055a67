import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isiEntri } from '../src/konten/isi.ts';
import { kodePenyaji, pemuatKonten } from '../src/konten/loader.ts';
import { aturLonggar, lupakan } from '../src/konten/pemeriksaan.ts';
import { renderMdx } from '../src/lib/mdx/render.ts';
import { ROOT, salinan } from './helpers.ts';

const render = async (body: string, base = '/', bahasa: 'id' | 'en' = 'id') => renderMdx(body, { base, bahasa });

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
    expect(r.html.trimEnd()).toBe('<div class="catatan catatan-peringatan" role="note"><strong class="catatan-judul">Izin &amp; kewenangan</strong> <p>Jangan <strong>menerbitkan</strong> izin.</p></div>');
    const polos = await render('<Catatan>Singkat.</Catatan>\n');
    expect(polos.html).toContain('<div class="catatan catatan-info" role="note"><strong class="catatan-judul">Catatan</strong> ');
    expect(polos.html).toContain('Singkat.');
  });

  it('titles a Catatan without judul in the language of the page', async () => {
    const r = await render('<Catatan jenis="peringatan">Check the permit.</Catatan>\n', '/', 'en');
    expect(r.html).toContain('<div class="catatan catatan-peringatan" role="note"><strong class="catatan-judul">Warning</strong> ');
    expect((await render('<Catatan>Short.</Catatan>\n', '/', 'en')).html).toContain('<strong class="catatan-judul">Note</strong>');
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
    expect((await render(table)).html).toMatch(/<section class="tabel-gulir" tabindex="0" aria-label="Tabel 1: Tahap, Waktu, Penanggung jawab">\s*<table>/);
    expect((await render(table, '/', 'en')).html).toContain('aria-label="Table 1: Tahap, Waktu, Penanggung jawab"');
    const dua = (await render(`${table}\n${table}`)).html;
    expect(dua).toContain('aria-label="Tabel 2: ');
    expect(dua.match(/<section/g)).toHaveLength(2);
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


describe('the renderer runs nothing an author wrote', () => {
  const bocor = Symbol.for('pustaka.uji.bocor');
  const g = globalThis as Record<symbol, unknown>;

  it.each([
    ['an expression', 'Angka {globalThis[Symbol.for("pustaka.uji.bocor")] = 1}.\n'],
    ['a flow expression', '{globalThis[Symbol.for("pustaka.uji.bocor")] = 1}\n'],
    ['code smuggled between comments', '{/* catatan */ globalThis[Symbol.for("pustaka.uji.bocor")] = 1 /* akhir */}\n'],
    ['a line comment hiding code on the next line', '{// catatan\nglobalThis[Symbol.for("pustaka.uji.bocor")] = 1}\n'],
    ['an attribute expression', '<abbr title={globalThis[Symbol.for("pustaka.uji.bocor")] = 1}>X</abbr>\n'],
    ['a spread attribute', '<abbr {...(globalThis[Symbol.for("pustaka.uji.bocor")] = {})}>X</abbr>\n'],
    ['an import', 'import fs from "node:fs"\n\nTeks.\n'],
    ['an export', 'export const x = (globalThis[Symbol.for("pustaka.uji.bocor")] = 1)\n\nTeks.\n'],
    ['a script element', '<script>globalThis.x = 1</script>\n'],
    ['a meta refresh', '<meta httpEquiv="refresh" content="0;url=https://contoh.invalid" />\n'],
    ['an event handler', '<abbr onClick="alert(1)">X</abbr>\n'],
    ['a fragment', '<>X</>\n'],
  ])('refuses %s, with its line, and never evaluates it', async (_, body) => {
    delete g[bocor];
    const err = await render(`Baris satu.\n\n${body}`).catch((e: Error & { line?: number }) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as { line?: number }).line).toBe(3);
    expect(g[bocor]).toBeUndefined();
  });

  it('keeps real comments, in any form, as nothing', async () => {
    const r = await render('A {/* satu */} B\n\n{/* dua\n   baris */}\n\n{// tiga\n}\n');
    expect(r.html).toMatch(/^<p>A {2}B<\/p>\s*$/);
  });

  it('refuses images unless the loader vouches for them', async () => {
    await expect(render('![Alur](./alur.png)\n')).rejects.toThrow(/gambar/);
    const r = renderMdx('![Alur](./alur.png)\n', { base: '/sub/', bahasa: 'id', gambar: () => ({ src: '/sub/gambar/alur-1.png', width: 4, height: 3 }) });
    expect(r.html).toContain('<img src="/sub/gambar/alur-1.png" alt="Alur" width="4" height="3" loading="lazy" decoding="async">');
  });

  it('refuses links with a script scheme even where the checker is skipped', async () => {
    await expect(render('[x](javascript:alert(1))\n')).rejects.toThrow(/tautan/);
  });

  it('refuses every link the checker would refuse, by the same allow-list, not only the known script schemes', async () => {
    for (const href of ['intent://x#Intent;end', 'ms-settings:', 'x.html']) await expect(render(`[x](${href})\n`)).rejects.toThrow(/tautan .* tidak diizinkan/);
    const r = await render('[a](/praktik/x/) [b](#ringkasan) [c](https://x.go.id/) [d](mailto:a@x.go.id) [e](tel:021)\n');
    expect(r.html.match(/<a /g)).toHaveLength(5);
  });

  it('renders a tree nested thousands deep without overflowing a stack (the checker refuses it first)', async () => {
    const r = await render(`${'> '.repeat(5000)}dalam\n\n${'<abbr>'.repeat(500)}x${'</abbr>'.repeat(500)}\n`);
    expect(r.html.match(/<blockquote>/g)).toHaveLength(5000);
    expect(r.html.match(/<abbr>/g)).toHaveLength(500);
  });

  it('refuses a body with more tags than the limit before parsing it, as the checker does (the dev server renders unchecked files)', async () => {
    // 20,000 text-holding elements: about 2 GB and 18 s in the renderer before the count.
    await expect(render('<sub>x</sub>\n'.repeat(10_000))).rejects.toThrow(/lebih dari 1\.000 tag atau ekspresi MDX/);
    const r = await render('<sub>x</sub>\n'.repeat(500));
    expect(r.html.match(/<sub>/g)).toHaveLength(500);
  });
});

/** Just enough of Astro's content store and loader context for the loader to run. */
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
  };
  const log: string[] = [];
  const logger = { info() {}, warn: (m: string) => log.push(m), error: (m: string) => log.push(m), debug() {}, fork: () => logger, label: 'test', options: {} };
  return {
    entries,
    meta,
    log,
    ctx: {
      collection: 'praktik',
      store,
      meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
      logger,
      config: { root: pathToFileURL(`${ROOT}/`), srcDir: pathToFileURL(`${ROOT}/src/`), cacheDir: pathToFileURL(`${cache}/`), base: '/' },
      parseData: async ({ data }: { data: Record<string, unknown> }) => data,
      generateDigest: (d: unknown) => createHash('sha1').update(typeof d === 'string' ? d : JSON.stringify(d)).digest('hex'),
    },
  };
}

describe('the content loader', () => {
  const muat = async (dir: string, k: ReturnType<typeof konteks>) => {
    // Each load reads the tree as it is now, as the dev server does after a change.
    lupakan();
    await pemuatKonten('praktik', dir).load(k.ctx as never);
  };
  const cache = () => mkdtempSync(join(tmpdir(), 'pustaka-pemuat-'));

  it('renders every entry to an HTML file, keeping only its name and headings in the store', async () => {
    const t = salinan();
    const k = konteks(cache());
    await muat(t.dir, k);
    expect([...k.entries.keys()].sort()).toEqual(['layanan-contoh', 'layanan-kedua']);
    const a = k.entries.get('layanan-contoh')!;
    expect(a.body).toBeUndefined();
    expect(a.rendered.html).toBe('');
    const { html, headings } = isiEntri(a as never);
    expect(html).toContain('<h2 id="ringkasan">Ringkasan</h2>');
    expect(headings[0]).toEqual({ depth: 2, slug: 'ringkasan', text: 'Ringkasan' });
  });

  it('renders again an entry whose body file is missing from a partly restored cache', async () => {
    const t = salinan();
    const dir = cache();
    const k = konteks(dir);
    await muat(t.dir, k);
    const sebelum = isiEntri(k.entries.get('layanan-contoh') as never).html;
    rmSync(join(dir, 'isi'), { recursive: true });
    await muat(t.dir, k);
    expect(isiEntri(k.entries.get('layanan-contoh') as never).html).toBe(sebelum);
  });

  it('removes the files of bodies that changed', async () => {
    const t = salinan();
    const dir = cache();
    const k = konteks(dir);
    await muat(t.dir, k);
    const lama = k.entries.get('layanan-contoh')!.rendered.metadata.berkasIsi as string;
    // The fixture's two practices share one body, so one file: both change.
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\nVersi dua.\n'));
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\nVersi tiga.\n'));
    await muat(t.dir, k);
    expect(isiEntri(k.entries.get('layanan-contoh') as never).html).toContain('Versi dua.');
    expect(existsSync(lama)).toBe(false);
    expect(readdirSync(join(dir, 'isi/praktik'))).toHaveLength(2);
  });

  it('renders again every entry when the renderer has changed since the last build', async () => {
    const t = salinan();
    const k = konteks(cache());
    await muat(t.dir, k);
    const berkas = k.entries.get('layanan-contoh')!.rendered.metadata.berkasIsi;
    // Same file, same digest: a stale rendering would survive if nothing else were checked.
    writeFileSync(berkas, '<p>basi</p>');
    await muat(t.dir, k);
    expect(isiEntri(k.entries.get('layanan-contoh') as never).html).toBe('<p>basi</p>');
    k.meta.set('penyaji', 'versi-lama');
    await muat(t.dir, k);
    expect(isiEntri(k.entries.get('layanan-contoh') as never).html).toContain('Ringkasan');
  });

  it('fingerprints every module the renderer reaches, found through its imports, so none added later is missed', () => {
    const kode = kodePenyaji(ROOT);
    // What the guide tables and the card wording come from, as well as the renderer itself.
    for (const f of ['src/lib/mdx/render.ts', 'src/lib/mdx/komponen.ts', 'src/lib/mdx/satteri-asli.ts', 'src/rules/mdx.ts', 'src/rules/rujukan.ts', 'src/rules/jangkar.ts', 'src/schema/penilaian.ts', 'src/data/tesaurus.ts', 'src/data/tesaurus.json', 'src/validate/gambar.ts', 'src/data/routes.ts', 'src/konten/isi.ts', 'src/konten/loader.ts']) {
      expect(kode, f).toContain(f);
    }
    // The checker the loader waits for does not decide the HTML.
    expect(kode).not.toContain('src/validate/run.ts');
    const pohon = mkdtempSync(join(tmpdir(), 'pustaka-impor-'));
    mkdirSync(join(pohon, 'a'));
    writeFileSync(join(pohon, 'akar.ts'), "import { b } from './a/b.ts';\nexport type { C } from './a/c.ts';\nconst d = () => import('./d.ts');\n");
    writeFileSync(join(pohon, 'a/b.ts'), "import x from 'paket';\nimport { e } from '../e.ts';\n");
    for (const f of ['a/c.ts', 'd.ts', 'e.ts', 'lain.ts']) writeFileSync(join(pohon, f), 'export {};\n');
    expect(kodePenyaji(pohon, ['akar.ts'])).toEqual(['a/b.ts', 'a/c.ts', 'akar.ts', 'd.ts', 'e.ts']);
  });

  it('in the dev server, serves what passed the check and names what did not', async () => {
    const t = salinan();
    t.tulis('praktik/_rahasia.mdx', '---\nid: rahasia\n---\n{globalThis.x = 1}\n');
    t.ubah('praktik/layanan-kedua.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\n{/* a */ process.exit(3) /* b */}\n'));
    const k = konteks(cache());
    aturLonggar(true);
    try {
      await muat(t.dir, k);
    } finally {
      aturLonggar(false);
    }
    expect([...k.entries.keys()]).toEqual(['layanan-contoh']);
    expect(k.log.join('\n')).toContain('praktik/layanan-kedua.mdx tidak dimuat');
  });
});
