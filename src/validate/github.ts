/**
 * What `npm run check` tells a pull request on GitHub: each problem as a workflow annotation,
 * which GitHub shows on the changed line of the diff, and a job summary that says in words what
 * each changed entry now claims, so a reviewer need not read YAML.
 */
import { headline, headlineText } from '../lib/kesiapan.ts';
import { headlineWords } from '../lib/labels.ts';
import { tampakkan } from '../lib/tampakkan.ts';
import type { Problem } from './problem.ts';

/** GitHub's workflow-command escaping: data keeps `:` and `,`; property values may not. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const properti = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message` (or `::warning`). */
export function anotasi(p: Problem): string {
  const jenis = p.level === 'error' ? 'error' : 'warning';
  // The file stays as it is, for GitHub to find it; the message shows what is hidden in a name.
  return `::${jenis} file=${properti(p.file)},line=${p.line},col=${p.col},title=${properti(p.field)}::${data(tampakkan(p.message))}`;
}

type Nilai = string | number | boolean | null;

/** Every leaf of a frontmatter object with its path in words: `kesiapan.kekuatan_bukti` → "kekuatan bukti". */
function daun(v: unknown, jalur: string[] = [], out = new Map<string, Nilai>()): Map<string, Nilai> {
  if (Array.isArray(v)) v.forEach((x, i) => daun(x, [...jalur, String(i + 1)], out));
  else if (v && typeof v === 'object' && !(v instanceof Date)) for (const [k, x] of Object.entries(v)) daun(x, [...jalur, k], out);
  else out.set(jalur.join(' › '), v instanceof Date ? v.toISOString().slice(0, 10) : (v as Nilai) ?? null);
  return out;
}

/**
 * Author text as the job summary's Markdown shows it, literally: a title, value or quoted line of
 * an untrusted pull request must not become a tag, an image, a link or emphasis there.
 */
const md = (s: string) =>
  tampakkan(s)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/[\\`*_[\]|]/g, '\\$&');

const kata = (jalur: string) => jalur.replace(/_/g, ' ').replace(/^kesiapan › /, '');
const tampil = (v: Nilai | undefined) => {
  const s = v === null || v === undefined ? '–' : String(v);
  return md(s.length > 80 ? `${s.slice(0, 77)}…` : s);
};

/** The changes between two versions of an entry's frontmatter, in words, most telling first. */
export function perubahanDalamKata(lama: Record<string, unknown> | undefined, baru: Record<string, unknown>, maks = 30): string[] {
  const a = daun(lama ?? {});
  const b = daun(baru);
  const out: string[] = [];
  for (const [k, v] of b) {
    if (!a.has(k)) out.push(`${kata(k)}: ditambahkan "${tampil(v)}"`);
    else if (a.get(k) !== v) out.push(`${kata(k)}: ${tampil(a.get(k))} → ${tampil(v)}`);
  }
  for (const [k, v] of a) if (!b.has(k)) out.push(`${kata(k)}: dihapus (sebelumnya "${tampil(v)}")`);
  // The card first: it is what a reader decides on.
  const kartu = (s: string) => (/^(tingkat dampak|kekuatan bukti|biaya|kompleksitas|status|peninjau)/.test(s) ? 0 : 1);
  out.sort((x, y) => kartu(x) - kartu(y));
  return out.length > maks ? [...out.slice(0, maks), `… dan ${out.length - maks} perubahan lain`] : out;
}

export interface EntriBerubah {
  file: string;
  /** Frontmatter on the base branch; undefined for a new entry. */
  lama?: Record<string, unknown> | undefined;
  baru: Record<string, unknown>;
}

/** The job summary: the check's result, then each changed entry's status, card and changes. */
export function ringkasanPr(problems: readonly Problem[], berubah: readonly EntriBerubah[]): string {
  const galat = problems.filter((p) => p.level === 'error').length;
  const peringatan = problems.length - galat;
  const out = [`## Pemeriksaan konten`, '', galat ? `✗ **${galat} galat**, ${peringatan} peringatan. Pesannya tampil di baris yang bersangkutan pada tab *Files changed*.` : `✓ Tidak ada galat${peringatan ? `, ${peringatan} peringatan` : ''}.`, ''];
  if (problems.length) {
    out.push('| Berkas | Baris | Isian | Pesan |', '|---|---|---|---|');
    for (const p of problems.slice(0, 50)) out.push(`| ${md(p.file)} | ${p.line} | ${md(p.field)} | ${p.level === 'warning' ? 'peringatan: ' : ''}${md(p.message)} |`);
    if (problems.length > 50) out.push(`| … | | | ${problems.length - 50} masalah lain: jalankan \`npm run check\` |`);
    out.push('');
  }
  if (berubah.length) out.push('## Entri yang berubah', '');
  for (const e of berubah) {
    const b = e.baru as { judul?: unknown; status?: unknown; kesiapan?: Parameters<typeof headline>[0] };
    const k = b.kesiapan;
    out.push(`### ${md(String(b.judul ?? e.file))} (${e.lama ? 'diubah' : 'baru'})`, '', `${md(e.file)} · status: **${md(String(b.status ?? '–'))}**${k && typeof k.kekuatan_bukti === 'number' ? ` · ${headlineText(headline(k), headlineWords('id'))}` : ''}`, '');
    const ubah = perubahanDalamKata(e.lama, e.baru);
    out.push(...(ubah.length ? ubah.map((u) => `- ${u}`) : ['- (frontmatter tidak berubah; hanya isi)']), '');
  }
  return out.join('\n');
}
