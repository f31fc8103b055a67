import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../src/validate/problem.ts';
import { periksa, ROOT, salinan } from './helpers.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

function build(contentDir: string, env: Record<string, string> = {}, flags: string[] = []) {
  const out = mkdtempSync(join(tmpdir(), 'pustaka-build-'));
  const r = spawnSync(NODE, [ASTRO, 'build', ...flags, '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  // CI forces colour; the assertions read the log as a person would, without escape codes.
  return { out, status: r.status, log: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
}

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

describe('production builds', () => {
  let tree: ReturnType<typeof salinan>;
  let prod: ReturnType<typeof build>;
  let preview: ReturnType<typeof build>;
  let resmi: ReturnType<typeof build>;

  beforeAll(() => {
    tree = salinan();
    const draft = readFileSync(join(tree.dir, 'praktik/layanan-kedua.mdx'), 'utf8')
      .replace('id: layanan-kedua', 'id: rahasia-draf')
      .replace('judul: LAYAN Dua', 'judul: Draf Rahasia')
      .replace('model: [model-contoh]', 'model: []')
      .replace('status: terbit', 'status: draf');
    tree.tulis('praktik/rahasia-draf.mdx', draft);
    // Complete and checked, but no reviewer yet: shown, labelled, in every edition but the official one.
    tree.tulis('praktik/menunggu-tinjau.mdx', draft.replace('id: rahasia-draf', 'id: menunggu-tinjau').replace('judul: Draf Rahasia', 'judul: Belum Ditinjau').replace('status: draf', 'status: tinjauan').replace('peninjau: [universitas-contoh]', 'peninjau: []'));
    prod = build(tree.dir);
    resmi = build(tree.dir, { EDISI: 'resmi', REPO_URL: 'https://github.com/contoh/pustaka' });
    preview = build(tree.dir, { PREVIEW_DRAFTS: '1' });
  }, 240_000);

  it('build the tree that the checker accepts', () => {
    expect(periksa(tree.dir).filter((p) => p.level === 'error')).toEqual([]);
    expect(prod.status, prod.log).toBe(0);
  });

  it('never publish a draft: no page, no data row, no catalogue record, no sitemap URL, no feed item', () => {
    const all = files(prod.out);
    expect(all.filter((f) => f.includes('rahasia-draf'))).toEqual([]);
    const text = all.filter((f) => /\.(html|json|csv|xml)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).not.toContain('rahasia-draf');
    expect(text).not.toContain('Draf Rahasia');
    expect(existsSync(join(prod.out, 'praktik/layanan-contoh/index.html'))).toBe(true);
  });

  it('label an entry awaiting review on its page, in print, in its citations, in the feed and in the open data', () => {
    const page = readFileSync(join(prod.out, 'praktik/menunggu-tinjau/index.html'), 'utf8');
    expect(page).toContain('class="peringatan status-tinjauan">Menunggu tinjauan pihak luar');
    expect(page).toContain('<aside class="demo" aria-label="Edisi demonstrasi"><div class="wadah">Edisi demonstrasi: ');
    expect(page).toContain('Belum Ditinjau: Layanan Antar Dokumen Kedua [Edisi demonstrasi; menunggu tinjauan]. ');
    expect(readFileSync(join(prod.out, 'data/kutipan/praktik/menunggu-tinjau.bib'), 'utf8')).toContain('type = {Edisi demonstrasi; menunggu tinjauan}');
    expect(page).not.toContain('Kementerian PANRB. Pustaka Model Inovasi');
    expect(readFileSync(join(prod.out, 'praktik/layanan-contoh/index.html'), 'utf8')).not.toContain('status-tinjauan');
    expect(readFileSync(join(prod.out, 'feed.xml'), 'utf8')).toContain('<title>[menunggu tinjauan] Belum Ditinjau</title>');
    const json = JSON.parse(readFileSync(join(prod.out, 'data/entri.json'), 'utf8'));
    expect(json.edisi).toBe('demonstrasi');
    expect(json.entri.find((e: { id: string }) => e.id === 'menunggu-tinjau').status).toBe('tinjauan');
    const [head, ...rows] = readFileSync(join(prod.out, 'data/entri.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const col = head!.split(',').indexOf('status');
    expect(rows.find((r) => r.startsWith('menunggu-tinjau,'))!.split(',')[col]).toBe('tinjauan');
  });

  it('write the authoring studio to /studio/ only for a site with a repository, outside the reader pages', () => {
    expect(existsSync(join(prod.out, 'studio'))).toBe(false);
    const page = readFileSync(join(resmi.out, 'studio/index.html'), 'utf8');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-eval';/);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(existsSync(join(resmi.out, 'studio/decap-cms.js'))).toBe(true);
    const config = readFileSync(join(resmi.out, 'studio/config.yml'), 'utf8');
    // Decap's GitHub backend, wrapped so the workflow column is the entries' status (src/lib/studio-alur.ts).
    expect(config).toMatch(/backend:\n  name: pustaka-github\n  repo: contoh\/pustaka\n  branch: main\n  open_authoring: true\npublish_mode: editorial_workflow/);
    expect(readFileSync(join(resmi.out, 'sitemap-0.xml'), 'utf8')).not.toContain('studio');
    // Entry pages link to the readers' issue forms, prefilled with the entry's id.
    expect(readFileSync(join(resmi.out, 'praktik/layanan-contoh/index.html'), 'utf8')).toContain('https://github.com/contoh/pustaka/issues/new?template=laporkan-replikasi.yml&amp;entri=layanan-contoh');
  });

  it('keep every entry awaiting review out of the official edition, which names its publisher', () => {
    expect(resmi.status, resmi.log).toBe(0);
    const all = files(resmi.out);
    expect(all.filter((f) => f.includes('menunggu-tinjau'))).toEqual([]);
    const text = all.filter((f) => /\.(html|json|csv|xml)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(text).not.toContain('menunggu-tinjau');
    expect(text).not.toContain('Belum Ditinjau');
    const page = readFileSync(join(resmi.out, 'praktik/layanan-contoh/index.html'), 'utf8');
    expect(page).not.toContain('class="demo"');
    expect(page).toContain('Universitas Contoh');
    expect(page).toContain('Kementerian PANRB. Pustaka Model Inovasi');
    expect(JSON.parse(readFileSync(join(resmi.out, 'data/entri.json'), 'utf8')).edisi).toBe('resmi');
  });

  it('publish an image beside an entry with its size, under the base path, as the same bytes', () => {
    const page = readFileSync(join(prod.out, 'praktik/layanan-contoh/index.html'), 'utf8');
    const img = /<img src="\/gambar\/(alur-layanan-[0-9a-f]{10}\.png)" alt="Alur layanan jemput bola[^"]*" width="4" height="3" loading="lazy" decoding="async">/.exec(page);
    expect(img, page.slice(page.indexOf('Rancang Bangun'), page.indexOf('Rancang Bangun') + 600)).not.toBeNull();
    expect(readFileSync(join(prod.out, 'gambar', img![1]!))).toEqual(readFileSync(join(tree.dir, 'praktik/gambar/alur-layanan.png')));
  });

  it('show drafts in a preview build, with a visible banner', () => {
    expect(preview.status, preview.log).toBe(0);
    const page = readFileSync(join(preview.out, 'praktik/rahasia-draf/index.html'), 'utf8');
    expect(page).toContain('DRAF: entri ini belum terbit');
  });

  it('stop with the same messages as the checker when content is broken', () => {
    const broken = salinan();
    broken.ubah('praktik/layanan-contoh.mdx', (s) => s.replace('kekuatan_bukti: 1', 'kekuatan_bukti: 7').replace('penulis: [tim-redaksi]', 'penulis: [tidak-ada]'));
    const expected = periksa(broken.dir).map(formatProblem);
    const r = build(broken.dir);
    expect(r.status).toBe(1);
    for (const line of expected) expect(r.log).toContain(line);
    expect(r.log).toContain(`Build dihentikan sebelum entri dirender: ${expected.length} galat konten`);
    expect(r.log).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  }, 120_000);

  it('stop before rendering any page when the content loads but breaks a rule only the checker knows', () => {
    const broken = salinan();
    broken.ubah('praktik/layanan-contoh.mdx', (s) => `${s}\nLihat juga [praktik lain](/praktik/tidak-ada/).\n`);
    const expected = periksa(broken.dir).map(formatProblem);
    expect(expected).toHaveLength(1);
    const r = build(broken.dir);
    expect(r.status).toBe(1);
    expect(r.log).toContain(expected[0]);
    expect(r.log).not.toContain('generating static routes');
  }, 120_000);
});

describe('incremental builds', () => {
  const html = (dir: string) => files(dir).map((f) => f.slice(dir.length)).sort();
  /** The rebuilt site must be the one a cold build of the same tree gives, file for file, search index included. */
  function samaDenganBuildDingin(tree: ReturnType<typeof salinan>, rebuilt: ReturnType<typeof build>) {
    const cold = build(tree.dir, {}, ['--force']);
    expect(cold.status).toBe(0);
    expect(html(rebuilt.out)).toEqual(html(cold.out));
    expect(html(cold.out).filter((f) => !readFileSync(join(cold.out, f)).equals(readFileSync(join(rebuilt.out, f))))).toEqual([]);
  }

  it('reuse the pages an edit does not touch, and otherwise give the same site as a cold build', () => {
    const tree = salinan();
    expect(build(tree.dir).status).toBe(0);

    // A body edit changes the practice's own pages only: its sibling and its model show it as a card.
    tree.ubah('praktik/layanan-contoh.mdx', (s) => `${s}\nParagraf tambahan untuk uji build inkremental.\n`);
    const bodyEdit = build(tree.dir);
    expect(bodyEdit.status).toBe(0);
    expect(bodyEdit.log).toMatch(/\/praktik\/layanan-kedua\/index\.html \((restored|cached)\)/);
    expect(bodyEdit.log).toMatch(/\/model\/model-contoh\/index\.html \((restored|cached)\)/);
    expect(bodyEdit.log).not.toMatch(/\/praktik\/layanan-contoh\/index\.html \((restored|cached)\)/);
    samaDenganBuildDingin(tree, bodyEdit);

    // A title shows on the cards of its sibling and its model, in the catalogue and in search.
    tree.ubah('praktik/layanan-contoh.mdx', (s) => s.replace('judul: LAYAN\n', 'judul: LAYAN Baru\n'));
    const titleEdit = build(tree.dir);
    expect(titleEdit.status).toBe(0);
    expect(readFileSync(join(titleEdit.out, 'praktik/layanan-kedua/index.html'), 'utf8')).toContain('LAYAN Baru');
    samaDenganBuildDingin(tree, titleEdit);
  }, 240_000);
});

describe('git', () => {
  it('keeps build output and dependencies out of the repository', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n');
    expect(tracked.filter((f) => /^(node_modules|dist|dist-e2e|\.astro)\//.test(f))).toEqual([]);
  });
});
