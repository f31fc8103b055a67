/**
 * `npm run package`: the offline package for publishers (JIPPNas, a ministry intranet, a laptop at
 * a workshop). Builds the site for a sub-path and writes one archive:
 *
 *   paket/pustaka-model-inovasi-<versi>-<base>.tar.gz
 *     pustaka-model-inovasi-<versi>/
 *       HOSTING.txt    how to host it: nginx, Apache, IIS, python3 -m http.server, node serve.mjs
 *       serve.mjs      a dependency-free static server for a laptop with Node.js
 *       pustaka.json   version, edition, entries, newest entry's date, base path, public address, build date
 *       www/<base>/    the site, plus .htaccess (Apache) and web.config (IIS)
 *
 * Options: --base /sub/path/ (default BASE_PATH or /model-inovasi/), --dist <folder> to package an
 * existing build instead of building (its base must match; its books' PDFs go in if `npm run pdf`
 * made them), --keluaran <folder> (default paket/). Building itself, it also prints the PDFs.
 * It refuses a site without a public address (SITE_URL, or the --dist build's canonical links)
 * unless --tanpa-alamat-publik says the package is only for reading offline or previewing.
 * The archive is reproducible: entries sorted, fixed owner, times from SOURCE_DATE_EPOCH (CI sets it
 * to the commit time) or the build time.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { argumen } from './argumen.ts';
import { masalahBase, normaliseBase, SITUS_CONTOH, situsDari } from '../src/integrations/alamat-situs.ts';
import { alamatPublik, barisEdisi, cspHeader, edisiBuild, foldersWithoutIndex, hostingText, htaccess, immutablePaths, masalahAlamat, metaCsp, webConfig } from './package/hosting.ts';
import { tarGz, type TarEntry } from './package/tar.ts';
import { CHROMIUM } from './peramban.ts';
import { pathPdf } from '../src/lib/buku.ts';
import { build, printBooks } from './verify/determinism.ts';
import { Site } from './verify/site.ts';

export interface PackageOptions {
  dist: string;
  base: string;
  outDir: string;
  /** Seconds since 1970 for every entry's time. */
  mtime: number;
  version: string;
}

export const NAME = 'pustaka-model-inovasi';

export function archiveName(version: string, base: string): string {
  const slug = base.replace(/^\/|\/$/g, '').replace(/[^a-zA-Z0-9._-]+/g, '-') || 'akar';
  return `${NAME}-${version}-${slug}.tar.gz`;
}

/** The models whose book page the build has but whose PDF it lacks (`npm run pdf` not run on it): their pages offer no download. */
export function bukuTanpaPdf(files: readonly string[]): string[] {
  const set = new Set(files);
  return files.flatMap((f) => /^model\/([^/]+)\/buku\/index\.html$/.exec(f)?.[1] ?? []).filter((id) => !set.has(pathPdf(id).slice(1)));
}

/** Write the archive from a finished build; returns its path. */
export function makePackage(opts: PackageOptions): string {
  const base = normaliseBase(opts.base);
  const site = new Site({ dir: opts.dist });
  if (site.builtBase && site.builtBase !== base) {
    throw new Error(`Build di ${opts.dist} dibuat untuk base ${site.builtBase}, bukan ${base}. Bangun ulang dengan BASE_PATH=${base} atau beri --base ${site.builtBase}.`);
  }
  const folder = `${NAME}-${opts.version}`;
  const archive = archiveName(opts.version, base);
  const has404 = site.fileSet.has('404.html');
  const studio = site.fileSet.has('studio/index.html');
  // The server configs send cspHeader(base); a build from other code carries another policy in its
  // <meta>, and the two together would block its inline script.
  const built = site.fileSet.has('index.html') ? metaCsp(site.read('index.html')) : undefined;
  if (built !== undefined && built !== cspHeader(base)) {
    throw new Error(`CSP di ${opts.dist}/index.html berbeda dari yang dihasilkan kode ini (build dari versi lain?). Bangun ulang dengan kode ini.`);
  }
  const www = `${folder}/www${base}`;
  const entries: TarEntry[] = [];
  const dirs = new Set<string>();
  /** A file, after each folder above it that is not in the archive yet. */
  const addFile = (path: string, data: Buffer, mode = 0o644) => {
    const parts = path.split('/').slice(0, -1).filter(Boolean);
    for (const d of parts.map((_, i) => `${parts.slice(0, i + 1).join('/')}/`).filter((d) => !dirs.has(d))) {
      dirs.add(d);
      entries.push({ path: d });
    }
    entries.push({ path, data, mode });
  };
  const alamat = alamatPublik(site.origin) ? `${site.origin}${base}` : null;
  const edisi = edisiBuild(site.fileSet.has('data/entri.json') ? site.read('data/entri.json') : undefined);
  const manifest = { nama: 'Pustaka Model Inovasi Pelayanan Publik', versi: opts.version, ...edisi, base, alamat, dibuat: new Date(opts.mtime * 1000).toISOString(), berkas: site.files.length };
  addFile(`${folder}/HOSTING.txt`, Buffer.from(hostingText({ base, folder, archive, has404, studio, origin: site.origin, edisi }).replace(/\n/g, '\r\n'), 'utf8'));
  addFile(`${folder}/serve.mjs`, readFileSync(new URL('./package/serve.mjs', import.meta.url)), 0o755);
  addFile(`${folder}/pustaka.json`, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  addFile(`${www}.htaccess`, Buffer.from(htaccess(base, has404, studio, foldersWithoutIndex(site.files))));
  addFile(`${www}web.config`, Buffer.from(webConfig(base, immutablePaths(site.files), has404, studio).replace(/\n/g, '\r\n')));
  for (const rel of site.files) addFile(`${www}${rel}`, site.readBytes(rel));
  mkdirSync(opts.outDir, { recursive: true });
  const out = join(opts.outDir, archive);
  writeFileSync(out, tarGz(entries, opts.mtime));
  return out;
}

if (import.meta.main) {
  const { values } = argumen(
    { options: { base: { type: 'string' }, dist: { type: 'string' }, keluaran: { type: 'string', default: 'paket' }, 'tanpa-alamat-publik': { type: 'boolean', default: false } } },
    'Cara pakai: SITE_URL=https://alamat.anda npm run package -- [--base /model-inovasi/] [--dist <folder build yang ada>] [--keluaran paket]\n' +
      '           npm run package -- --tanpa-alamat-publik   (hanya untuk dibaca luring atau dipratinjau: tautan kanonis, peta situs, umpan, data dan PDF menunjuk ke alamat contoh)',
  );
  const tanpaAlamat = values['tanpa-alamat-publik'];
  const tolak = (masalah: string | undefined) => {
    if (!masalah) return;
    console.error(`✗ ${masalah}`);
    process.exit(1);
  };
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  let dist = values.dist;
  let base = values.base ?? process.env.BASE_PATH;
  if (base !== undefined) tolak(masalahBase(normaliseBase(base)));
  if (dist) {
    if (!existsSync(join(dist, 'index.html'))) tolak(`Tidak ada build di ${dist} (index.html tidak ada). Bangun dulu: BASE_PATH=${normaliseBase(base ?? '/model-inovasi/')} SITE_URL=https://alamat.anda npm run build -- --outDir ${dist}, atau jalankan npm run package tanpa --dist.`);
    const built = new Site({ dir: dist });
    base ??= built.base;
    tolak(masalahAlamat(built.origin, tanpaAlamat));
    const tanpaPdf = bukuTanpaPdf(built.files);
    if (tanpaPdf.length) console.warn(`⚠ ${tanpaPdf.length} buku model di ${dist} belum dicetak ke PDF, jadi halamannya tanpa tautan unduh. Untuk menyertakannya: npm run pdf -- --dist ${dist}, lalu ulangi perintah ini.`);
  } else {
    // Before the build, from the value the build will use (astro.config.mjs), so a missing or malformed address costs no build.
    let masalah: string | undefined;
    try {
      masalah = masalahAlamat(situsDari(process.env.SITE_URL), tanpaAlamat);
    } catch (e) {
      masalah = (e as Error).message;
    }
    tolak(masalah);
    base = normaliseBase(base ?? '/model-inovasi/');
    dist = '.cache/paket-dist';
    console.log(`Membangun situs untuk ${base} → ${dist}`);
    if (!build(dist, { BASE_PATH: base })) process.exit(1);
    // The models' books as PDFs, when this machine has the browser that prints them.
    if (!existsSync(CHROMIUM)) console.warn(`Chromium tidak ada di ${CHROMIUM}: paket dibuat tanpa PDF buku model (pasang chromium atau setel CHROMIUM_PATH, lalu ulangi).`);
    else if (!printBooks(dist)) process.exit(1);
  }
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const mtime = Number.isFinite(epoch) && epoch > 0 ? epoch : Math.floor(Date.now() / 1000);
  try {
    const out = makePackage({ dist, base, outDir: values.keluaran, mtime, version });
    const data = join(dist, 'data', 'entri.json');
    const edisi = edisiBuild(existsSync(data) ? readFileSync(data, 'utf8') : undefined);
    console.log(`✓ ${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB), untuk ${normaliseBase(base)}. Petunjuk pemasangan: HOSTING.txt di dalam arsip.`);
    if (edisi) console.log(`  ${barisEdisi(edisi)}.`);
    if (tanpaAlamat) console.warn(`⚠ Tanpa alamat publik: tautan kanonis, peta situs, umpan RSS, data terbuka dan tautan di PDF menunjuk ke ${SITUS_CONTOH}. Hanya untuk dibaca luring atau dipratinjau, bukan untuk server yang diterbitkan.`);
  } catch (e) {
    console.error(`✗ ${(e as Error).message}`);
    process.exit(1);
  }
}
