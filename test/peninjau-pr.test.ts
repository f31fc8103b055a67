import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANOTASI_PER_JENIS, anotasiPr, bagianBerubah, perubahanDalamKata, ringkasanPr } from '../src/validate/github.ts';
import { formatProblem, type Problem } from '../src/validate/problem.ts';
import { ROOT, salinan } from './helpers.ts';

const masalah = (file: string, level: Problem['level'], i: number): Problem => ({ file, line: i + 1, col: 1, field: 'isi', level, message: `masalah ${i}` });

describe('anotasi di pull request', () => {
  it('menaruh masalah berkas pull request lebih dulu, paling banyak sebanyak yang ditampilkan GitHub, lalu menyebut sisanya', () => {
    // Warnings in a draft already on the main branch come first in file order ("a-lama" < "b-baru").
    const lama = Array.from({ length: 30 }, (_, i) => masalah('content/praktik/a-lama.mdx', 'warning', i));
    const milikPr = [masalah('content/praktik/b-baru.mdx', 'warning', 99), masalah('content/praktik/b-baru.mdx', 'error', 98)];
    const baris = anotasiPr([...lama, ...milikPr], new Set(['content/praktik/b-baru.mdx']));
    const peringatan = baris.filter((b) => b.startsWith('::warning'));
    expect(peringatan).toHaveLength(ANOTASI_PER_JENIS);
    expect(peringatan[0]).toContain('file=content/praktik/b-baru.mdx,line=100');
    expect(baris.filter((b) => b.startsWith('::error'))).toHaveLength(1);
    expect(baris.at(-1)).toBe('::notice title=Pemeriksaan konten::21 peringatan lagi tidak tampil sebagai anotasi (GitHub menampilkan paling banyak 10 per jenis). Daftar lengkapnya ada di ringkasan pemeriksaan dan di log langkah "npm run check".');
  });

  it('ringkasan mengatakan bila daftar entri yang berubah tidak dapat dibuat, alih-alih diam', () => {
    expect(ringkasanPr([], [], { tanpaPerubahan: 'git diff origin/main...HEAD gagal' })).toContain('## Entri yang berubah\n\nDaftarnya tidak dapat dibuat: git diff origin/main...HEAD gagal');
  });

  it('tanpa masalah berlebih tidak ada pemberitahuan', () => {
    expect(anotasiPr([masalah('a.mdx', 'error', 0)]).some((b) => b.startsWith('::notice'))).toBe(false);
  });
});

describe('perubahan entri dalam kata', () => {
  const sumber = (kunci: string, url = `https://contoh.go.id/${kunci}`) => ({ kunci, judul: `Judul ${kunci}`, url, jenis: 'berita-resmi', diakses: new Date('2026-11-28') });

  it('baris riwayat dan sumber yang ditambahkan di atas adalah satu tambahan masing-masing, bukan perubahan setiap baris di bawahnya', () => {
    const lama = { status: 'tinjauan', riwayat: [{ tanggal: new Date('2026-11-28'), jenis: 'besar', catatan: 'Awal.' }], sumber: [sumber('a'), sumber('b'), sumber('c')] };
    const baru = {
      status: 'tinjauan',
      riwayat: [{ tanggal: new Date('2026-12-05'), jenis: 'kecil', catatan: 'Sumber BPS.' }, ...lama.riwayat],
      sumber: [sumber('bps'), sumber('a'), sumber('b'), sumber('c')],
    };
    expect(perubahanDalamKata(lama, baru)).toEqual(['sumber: ditambahkan "bps · Judul bps · https://contoh.go.id/bps · berita-resmi · 2026-11-28"', 'riwayat: ditambahkan "2026-12-05 · kecil · Sumber BPS."']);
  });

  it('sumber yang sama (menurut kuncinya) yang berubah alamatnya disebut dengan kuncinya; sumber yang hilang disebut dihapus', () => {
    const lama = { sumber: [sumber('a'), sumber('b')] };
    const baru = { sumber: [sumber('a', 'https://contoh.go.id/baru')] };
    expect(perubahanDalamKata(lama, baru)).toEqual(['sumber › a › url: https://contoh.go.id/a → https://contoh.go.id/baru', 'sumber: dihapus "b · Judul b · https://contoh.go.id/b · berita-resmi · 2026-11-28"']);
  });

  it('daftar pendek (peninjau, sdgs) dalam satu baris; peninjau lebih dulu, status keberlanjutan tidak dianggap kartu', () => {
    const lama = { status_keberlanjutan: 'aktif', sdgs: [1, 2], penulis: ['a'] };
    const baru = { status_keberlanjutan: 'berhenti', sdgs: [1, 3], penulis: ['a'], peninjau: ['b', 'c'] };
    expect(perubahanDalamKata(lama, baru)).toEqual(['peninjau: ditambahkan "b, c"', 'status keberlanjutan: aktif → berhenti', 'sdgs: 1, 2 → 1, 3']);
  });

  it('entri baru menyebut nilainya tanpa "ditambahkan" di setiap baris', () => {
    expect(perubahanDalamKata(undefined, { judul: 'A', kesiapan: { kekuatan_bukti: 2 } })).toEqual(['kekuatan bukti: 2', 'judul: A']);
  });

  it('menyebut bagian isi yang berubah menurut judulnya', () => {
    const lama = '\n## Ringkasan\n\nA.\n\n## Hasil dan Dampak\n\nNaik 10%.\n\n## Risiko\n\nR.\n';
    const baru = '\n## Ringkasan\n\nA.\n\n## Hasil dan Dampak\n\nNaik 12%.\n\n## Keberlanjutan\n\nK.\n';
    expect(bagianBerubah(lama, baru)).toEqual(['Hasil dan Dampak', 'Keberlanjutan (baru)', 'Risiko (dihapus)']);
    expect(bagianBerubah(lama, lama)).toEqual([]);
  });

  it('membaca judul seperti pemeriksa: "##" di dalam blok kode bukan bagian', () => {
    const lama = '## Ringkasan\n\nA.\n\n```\n## bukan judul\n```\n';
    expect(bagianBerubah(lama, lama.replace('bukan judul', 'tetap kode'))).toEqual(['Ringkasan']);
  });

  it('selesai pada baris judul jahat yang membuat regex mundur berulang (pull request tak tepercaya)', () => {
    const jahat = `## a${' '.repeat(60_000)}b\n\nIsi.\n`;
    expect(bagianBerubah(jahat, `${jahat}Lagi.\n`)).toEqual([`a${' '.repeat(60_000)}b`]);
  });
});

describe('ringkasan pull request untuk penulis dan peninjau', () => {
  it('galat tampil sebelum peringatan, walau ada puluhan peringatan lebih dulu; peringatan dilipat', () => {
    const peringatan = Array.from({ length: 60 }, (_, i) => masalah('content/praktik/a.mdx', 'warning', i));
    const md = ringkasanPr([...peringatan, masalah('content/praktik/z.mdx', 'error', 0)], [{ file: 'content/praktik/z.mdx', baru: { judul: 'Z', status: 'draf' } }]);
    const galat = md.indexOf('| content/praktik/z.mdx | 1 | isi | masalah 0 |');
    expect(galat).toBeGreaterThan(0);
    expect(galat).toBeLessThan(md.indexOf('<details><summary>60 peringatan</summary>'));
    expect(md).toContain('10 lagi: daftar lengkapnya ada di log langkah "npm run check"');
    expect(md).toContain('**Langkah berikutnya:**');
  });

  it('menyebut galat di berkas yang tidak diubah pull request', () => {
    const md = ringkasanPr([masalah('content/model/m.mdx', 'error', 0)], [{ file: 'content/praktik/a.mdx', lama: { judul: 'A' }, baru: { judul: 'A' } }]);
    expect(md).toContain('1 galat ada di berkas yang tidak diubah pull request ini');
  });

  it('menyebut entri yang dihapus dan yang dipindah, dan peninjau entri yang berubah', () => {
    const md = ringkasanPr(
      [],
      [
        { file: 'content/praktik/lama.mdx', lama: { judul: 'Lama', status: 'terbit' } },
        { file: 'content/praktik/baru.mdx', asal: 'content/praktik/asal.mdx', lama: { judul: 'P', status: 'terbit', peninjau: ['ahli-ugm'] }, baru: { judul: 'P', status: 'terbit', peninjau: ['ahli-ugm'] }, isiLama: '## A\n\nx', isiBaru: '## A\n\nx' },
      ],
    );
    expect(md).toContain('### Lama (dihapus)\n\ncontent/praktik/lama.mdx · status sebelumnya: **terbit**');
    expect(md).toContain('### P (dipindah dari content/praktik/asal.mdx)\n\ncontent/praktik/baru.mdx · status: **terbit** · peninjau: ahli-ugm\n\n- (hanya nama berkas yang berubah)');
  });
});

/** A copy of the fixture as a repository whose main branch, "utama", is also its origin's: a pull request's base. */
function repoPr() {
  const t = salinan();
  const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@x', ...a], { cwd: t.dir, encoding: 'utf8' });
  git('init', '-q', '-b', 'utama');
  git('add', '.');
  git('commit', '-qm', 'awal');
  git('update-ref', 'refs/remotes/origin/utama', 'HEAD');
  return { t, git };
}

describe('npm run check di pull request yang menghapus, memindah, dan mengubah entri', () => {
  it('ringkasan menyebut ketiganya, dan anotasi berkas pull request mendahului yang lain', () => {
    const { t, git } = repoPr();
    const hapus = 'praktik/layanan-kedua.mdx';
    const pindah = 'panduan/cara-membaca.mdx';
    rmSync(join(t.dir, hapus));
    git('mv', pindah, 'panduan/cara-membaca-dua.mdx');
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/kekuatan_bukti: 1/, 'kekuatan_bukti: 2'));
    git('commit', '-qam', 'ubah');
    const summary = join(t.dir, 'ringkasan.md');
    writeFileSync(summary, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '.', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_BASE_REF: 'utama' } });
    expect(r.status).toBe(1);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('(dihapus)');
    expect(md).toContain(`(dipindah dari ${pindah})`);
    expect(md).toMatch(/\(dihapus\)\n\npraktik\/layanan-kedua\.mdx · status sebelumnya/);
    expect(md).toContain('- kekuatan bukti: 1 → 2');
    // The problem list, which quotes author text, prints with workflow commands stopped; the annotations after it.
    const baris = r.stdout.split('\n');
    const henti = baris.findIndex((b) => b.startsWith('::stop-commands::'));
    const token = baris[henti]!.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f-]{36}$/);
    const lanjut = baris.indexOf(`::${token}::`);
    expect(lanjut).toBeGreaterThan(henti);
    expect(baris.findIndex((b) => b.startsWith('::error'))).toBeGreaterThan(lanjut);
    const errors = baris.filter((b) => b.startsWith('::error'));
    expect(errors.length).toBeLessThanOrEqual(ANOTASI_PER_JENIS);
    // The first annotations are on the files the pull request touched.
    const pertama = /file=([^,]+)/.exec(errors[0]!)![1];
    expect(['praktik/layanan-contoh.mdx', 'panduan/cara-membaca-dua.mdx']).toContain(pertama);
  });
});

describe('npm run check di pull request yang menambah tautan simbolik', () => {
  it('ringkasan tidak membaca berkas yang ditunjuk tautan, walau berkas itu YAML yang sah', () => {
    const { t, git } = repoPr();
    // A file of the runner, outside the repository, that parses as a YAML mapping.
    const rahasia = join(mkdtempSync(join(tmpdir(), 'pustaka-rahasia-')), 'hosts.yml');
    writeFileSync(rahasia, 'token: PENANDA-RAHASIA-123\n');
    symlinkSync(rahasia, join(t.dir, 'penulis/rahasia.yaml'));
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/kekuatan_bukti: 1/, 'kekuatan_bukti: 2'));
    git('add', '.');
    git('commit', '-qm', 'tautan');
    const summary = join(t.dir, 'ringkasan.md');
    writeFileSync(summary, '');
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: t.dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: '.', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_BASE_REF: 'utama' }, timeout: 60_000 });
    expect(r.status).toBe(1);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('- kekuatan bukti: 1 → 2');
    expect(md).toContain('penulis/rahasia.yaml');
    expect(md + r.stdout).not.toContain('PENANDA-RAHASIA');
  });
});

describe('ringkasan pull request dari penulis yang bermusuhan', () => {
  const baru = (fm: Record<string, unknown>, file = 'content/praktik/a.mdx') => ({ file, lama: { judul: 'A', status: 'tinjauan', peninjau: [] }, baru: { judul: 'A', status: 'tinjauan', peninjau: [], ...fm } });

  it('judul dan kunci berbaris baru tidak membuat judul, bagian, atau tautan palsu', () => {
    const md = ringkasanPr([], [baru({ judul: 'SIMPATI\n\n## Pemeriksaan konten\n\n✓ Tidak ada galat.', '[✓ Disetujui](https://contoh.invalid/)\n## x': 'ya' })]);
    expect(md.match(/^## Pemeriksaan konten$/gm)).toHaveLength(1);
    expect(md).not.toMatch(/^## x/m);
    expect(md).not.toContain('[✓ Disetujui](');
    expect(md).toContain('\\[✓ Disetujui\\]');
  });

  it('menandai penerbitan, perubahan peninjau, dan profil penulis sebagai hal yang perlu diperiksa pengelola', () => {
    const md = ringkasanPr([], [baru({ status: 'terbit', peninjau: ['ui-fisip'] }), { file: 'content/penulis/ui-fisip.yaml', baru: { id: 'ui-fisip', nama: 'Universitas Indonesia' } }]);
    expect(md).toContain('⚠ **Periksa sebelum menggabungkan:** pull request ini menerbitkan content/praktik/a.mdx; mengubah peninjau content/praktik/a.mdx; menambah atau mengubah profil penulis/peninjau content/penulis/ui-fisip.yaml.');
    expect(ringkasanPr([], [baru({ ringkasan: 'x' })])).not.toContain('⚠');
  });

  it('baris log dan anotasi tidak dapat memuat perintah alur kerja GitHub dari teks penulis', () => {
    const p: Problem = { file: 'content/praktik/a\n::warning::x.mdx', line: 1, col: 1, field: 'kontak.unit\n::add-mask::galat', level: 'warning', message: 'nilai "Budi##[stop-commands]x" tampak seperti nama orang' };
    const baris = formatProblem(p);
    expect(baris.split('\n')).toHaveLength(1);
    expect(baris).not.toContain('##[');
    for (const a of anotasiPr([p])) {
      expect(a.split('\n')).toHaveLength(1);
      expect(a).not.toContain('##[');
    }
  });
});
