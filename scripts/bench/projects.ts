/**
 * The two Astro projects the benchmark builds, each in its own temporary folder so that cold builds
 * can delete their caches without touching the developer's tree:
 *
 * - the real site: a snapshot copy of src/, public/, astro.config.mjs, tsconfig.json,
 *   package.json and scripts/check.ts, taken when the benchmark starts;
 * - the bare baseline: astro.config.mjs with only mdx(), a glob collection over the same generated
 *   practices with a permissive schema, and one page template that renders the title and <Content/>.
 *
 * Both get a node_modules folder of symlinks to the project's packages (not one symlink to the
 * whole folder): Astro's content store (node_modules/.astro) and Vite's cache (node_modules/.vite)
 * then live in the temporary project, and deleting them never touches the shared ones.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listFiles } from '../verify/site.ts';

/**
 * Where each project's builds keep Node's compile cache (Astro turns it on). Left at its default,
 * one folder in the OS temp dir serves every build on the machine: there it had grown to 4.5 GB
 * and made three identical cold builds take 32.6, 39.2 and 43.1 s, run after run.
 */
export const COMPILE_CACHE = 'node_modules/.cache/node-compile';

/** Folders a cold build deletes (peers.md method, plus Node's compile cache). */
const CACHE_DIRS = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', COMPILE_CACHE];

function linkNodeModules(projectRoot: string, into: string) {
  const src = join(projectRoot, 'node_modules');
  const dst = join(into, 'node_modules');
  mkdirSync(dst, { recursive: true });
  for (const name of readdirSync(src)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(src, name), join(dst, name));
  }
}

export interface Project {
  root: string;
  /** Astro config file to pass with --config (a wrapper that adds experimental flags when asked). */
  config: string;
  label: string;
}

/**
 * A config wrapper: the project's own config plus `experimental` flags from the environment
 * (BENCH_EXPERIMENTAL, JSON), so an option can be tried without editing astro.config.mjs.
 */
const WRAPPER = `import base from './astro.config.mjs';
const extra = process.env.BENCH_EXPERIMENTAL ? JSON.parse(process.env.BENCH_EXPERIMENTAL) : {};
export default { ...base, experimental: { ...(base.experimental ?? {}), ...extra } };
`;

export function snapshotSite(projectRoot: string): Project & { files: number; newestMtime: string } {
  const root = mkdtempSync(join(tmpdir(), 'pustaka-bench-site-'));
  const copied: string[] = [];
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'scripts/check.ts']) {
    const from = join(projectRoot, name);
    if (!existsSync(from)) continue;
    cpSync(from, join(root, name), { recursive: true });
    copied.push(...(statSync(from).isDirectory() ? listFiles(from).map((f) => join(from, f)) : [from]));
  }
  const newest = Math.max(0, ...copied.map((f) => statSync(f).mtimeMs));
  linkNodeModules(projectRoot, root);
  writeFileSync(join(root, 'astro.bench.config.mjs'), WRAPPER);
  return { root, config: 'astro.bench.config.mjs', label: 'site', files: copied.length, newestMtime: new Date(newest).toISOString() };
}

const BASELINE_FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'pustaka-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// Plain Astro 7: default Sätteri processor, MDX, nothing else. The one addition is a warning
// filter, so printing thousands of identical MODULE_LEVEL_DIRECTIVE warnings (one per MDX file,
// withastro/astro#18087) is not counted against plain Astro.
export default defineConfig({
  integrations: [mdx()],
  vite: { build: { rollupOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
});
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The same generated practices the real site builds, with a permissive schema.
export const collections = {
  praktik: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: process.env.BENCH_PRAKTIK_DIR ?? './praktik' }),
    schema: z.looseObject({ judul: z.string() }),
  }),
};
`,
  // The entries use the project's one MDX component; a trivial stand-in keeps them renderable.
  'src/components/Catatan.astro': `<aside><slot /></aside>
`,
  'src/pages/praktik/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Catatan from '../../components/Catatan.astro';

export async function getStaticPaths() {
  const entries = await getCollection('praktik');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="id">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{entry.data.judul}</title></head>
  <body><main><h1>{entry.data.judul}</h1><Content components={{ Catatan }} /></main></body>
</html>
`,
};

export function makeBaseline(projectRoot: string): Project {
  const root = mkdtempSync(join(tmpdir(), 'pustaka-bench-bare-'));
  for (const [file, text] of Object.entries(BASELINE_FILES)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  linkNodeModules(projectRoot, root);
  writeFileSync(join(root, 'astro.bench.config.mjs'), WRAPPER);
  return { root, config: 'astro.bench.config.mjs', label: 'baseline' };
}

export function clearCaches(root: string) {
  for (const d of CACHE_DIRS) rmSync(join(root, d), { recursive: true, force: true });
}

export function removeProject(root: string) {
  // Only ever our own temporary projects: the symlinks are removed, not what they point to.
  if (!/pustaka-bench-(site|bare)-/.test(root)) throw new Error(`not a benchmark project: ${root}`);
  rmSync(root, { recursive: true, force: true });
}
