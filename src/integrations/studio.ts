/**
 * The authoring studio's files: its page, Decap's bundle, the handbook's serializer and
 * Indonesian interface bundled for the browser, and its configuration. `npm run studio` serves
 * them locally; a build for a repository (REPO_URL set) writes them to `<outDir>/studio/`, outside
 * the reader pages: no sitemap entry, no search record, its own CSP.
 */
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { stringify } from 'yaml';
import { scaffold } from '../lib/scaffold.ts';
import { tampakkanBaris } from '../lib/tampakkan.ts';
import { dariFile } from '../lib/studio-format.ts';
import { BACKEND_STUDIO, komponenDitolak, konfigurasiStudio, urutanKoleksi, type SkemaStudio } from '../lib/studio.ts';
import { FAVICON } from '../lib/site.ts';

const require = createRequire(import.meta.url);
export const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/**
 * Decap renders its interface with inline styles (emotion injects <style> elements, hence
 * 'unsafe-inline' for styles, which Decap cannot run without), validates its configuration with
 * ajv (which compiles schemas with `new Function`, hence 'unsafe-eval') and talks to the Git host's
 * API; its scripts come from the site itself. Images: the studio's own files, Decap's inline icons
 * (data:), and the entry's media, which both backends read through the API and show as blob: URLs;
 * the one outside host is avatars.githubusercontent.com, where the GitHub API's `avatar_url` of
 * the signed-in author points (Decap's header). No other: an entry body previewed in the studio is
 * an outside author's text, and a third-party image in it would tell that host who opened it and
 * when. Decap submits no form (its buttons call the API), so form-action is 'none'. This is as tight
 * as Decap allows (README, Studio); the reader pages keep their own CSP without any of these.
 */
const CSP_STUDIO =
  "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://avatars.githubusercontent.com; connect-src 'self' https://api.github.com http://localhost:*; frame-src 'self'; form-action 'none'; object-src 'none'; base-uri 'self'";

function halamanStudio(): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta http-equiv="Content-Security-Policy" content="${CSP_STUDIO}">
<title>Studio Pustaka Model Inovasi</title>
<link rel="icon" href="${FAVICON}" type="image/svg+xml">
<link rel="cms-config-url" href="config.yml" type="text/yaml">
</head>
<body>
<script src="pustaka.js"></script>
<script src="decap-cms.js"></script>
<script src="daftar.js"></script>
</body>
</html>
`;
}

/** The scaffold of `npm run new` for each entry collection, as the studio's defaults. */
export function bawaanStudio(hariIni: string): Record<'praktik' | 'model', Record<string, unknown>> {
  return { praktik: dariFile(scaffold('praktik', 'Judul', hariIni).text), model: dariFile(scaffold('model', 'Judul', hariIni).text) };
}

/**
 * Modules the studio's bundle reaches without using them are left out: those that read files at
 * load (a vocabulary read from a package's CSV, src/data/wilayah.ts: the card's headline words
 * share src/lib/labels.ts with the provinces) and packages (acorn, which src/rules/mdx.ts uses to
 * check expressions, beside the component registry the studio reads). Both are marked free of
 * side effects, so a module none of whose exports is used is dropped. A bundle that still needs a
 * module reading files fails to build (pustakaJs).
 */
const sisihkanTakTerpakai: Plugin = {
  name: 'pustaka:sisihkan-tak-terpakai',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.ts$/ }, (a) => {
      const path = resolve(a.resolveDir, a.path);
      return /^import [^;]* from 'node:/m.test(readFileSync(path, 'utf8')) ? { path, sideEffects: false } : undefined;
    });
    b.onResolve({ filter: /^[a-z@]/ }, async (a) => {
      if (a.pluginData === 'paket' || a.path.startsWith('node:')) return undefined;
      const r = await b.resolve(a.path, { kind: a.kind, importer: a.importer, resolveDir: a.resolveDir, pluginData: 'paket' });
      return r.errors.length ? { errors: r.errors } : { path: r.path, external: r.external, namespace: r.namespace, sideEffects: false };
    });
  },
};

/**
 * The studio's own code for the browser (pustaka.js): the serializer, the workflow backends, the
 * Indonesian interface, the preview templates and the editor components of the MDX components.
 */
async function pustakaJs(): Promise<string> {
  const { outputFiles } = await build({
    stdin: {
      contents: [
        "import { dariFile, keFile } from './src/lib/studio-format.ts';",
        "import { bungkusAlur } from './src/lib/studio-alur.ts';",
        "import { BLOK_DECAP_ID, STUDIO_ID } from './src/data/studio-id.ts';",
        "import { templatPratinjau } from './src/lib/studio-pratinjau.ts';",
        "import { komponenEditor, komponenKomentar } from './src/lib/mdx/studio-komponen.ts';",
        'globalThis.PUSTAKA_STUDIO = { dariFile, keFile, bungkusAlur, BLOK_DECAP_ID, STUDIO_ID, templatPratinjau, komponenEditor, komponenKomentar };',
        'globalThis.CMS_MANUAL_INIT = true;',
      ].join('\n'),
      resolveDir: join(dirname(fileURLToPath(import.meta.url)), '..', '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    external: ['node:*'],
    plugins: [sisihkanTakTerpakai],
    // Those modules find their files from import.meta.url, which an iife does not have; the
    // check below fails the build if any module kept in the bundle uses it.
    logOverride: { 'empty-import-meta': 'silent' },
    write: false,
  });
  const js = outputFiles[0]!.text;
  const node = /require\("(node:[^"]+)"\)|\bimport_meta\b/.exec(js);
  if (node) throw new Error(`bundel studio memakai ${node[1] ?? 'import.meta'}: modul yang membaca berkas tidak dapat berjalan di peramban`);
  return js;
}

/** The files the studio page loads besides Decap's own. */
export async function berkasStudio(config: Record<string, unknown>): Promise<Record<string, string>> {
  const urutan = { praktik: urutanKoleksi('praktik'), model: urutanKoleksi('model') };
  // The collections whose files carry a workflow `status` (src/lib/studio-alur.ts), with their folders.
  const koleksi = (config.collections as { name: string; folder: string }[]).filter((c): c is { name: keyof typeof urutan; folder: string } => c.name in urutan);
  const alur = Object.fromEntries(koleksi.map((c) => [c.name, { folder: c.folder, urutan: urutan[c.name] }]));
  // The profiles the review rule reads (src/lib/studio-alur.ts).
  const penulis = (config.collections as { name: string; folder: string }[]).find((c) => c.name === 'penulis')?.folder;
  return {
    'index.html': halamanStudio(),
    'pustaka.js': await pustakaJs(),
    'daftar.js': `const P = globalThis.PUSTAKA_STUDIO;
const URUTAN = ${JSON.stringify(urutan)};
CMS.registerLocale('id', P.STUDIO_ID);
for (const k of ['praktik', 'model']) CMS.registerCustomFormat('pustaka-' + k, 'mdx', { fromFile: (t) => P.dariFile(t), toFile: (d) => P.keFile(d, URUTAN[k]) });
CMS.registerPreviewStyle('pratinjau.css');
// The preview: the entry's header and readiness card as the site draws them, then the body (src/lib/studio-pratinjau.ts).
for (const k of ['praktik', 'model']) CMS.registerPreviewTemplate(k, P.templatPratinjau(k, h));
// The MDX components as blocks of the body's rich-text mode, written back as they were read
// (src/lib/mdx/studio-komponen.ts); a block's content is previewed by Decap's Markdown preview.
const MD = CMS.getWidget('markdown').preview;
// Those the checker refuses in every studio body preview as its message (the rich-text menu offers
// only the allowed ones: the body's editor_components, src/lib/studio.ts).
for (const k of P.komponenEditor(h, (value, getAsset) => h(MD, { value, getAsset, resolveWidget: CMS.resolveWidget }), ${JSON.stringify(komponenDitolak(koleksi.map((c) => c.name)))})) CMS.registerEditorComponent(k);
// MDX comments kept as written in the rich-text mode, and hidden in the preview as on the site.
CMS.registerEditorComponent(P.komponenKomentar(h));
// Decap's own blocks (image, code block) in Indonesian, relabelled in place: registering the code
// block again would make Decap warn that a second one replaces it.
for (const [id, t] of Object.entries(P.BLOK_DECAP_ID)) {
  const k = CMS.getEditorComponents().get(id);
  if (!k) continue;
  k.label = t.label;
  k.fields = k.fields.map((f) => { const b = t.fields[f.get('name')]; return b ? f.merge(b) : f; });
}
// Decap's own backends, with the workflow column written as the entry's status (src/lib/studio-alur.ts).
const ALUR = ${JSON.stringify(alur)};
const BACKEND = ${JSON.stringify({ [BACKEND_STUDIO.github]: 'github', [BACKEND_STUDIO.lokal]: 'proxy' })};
for (const [nama, asal] of Object.entries(BACKEND)) CMS.registerBackend(nama, function (...a) { return P.bungkusAlur(CMS.getBackend(asal).init(...a), ALUR, ${JSON.stringify(penulis)}); });
// The body opens as Markdown (src/lib/studio.ts) until the author picks the other mode: Decap
// opens its rich-text mode, which writes the whole body again on any edit, unless the choice it
// stores says otherwise.
try {
  if (localStorage.getItem('cms.md-mode') === null) localStorage.setItem('cms.md-mode', 'raw');
} catch {}
// Decap starts once all of the above is registered (pustaka.js, loaded first, holds it back).
CMS.init();
`,
    'config.yml': stringify(config, { lineWidth: 0, aliasDuplicateObjects: false }),
    'pratinjau.css': readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'styles', 'global.css'), 'utf8'),
  };
}

/** Decap's bundle and its chunks, without source maps. */
export const berkasDecap = () => readdirSync(DECAP_DIST).filter((n) => /(^|\.)decap-cms\.js$/.test(n));

/**
 * Writes the hosted studio for a publisher who set REPO_URL: authors sign in with GitHub and
 * every save opens a pull request (editorial workflow, open authoring for those without write
 * access). STUDIO_OAUTH_URL names the publisher's OAuth endpoint (README, Studio).
 */
export function studio(opsi: { repo: string | undefined; cabang: string; oauth: string | undefined }): AstroIntegration {
  return {
    name: 'pustaka:studio',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!opsi.repo) return;
        const repo = new URL(opsi.repo).pathname.replace(/^\/|\.git$/g, '');
        // The published JSON Schemas (npm run skema; a test keeps them current).
        const baca = (k: string) => JSON.parse(readFileSync(join(fileURLToPath(new URL('../../public/data/skema/', import.meta.url)), `${k}.schema.json`), 'utf8')) as Record<string, unknown>;
        const skema: SkemaStudio = { praktik: baca('praktik'), model: baca('model'), penulis: baca('penulis') };
        const config = konfigurasiStudio(skema, { repo, cabang: opsi.cabang, lokal: false, bawaan: bawaanStudio(new Date().toISOString().slice(0, 10)) });
        if (opsi.oauth) (config.backend as Record<string, unknown>).base_url = opsi.oauth;
        const out = join(fileURLToPath(dir), 'studio');
        mkdirSync(out, { recursive: true });
        for (const [nama, isi] of Object.entries(await berkasStudio(config))) writeFileSync(join(out, nama), isi);
        for (const nama of berkasDecap()) copyFileSync(join(DECAP_DIST, nama), join(out, nama));
        logger.info(`studio ditulis ke ${out} untuk ${repo}`);
      },
    },
  };
}

/**
 * The one folder the local studio reads and writes: its collections and their images. decap-server
 * accepts any path under the repository and follows symbolic links that stay inside it (it only
 * refuses a link's target outside, by its real path): a branch from a pull request holding
 * `content/praktik/x.mdx -> ../../.env` had the studio show that file in the form and, on save,
 * overwrite it; an image link `gambar/x.svg -> ../../../package.json` had the file it points to
 * deleted when the entry was saved without that image. So `npm run studio` sends decap-server only
 * requests for paths under content/, and none while a tree it would check out holds a link there.
 */
export const FOLDER_STUDIO = 'content';

/** Why the local studio refuses a request, in its own words. */
export const PESAN_LOKAL = {
  kotor: (diubah: readonly string[], baru: readonly string[]) =>
    `Salinan kerja memuat ${[diubah.length ? `perubahan yang belum di-commit (${daftarBerkas(diubah)})` : '', baru.length ? `berkas baru yang belum di-commit (${daftarBerkas(baru)})` : ''].filter(Boolean).join(' dan ')}. Studio menyimpan entri dengan menambahkan seluruh salinan kerja ke cabang entri (git add .), sehingga berkas itu ikut masuk ke cabang entri dan hilang dari salinan kerja, atau penyimpanan gagal. Commit, stash, atau pindahkan berkas itu dulu, atau jalankan studio pada klon tersendiri (npm run studio -- --repo <folder>)`,
  luar: (p: string) => `Studio hanya membaca dan menulis di ${FOLDER_STUDIO}/; "${tampakkanBaris(p)}" ditolak`,
  tautan: (tempat: string, paths: readonly string[], hapus?: string) =>
    `${tempat} memuat tautan simbolik: ${paths.map((p) => `"${tampakkanBaris(p)}"`).join(', ')}. Studio tidak membaca atau menulis lewat tautan (decap-server mengikutinya, sehingga membuka atau menyimpan entri membaca, menimpa, atau menghapus berkas yang ditunjuknya). Ganti tautan itu dengan berkas biasa${hapus ? `, atau hapus cabangnya bila berasal dari pull request yang tidak Anda percayai: git branch -D ${tampakkanBaris(hapus)}` : ''}`,
};

const daftarBerkas = (paths: readonly string[]) => [...paths.slice(0, 5).map((p) => `"${tampakkanBaris(p)}"`), ...(paths.length > 5 ? [`dan ${paths.length - 5} lainnya`] : [])].join(', ');

/** What the working tree holds that is not committed: changed tracked files, and new files Git does not ignore. */
export function perubahanSalinan(repo: string): { diubah: string[]; baru: string[] } {
  const keluar = execFileSync('git', ['status', '--porcelain=v1', '-z'], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = { diubah: [] as string[], baru: [] as string[] };
  const bagian = keluar.split('\0');
  for (let i = 0; i < bagian.length; i++) {
    const b = bagian[i]!;
    if (b.length < 4) continue;
    (b.startsWith('??') ? out.baru : out.diubah).push(b.slice(3));
    // A rename or copy names its former path next.
    if (/^[RC]/.test(b)) i++;
  }
  return out;
}

/** Symbolic links under content/ in a commit's tree, by commit: a commit's tree never changes. */
const TAUTAN_COMMIT = new Map<string, string[]>();
function tautanDiCommit(repo: string, commit: string): string[] {
  let t = TAUTAN_COMMIT.get(commit);
  if (!t) {
    const keluar = execFileSync('git', ['ls-tree', '-r', '-z', '--full-tree', commit, '--', FOLDER_STUDIO], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
    t = keluar.split('\0').filter((l) => l.startsWith('120000 ')).map((l) => l.slice(l.indexOf('\t') + 1));
    TAUTAN_COMMIT.set(commit, t);
  }
  return t;
}

/** Symbolic links under content/ in the working tree, tracked or not (never followed). */
function tautanDiSalinan(repo: string): string[] {
  const out: string[] = [];
  const tumpuk = [FOLDER_STUDIO];
  while (tumpuk.length) {
    const rel = tumpuk.pop()!;
    let st;
    try {
      st = lstatSync(join(repo, rel));
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) out.push(rel);
    else if (st.isDirectory()) for (const n of readdirSync(join(repo, rel))) tumpuk.push(`${rel}/${n}`);
  }
  return out.sort();
}

/** The local branches, by name, with their commits. */
function cabangLokal(repo: string): Map<string, string> {
  const keluar = execFileSync('git', ['for-each-ref', '--format=%(objectname) %(refname:short)', 'refs/heads/'], { cwd: repo, encoding: 'utf8' });
  return new Map(keluar.split('\n').filter(Boolean).map((l) => [l.slice(l.indexOf(' ') + 1), l.slice(0, l.indexOf(' '))]));
}

/**
 * Every symbolic link decap-server could follow in the studio's trees: the working tree, the
 * branch it edits, and each entry branch (`cms/…`), each with the message that names it.
 */
export function tautanStudio(repo: string, cabang: string): { tempat: string; cabang?: string; paths: string[] }[] {
  const out: { tempat: string; cabang?: string; paths: string[] }[] = [];
  const salinan = tautanDiSalinan(repo);
  if (salinan.length) out.push({ tempat: `Salinan kerja ${repo}`, paths: salinan });
  for (const [nama, commit] of cabangLokal(repo)) {
    if (nama !== cabang && !nama.startsWith('cms/')) continue;
    const t = tautanDiCommit(repo, commit);
    if (t.length) out.push({ tempat: `Cabang ${nama}`, ...(nama === cabang ? {} : { cabang: nama }), paths: t });
  }
  return out;
}

/** Actions that read or write no file (decap-server's git mode): branch lists, labels, deleting an entry's branch. */
const TANPA_BERKAS = new Set(['info', 'unpublishedEntries', 'updateUnpublishedEntryStatus', 'deleteUnpublishedEntry', 'getDeployPreview']);
/** Actions that commit (decap-server: `git add .`, then commit) or merge. */
const MENULIS = new Set(['persistEntry', 'persistMedia', 'deleteFile', 'deleteFiles', 'publishUnpublishedEntry']);

type Params = Record<string, unknown>;
const rekam = (v: unknown): Params => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Params) : {});
const daftarRekam = (v: unknown): Params[] => (Array.isArray(v) ? v.map(rekam) : []);

/** The file paths a request to decap-server names, wherever its actions put them. */
function jalurPermintaan(p: Params): unknown[] {
  return [
    p.path,
    p.folder,
    p.mediaFolder,
    rekam(p.entry).path,
    rekam(p.entry).newPath,
    rekam(p.asset).path,
    ...daftarRekam(p.files).map((f) => f.path),
    ...daftarRekam(p.dataFiles).flatMap((f) => [f.path, f.newPath]),
    ...daftarRekam(p.assets).map((a) => a.path),
    ...(Array.isArray(p.paths) ? p.paths : []),
  ].filter((x) => x !== undefined);
}

/**
 * The entry branch (`cms/<collection>/<slug>`) a request works on, if any: named by collection
 * and slug, by the entry's content key (`id` of unpublishedEntry; the other actions' `id` is a
 * file's), or by the saved entry.
 */
function cabangEntri(action: string, p: Params): string | undefined {
  const opsi = rekam(p.options);
  const koleksi = typeof p.collection === 'string' ? p.collection : opsi.useWorkflow ? opsi.collectionName : undefined;
  const slug = typeof p.slug === 'string' ? p.slug : (daftarRekam(p.dataFiles)[0] ?? rekam(p.entry)).slug;
  if (typeof koleksi === 'string' && typeof slug === 'string') return `cms/${koleksi}/${slug}`;
  return action === 'unpublishedEntry' && typeof p.id === 'string' ? `cms/${p.id}` : undefined;
}

/**
 * Why `npm run studio` does not pass a request on to decap-server, or undefined: a path outside
 * content/; a symbolic link under content/ in the working tree, in the edited branch, or in the
 * entry's own branch (another entry's branch with a link blocks only that entry); or work not
 * committed in the working tree, which decap-server's `git add .` would sweep into the entry's
 * branch (a new file, before a save) or which makes its checkout and rebase fail (a changed file).
 * Requests must come one at a time (scripts/studio.ts): while decap-server saves, its own files
 * are briefly uncommitted.
 */
export function tolakPermintaan(repo: string, cabang: string, body: unknown): string | undefined {
  const { action, params } = rekam(body);
  if (typeof action !== 'string' || TANPA_BERKAS.has(action)) return undefined;
  const p = rekam(params);
  for (const j of jalurPermintaan(p)) {
    const n = typeof j === 'string' ? posix.normalize(j.replace(/\\/g, '/')) : '';
    if (!(n === FOLDER_STUDIO || n.startsWith(`${FOLDER_STUDIO}/`))) return PESAN_LOKAL.luar(String(j));
  }
  const entri = cabangEntri(action, p);
  const t = tautanStudio(repo, cabang).find((x) => x.cabang === undefined || x.cabang === entri);
  if (t) return PESAN_LOKAL.tautan(t.tempat, t.paths, t.cabang);
  const { diubah, baru } = perubahanSalinan(repo);
  if (diubah.length || (MENULIS.has(action) && baru.length)) return PESAN_LOKAL.kotor(diubah, MENULIS.has(action) ? baru : []);
  return undefined;
}
