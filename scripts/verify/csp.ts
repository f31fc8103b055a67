/**
 * CSP gate: every page carries one Content-Security-Policy meta tag (Astro's `security.csp`), the
 * policy is strict (no 'unsafe-inline' or 'unsafe-eval' scripts, no other origins), and everything
 * inline on the page is allowed by it: a script or style whose hash is missing would be blocked
 * in the browser, and so would `style="…"` and `on…=` attributes. e2e/halaman.test.ts checks the
 * same in Chromium (no violation reported on any page).
 */
import { createHash } from 'node:crypto';
import type { Finding, GateResult } from './problem.ts';
import type { Site } from './site.ts';

export const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Directives the policy must have, with the value each must contain. */
export const REQUIRED: [directive: string, value: string][] = [
  ['default-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
];

const KEYWORDS = new Set(["'self'", "'none'", "'wasm-unsafe-eval'", "'strict-dynamic'", "'report-sample'"]);

export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

export function checkPage(html: string): string[] {
  const problems: string[] = [];
  const head = /<head\b[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi)];
  if (metas.length === 0) return ['tidak ada <meta http-equiv="content-security-policy">: halaman ini berjalan tanpa CSP (periksa security.csp di astro.config.mjs; halaman yang tidak memakai layout Astro tidak mendapatkannya)'];
  if (metas.length > 1) problems.push(`${metas.length} meta CSP di satu halaman: peramban menerapkan semuanya sekaligus, yang paling ketat menang`);
  if (!head.includes(metas[0]![0])) problems.push('meta CSP berada di luar <head>: peramban mengabaikannya');
  const policy = parsePolicy(/content\s*=\s*"([^"]*)"/i.exec(metas[0]![0])?.[1] ?? /content\s*=\s*'([^']*)'/i.exec(metas[0]![0])?.[1] ?? '');
  for (const [directive, value] of REQUIRED) {
    if (!policy.get(directive)?.includes(value)) problems.push(`kebijakan tidak memuat ${directive} ${value}`);
  }
  const scriptSrc = policy.get('script-src') ?? policy.get('default-src') ?? [];
  const styleSrc = policy.get('style-src') ?? policy.get('default-src') ?? [];
  for (const v of scriptSrc) {
    if (v === "'unsafe-inline'" || v === "'unsafe-eval'") problems.push(`script-src memuat ${v}: CSP tidak lagi melindungi dari skrip sisipan`);
    else if (!KEYWORDS.has(v) && !v.startsWith("'sha") && !v.startsWith("'nonce-")) problems.push(`script-src mengizinkan sumber lain (${v}): situs harus berjalan tanpa internet dan tanpa pihak ketiga`);
  }
  const styleInlineOk = styleSrc.includes("'unsafe-inline'") && !styleSrc.some((v) => v.startsWith("'sha") || v.startsWith("'nonce-"));
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1]!;
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue; // JSON-LD and JSON data blocks never run
    const hash = hashOf(m[2]!);
    if (!scriptSrc.includes(hash)) problems.push(`skrip sebaris (${m[2]!.trim().slice(0, 60).replace(/\s+/g, ' ')}…) tidak tercantum di script-src (${hash}): peramban akan memblokirnya. Pakai <script> yang diproses Astro, bukan is:inline`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    const hash = hashOf(m[1]!);
    if (!styleInlineOk && !styleSrc.includes(hash)) problems.push(`gaya sebaris <style> (${m[1]!.trim().slice(0, 60)}…) tidak tercantum di style-src (${hash}): peramban akan mengabaikannya`);
  }
  // Attributes, read per tag with quoted values respected, outside script and style bodies.
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  const styled: string[] = [];
  const handlers: string[] = [];
  for (const tag of markup.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi)) {
    for (const a of tag[2]!.matchAll(/([^\s=>/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = a[1]!.toLowerCase();
      if (name === 'style') styled.push(`<${tag[1]} style=${a[2] ?? '""'}>`);
      else if (/^on[a-z]+$/.test(name)) handlers.push(`<${tag[1]} ${name}=…>`);
    }
  }
  if (styled.length && !styleInlineOk) problems.push(`${styled.length} atribut style="…" (mis. ${styled[0]}) diblokir CSP: pindahkan ke kelas di src/styles/global.css`);
  if (handlers.length) problems.push(`${handlers.length} atribut penangan kejadian (mis. ${handlers[0]}) diblokir CSP: pasang pendengar di skrip`);
  return problems;
}

export function checkCsp(site: Site): GateResult {
  const findings: Finding[] = [];
  const files = site.htmlFiles();
  for (const rel of files) {
    const url = site.urlOf(rel);
    for (const message of checkPage(site.read(rel))) findings.push({ gate: 'csp', level: 'error', page: url, file: rel, message });
  }
  return { gate: 'csp', findings, summary: [`${files.length} halaman HTML: meta CSP, arahan wajib, dan hash setiap skrip/gaya sebaris diperiksa.`] };
}
