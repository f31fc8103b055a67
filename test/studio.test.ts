import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skemaSemua } from '../scripts/skema-lib.ts';
import { dariFile, keFile, urutanDari } from '../src/lib/studio-format.ts';
import { komponenKoleksi, konfigurasiStudio, type FieldDecap } from '../src/lib/studio.ts';
import { KOMPONEN_MDX } from '../src/rules/mdx.ts';
import { KOLEKSI } from '../src/schema/index.ts';
import { FIXTURE, ROOT } from './helpers.ts';

const config = konfigurasiStudio(skemaSemua() as never, { cabang: 'main', lokal: true }) as { collections: { name: string; fields: FieldDecap[] }[] };
const koleksi = (nama: string) => config.collections.find((c) => c.name === nama)!;

describe('studio penulis', () => {
  it('membuat isian studio dari skema, tanpa daftar kedua: setiap kolom, wajibnya, petunjuknya, dan label kosakata', () => {
    for (const nama of ['praktik', 'model'] as const) {
      const shape = Object.keys((KOLEKSI[nama].schema as unknown as { shape: object }).shape);
      const names = koleksi(nama).fields.map((f) => f.name);
      expect(shape.length).toBeGreaterThan(20);
      expect(names.slice(0, -1)).toEqual(shape);
      expect(names.at(-1)).toBe('body');
    }
    const f = Object.fromEntries(koleksi('praktik').fields.map((x) => [x.name, x]));
    expect(f.judul).toMatchObject({ widget: 'string', required: true, hint: expect.stringMatching(/sesuai penulisan resminya/) });
    expect(f.kepanjangan!.required).toBe(false);
    expect(f.tema_rb).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ label: expect.stringMatching(/^Digitalisasi Administrasi Pemerintahan \(/), value: 'digitalisasi-administrasi-pemerintahan' }]) });
    expect(f.model).toMatchObject({ widget: 'relation', collection: 'model', multiple: true });
    expect(f.penulis).toMatchObject({ widget: 'relation', collection: 'penulis' });
    const kesiapan = Object.fromEntries((f.kesiapan!.fields as FieldDecap[]).map((x) => [x.name, x]));
    expect(kesiapan.kekuatan_bukti).toMatchObject({ widget: 'number', value_type: 'int', min: 0, max: 5 });
    // 514 codes an author would otherwise look up: each shows the regency or city it stands for.
    const instansi = Object.fromEntries((f.instansi_asal!.fields as FieldDecap[]).map((x) => [x.name, x]));
    expect(instansi.kode_provinsi).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ label: 'DI Yogyakarta (34)', value: '34' }]) });
    expect(instansi.kode_kabkota).toMatchObject({ widget: 'select', options: expect.arrayContaining([{ label: 'Kabupaten Kulon Progo (34.01)', value: '34.01' }]) });
    expect(f.tanggal_status).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
  });

  it('mode teks berformat menawarkan hanya komponen yang diterima pemeriksa di koleksi itu: tabel panduan tidak ditawarkan di praktik atau model', () => {
    for (const nama of ['praktik', 'model']) {
      const isi = koleksi(nama).fields.find((f) => f.name === 'body')!;
      expect(isi.editor_components, nama).toEqual(['image', 'code-block', 'Catatan']);
    }
    // The checker's own answer for a guide, where the tables belong.
    expect(komponenKoleksi('panduan')).toEqual(Object.keys(KOMPONEN_MDX));
  });

  it('menolak di formulir, dengan kata-kata pemeriksa, isian yang pemeriksa tolak karena polanya: id, kunci sumber, e-mail, telepon', () => {
    const f = Object.fromEntries(koleksi('praktik').fields.map((x) => [x.name, x]));
    const kontak = Object.fromEntries((f.kontak!.fields as FieldDecap[]).map((x) => [x.name, x]));
    const sumber = Object.fromEntries((f.sumber!.fields as FieldDecap[]).map((x) => [x.name, x]));
    // Decap tests `RegExp(pattern[0])` and shows "<label> <pattern[1]>." (src/data/studio-id.ts).
    const lolos = (x: FieldDecap | undefined, v: string) => new RegExp((x!.pattern as [string, string])[0]).test(v);
    const pesan = (x: FieldDecap | undefined) => (x!.pattern as [string, string])[1];
    for (const id of ['layanan-baru', 'aux-layanan', 'com10', 'panganku']) expect(lolos(f.id, id), id).toBe(true);
    for (const id of ['aux', 'con', 'lpt1', 'Layanan-Baru', 'layanan baru', 'layanan--baru', '']) expect(lolos(f.id, id), id).toBe(false);
    expect(pesan(f.id)).toMatch(/^harus berupa slug huruf kecil .*dicadangkan Windows/);
    expect(lolos(sumber.kunci, 'bps-2023')).toBe(true);
    expect(lolos(sumber.kunci, 'BPS 2023')).toBe(false);
    expect(lolos(kontak.email, 'humas@kulonprogokab.go.id')).toBe(true);
    expect(lolos(kontak.email, 'humas(at)kulonprogokab.go.id')).toBe(false);
    expect(pesan(kontak.email)).toMatch(/^bukan alamat e-mail yang sah/);
    expect(lolos(kontak.telepon, '(0274) 123456')).toBe(true);
    expect(lolos(kontak.telepon, '0274-123456 ext. 12')).toBe(false);
    expect(pesan(kontak.telepon)).toMatch(/^harus berupa nomor telepon kantor/);
    // Free text has no pattern to fail.
    expect(f.judul!.pattern).toBeUndefined();
  });

  it('membaca lalu menulis setiap entri fixture tanpa mengubah satu bait pun (npm run rapikan)', () => {
    for (const nama of ['praktik', 'model']) {
      const urutan = urutanDari(koleksi(nama).fields);
      for (const f of readdirSync(join(FIXTURE, nama)).filter((n) => n.endsWith('.mdx'))) {
        const teks = readFileSync(join(FIXTURE, nama, f), 'utf8');
        expect(keFile(dariFile(teks), urutan), `${nama}/${f}`).toBe(teks);
      }
    }
  });

  it('menulis setiap entri konten dengan data yang sama, dan menulisnya lagi tanpa perubahan (normalisasi idempoten)', () => {
    // Hand-written files may differ in form: npm run check warns, npm run rapikan fixes.
    for (const nama of ['praktik', 'model']) {
      const urutan = urutanDari(koleksi(nama).fields);
      for (const f of readdirSync(join(ROOT, 'content', nama)).filter((n) => n.endsWith('.mdx'))) {
        const teks = readFileSync(join(ROOT, 'content', nama, f), 'utf8');
        const sekali = keFile(dariFile(teks), urutan);
        expect(dariFile(sekali), `${nama}/${f}`).toEqual(dariFile(teks));
        expect(keFile(dariFile(sekali), urutan), `${nama}/${f}`).toBe(sekali);
      }
    }
  });

  it('menulis perubahan satu kolom hanya pada barisnya, dan membuang nilai kosong yang ditinggalkan formulir', () => {
    const urutan = urutanDari(koleksi('praktik').fields);
    const teks = readFileSync(join(FIXTURE, 'praktik/layanan-contoh.mdx'), 'utf8');
    const data = dariFile(teks);
    const baru = keFile({ ...data, judul: 'LAYAN Baru', kepanjangan: '', jenis_detail: null }, urutan);
    const [a, b] = [teks.split('\n'), baru.split('\n')];
    const beda = b.filter((l) => !a.includes(l));
    expect(beda).toEqual(['judul: LAYAN Baru']);
    expect(baru).not.toMatch(/^kepanjangan:|^jenis_detail:/m);
  });
});

describe('bentuk berkas', () => {
  it('membaca frontmatter sama dengan studio, sehingga peringatan bentuk memakai bacaan pemeriksa tanpa membaca ulang', async () => {
    // barisTidakRapi() serialises the checker's js-yaml data; the studio reads with the yaml package.
    const { parseFrontmatter } = await import('../src/validate/frontmatter.ts');
    for (const root of [FIXTURE, join(ROOT, 'content')]) {
      for (const nama of ['praktik', 'model']) {
        for (const f of readdirSync(join(root, nama)).filter((n) => n.endsWith('.mdx'))) {
          const teks = readFileSync(join(root, nama, f), 'utf8');
          const { body, ...studio } = dariFile(teks);
          expect(parseFrontmatter(teks).data, `${root}/${nama}/${f}`).toEqual(studio);
          expect(typeof body).toBe('string');
        }
      }
    }
  });

  it('npm run check memperingatkan berkas yang tidak dalam bentuk studio, pada baris pertama yang berbeda', async () => {
    const { checkContent } = await import('../src/validate/run.ts');
    const { salinan } = await import('./helpers.ts');
    const t = salinan();
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/^sdgs: \[10, 16\]$/m, 'sdgs:\n  - 10\n  - 16'));
    const p = checkContent({ root: t.dir, contentDir: t.dir, today: '2026-11-28', bentuk: true }).problems.filter((x) => x.field === '(bentuk berkas)');
    expect(p).toEqual([expect.objectContaining({ file: 'praktik/layanan-contoh.mdx', level: 'warning', line: 9, message: expect.stringMatching(/jalankan npm run rapikan/) })]);
    expect(checkContent({ root: t.dir, contentDir: t.dir, today: '2026-11-28' }).problems.filter((x) => x.field === '(bentuk berkas)')).toEqual([]);
  });

  it('npm run check menolak frontmatter yang hanya terbaca longgar, yang tidak dapat dibuka studio maupun npm run rapikan, di barisnya', async () => {
    const { checkContent } = await import('../src/validate/run.ts');
    const { salinan } = await import('./helpers.ts');
    const t = salinan();
    // Quoted text pasted over two lines, its second line not indented: js-yaml reads it, the
    // studio's parser (the yaml package) and editors do not.
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/^ringkasan: .*$/m, 'ringkasan: "Petugas mendatangi warga\ndi desa terpencil."'));
    expect(() => dariFile(readFileSync(join(t.dir, 'praktik/layanan-contoh.mdx'), 'utf8'))).toThrow();
    const p = checkContent({ root: t.dir, contentDir: t.dir, today: '2026-11-28', bentuk: true }).problems.filter((x) => x.file === 'praktik/layanan-contoh.mdx');
    expect(p[0]).toMatchObject({ level: 'error', field: '(frontmatter)', line: 5, message: expect.stringMatching(/^pembaca YAML yang ketat \(studio, npm run rapikan, .*\) menolak .*tanpa menjorok/) });
    expect(p.every((x) => x.level === 'error' && x.field === '(frontmatter)')).toBe(true);
    // npm run rapikan names the same line instead of stopping with a parser's stack trace, and writes nothing.
    const sebelum = readFileSync(join(t.dir, 'praktik/layanan-contoh.mdx'), 'utf8');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/rapikan.ts')], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: t.dir } });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Tidak dirapikan, perbaiki dulu:\npraktik\/layanan-contoh\.mdx:5:\d+ +pembaca YAML yang ketat/);
    expect(readFileSync(join(t.dir, 'praktik/layanan-contoh.mdx'), 'utf8')).toBe(sebelum);
    // Author files, which the studio edits too, are read strictly as well.
    t.ubah('penulis/tim-redaksi.yaml', (s) => s.replace(/^keterangan: (.*) (\S+)$/m, 'keterangan: "$1\n$2"'));
    const penulis = checkContent({ root: t.dir, contentDir: t.dir, today: '2026-11-28', bentuk: true }).problems.filter((x) => x.file === 'penulis/tim-redaksi.yaml');
    expect(penulis[0]).toMatchObject({ level: 'error', line: 4, message: expect.stringMatching(/^pembaca YAML yang ketat/) });
  });
});
