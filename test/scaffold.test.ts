import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../src/rules/body.ts';
import { barisTanpaKomentarIsi, scaffold } from '../src/lib/scaffold.ts';
import { pisahFile } from '../src/lib/studio-format.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { barisTidakRapi } from '../src/validate/rapi.ts';
import { checkContent } from '../src/validate/run.ts';
import { galat, periksa, ROOT, salinan } from './helpers.ts';

/** Frontmatter YAML without its `# ISI` comments, lines that held only one left out: what an author's finished file keeps. */
const tanpaKomentarIsi = (yaml: string): string => barisTanpaKomentarIsi(yaml).filter((b) => b !== null).join('\n');

/** Titles that need YAML's quoting, or none: quotes of both kinds, a colon, a `#`, accents, words YAML reads as other types. */
const JUDUL = ['CEISA Barang Kiriman', 'Judul "Kutip": A #1 Éclair', "Layanan 'Jemput' Bola: Desa #2", 'Sistem #BanggaBuatanIndonesia', 'Ñandú – Çamlıca & Ørsted', '2045', 'Null', 'yes', '- Daftar [ISI] {kurung} `kode` %persen @at'];

/** The file without its `# ISI` comments: frontmatter only, the body as it is. */
function tanpaIsi(text: string): string {
  const f = pisahFile(text)!;
  return `---\n${tanpaKomentarIsi(`${f.frontmatter}\n`)}---\n${f.body}`;
}

/** `npm run new -- <args>` in a copy of the fixture: its exit code, what it printed, and the practices it left. */
function baru(...args: string[]) {
  const t = salinan();
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: t.dir } });
  return { ...r, dir: t.dir, praktik: readdirSync(join(t.dir, 'praktik')) };
}

describe('npm run new', () => {
  it('points to an existing entry whose id extends the new one (the same innovation, another region named)', () => {
    const r = baru('praktik', 'Layanan');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Periksa dulu apakah inovasi ini sudah ditulis: praktik/layanan-contoh.mdx');
    expect(baru('praktik', 'Inovasi Yang Belum Ada').stdout).not.toContain('Periksa dulu');
  });

  it.each(['praktik', 'model', 'panduan'] as const)('scaffolds a %s the checker accepts as a draft, with warnings for what to fill in', (jenis) => {
    const t = salinan();
    const { id, text } = scaffold(jenis, 'Layanan Contoh Baru', '2026-11-28');
    mkdirSync(join(t.dir, jenis), { recursive: true });
    writeFileSync(join(t.dir, jenis, `${id}.mdx`), text);
    const mine = periksa(t.dir).filter((p) => p.file === `${jenis}/${id}.mdx`);
    expect(mine.filter((p) => p.level === 'error')).toEqual([]);
    expect(mine.length).toBeGreaterThan(0);
    expect(text).toContain('status: draf');
  });

  it.each(['praktik', 'model'] as const)('writes a %s in the studio\'s form, apart from its # ISI comments, whatever the title', (jenis) => {
    for (const judul of JUDUL) {
      const { text } = scaffold(jenis, judul, '2026-11-28', 'layanan-uji');
      const data = parseFrontmatter(text).data;
      expect(data.judul, judul).toBe(judul);
      // The checker's own comparison (src/validate/rapi.ts): no "(bentuk berkas)" for the file once its # ISI comments are gone.
      expect(barisTidakRapi(jenis, tanpaIsi(text), data), judul).toBeUndefined();
      // And the comments are all that differ: each changed line keeps its text and only loses " # ISI…".
      const [a, b] = [text.split('\n'), tanpaIsi(text).split('\n')];
      expect(a.length, judul).toBe(b.length);
      a.forEach((baris, i) => {
        if (baris === b[i]) return;
        expect(baris.startsWith(b[i]!), judul).toBe(true);
        expect(baris.slice(b[i]!.length), judul).toMatch(/^ # ISI\b/);
      });
    }
  });

  it('marks every value the author must check with a # ISI comment on its line', () => {
    const { text } = scaffold('praktik', 'Layanan Uji', '2026-11-28');
    const fm = pisahFile(text)!.frontmatter.split('\n');
    // Values the author need not change: the id and title typed, the status, the history, lists that stay empty when there is nothing.
    const tetap = ['id:', 'judul:', 'status: draf', 'kata_kunci: []', 'penghargaan: []', 'replikasi: []', 'kesiapan:', 'dampak_utama:', 'kriteria_kompleksitas:', 'instansi_asal:', 'kontak:', 'sumber:', 'riwayat:', '- tanggal: 2026-11-28', 'jenis: besar', 'catatan: Entri dibuat.'];
    const tanpaTanda = fm.filter((b) => /^\s*(- )?[a-z0-9_]+:/.test(b) && !PLACEHOLDER.test(b) && !b.includes(' # ISI') && !tetap.some((t) => b.trimStart().startsWith(t)));
    expect(tanpaTanda).toEqual([]);
    expect(fm.find((b) => b.startsWith('  kode_provinsi:'))).toMatch(/^  kode_provinsi: "34" # ISI: .*hapus baris ini dan kode_kabkota untuk kementerian, lembaga, dan BUMN/);
    expect(fm.find((b) => b.startsWith('  kode_kabkota:'))).toMatch(/^  kode_kabkota: "34\.01" # ISI: .*hapus baris ini untuk pemerintah provinsi, kementerian, lembaga, dan BUMN/);
    expect(fm.find((b) => b.includes('tingkat_pemerintahan:'))).toContain('# ISI: jumlah tingkat pemerintahan yang harus bertindak (1–4: desa, kabupaten/kota, provinsi, pusat)');
  });

  it('strips only # ISI comments: a # inside quotes is text, and other comments stay', () => {
    expect(tanpaKomentarIsi('a: b # ISI, pilih: b | c\n# ISI: satu baris\nj: "x # ISI y"\nk: \'#1 layanan\'\nl: sistem #1 layanan\nm: [1] # ISI: z\nn:\n  - o: p # ISI q\n')).toBe(
      'a: b\nj: "x # ISI y"\nk: \'#1 layanan\'\nl: sistem #1 layanan\nm: [1]\nn:\n  - o: p\n',
    );
    // Line by line, a line that held only the comment is null, so the others keep their numbers (Windows line ends too).
    expect(barisTanpaKomentarIsi('a: 1\r\n  # ISI x\r\nb: 2 # ISI y\r\n')).toEqual(['a: 1\r', null, 'b: 2\r', '']);
  });

  it('npm run new: the new file passes the check, and its only "(bentuk berkas)" warning, if any, is at a # ISI comment', () => {
    const t = salinan();
    const hari = new Date().toISOString().slice(0, 10);
    const dibuat: string[] = [];
    for (const [jenis, judul] of [...JUDUL.map((j) => ['praktik', j] as const), ['model', 'Model Inovasi Bidang "Uji": #1'] as const]) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), '--', jenis, judul], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: t.dir } });
      expect(r.status, r.stderr).toBe(0);
      dibuat.push(/Dibuat: (.+\.mdx)/.exec(r.stdout)![1]!.replace(/^.*?((?:praktik|model)\/[^/]+\.mdx)$/, '$1'));
    }
    const { problems } = checkContent({ root: t.dir, contentDir: t.dir, today: hari, bentuk: true });
    for (const file of dibuat) {
      const mine = problems.filter((p) => p.file === file);
      expect(galat(mine), file).toEqual([]);
      // The studio's form leaves comments out, so the checker may still point at the first # ISI line
      // (src/validate/rapi.ts compares whole files); never at the title or any other value.
      const baris = readFileSync(join(t.dir, file), 'utf8').split('\n');
      for (const p of mine.filter((x) => x.field === '(bentuk berkas)')) expect(baris[p.line - 1], file).toContain(' # ISI');
    }
  });

  it('names the entry after its title', () => {
    expect(scaffold('praktik', 'Si Perut Laper', '2026-11-28').id).toBe('si-perut-laper');
  });

  it('refuses an id the checker would refuse, before writing anything, and says how to choose one', () => {
    const sebelum = baru('praktik', 'Layanan Contoh Baru').praktik.filter((f) => f !== 'layanan-contoh-baru.mdx');
    // A title that slugs to a Windows device name: its page folder could not be copied to IIS.
    const aux = baru('praktik', 'Aux');
    expect(aux.status).toBe(2);
    expect(aux.stderr).toContain('id "aux" (dari judul "Aux")');
    expect(aux.stderr).toContain('dicadangkan Windows');
    expect(aux.stderr).toContain('--id aux-daerah');
    expect(aux.praktik).toEqual(sebelum);
    // A title with no Latin letter or digit has no id to give: before, this wrote `.mdx`.
    const kosong = baru('praktik', '!!!');
    expect(kosong.status).toBe(2);
    expect(kosong.stderr).toContain('tidak memuat huruf latin atau angka');
    expect(kosong.praktik).toEqual(sebelum);
    const besar = baru('praktik', 'Layanan Baru', '--id', 'Layanan-Baru');
    expect(besar.status).toBe(2);
    expect(besar.stderr).toContain('--id layanan-baru');
  });

  it('takes the id the author chooses, and the checker accepts the draft under it', () => {
    const r = baru('praktik', 'ÆØÅ', '--id', 'layanan-nordik');
    expect(r.status, r.stderr).toBe(0);
    expect(r.praktik).toContain('layanan-nordik.mdx');
    expect(galat(periksa(r.dir, new Date().toISOString().slice(0, 10))).filter((p) => p.file === 'praktik/layanan-nordik.mdx')).toEqual([]);
  });
});

