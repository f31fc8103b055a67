/**
 * What `npm run check` tells a pull request on GitHub: each problem as a workflow annotation,
 * which GitHub shows on the changed line of the diff, and a job summary that says in words what
 * each changed entry now claims, so a reviewer need not read YAML.
 */
import { headline, headlineText } from '../lib/kesiapan.ts';
import { headlineWords } from '../lib/labels.ts';
import { potong } from '../schema/common.ts';
import { judulDariBaris } from '../rules/judul-baris.ts';
import { satuBaris, type Problem } from './problem.ts';

/** GitHub's workflow-command escaping: data keeps `:` and `,`; property values may not. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const properti = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message` (or `::warning`). */
export function anotasi(p: Problem): string {
  const jenis = p.level === 'error' ? 'error' : 'warning';
  // The file stays as it is, for GitHub to find it; the message shows what is hidden in a name.
  return `::${jenis} file=${properti(p.file)},line=${p.line},col=${p.col},title=${properti(satuBaris(p.field))}::${data(satuBaris(p.message))}`;
}

/**
 * GitHub shows at most 10 error and 10 warning annotations per step and drops the rest without a
 * word (https://github.com/orgs/community/discussions/68471), so the check prints that many of each,
 * the pull request's own files first, and one notice that says where the rest are.
 */
export const ANOTASI_PER_JENIS = 10;

/**
 * The annotation lines for a run: the files this pull request changes first (a scaffolded draft
 * alone has 59 warnings, and warnings in untouched drafts on the main branch must not take the
 * places of the author's own), at most {@link ANOTASI_PER_JENIS} of each level, then a notice.
 */
export function anotasiPr(problems: readonly Problem[], diubah: ReadonlySet<string> = new Set()): string[] {
  const urut = urutkan(problems, diubah);
  const out: string[] = [];
  const lebih: string[] = [];
  for (const level of ['error', 'warning'] as const) {
    const semua = urut.filter((p) => p.level === level);
    out.push(...semua.slice(0, ANOTASI_PER_JENIS).map(anotasi));
    if (semua.length > ANOTASI_PER_JENIS) lebih.push(`${semua.length - ANOTASI_PER_JENIS} ${level === 'error' ? 'galat' : 'peringatan'}`);
  }
  if (lebih.length) out.push(`::notice title=${properti('Pemeriksaan konten')}::${data(`${lebih.join(' dan ')} lagi tidak tampil sebagai anotasi (GitHub menampilkan paling banyak ${ANOTASI_PER_JENIS} per jenis). Daftar lengkapnya ada di ringkasan pemeriksaan dan di log langkah "npm run check".`)}`);
  return out;
}

/** Errors before warnings, the pull request's files before the rest, then as the files read. */
function urutkan(problems: readonly Problem[], diubah: ReadonlySet<string>): Problem[] {
  const kelas = (p: Problem) => (p.level === 'error' ? 0 : 2) + (diubah.has(p.file) ? 0 : 1);
  return [...problems].sort((a, b) => kelas(a) - kelas(b));
}

type Nilai = string | number | boolean | null;

const obyek = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
const skalar = (v: unknown): Nilai => (v instanceof Date ? v.toISOString().slice(0, 10) : v === undefined ? null : (v as Nilai));

/** Every scalar of a value, depth first: a list item in one line ("bps-2023 · Judul · https://…"). */
function datar(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(datar);
  if (obyek(v)) return Object.values(v).flatMap(datar);
  const s = skalar(v);
  return s === null ? [] : [String(s)];
}

/**
 * Author text as the job summary's Markdown shows it, literally: a title, value or quoted line of
 * an untrusted pull request must not become a tag, an image, a link or emphasis there.
 */
// One line: a value with line breaks (a `judul`, a key) could otherwise start a heading of its own,
// such as a forged "## Pemeriksaan konten … ✓ Tidak ada galat".
const md = (s: string) =>
  satuBaris(s)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/[\\`*_[\]|]/g, '\\$&');

const kata = (jalur: string) => jalur.replace(/_/g, ' ').replace(/^kesiapan › /, '');
const tampil = (v: unknown, n = 80) => md(potong(v === null || v === undefined ? '–' : Array.isArray(v) || obyek(v) ? datar(v).join(' · ') : String(skalar(v)), n));

/**
 * What identifies an item of a list across two versions: a source by its key, a partner by its
 * name. Lists without one (riwayat) are compared item by item, so a row added at the top is one
 * addition, not a change to every row below it.
 */
const KUNCI_ITEM = ['kunci', 'nama', 'instansi', 'program'] as const;
function kunciItem(lama: readonly unknown[], baru: readonly unknown[]): string | undefined {
  return KUNCI_ITEM.find((k) =>
    [lama, baru].every((daftar) => {
      const nilai = daftar.map((x) => (obyek(x) ? x[k] : undefined));
      return nilai.every((n) => typeof n === 'string' && n !== '') && new Set(nilai).size === nilai.length;
    }),
  );
}

/** One line per added value; in a new entry every value is new, and saying so on each line is noise. */
type Tambah = (k: string, nilai: string) => string;

function bandingkan(a: unknown, b: unknown, jalur: string[], out: string[], tambah: Tambah): void {
  // Keys are the author's too (an unknown key may be any text): escaped as values are.
  const k = md(kata(jalur.join(' › ')));
  if (Array.isArray(a) || Array.isArray(b)) {
    const la = Array.isArray(a) ? a : a === undefined ? [] : [a];
    const lb = Array.isArray(b) ? b : b === undefined ? [] : [b];
    if (![...la, ...lb].some((x) => obyek(x) || Array.isArray(x))) {
      // Short lists of words or numbers (penulis, peninjau, sdgs): one line, before and after.
      const sa = la.map((x) => String(skalar(x))).join(', ');
      const sb = lb.map((x) => String(skalar(x))).join(', ');
      if (sa !== sb) out.push(a === undefined ? tambah(k, tampil(sb)) : b === undefined ? `${k}: dihapus (sebelumnya "${tampil(sa)}")` : `${k}: ${tampil(sa || '–')} → ${tampil(sb || '–')}`);
      return;
    }
    const kunci = kunciItem(la, lb);
    if (kunci) {
      const lama = new Map(la.map((x) => [String((x as Record<string, unknown>)[kunci]), x]));
      const baruK = new Set<string>();
      for (const x of lb) {
        const id = String((x as Record<string, unknown>)[kunci]);
        baruK.add(id);
        if (lama.has(id)) bandingkan(lama.get(id), x, [...jalur, id], out, tambah);
        else out.push(tambah(k, tampil(x, 160)));
      }
      for (const [id, x] of lama) if (!baruK.has(id)) out.push(`${k}: dihapus "${tampil(x, 160)}"`);
      return;
    }
    const teks = (x: unknown) => JSON.stringify(datar(x));
    const sisa = la.map(teks);
    for (const x of lb) {
      const i = sisa.indexOf(teks(x));
      if (i >= 0) sisa.splice(i, 1);
      else out.push(tambah(k, tampil(x, 160)));
    }
    const sisaB = lb.map(teks);
    for (const x of la) {
      const i = sisaB.indexOf(teks(x));
      if (i >= 0) sisaB.splice(i, 1);
      else out.push(`${k}: dihapus "${tampil(x, 160)}"`);
    }
    return;
  }
  if (obyek(a) || obyek(b)) {
    const oa = obyek(a) ? a : {};
    const ob = obyek(b) ? b : {};
    if (!obyek(a) && a !== undefined) out.push(`${k}: dihapus (sebelumnya "${tampil(a)}")`);
    for (const [key, v] of Object.entries(ob)) bandingkan(oa[key], v, [...jalur, key], out, tambah);
    for (const [key, v] of Object.entries(oa)) if (!(key in ob)) bandingkan(v, undefined, [...jalur, key], out, tambah);
    if (!obyek(b) && b !== undefined) out.push(tambah(k, tampil(b)));
    return;
  }
  const va = skalar(a);
  const vb = skalar(b);
  if (a === undefined && b !== undefined) out.push(tambah(k, tampil(vb)));
  else if (b === undefined && a !== undefined) out.push(`${k}: dihapus (sebelumnya "${tampil(va)}")`);
  else if (va !== vb) out.push(`${k}: ${tampil(va)} → ${tampil(vb)}`);
}

/** What a reader of the card decides on, listed first, then what it rests on: the evidence, the sources and who wrote and reviewed it. */
const KARTU = /^(status|peninjau|tingkat dampak|kekuatan bukti|biaya|biaya juta per tahun|kompleksitas)(:| ›)/;
const DASAR = /^(dampak utama|sumber|penulis)(:| ›)/;

/** The changes between two versions of an entry's frontmatter, in words, most telling first. */
export function perubahanDalamKata(lama: Record<string, unknown> | undefined, baru: Record<string, unknown>, maks = 30): string[] {
  const out: string[] = [];
  const tambah: Tambah = lama ? (k, v) => `${k}: ditambahkan "${v}"` : (k, v) => `${k}: ${v}`;
  bandingkan(lama ?? {}, baru, [], out, tambah);
  const kartu = (s: string) => (KARTU.test(s) ? 0 : DASAR.test(s) ? 1 : 2);
  out.sort((x, y) => kartu(x) - kartu(y));
  return out.length > maks ? [...out.slice(0, maks), `… dan ${out.length - maks} perubahan lain`] : out;
}

/**
 * The body's `##` sections that an edit adds, removes or changes, by heading, so a reviewer knows
 * where to read in the diff ("Hasil dan Dampak", not just "the body changed"). Headings are found
 * as the checker finds them (outside code fences, in linear time on hostile lines).
 */
export function bagianBerubah(lama: string, baru: string): string[] {
  const AWAL = '(sebelum bagian pertama)';
  const bagian = (isi: string): Map<string, string> | undefined => {
    const { headings, terbaca } = judulDariBaris(isi);
    if (!terbaca) return undefined;
    const baris = isi.split('\n');
    const h2 = headings.filter((h) => h.depth === 2);
    const m = new Map<string, string>();
    const simpan = (judul: string, dari: number, sampai: number) => {
      const t = baris.slice(dari, sampai).join('\n').trim();
      if (t || judul !== AWAL) m.set(m.has(judul) ? `${judul} (${m.size + 1})` : judul, t);
    };
    simpan(AWAL, 0, h2[0] ? h2[0].line - 1 : baris.length);
    h2.forEach((h, i) => simpan(h.text, h.line, h2[i + 1] ? h2[i + 1]!.line - 1 : baris.length));
    return m;
  };
  const a = bagian(lama);
  const b = bagian(baru);
  if (!a || !b) return lama === baru ? [] : ['(seluruh isi: terlalu banyak judul untuk dirinci)'];
  const out: string[] = [];
  for (const [j, t] of b) {
    if (!a.has(j)) out.push(`${j} (baru)`);
    else if (a.get(j) !== t) out.push(j);
  }
  for (const j of a.keys()) if (!b.has(j)) out.push(`${j} (dihapus)`);
  return out;
}

export interface EntriBerubah {
  file: string;
  /** Frontmatter on the base branch; undefined for a new entry. */
  lama?: Record<string, unknown> | undefined;
  /** Frontmatter in the pull request; undefined for an entry the pull request deletes. */
  baru?: Record<string, unknown> | undefined;
  /** The path on the base branch, when the pull request renames the file. */
  asal?: string | undefined;
  /** The bodies before and after, to name the sections that changed. */
  isiLama?: string | undefined;
  isiBaru?: string | undefined;
}

/** Where the job summary points: the run page, with the preview package the workflow uploads. */
export interface KonteksRun {
  /** Files the pull request adds or changes, to list their problems first. */
  diubah?: ReadonlySet<string>;
  /** Why the changed entries could not be listed (no base branch in the checkout), said rather than left out. */
  tanpaPerubahan?: string | undefined;
}

const MAKS_TABEL = 50;

/** The job summary: the check's result and what to do next, then each changed entry's status, card and changes. */
/** Entries detailed in one summary. */
const MAKS_ENTRI = 100;

/**
 * What a maintainer must confirm before merging, because the checker cannot: that an entry set to
 * `terbit` was reviewed by the reviewers it names, and that a new or changed institution profile
 * belongs to the institution it names. A pull request can set all three; the summary says so first,
 * so a look-alike reviewer profile is not merged unread.
 */
function perluKeputusan(berubah: readonly EntriBerubah[]): string[] {
  const sama = (a: unknown, b: unknown) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
  const terbit: string[] = [];
  const peninjau: string[] = [];
  const profil: string[] = [];
  for (const e of berubah) {
    if (!e.baru) continue;
    if (/(^|\/)penulis\/[^/]+\.ya?ml$/.test(e.file)) profil.push(md(e.file));
    else {
      if (e.baru['status'] === 'terbit' && e.lama?.['status'] !== 'terbit') terbit.push(md(e.file));
      if (!sama(e.lama?.['peninjau'], e.baru['peninjau'])) peninjau.push(md(e.file));
    }
  }
  return [
    ...(terbit.length ? [`menerbitkan ${terbit.join(', ')}`] : []),
    ...(peninjau.length ? [`mengubah peninjau ${peninjau.join(', ')}`] : []),
    ...(profil.length ? [`menambah atau mengubah profil penulis/peninjau ${profil.join(', ')}`] : []),
  ];
}

export function ringkasanPr(problems: readonly Problem[], berubah: readonly EntriBerubah[], konteks: KonteksRun = {}): string {
  const diubah = konteks.diubah ?? new Set(berubah.map((e) => e.file));
  const galat = problems.filter((p) => p.level === 'error').length;
  const peringatan = problems.length - galat;
  const luar = problems.filter((p) => p.level === 'error' && !diubah.has(p.file)).length;
  const out = [`## Pemeriksaan konten`, ''];
  if (galat) {
    out.push(
      `✗ **${galat} galat**, ${peringatan} peringatan: pemeriksaan gagal.`,
      '',
      '**Langkah berikutnya:** perbaiki setiap galat di bawah pada berkasnya (di GitHub: tab *Files changed*, menu ⋯ pada berkas itu → *Edit file*, lalu *Commit changes*; di studio: sunting entri dan simpan lagi). Pemeriksaan berjalan ulang sendiri sesudah setiap simpanan. Pesan yang sama tampil di barisnya pada tab *Files changed*, bila baris itu termasuk perubahan.',
      '',
    );
    if (luar) out.push(`${luar} galat ada di berkas yang tidak diubah pull request ini: biasanya entri lain yang menautkan atau merujuk entri yang Anda ubah. Sebut di pull request bila Anda tidak tahu cara memperbaikinya; peninjau akan membantu.`, '');
  } else {
    out.push(`✓ Tidak ada galat${peringatan ? `, ${peringatan} peringatan` : ''}.${peringatan ? ' Peringatan tidak menggagalkan pemeriksaan entri `draf` dan `tinjauan`; selesaikan sebelum entri berstatus `terbit` (Panduan Penulis, bagian "Memeriksa dengan npm run check").' : ''}`, '');
  }
  const keputusan = perluKeputusan(berubah);
  if (keputusan.length) out.push(`⚠ **Periksa sebelum menggabungkan:** pull request ini ${keputusan.join('; ')}. Pastikan peninjau yang disebut memang meninjau entrinya (CONTRIBUTING.md, bagian 5), dan profil penulis/peninjau yang baru atau berubah memang milik lembaga yang dinamainya.`, '');
  const urut = urutkan(problems, diubah);
  const tabel = (daftar: readonly Problem[]) => {
    const baris = ['| Berkas | Baris | Isian | Pesan |', '|---|---|---|---|'];
    for (const p of daftar.slice(0, MAKS_TABEL)) baris.push(`| ${md(p.file)} | ${p.line} | ${md(p.field)} | ${md(p.message)} |`);
    if (daftar.length > MAKS_TABEL) baris.push(`| … | | | ${daftar.length - MAKS_TABEL} lagi: daftar lengkapnya ada di log langkah "npm run check" (klik nama langkah itu di halaman ini), atau jalankan \`npm run check\` di komputer sendiri |`);
    return [...baris, ''];
  };
  if (galat) out.push('### Galat', '', ...tabel(urut.filter((p) => p.level === 'error')));
  // A scaffolded draft carries dozens of warnings by design: folded, they do not bury the errors.
  if (peringatan) out.push(`<details><summary>${peringatan} peringatan</summary>`, '', ...tabel(urut.filter((p) => p.level === 'warning')), '</details>', '');
  if (konteks.tanpaPerubahan) out.push('## Entri yang berubah', '', `Daftarnya tidak dapat dibuat: ${md(konteks.tanpaPerubahan)}`, '');
  if (berubah.length) out.push('## Entri yang berubah', '');
  // GitHub drops a step summary over 1 MiB whole; at about 30 lines each, this many entries stay far below it.
  if (berubah.length > MAKS_ENTRI) out.push(`${berubah.length} entri berubah; ${MAKS_ENTRI} pertama dirinci di bawah, sisanya ada di tab *Files changed*.`, '');
  for (const e of berubah.slice(0, MAKS_ENTRI)) {
    if (!e.baru) {
      const l = (e.lama ?? {}) as { judul?: unknown; status?: unknown };
      out.push(`### ${md(String(l.judul ?? e.file))} (dihapus)`, '', `${md(e.file)} · status sebelumnya: **${md(String(l.status ?? '–'))}**. Halamannya tidak lagi diterbitkan.`, '');
      continue;
    }
    const b = e.baru as { judul?: unknown; status?: unknown; peninjau?: unknown; kesiapan?: Parameters<typeof headline>[0] };
    const k = b.kesiapan;
    const jenis = !e.lama ? 'baru' : e.asal ? `dipindah dari ${md(e.asal)}` : 'diubah';
    const peninjau = Array.isArray(b.peninjau) && b.peninjau.length ? b.peninjau.map((x) => md(String(x))).join(', ') : 'belum ada';
    out.push(
      `### ${md(String(b.judul ?? e.file))} (${jenis})`,
      '',
      `${md(e.file)} · status: **${md(String(b.status ?? '–'))}** · peninjau: ${peninjau}${k && typeof k.kekuatan_bukti === 'number' ? ` · ${md(headlineText(headline(k), headlineWords('id')))}` : ''}`,
      '',
    );
    const ubah = perubahanDalamKata(e.lama, e.baru);
    const isi = e.isiLama !== undefined && e.isiBaru !== undefined ? bagianBerubah(e.isiLama, e.isiBaru) : [];
    if (ubah.length) out.push(...ubah.map((u) => `- ${u}`));
    if (isi.length) out.push(`- isi berubah di bagian: ${isi.map(md).join('; ')}`);
    if (!ubah.length && !isi.length) out.push(e.asal ? '- (hanya nama berkas yang berubah)' : '- (nilai frontmatter dan isi bagian tidak berubah: hanya penulisan berkas)');
    out.push('');
  }
  return out.join('\n');
}
