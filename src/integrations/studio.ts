/**
 * The authoring studio's files: its page, Decap's bundle, the handbook's serializer and
 * Indonesian interface bundled for the browser, and its configuration. `npm run studio` serves
 * them locally; a build for a repository (REPO_URL set) writes them to `<outDir>/studio/`, outside
 * the reader pages: no sitemap entry, no search record, its own CSP.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { stringify } from 'yaml';
import { scaffold } from '../lib/scaffold.ts';
import { dariFile } from '../lib/studio-format.ts';
import { BACKEND_STUDIO, konfigurasiStudio, urutanKoleksi, type SkemaStudio } from '../lib/studio.ts';

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
        "import { STUDIO_ID } from './src/data/studio-id.ts';",
        "import { templatPratinjau } from './src/lib/studio-pratinjau.ts';",
        "import { komponenEditor } from './src/lib/mdx/studio-komponen.ts';",
        'globalThis.PUSTAKA_STUDIO = { dariFile, keFile, bungkusAlur, STUDIO_ID, templatPratinjau, komponenEditor };',
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
for (const k of P.komponenEditor(h, (value, getAsset) => h(MD, { value, getAsset, resolveWidget: CMS.resolveWidget }))) CMS.registerEditorComponent(k);
// Decap's own backends, with the workflow column written as the entry's status (src/lib/studio-alur.ts).
const ALUR = ${JSON.stringify(alur)};
const BACKEND = ${JSON.stringify({ [BACKEND_STUDIO.github]: 'github', [BACKEND_STUDIO.lokal]: 'proxy' })};
for (const [nama, asal] of Object.entries(BACKEND)) CMS.registerBackend(nama, function (...a) { return P.bungkusAlur(CMS.getBackend(asal).init(...a), ALUR); });
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
