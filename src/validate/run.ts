import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { PROVINSI } from '../data/wilayah.ts';
import { checkAnatomy, type JenisAnatomi } from '../rules/anatomy.ts';
import { BATAS } from '../rules/batas.ts';
import { pesanTakTampil } from '../rules/masalah.ts';
import { readBody, type BodyFacts, type BodyProblem } from '../rules/body.ts';
import { jenisHalaman } from '../rules/jangkar.ts';
import { masalahEntri, strings, tingkatIsian } from '../rules/entri.ts';
import { masalahIsiEntri } from '../rules/isi-entri.ts';
import { jumlahPraktikBerlebih } from '../rules/jumlah-praktik.ts';
import { kunciAlamat, potong } from '../schema/common.ts';
import { checkLinks, type LinkTargets } from '../rules/links.ts';
import { checkReferences, type RefEntry } from '../rules/references.ts';
import { BUKTI_EVALUASI, BUKTI_UNTUK_TERBUKTI, JENIS_EVALUASI, klaimTerbukti } from '../schema/penilaian.ts';
import { tingkatTerbit } from '../rules/tingkat-terbit.ts';
import { KOMENTAR_ISI } from '../lib/scaffold.ts';
import { barisTidakRapi } from './rapi.ts';
import { fileURLToPath } from 'node:url';
import { dariAstroId, halamanBerkas } from '../data/routes.ts';
import { KOLEKSI, type Koleksi } from '../schema/index.ts';
import { kolomSkema } from '../schema/kolom.ts';
import { tinjauanEntri } from '../schema/tinjauan.ts';
import { daftarKonten } from './berkas.ts';
import { gambarEntri } from './gambar.ts';
import { bacaTeks } from './teks.ts';
import { BERKAS_PER_GILIRAN, giliran } from '../lib/giliran.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { fieldPath, sortProblems, type Problem } from './problem.ts';
import { BERKAS_TESAURUS, periksaTesaurus } from './tesaurus.ts';

export interface CheckOptions {
  /** Project root; file names in the report are relative to it. */
  root: string;
  /** Folder holding `model/ praktik/ panduan/ penulis/`. */
  contentDir: string;
  /** Today's date (YYYY-MM-DD), for "not in the future" checks. */
  today?: string;
  /**
   * Also warn about files not in the studio's form (./rapi.ts). `npm run check` does; the build's
   * check does not, since a warning cannot stop it and the serialisation doubles the check's time.
   */
  bentuk?: boolean;
}

export interface CheckedEntry {
  koleksi: Koleksi;
  /** Path relative to the root. */
  file: string;
  /** The id as Astro derives it from the file path (e.g. `en/cara-replikasi`). */
  astroId: string;
  data: Record<string, unknown> | undefined;
  status: string | undefined;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
}

interface Loaded extends CheckedEntry {
  full: string;
  raw: Record<string, unknown>;
  fm: ParsedFrontmatter;
  body?: BodyFacts;
  /** The checker failed on this file (its error says so): it exists, its contents are unknown. */
  gagal?: true;
}

/** What a file the checker failed on shows the cross checks: nothing read, everything at its first line. */
const FM_KOSONG: ParsedFrontmatter = { data: {}, body: '', bodyLine: 1, errors: [], locate: () => ({ line: 1, col: 1 }), galatKetat: () => [], komentar: () => [] };

const LAPORKAN = 'Ini kesalahan pemeriksa, bukan isi Anda: berkas lain tetap diperiksa. Laporkan pesan ini kepada pengelola situs';

/** An exception as one line of a problem: no stack, no absolute path of the machine, cut to length. */
function alasanGagal(e: unknown, root: string): string {
  const pesan = e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
  const tanpaJalur = [resolve(root), PROYEK].reduce((t, dir) => t.split(dir + sep).join(''), pesan);
  return potong(tanpaJalur.replace(/\s+/g, ' ').trim(), 200);
}
/** The checker's own folder: a defect's message names its source files relative to it. */
const PROYEK = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

const posix = (p: string) => p.split(sep).join('/');

/** Validate every content file and report every problem, in one pass, with file:line:col. */
export function checkContent(opts: CheckOptions): CheckResult {
  const langkah = periksaSemua(opts);
  for (;;) {
    const r = langkah.next();
    if (r.done) return r.value;
  }
}

/**
 * The same check, giving the event loop a turn every few files so the parser's snapshots are freed
 * as it goes (src/lib/giliran.ts): what `npm run check` and the build's worker run on a whole tree.
 */
export async function checkContentBertahap(opts: CheckOptions): Promise<CheckResult> {
  const langkah = periksaSemua(opts);
  for (let n = 1; ; n++) {
    const r = langkah.next();
    if (r.done) return r.value;
    if (n % BERKAS_PER_GILIRAN === 0) await giliran();
  }
}

/** The check, one step per file read. */
function* periksaSemua(opts: CheckOptions): Generator<void, CheckResult> {
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const problems: Problem[] = [];
  const loaded: Loaded[] = [];

  const daftar = daftarKonten(opts.root, opts.contentDir);
  problems.push(...daftar.problems);
  const sebab = (e: unknown) => alasanGagal(e, opts.root);
  for (const berkas of daftar.entri) {
    // A rule that throws on one file is a defect of the checker; the author still gets every
    // other file's problems, and a message in place of a stack trace.
    try {
      const dibaca = bacaTeks(readFileSync(berkas.full));
      if (dibaca.masalah) {
        const { line, col, message } = dibaca.masalah;
        problems.push({ file: berkas.file, line, col, field: '(berkas)', level: 'error', message });
        continue;
      }
      loaded.push(loadOne(berkas.koleksi, berkas.file, berkas.full, berkas.astroId, dibaca.teks, problems, today, opts.bentuk === true));
    } catch (e) {
      problems.push({ file: berkas.file, line: 1, col: 1, field: '(berkas)', level: 'error', message: `pemeriksa gagal membaca berkas ini: ${sebab(e)}. ${LAPORKAN}` });
      // Known to exist, so references and links to it are not reported as broken; its own contents are unknown.
      loaded.push({ ...berkas, data: undefined, status: undefined, raw: {}, fm: FM_KOSONG, gagal: true });
    }
    yield;
  }

  const tempatSilang = posix(relative(opts.root, opts.contentDir)) || '.';
  const silang = (nama: string, periksa: () => void, file = tempatSilang) => {
    try {
      periksa();
    } catch (e) {
      problems.push({ file, line: 1, col: 1, field: '(pemeriksaan silang)', level: 'error', message: `pemeriksaan silang "${nama}" gagal: ${sebab(e)}. ${LAPORKAN}` });
    }
  };
  crossChecks(loaded, problems, opts.contentDir, daftar.gambar, silang);
  silang('tesaurus pencarian', () => problems.push(...periksaTesaurus()), BERKAS_TESAURUS);
  const terbit = new Set(loaded.filter((e) => e.status === 'terbit').map((e) => e.file));
  return {
    problems: sortProblems(tingkatTerbit(problems, terbit)),
    entries: loaded.map(({ koleksi, file, astroId, data, status }) => ({ koleksi, file, astroId, data, status })),
  };
}

function loadOne(koleksi: Koleksi, file: string, full: string, astroId: string, source: string, problems: Problem[], today: string, bentuk: boolean): Loaded {
  const fm = parseFrontmatter(source, koleksi === 'penulis', { angka: kolomAngka(koleksi) });
  const push = (line: number, col: number, field: string, message: string, level: Problem['level'] = 'error') =>
    problems.push({ file, line, col, field, message, level });
  // The frontmatter's problems are listed in line order up to a limit, as the body's are: 2,000
  // invalid list items would otherwise bury the file's other problems and every other file's.
  const diFrontmatter: Problem[] = [];
  const pushFm = (line: number, col: number, field: string, message: string, level: Problem['level'] = 'error') =>
    diFrontmatter.push({ file, line, col, field, message, level });
  for (const e of fm.errors) pushFm(e.line, e.col, e.path ? fieldPath(e.path) : '(frontmatter)', e.message);

  const raw = fm.data;
  const status = typeof raw.status === 'string' ? raw.status : undefined;
  const placeholderLevel = tingkatIsian(status);
  // The scaffold's checklist: each `# ISI` comment marks a value the author has not confirmed yet.
  for (const k of fm.komentar(KOMENTAR_ISI)) {
    pushFm(k.line, k.col, k.path ? fieldPath(k.path) : '(frontmatter)', 'baris ini masih bertanda "# ISI" dari kerangka: periksa nilainya, lalu hapus komentar itu', placeholderLevel);
  }
  const schema: z.ZodType = KOLEKSI[koleksi].schema;
  let data: Record<string, unknown> | undefined;
  if (!fm.errors.length) {
    // The schemas word their problems themselves while parsing (src/schema/pesan.ts).
    const parsed = schema.safeParse(raw);
    if (parsed.success) data = parsed.data as Record<string, unknown>;
    else {
      for (const issue of parsed.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
        const { line, col } = fm.locate(issue.path, key);
        pushFm(line, col, fieldPath(key ? [...issue.path, key] : issue.path), issue.message);
      }
      // zod runs an object's refinements only once the rest of it parses, so a missing reviewer
      // would come to light only after every other error is fixed: one more edit-and-wait round
      // for an author working in a browser.
      const tinjauan = tinjauanMentah(koleksi, raw);
      if (tinjauan && !parsed.error.issues.some((i) => i.message === tinjauan.message)) {
        const { line, col } = fm.locate(tinjauan.path);
        pushFm(line, col, fieldPath(tinjauan.path), tinjauan.message);
      }
    }
    const namaBerkas = dariAstroId(koleksi, astroId).id;
    for (const m of masalahEntri({ koleksi, namaBerkas, astroId, raw, today })) {
      const { line, col } = fm.locate(m.path);
      pushFm(line, col, fieldPath(m.path), m.message, m.level);
    }
  }
  problems.push(...batasiMasalah(diFrontmatter, BATAS.masalahFrontmatter, 'frontmatter'));

  // The studio edits author files too (Decap's own YAML format, the same strict parser); there
  // are few of them, so each is read strictly, not only when out of form.
  if (bentuk && !fm.errors.length && data && koleksi === 'penulis') for (const e of fm.galatKetat()) push(e.line, e.col, '(frontmatter)', e.message);

  let body: BodyFacts | undefined;
  if (koleksi !== 'penulis') {
    body = readBody(source, jenisHalaman(koleksi));
    const jenis: JenisAnatomi = koleksi === 'panduan' ? (dariAstroId(koleksi, astroId).bahasa === 'en' ? 'panduan-en' : 'panduan') : koleksi;
    const bodyProblems: BodyProblem[] = [...body.problems];
    if (body.judulLengkap) {
      bodyProblems.push(...checkAnatomy(jenis, body.headings, body.endLine).map((a) => ({ ...a, area: 'isi.bagian' })));
    }
    for (const b of bodyProblems) push(b.line, b.col, b.area, b.message, b.placeholder ? placeholderLevel : 'error');
    // Unread frontmatter has no sources, status or evidence level: every citation would look unknown.
    if (body.parsed && !fm.errors.length && (koleksi === 'model' || koleksi === 'praktik')) periksaRujukan(raw, body, fm, status, push);
    if (body.parsed) for (const m of masalahIsiEntri(body, raw)) push(m.line, m.col, m.area, m.message, m.level);
    if (koleksi === 'model' && !fm.errors.length && Array.isArray(raw.praktik)) {
      for (const m of jumlahPraktikBerlebih(source, raw.praktik.length)) push(m.line, m.col, 'isi', m.message, 'warning');
    }
    if (bentuk && !fm.errors.length && data && (koleksi === 'model' || koleksi === 'praktik')) {
      const baris = barisTidakRapi(koleksi, source, raw);
      // A file out of form may be one the studio and `npm run rapikan` cannot even read.
      const ketat = baris === undefined ? [] : fm.galatKetat();
      for (const e of ketat) push(e.line, e.col, '(frontmatter)', e.message);
      if (baris !== undefined && !ketat.length) push(baris, 1, '(bentuk berkas)', 'bentuk berkas berbeda dari yang ditulis studio mulai baris ini (urutan kunci, daftar, atau tanda petik); jalankan npm run rapikan agar suntingan lewat studio hanya mengubah baris yang disunting', 'warning');
    }
  }
  return { koleksi, file, full, astroId, data, status, raw, fm, ...(body ? { body } : {}) };
}

/**
 * The first `maks` problems of one part of a file in line order, and one line counting the rest at
 * the last one shown (an error if any of the rest is).
 */
function batasiMasalah(list: Problem[], maks: number, bagian: string): Problem[] {
  if (list.length <= maks) return list;
  const urut = sortProblems(list);
  const tampil = urut.slice(0, maks);
  const sisa = urut.slice(maks);
  const terakhir = tampil[tampil.length - 1]!;
  const level = sisa.some((p) => p.level === 'error') ? 'error' : 'warning';
  return [...tampil, { ...terakhir, field: `(${bagian})`, level, message: pesanTakTampil(sisa.length, bagian) }];
}

/** The review rule (src/schema/tinjauan.ts) on frontmatter the schema could not read, with the ids that are readable. */
function tinjauanMentah(koleksi: Koleksi, raw: Record<string, unknown>) {
  if (koleksi !== 'praktik' && koleksi !== 'model') return undefined;
  const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return tinjauanEntri(raw.status, ids(raw.penulis), ids(raw.peninjau));
}

const KOLOM_ANGKA = new Map<Koleksi, (path: readonly PropertyKey[]) => boolean>();

/** Whether a frontmatter path of a collection is a number field, as the schema declares it (src/schema/kolom.ts). */
function kolomAngka(koleksi: Koleksi): (path: readonly PropertyKey[]) => boolean {
  let cek = KOLOM_ANGKA.get(koleksi);
  if (!cek) {
    const angka = new Set(kolomSkema(KOLEKSI[koleksi].schema).filter((k) => k.angka).map((k) => k.jalur));
    // ["penghargaan", 0, "tahun"] is "penghargaan[].tahun"; an item of a list of values is the list's ("sdgs").
    cek = (path) => angka.has(path.map((s) => (typeof s === 'number' ? '[]' : `.${String(s)}`)).join('').slice(1).replace(/\[\]$/, ''));
    KOLOM_ANGKA.set(koleksi, cek);
  }
  return cek;
}

/**
 * Citations against the entry's sources: a key that names no source is an error; an uncited
 * figure in the results, cost or indicator sections and a source nothing cites are errors once
 * the entry is published and warnings before, so a draft can be written first and cited after.
 */
function periksaRujukan(raw: Record<string, unknown>, body: BodyFacts, fm: ParsedFrontmatter, status: string | undefined, push: (line: number, col: number, field: string, message: string, level?: Problem['level']) => void) {
  const sumber = (Array.isArray(raw.sumber) ? raw.sumber : []).map((s) => (s && typeof s === 'object' ? (s as Record<string, unknown>) : {}));
  const kunci = sumber.map((s) => (typeof s.kunci === 'string' ? s.kunci : ''));
  const level: Problem['level'] = status === 'terbit' ? 'error' : 'warning';
  const dikutip = new Set<string>();
  for (const r of body.rujukan) {
    dikutip.add(r.kunci);
    if (!kunci.includes(r.kunci)) {
      const mirip = kunci.filter(Boolean);
      push(r.line, r.col, 'isi.rujukan', `[@${r.kunci}] tidak merujuk ke sumber mana pun; kunci yang ada: ${mirip.length ? mirip.join(', ') : '(belum ada sumber berkunci)'}`);
    }
  }
  for (const a of body.angkaTanpaRujukan) {
    push(a.line, a.col, 'isi.rujukan', `angka tanpa rujukan: "${a.cuplikan}". Tambahkan [@kunci] sumbernya di paragraf, butir, atau baris tabel ini, atau tulis bahwa angka itu "perkiraan redaksi"`, level);
  }
  const kesiapan = raw.kesiapan as { kekuatan_bukti?: unknown; dampak_utama?: { sumber?: unknown } } | undefined;
  const bukti = typeof kesiapan?.kekuatan_bukti === 'number' ? kesiapan.kekuatan_bukti : 0;
  if (bukti < BUKTI_UNTUK_TERBUKTI) {
    const klaim: { kata: string; line: number; col: number; field: string }[] = body.klaimTerbukti.map((k) => ({ ...k, field: 'isi' }));
    // Every text the page shows as the entry's own words; titles of sources, laws and attachments
    // are others' words, and the change history may quote a claim it removed.
    for (const [path, v] of strings(raw)) {
      if (BUKAN_KATA_ENTRI.has(path[0]!) || /^\s*https?:/i.test(v)) continue;
      for (const m of klaimTerbukti(v)) klaim.push({ kata: m.kata, ...fm.locate(path), field: fieldPath(path) });
    }
    for (const k of klaim) {
      push(k.line, k.col, k.field, `"${k.kata}" menyatakan inovasi ini sudah terbukti, padahal kekuatan buktinya ${bukti} (perlu paling sedikit ${BUKTI_UNTUK_TERBUKTI}, ada pembanding); tulis apa yang dilaporkan sumber, mis. "dilaporkan", "menurut proposal", atau "belum terbukti"`, level);
    }
  }
  // An independent evaluation lifts the card only when the entry shows it: cited where the results
  // are reported, or the source of the card's own result. Any official document in the list (a
  // regulation, a replication guide) would otherwise do.
  if (bukti >= BUKTI_EVALUASI) {
    const evaluasi = sumber.filter((s) => typeof s.jenis === 'string' && JENIS_EVALUASI.includes(s.jenis));
    const bab = body.headings.filter((h) => h.depth === 2);
    const bagianDi = (line: number) => bab.filter((h) => h.line <= line).at(-1)?.text;
    const dikutipDiHasil = new Set(body.rujukan.filter((r) => bagianDi(r.line) === BAGIAN_HASIL).map((r) => r.kunci));
    const alamatHasil = typeof kesiapan?.dampak_utama?.sumber === 'string' ? kunciAlamat(kesiapan.dampak_utama.sumber) : undefined;
    const tampak = evaluasi.some((s) => (typeof s.kunci === 'string' && dikutipDiHasil.has(s.kunci)) || (typeof s.url === 'string' && kunciAlamat(s.url) === alamatHasil));
    if (evaluasi.length && !tampak) {
      const { line, col } = fm.locate(['kesiapan', 'kekuatan_bukti']);
      push(
        line,
        col,
        'kesiapan.kekuatan_bukti',
        `kekuatan bukti ${bukti} memerlukan evaluasi oleh pihak independen yang dirujuk di bagian "${BAGIAN_HASIL}" (atau menjadi kesiapan.dampak_utama.sumber), tetapi sumber berjenis ${JENIS_EVALUASI.map((j) => `"${j}"`).join(', ')} di entri ini (${evaluasi.map((s) => String(s.kunci)).join(', ')}) tidak dirujuk di sana. Rujuk evaluasinya dengan [@kunci] di bagian itu, atau turunkan kesiapan.kekuatan_bukti ke ${BUKTI_EVALUASI - 1}`,
      );
    }
  }
  // A source the frontmatter points to by its address (the card's result, an award, a replication) is
  // cited there. Only a source the body does not cite needs that set, and only web addresses go in:
  // parsing every string of every entry as a URL was a third of `npm run check`.
  let alamatDipakai: Set<string> | undefined;
  const dipakai = (url: string) =>
    (alamatDipakai ??= new Set([...strings(raw)].filter(([path, v]) => path[0] !== 'sumber' && /^\s*https?:/i.test(v)).map(([, v]) => kunciAlamat(v)))).has(kunciAlamat(url));
  sumber.forEach((s, i) => {
    if (!kunci[i] || dikutip.has(kunci[i]) || (typeof s.url === 'string' && dipakai(s.url))) return;
    const { line, col } = fm.locate(['sumber', i, 'kunci']);
    push(line, col, `sumber[${i}].kunci`, `sumber "${kunci[i]}" tidak dirujuk di mana pun; rujuk dengan [@${kunci[i]}] di kalimat yang didukungnya, atau hapus sumber ini`, level);
  });
}

/** Frontmatter fields holding others' words (titles of sources, laws, attachments) or the history of the entry itself. */
const BUKAN_KATA_ENTRI = new Set<PropertyKey>(['sumber', 'dasar_hukum', 'lampiran', 'riwayat', 'kontak']);
/** The section where an entry reports its results and the evaluation behind them. */
const BAGIAN_HASIL = 'Hasil dan Dampak';

/** Runs one cross check, so that one that throws is reported by its name and the others still run. */
type Silang = (nama: string, periksa: () => void, file?: string) => void;

function crossChecks(loaded: Loaded[], problems: Problem[], contentDir: string, gambar: ReadonlySet<string>, silang: Silang) {
  const refEntries: RefEntry[] = loaded.map((e) => ({
    koleksi: e.koleksi,
    id: e.astroId,
    file: e.file,
    status: e.status,
    raw: e.raw,
    data: e.data,
    locate: e.fm.locate,
  }));
  silang('rujukan antar-entri (id, penulis, model, dan praktik)', () => problems.push(...checkReferences(refEntries)));
  silang('panduan dan terjemahannya', () => problems.push(...periksaPanduan(loaded, contentDir)));

  const targets: LinkTargets = { entries: new Map(), drafts: new Set(), provinsi: new Set(PROVINSI.map((p) => p.slug)) };
  for (const e of loaded) {
    if (e.koleksi === 'penulis' || !(e.body || e.gagal)) continue;
    const path = halamanBerkas(e.koleksi, e.astroId);
    // An unparsable body reports its own error; its anchors are unknown, not empty.
    const anchors = e.body?.parsed ? e.body.anchors : null;
    // An entry whose frontmatter cannot be read reports its own errors; links to it are not judged.
    if (e.status === 'terbit' || e.status === undefined) targets.entries.set(path, anchors);
    else targets.drafts.add(path);
  }
  for (const e of loaded) {
    const body = e.body;
    if (!body) continue;
    const fromPublic = e.status === 'terbit';
    silang(
      'tautan dan gambar',
      () => {
        // A draft may link to other drafts: they render side by side in dev and preview builds.
        const scope: LinkTargets = fromPublic ? targets : { ...targets, entries: new Map([...targets.entries, ...[...targets.drafts].map((d) => [d, anchorsOf(loaded, d)] as const)]) };
        for (const p of checkLinks(body.links, body.images, scope, body.anchors, fromPublic)) {
          problems.push({ file: e.file, line: p.line, col: p.col, field: p.area, message: p.message, level: 'error' });
        }
        for (const img of body.images) {
          const hasil = gambarEntri(img.url, e.full, join(contentDir, e.koleksi), gambar);
          if (hasil.masalah !== undefined) problems.push({ file: e.file, line: img.line, col: img.col, field: 'isi.gambar', message: hasil.masalah, level: 'error' });
        }
      },
      e.file,
    );
  }
}

/**
 * The guides as a sequence, per language: a translation is built only beside its original (the
 * English pages list and link to it all the same, to a page that is never built), and `urutan`
 * orders the list and the previous/next links, so two guides at one place would be ordered by
 * chance.
 */
function periksaPanduan(loaded: readonly Loaded[], contentDir: string): Problem[] {
  const out: Problem[] = [];
  // Named as the project's other messages name content files ("tidak ada di content/penulis/"):
  // the same words in \`npm run check\`, whose root is the project, and in any other caller.
  const nama = (full: string) => `content/${posix(relative(contentDir, full))}`;
  const panduan = loaded.filter((e) => e.koleksi === 'panduan');
  const asli = new Set(panduan.filter((e) => dariAstroId('panduan', e.astroId).bahasa === 'id').map((e) => e.astroId));
  const urutan = new Map<string, Loaded>();
  for (const e of panduan) {
    const { id, bahasa } = dariAstroId('panduan', e.astroId);
    if (bahasa !== 'id' && !asli.has(id)) {
      const berkasAsli = nama(join(contentDir, 'panduan', `${id}.mdx`));
      out.push({
        file: e.file,
        line: 1,
        col: 1,
        field: '(berkas)',
        level: 'error',
        message: `terjemahan tanpa panduan asli ${berkasAsli}: halaman terjemahan hanya dibuat untuk panduan yang ada dalam bahasa Indonesia, padahal daftar panduan dan navigasinya tetap menautkan ke sini. Tambahkan panduan aslinya, atau beri berkas ini nama yang sama dengan panduan yang diterjemahkannya`,
      });
    }
    const u = e.raw.urutan;
    if (typeof u !== 'number') continue;
    const kunci = `${bahasa}/${u}`;
    const lain = urutan.get(kunci);
    if (!lain) {
      urutan.set(kunci, e);
      continue;
    }
    const { line, col } = e.fm.locate(['urutan']);
    out.push({ file: e.file, line, col, field: 'urutan', level: 'error', message: `urutan ${u} sudah dipakai ${nama(lain.full)}; setiap panduan dalam satu bahasa memerlukan urutan sendiri, yang menentukan letaknya di daftar panduan dan tautan sebelumnya/berikutnya` });
  }
  return out;
}

function anchorsOf(loaded: Loaded[], path: string): Set<string> | null {
  const e = loaded.find((l) => l.koleksi !== 'penulis' && halamanBerkas(l.koleksi, l.astroId) === path);
  return e?.body?.parsed ? e.body.anchors : null;
}
