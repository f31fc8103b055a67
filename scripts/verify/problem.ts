/**
 * What a post-build gate reports: what is wrong and where, on the built site and, when it can be
 * traced, in the source file that produced it. Messages are in Indonesian, like `npm run check`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Gate = 'tautan' | 'html' | 'anggaran' | 'hitungan' | 'csp' | 'determinisme';

export interface Finding {
  gate: Gate;
  level: 'error' | 'warning';
  /** Site URL path including the base (`/model-inovasi/praktik/x/`), or a dist file when there is no page. */
  page: string;
  /** File in the build folder, relative to it (`praktik/x/index.html`). */
  file?: string | undefined;
  line?: number | undefined;
  col?: number | undefined;
  /** The source that produced the page (`content/praktik/x.mdx`), with a line when the problem is in it. */
  source?: { file: string; line?: number | undefined } | undefined;
  message: string;
  /** Extra detail (an element's selector) shown with the message but not used to group findings. */
  detail?: string | undefined;
}

export interface GateResult {
  gate: Gate;
  findings: Finding[];
  /** One or two lines of what was checked, printed even when all is well. */
  summary: string[];
}

/** A gate's config file (budgets.json, .htmlvalidate.json) from the project root, parsed; throws a message naming it. */
export function bacaKonfig<T>(root: string, file: string): T {
  try {
    return JSON.parse(readFileSync(resolve(root, file), 'utf8')) as T;
  } catch (e) {
    throw new Error(`${file} di akar proyek tidak dapat dibaca sebagai JSON (${(e as Error).message})`);
  }
}

/** The gate's config, or the gate's result when it cannot be read: that gate fails, the other gates still run. */
export function konfigGate<T>(gate: Gate, root: string, file: string): { data: T } | { gagal: GateResult } {
  try {
    return { data: bacaKonfig<T>(root, file) };
  } catch (e) {
    return { gagal: { gate, findings: [{ gate, level: 'error', page: file, message: `${(e as Error).message}; gerbang ${gate} tidak dijalankan` }], summary: [] } };
  }
}

const loc = (f: Finding) => (f.file ? ` (${f.file}${f.line ? `:${f.line}${f.col ? `:${f.col}` : ''}` : ''})` : '');
const detail = (f: Finding) => (f.detail ? `\n    ${f.detail}` : '');
const src = (f: Finding) => (f.source ? `  ← ${f.source.file}${f.source.line ? `:${f.source.line}` : ''}` : '');
const mark = (f: Finding) => (f.level === 'error' ? '✗' : '!');

function formatFinding(f: Finding): string {
  return `${mark(f)} [${f.gate}] ${f.page}${loc(f)}${src(f)}\n    ${f.message}${detail(f)}`;
}

/**
 * Group findings with the same message on many pages into one line: a broken link in the header is
 * one problem in one template, not a thousand. Findings traced to a content file are never grouped.
 */
export function groupFindings(findings: readonly Finding[], examples = 3): string[] {
  const groups = new Map<string, Finding[]>();
  const out: string[] = [];
  for (const f of findings) {
    const key = `${f.gate}\0${f.level}\0${f.message}\0${f.source?.file ?? ''}`;
    if (f.source?.line !== undefined) out.push(formatFinding(f));
    else if (groups.has(key)) groups.get(key)!.push(f);
    else groups.set(key, [f]);
  }
  for (const list of groups.values()) {
    const first = list[0]!;
    if (list.length === 1) {
      out.push(formatFinding(first));
      continue;
    }
    // Show distinct pages: one page may hold the same problem many times (every box of a list).
    const byPage = new Map<string, Finding>();
    for (const f of list) if (!byPage.has(f.page)) byPage.set(f.page, f);
    const shown = [...byPage.values()].slice(0, examples).map((f) => `${f.page}${loc(f)}`).join(', ');
    const more = byPage.size > examples ? `, … (+${byPage.size - examples})` : '';
    const count = list.length === byPage.size ? `${byPage.size} halaman` : `${list.length} kali di ${byPage.size} halaman`;
    const hint = first.source || byPage.size === 1 ? '' : '\n    (sama di banyak halaman: kemungkinan berasal dari templat di src/components atau src/layouts)';
    out.push(`${mark(first)} [${first.gate}] ${count}: ${shown}${more}${src(first)}\n    ${first.message}${detail(first)}${hint}`);
  }
  return out;
}

export const errors = (findings: readonly Finding[]) => findings.filter((f) => f.level === 'error');
