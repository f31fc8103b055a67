/**
 * HTML gate: every page of the build passes html-validate (a maintained offline HTML5 validator)
 * with the project's `.htmlvalidate.json`, with zero errors, and every XML file (the feeds, the
 * sitemaps) is well-formed (./xml.ts).
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message, type ResolvedConfig } from 'html-validate';
import { type Finding, type GateResult } from './problem.ts';
import { galatXml } from './xml.ts';
import type { Site } from './site.ts';

/** What a validation run reports per file; plain data, so it can cross from a worker thread. */
export type HtmlMessage = Pick<Message, 'ruleId' | 'severity' | 'message' | 'line' | 'column' | 'selector'> & { file: string };

/** The static loader resolves the same configuration for every file; resolve it once. */
class OnceConfigLoader extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData) {
    return (this.resolved ??= super.getConfigFor(handle, override));
  }
}

/** Validate files of a build folder in this thread. */
async function validateFiles(dir: string, files: readonly string[], config: ConfigData): Promise<HtmlMessage[]> {
  const { $schema: _schema, ...data } = config as ConfigData & { $schema?: string };
  const validator = new HtmlValidate(new OnceConfigLoader(data));
  const out: HtmlMessage[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const r of report.results) for (const m of r.messages) out.push({ file, ruleId: m.ruleId, severity: m.severity, message: m.message, line: m.line, column: m.column, selector: m.selector });
  }
  return out;
}

/**
 * html-validate needs 50–150 ms for a 40 KB entry page on this kind of machine; thousands of entry
 * pages in two locales would take minutes on one core, so large builds are split across threads.
 */
async function validateParallel(dir: string, files: readonly string[], config: ConfigData, threads = Math.min(availableParallelism(), Math.ceil(files.length / 200))): Promise<HtmlMessage[]> {
  if (threads <= 1) return validateFiles(dir, files, config);
  const inWorker = (chunk: string[]) =>
    new Promise<HtmlMessage[]>((resolve, reject) => new Worker(new URL(import.meta.url), { workerData: { htmlGate: { dir, files: chunk, config } } }).once('message', resolve).once('error', reject));
  const results = await Promise.all(Array.from({ length: threads }, (_, i) => inWorker(files.filter((_, j) => j % threads === i))));
  // In the files' order, as one thread reports them.
  const order = new Map(files.map((f, i) => [f, i]));
  return results.flat().sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}

/**
 * Why each rule that `.htmlvalidate.json` changes from the preset is changed: turned off, or run
 * with other options. The file itself must stay plain JSON for html-validate and editors, so the
 * reasons live here, and the gate fails on a change without one.
 */
export const RULE_REASONS: Record<string, string> = {
  'void-style':
    'Gaya penulisan, bukan keabsahan: HTML5 membolehkan <input> dan <input/>; kompiler Astro mempertahankan bentuk yang ditulis di sumber, dan Sätteri menulis <input/> untuk daftar tugas GFM.',
  'long-title':
    'Heuristik mesin pencari (70 karakter), bukan keabsahan: judul entri adalah nama resmi inovasi ditambah nama situs dan tidak boleh dipotong.',
  'form-dup-name': 'Kotak centang sekelompok berbagi satu nama (tema=a&tema=b), seperti radio; itu sah dan dibaca skrip katalog dengan FormData.getAll.',
  'require-sri': 'SRI hanya berguna untuk berkas dari asal lain; situs ini memuat semuanya dari asalnya sendiri, jadi hanya sumber lintas-asal yang diwajibkan memakai integrity.',
  'valid-id': 'Mode relaxed memeriksa aturan HTML5 (tidak kosong, tanpa spasi). Judul bernomor ("1. Persiapan") menghasilkan id "1-persiapan" lewat github-slugger; itu sah di HTML5.',
};

const ruleOff = (v: unknown) => v === 'off' || v === 0 || (Array.isArray(v) && (v[0] === 'off' || v[0] === 0));

/** Rules the config changes from the preset (off, or other options) without a reason in RULE_REASONS. */
export function unexplainedRules(config: ConfigData): string[] {
  return Object.keys(config.rules ?? {}).filter((rule) => !RULE_REASONS[rule]);
}

export async function checkHtml(site: Site, config: ConfigData, opts: { threads?: number } = {}): Promise<GateResult> {
  const findings: Finding[] = [];
  for (const rule of unexplainedRules(config)) {
    const off = ruleOff(config.rules![rule]);
    findings.push({ gate: 'html', level: 'error', page: '.htmlvalidate.json', message: `aturan "${rule}" ${off ? 'dimatikan' : 'diberi opsi lain dari preset'} tanpa alasan tertulis: tambahkan alasannya di RULE_REASONS (scripts/verify/html.ts) atau ${off ? 'nyalakan kembali' : 'kembalikan ke preset'}` });
  }
  const files = site.htmlFiles();
  for (const m of await validateParallel(site.dir, files, config, opts.threads)) {
    const url = site.urlOf(m.file);
    const source = site.sourceOf(url);
    findings.push({
      gate: 'html',
      level: m.severity >= 2 ? 'error' : 'warning',
      page: url,
      file: m.file,
      line: m.line,
      col: m.column,
      // Invalid markup in an entry page may come from its MDX (a raw HTML block, a task list).
      source: source ? { file: source } : undefined,
      message: `[${m.ruleId}] ${m.message}`,
      detail: m.selector ? `elemen: ${m.selector}` : undefined,
    });
  }
  // The feeds and sitemaps: a reader or a search engine rejects an ill-formed file whole.
  const xml = site.files.filter((f) => f.endsWith('.xml'));
  for (const file of xml) {
    const g = galatXml(site.read(file));
    if (!g) continue;
    findings.push({
      gate: 'html',
      level: 'error',
      page: site.urlOf(file),
      file,
      line: g.line,
      col: g.col,
      message: `XML tidak sah: ${g.message}`,
      detail: /(^|\/)feed\.xml$/.test(file) ? 'umpan ditulis dari judul, ringkasan dan catatan riwayat entri (src/pages/[...lang]/feed.xml.ts): cari karakter itu di frontmatter entri' : undefined,
    });
  }
  return {
    gate: 'html',
    findings,
    summary: [`${files.length} halaman HTML divalidasi dengan html-validate (${Object.values(config.rules ?? {}).filter(ruleOff).length} aturan dimatikan dan ${Object.values(config.rules ?? {}).filter((v) => !ruleOff(v)).length} diberi opsi lain, masing-masing dengan alasan; lihat scripts/verify/html.ts); ${xml.length} berkas XML (umpan, sitemap) diperiksa keabsahan XML-nya.`],
  };
}

// In a worker thread started by validateParallel: validate its share of the files and post the messages back.
const job = isMainThread ? undefined : (workerData as { htmlGate?: { dir: string; files: string[]; config: ConfigData } } | null)?.htmlGate;
if (job) parentPort!.postMessage(await validateFiles(job.dir, job.files, job.config));
