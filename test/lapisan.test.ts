/**
 * Layers run one way (issue #15): every import of src/, scripts/, e2e/ and test/ (value or type,
 * static or dynamic, an `.astro` file's frontmatter and `<script>`, a worker started by path)
 * must go from a layer to one its row in LAPISAN allows. A failure names the importing file and
 * line, the imported file, and the rule it breaks. Moving code is the fix; a new row or entry
 * needs a reason a reviewer can accept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

interface Aturan {
  /** Layers (folders or files, from the project root) this layer may import besides itself. */
  boleh: readonly string[];
  alasan: string;
}

const FONDASI = ['src/data', 'src/schema', 'src/i18n', 'src/rules'];
const LIB = [...FONDASI, 'src/lib', 'src/lib/sitasi'];
/** What the command-line tools and the tests may use of src/: everything but the site's Astro and browser code. */
const SRC_NODE = [...LIB, 'src/lib/mdx', 'src/validate', 'src/konten', 'src/integrations'];
const SRC_SEMUA = [...SRC_NODE, 'src/content.config.ts', 'src/scripts', 'src/styles', 'src/layouts', 'src/components', 'src/components/halaman', 'src/components/cari', 'src/pages', 'public'];

/**
 * Which layer may import which, from the bottom up. A file belongs to the longest key that is its
 * path or a folder above it; imports within one layer are always allowed.
 */
const LAPISAN: Record<string, Aturan> = {
  'src/data': { boleh: [], alasan: 'kosakata dan jalur situs adalah dasar: daftar bertipe berlabel id/en, halaman dan rute (alamat ↔ berkas ↔ bahasa), tidak mengimpor apa pun dari proyek' },
  'src/schema': { boleh: ['src/data'], alasan: 'skema frontmatter dibangun dari kosakata; aturan antarkolom (penilaian kartu) bagian dari skema' },
  'src/i18n': { boleh: ['src/data', 'src/schema'], alasan: 'teks antarmuka berkunci slug kosakata; petunjuk kolom berkunci jalur kolom skema' },
  'src/rules': { boleh: ['src/data', 'src/schema'], alasan: 'aturan menilai apa yang diurai skema; tanpa berkas, tanpa pemeriksa, tanpa kode situs, dengan jenis masalahnya sendiri (src/rules/masalah.ts)' },
  'src/lib/sitasi': { boleh: ['src/data', 'src/schema'], alasan: 'pembungkus citation-js hanya mengenal sumber dari skema' },
  'src/lib': { boleh: [...FONDASI, 'src/lib/sitasi'], alasan: 'logika situs di atas model konten: tidak pernah pemeriksa (validate), pemuat (konten), integrasi, komponen, atau halaman' },
  'src/lib/mdx': { boleh: [...FONDASI, 'src/lib'], alasan: 'perender menerapkan aturan MDX dan daftar komponen (src/rules/mdx.ts) yang sama dengan pemeriksa' },
  'src/validate': { boleh: [...LIB], alasan: 'pemeriksa membaca berkas dan menjalankan aturan; memakai lib untuk label, urutan kunci studio, dan jalur halaman' },
  'src/konten': { boleh: [...LIB, 'src/lib/mdx', 'src/validate'], alasan: 'pemuat koleksi memeriksa (validate) lalu merender (lib/mdx) sebelum Astro melihat entri' },
  'src/integrations': { boleh: [...LIB, 'src/konten'], alasan: 'integrasi Astro memulai pemeriksaan dan pekerja kutipan lewat konten, dan membundel studio dari lib' },
  'src/content.config.ts': { boleh: [...LIB, 'src/konten'], alasan: 'koleksi Astro: skema dan pemuat' },
  'src/scripts': { boleh: ['src/lib'], alasan: 'island peramban hanya memakai modul lib yang murni (diperiksa menyeluruh di bawah)' },
  'src/styles': { boleh: [], alasan: 'CSS' },
  'src/components': { boleh: [...LIB, 'src/konten', 'src/scripts', 'src/styles'], alasan: 'bagian halaman: menampilkan konten yang sudah dimuat, tidak memeriksanya; boleh membawa island dan gaya' },
  'src/layouts': { boleh: ['src/data', 'src/i18n', 'src/lib', 'src/components', 'src/styles'], alasan: 'bingkai halaman: kepala, kaki, remah roti dari komponen' },
  'src/components/halaman': { boleh: [...LIB, 'src/konten', 'src/scripts', 'src/styles', 'src/components', 'src/layouts'], alasan: 'badan halaman yang dipakai rute kedua bahasa: memakai tata letak dan komponen' },
  'src/components/cari': { boleh: [...LIB, 'src/konten', 'src/scripts', 'src/styles', 'src/components', 'src/layouts'], alasan: 'badan halaman pencarian: sama dengan src/components/halaman' },
  'src/pages': { boleh: [...LIB, 'src/konten', 'src/scripts', 'src/styles', 'src/components', 'src/components/halaman', 'src/components/cari', 'src/layouts', 'public'], alasan: 'rute: puncak situs; tidak memanggil pemeriksa atau perender secara langsung' },
  public: { boleh: [], alasan: 'berkas statis (skema JSON yang ditulis npm run skema)' },
  scripts: { boleh: SRC_NODE, alasan: 'alat baris perintah memakai src/ yang berjalan di Node, tidak pernah e2e/ atau test/: yang dipakai bersama e2e ada di scripts/peramban.ts' },
  e2e: {
    boleh: [...SRC_NODE, 'scripts/peramban.ts', 'scripts/package.ts', 'scripts/package/hosting.ts', 'scripts/verify/budgets.ts', 'scripts/verify/site.ts'],
    alasan: 'uji peramban melihat situs lewat peramban; dari scripts/ hanya scripts/peramban.ts (peramban dan server bersama) dan yang diujinya: paket luring, konfigurasi hosting, anggaran (package, hosting, budgets, site)',
  },
  test: { boleh: [...SRC_SEMUA, 'scripts'], alasan: 'uji unit boleh menguji apa saja kecuali uji peramban' },
  'astro.config.mjs': { boleh: ['src/integrations', 'src/lib'], alasan: 'konfigurasi Astro memasang integrasi; folder konten dari lib/env' },
  'vitest.config.ts': { boleh: [], alasan: 'konfigurasi uji' },
  'vitest.e2e.config.ts': { boleh: [], alasan: 'konfigurasi uji' },
};

/**
 * Single imports that break their row, each until the change named lands. A stale one fails too.
 * Keep this empty when you can: it is a to-do list, not a way to widen a row.
 */
const PENGECUALIAN: readonly { dari: string; ke: string; alasan: string }[] = [];

/** Modules that reach outside the process: the layers below the checker must not, unless listed here. */
const MODUL_IO = /^(node:)?(fs|fs\/promises|child_process|worker_threads|module|net|http|https|dgram|cluster)$|^astro:content$/;
const LAPISAN_MURNI = ['src/data', 'src/schema', 'src/i18n', 'src/rules', 'src/lib', 'src/lib/sitasi', 'src/lib/mdx'];

/** Files of the pure layers that do I/O, and why it is there rather than in a higher layer. */
const IO_DIIZINKAN: Record<string, string> = {
  'src/data/wilayah.ts': 'membaca CSV idn-area-data sekali saat dimuat: kosakata wilayah adalah data paket itu',
  'src/lib/content.ts': 'pintu halaman ke koleksi (astro:content) dan tanggal git; hanya saat build, tidak pernah di peramban',
  'src/lib/git-tanggal.ts': 'tanggal pembaruan dari git log; dipakai src/lib/content.ts dan pekerja kutipan, hanya saat build',
  'src/lib/sitasi/index.ts': 'membaca berkas lokal CSL bahasa Indonesia sekali saat dimuat',
  'src/lib/mdx/satteri-asli.ts': 'memuat pengurai asli Sätteri (createRequire)',
};

interface Impor {
  dari: string;
  /** The specifier as written, or a project path for a worker started by path. */
  spesifier: string;
  /** The project path it resolves to; undefined for a package or a Node built-in. */
  ke: string | undefined;
  baris: number;
  /** Erased before the code runs (`import type`, `export type`, `import('…').T`). */
  tipe: boolean;
}

/** The TypeScript an `.astro` file runs at build and in the browser: its frontmatter and its `<script>` blocks, at their own lines. */
function kodeAstro(teks: string): string {
  const keluar = teks.replace(/[^\n]/g, ' ').split('');
  const salin = (awal: number, akhir: number) => {
    for (let i = awal; i < akhir; i++) keluar[i] = teks[i]!;
  };
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(teks);
  if (fm) salin(fm[0].indexOf(fm[1]!), fm[0].indexOf(fm[1]!) + fm[1]!.length);
  // Bundled scripts only: a self-closing or `is:inline` one is not processed, so it imports nothing.
  for (const m of teks.matchAll(/<script\b[^>]*>/g)) {
    if (m[0].endsWith('/>') || m[0].includes('is:inline')) continue;
    const awal = m.index + m[0].length;
    const akhir = teks.indexOf('</script>', awal);
    if (akhir !== -1) salin(awal, akhir);
  }
  return keluar.join('');
}

/** Every import of a file, from its text: the parser the check relies on. */
function imporDari(dari: string, teks: string): Impor[] {
  const kode = dari.endsWith('.astro') ? kodeAstro(teks) : teks;
  const sf = ts.createSourceFile(dari, kode, ts.ScriptTarget.Latest, true, dari.endsWith('.astro') || dari.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS);
  const out: Impor[] = [];
  const tambah = (spesifier: string, node: ts.Node, tipe: boolean, dariAkar = false) => {
    const bersih = spesifier.replace(/[?#].*$/, '');
    const ke = bersih.startsWith('.') ? posix.normalize(posix.join(posix.dirname(dari), bersih)) : dariAkar ? bersih : undefined;
    out.push({ dari, spesifier, ke, baris: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, tipe });
  };
  const teksLiteral = (n: ts.Node | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
  const kunjungi = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const s = teksLiteral(node.moduleSpecifier);
      if (s !== undefined) tambah(s, node, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node)) {
      const s = teksLiteral(node.moduleSpecifier);
      if (s !== undefined) tambah(s, node, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const s = teksLiteral(node.moduleReference.expression);
      if (s !== undefined) tambah(s, node, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const s = teksLiteral(node.arguments[0]);
      if (s !== undefined) tambah(s, node, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const s = teksLiteral(node.argument.literal);
      if (s !== undefined) tambah(s, node, true);
    } else if (ts.isNewExpression(node) && node.expression.getText(sf) === 'Worker') {
      // A worker started by path runs that module: `new Worker(new URL('./w.ts', import.meta.url))` or `join(root, 'src/…/w.ts')`.
      const cari = (n: ts.Node): void => {
        const s = teksLiteral(n);
        if (s !== undefined && /\.(ts|mjs|js)$/.test(s)) {
          if (s.startsWith('.')) tambah(s, n, false);
          else if (/^(src|scripts|e2e|test)\//.test(s)) tambah(s, n, false, true);
        }
        ts.forEachChild(n, cari);
      };
      node.arguments?.forEach(cari);
    }
    ts.forEachChild(node, kunjungi);
  };
  kunjungi(sf);
  return out;
}

/** The layer of a project path: the longest key of LAPISAN that is the path or a folder above it. */
function lapisanDari(path: string): string | undefined {
  let terbaik: string | undefined;
  for (const k of Object.keys(LAPISAN)) if ((path === k || path.startsWith(`${k}/`)) && (!terbaik || k.length > terbaik.length)) terbaik = k;
  return terbaik;
}

/** Every import that runs against LAPISAN, as a message naming both files and the rule. */
function pelanggaran(impor: readonly Impor[], pengecualian = PENGECUALIAN): string[] {
  const out: string[] = [];
  for (const i of impor) {
    if (i.ke === undefined) continue;
    const a = lapisanDari(i.dari);
    const b = lapisanDari(i.ke);
    if (!a) {
      out.push(`${i.dari}: berkas ini tidak termasuk lapisan mana pun; tambahkan foldernya ke LAPISAN di test/lapisan.test.ts`);
      continue;
    }
    if (a === b || (b && LAPISAN[a]!.boleh.includes(b)) || LAPISAN[a]!.boleh.includes(i.ke)) continue;
    if (pengecualian.some((p) => p.dari === i.dari && p.ke === i.ke)) continue;
    const aturan = LAPISAN[a]!;
    out.push(`${i.dari}:${i.baris} mengimpor ${i.ke} (${b ?? 'di luar lapisan mana pun'}): ${a} hanya boleh mengimpor ${aturan.boleh.join(', ') || '(tidak ada)'}; alasannya: ${aturan.alasan}`);
  }
  return out;
}

/** Source files the check reads, as project paths. */
function berkasProyek(): string[] {
  const out: string[] = [];
  const jelajah = (rel: string) => {
    for (const d of readdirSync(join(ROOT, rel), { withFileTypes: true })) {
      const p = `${rel}/${d.name}`;
      if (d.isDirectory()) {
        if (p !== 'test/fixtures') jelajah(p);
      } else if (/\.(ts|mts|mjs|js|astro)$/.test(d.name)) out.push(p);
    }
  };
  for (const f of ['src', 'scripts', 'e2e', 'test']) jelajah(f);
  for (const d of readdirSync(ROOT)) if (/\.(ts|mjs)$/.test(d)) out.push(d);
  return out.sort();
}

const BERKAS = berkasProyek();
const SEMUA = BERKAS.flatMap((f) => imporDari(f, readFileSync(join(ROOT, f), 'utf8')));

describe('lapisan berjalan satu arah (test/lapisan.test.ts)', () => {
  it('pengurai impor melihat impor mundur di berkas palsu, dengan berkas, baris, dan aturannya', () => {
    const ts1 = [
      "import { z } from 'zod';",
      "import type { Problem } from '../validate/problem.ts';",
      "export { bacaTeks } from '../validate/teks.ts';",
      'const x = (): import("../konten/isi.ts").MetadataIsi => ({}) as never;',
      "const l = await import('../konten/loader.ts');",
      "import { PLACEHOLDER } from './body.ts';",
      "import { slug } from '../schema/common.ts';",
    ].join('\n');
    const impor = imporDari('src/rules/palsu.ts', ts1);
    expect(impor.map((i) => [i.ke, i.baris, i.tipe])).toEqual([
      [undefined, 1, false],
      ['src/validate/problem.ts', 2, true],
      ['src/validate/teks.ts', 3, false],
      ['src/konten/isi.ts', 4, true],
      ['src/konten/loader.ts', 5, false],
      ['src/rules/body.ts', 6, false],
      ['src/schema/common.ts', 7, false],
    ]);
    const salah = pelanggaran(impor);
    expect(salah).toHaveLength(4);
    expect(salah[0]).toContain('src/rules/palsu.ts:2 mengimpor src/validate/problem.ts (src/validate): src/rules hanya boleh mengimpor src/data, src/schema; alasannya: aturan menilai');

    const astro = ['---', "import Base from '../../layouts/Base.astro';", "import { checkContent } from '../../validate/run.ts';", '---', '<p>{1}</p>', '<script>', "  import { muat } from '../../konten/loader.ts';", '</script>', '<script is:inline set:html={x} />', "<script is:inline>import { y } from '../../validate/github.ts';</script>"].join('\n');
    expect(imporDari('src/components/entri/Palsu.astro', astro).map((i) => i.ke)).toEqual(['src/layouts/Base.astro', 'src/validate/run.ts', 'src/konten/loader.ts']);
    const diAstro = pelanggaran(imporDari('src/components/entri/Palsu.astro', astro));
    expect(diAstro.map((p) => p.split(' (')[0])).toEqual([
      'src/components/entri/Palsu.astro:2 mengimpor src/layouts/Base.astro',
      'src/components/entri/Palsu.astro:3 mengimpor src/validate/run.ts',
    ]);
    // A page body may use the layout; the loader is allowed in components.
    expect(pelanggaran(imporDari('src/components/halaman/Palsu.astro', astro)).map((p) => p.split(' (')[0])).toEqual(['src/components/halaman/Palsu.astro:3 mengimpor src/validate/run.ts']);

    const pekerja = "new Worker(join(root, 'src/validate/worker.ts'));\nnew Worker(new URL('./w.ts', import.meta.url));";
    expect(imporDari('src/lib/palsu.ts', pekerja).map((i) => i.ke)).toEqual(['src/validate/worker.ts', 'src/lib/w.ts']);
    expect(pelanggaran(imporDari('scripts/palsu.ts', "import { launch } from '../e2e/harness.ts';"))[0]).toMatch(/^scripts\/palsu\.ts:1 mengimpor e2e\/harness\.ts \(e2e\): scripts hanya boleh/);
  });

  it('setiap impor mengikuti tabel lapisan', () => {
    expect(SEMUA.length).toBeGreaterThan(500);
    expect(pelanggaran(SEMUA), 'Impor ini berjalan melawan arah lapisan. Pindahkan kodenya ke lapisan tempatnya (lihat LAPISAN dan README.md "Struktur"), jangan melebarkan tabel').toEqual([]);
  });

  it('setiap impor lokal menunjuk berkas yang ada (pengurai tidak salah membaca jalur)', () => {
    expect(SEMUA.filter((i) => i.ke !== undefined && !existsSync(join(ROOT, i.ke))).map((i) => `${i.dari}:${i.baris} ${i.spesifier}`)).toEqual([]);
  });

  it('tabelnya sendiri berjalan satu arah, dan pengecualiannya masih dipakai', () => {
    const masalah: string[] = [];
    for (const [k, a] of Object.entries(LAPISAN)) {
      for (const b of a.boleh) if (!(b in LAPISAN) && !existsSync(join(ROOT, b))) masalah.push(`${k} boleh ${b}: bukan lapisan atau berkas`);
    }
    // Layers reachable from each layer through its rows: reaching itself is a cycle.
    const ke = (k: string) => LAPISAN[k]!.boleh.map((b) => lapisanDari(b) ?? b).filter((b) => b !== k);
    for (const awal of Object.keys(LAPISAN)) {
      const lihat = new Set<string>();
      const antre = [...ke(awal)];
      while (antre.length) {
        const x = antre.pop()!;
        if (x === awal) masalah.push(`${awal} dapat kembali ke dirinya sendiri lewat tabel`);
        if (lihat.has(x) || !(x in LAPISAN)) continue;
        lihat.add(x);
        antre.push(...ke(x));
      }
    }
    for (const p of PENGECUALIAN) {
      if (!SEMUA.some((i) => i.dari === p.dari && i.ke === p.ke)) masalah.push(`pengecualian ${p.dari} → ${p.ke} tidak dipakai lagi; hapus dari PENGECUALIAN`);
      else if (pelanggaran(SEMUA.filter((i) => i.dari === p.dari && i.ke === p.ke), []).length === 0) masalah.push(`pengecualian ${p.dari} → ${p.ke} sudah diizinkan tabel; hapus dari PENGECUALIAN`);
    }
    expect(masalah).toEqual([]);
  });

  it('lapisan di bawah pemeriksa tidak membaca berkas atau menjalankan proses, kecuali yang tercatat beserta alasannya', () => {
    const io = new Set(SEMUA.filter((i) => i.ke === undefined && !i.tipe && MODUL_IO.test(i.spesifier) && LAPISAN_MURNI.includes(lapisanDari(i.dari) ?? '')).map((i) => i.dari));
    expect([...io].filter((f) => !(f in IO_DIIZINKAN)), 'Modul ini melakukan I/O di lapisan murni: pindahkan ke src/validate, src/konten, atau src/integrations, atau catat alasannya di IO_DIIZINKAN').toEqual([]);
    expect(Object.keys(IO_DIIZINKAN).filter((f) => !io.has(f)), 'Tidak lagi melakukan I/O: hapus dari IO_DIIZINKAN').toEqual([]);
  });

  it('island peramban (src/scripts) hanya mencapai modul tanpa Node dan tanpa I/O', () => {
    const nilai = new Map<string, Impor[]>();
    for (const i of SEMUA) if (!i.tipe) nilai.set(i.dari, [...(nilai.get(i.dari) ?? []), i]);
    const masalah: string[] = [];
    const lihat = new Set<string>();
    const antre = BERKAS.filter((f) => lapisanDari(f) === 'src/scripts').map((f) => [f, f] as const);
    while (antre.length) {
      const [f, jejak] = antre.pop()!;
      if (lihat.has(f)) continue;
      lihat.add(f);
      if (f in IO_DIIZINKAN) masalah.push(`${jejak}: ${IO_DIIZINKAN[f]}`);
      for (const i of nilai.get(f) ?? []) {
        if (i.ke) antre.push([i.ke, `${jejak} → ${i.ke}`]);
        else if (i.spesifier.startsWith('node:') || MODUL_IO.test(i.spesifier) || i.spesifier.startsWith('astro:')) masalah.push(`${jejak} → ${i.spesifier}`);
      }
    }
    expect(lihat.size).toBeGreaterThan(4);
    expect(masalah, 'Island peramban mencapai modul Node atau I/O lewat impor nilai').toEqual([]);
  });
});
