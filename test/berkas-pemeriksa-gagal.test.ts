/**
 * The checker's safety net: a rule that throws (a defect of ours, such as the `[x](#%)` crash) is
 * reported as an error on the file it was checking, or on the cross check that failed, and every
 * other file is still checked. Rules are made to throw by replacing their modules: no content can
 * be written to trigger a defect that is not known yet.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../src/validate/problem.ts';
import { ROOT, galat, periksa, salinan } from './helpers.ts';

const rusak = vi.hoisted(() => ({ isi: undefined as string | undefined, rujukan: false, tesaurus: false }));

vi.mock('../src/rules/isi-entri.ts', async (asli) => {
  const m = await asli<typeof import('../src/rules/isi-entri.ts')>();
  return {
    ...m,
    masalahIsiEntri: (...a: Parameters<typeof m.masalahIsiEntri>) => {
      if (rusak.isi !== undefined && a[1].id === rusak.isi) throw new TypeError(`Cannot read properties of undefined (reading 'x') at ${ROOT}/src/rules/isi-entri.ts:12\n    at walk (${ROOT}/src/rules/body.ts:40)\n${'y'.repeat(500)}`);
      return m.masalahIsiEntri(...a);
    },
  };
});
vi.mock('../src/rules/references.ts', async (asli) => {
  const m = await asli<typeof import('../src/rules/references.ts')>();
  return {
    ...m,
    checkReferences: (...a: Parameters<typeof m.checkReferences>) => {
      if (rusak.rujukan) throw new RangeError('Maximum call stack size exceeded');
      return m.checkReferences(...a);
    },
  };
});
vi.mock('../src/rules/tesaurus.ts', async (asli) => {
  const m = await asli<typeof import('../src/rules/tesaurus.ts')>();
  return {
    ...m,
    masalahTesaurus: (...a: Parameters<typeof m.masalahTesaurus>) => {
      if (rusak.tesaurus) throw new Error('tesaurus rusak');
      return m.masalahTesaurus(...a);
    },
  };
});

afterEach(() => {
  rusak.isi = undefined;
  rusak.rujukan = false;
  rusak.tesaurus = false;
});

describe('aturan pemeriksa yang melempar galat', () => {
  it('menjadi satu galat pada berkasnya, dalam satu baris tanpa jejak tumpukan, dan berkas lain tetap diperiksa', () => {
    const t = salinan();
    // Another file's own mistake must still be reported.
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace(/tanggal_status: \S+/, 'tanggal_status: 2025-02-30'));
    rusak.isi = 'layanan-kedua';
    const problems = galat(periksa(t.dir));

    const gagal = problems.filter((p) => p.file === 'praktik/layanan-kedua.mdx');
    expect(gagal.map(formatProblem)).toEqual([expect.stringMatching(/^praktik\/layanan-kedua\.mdx:1:1 {2}\(berkas\) {2}pemeriksa gagal membaca berkas ini: TypeError: Cannot read properties of undefined \(reading 'x'\) at src\/rules\/isi-entri\.ts:12 at walk /)]);
    const pesan = gagal[0]!.message;
    // Cut, on one line, and without the machine's absolute paths.
    expect(pesan).not.toContain('\n');
    expect(pesan).not.toContain(ROOT);
    expect(pesan).toMatch(/y…\. Ini kesalahan pemeriksa, bukan isi Anda: berkas lain tetap diperiksa/);
    expect(pesan.length).toBeLessThan(400);

    expect(problems.some((p) => p.file === 'praktik/layanan-contoh.mdx' && /2025-02-30/.test(p.message))).toBe(true);
    // The failed practice still exists for the others: the model that lists it is not told it is missing.
    expect(problems.filter((p) => p.file !== 'praktik/layanan-kedua.mdx' && /layanan-kedua/.test(p.message))).toEqual([]);
    rusak.isi = undefined;
    const tanpaGagal = galat(periksa(t.dir)).filter((p) => p.file !== 'praktik/layanan-kedua.mdx');
    expect(problems.filter((p) => p.file !== 'praktik/layanan-kedua.mdx')).toEqual(tanpaGagal);
  });

  it('pada pemeriksaan silang menjadi satu galat yang menyebut pemeriksaannya, dan pemeriksaan silang lain tetap berjalan', () => {
    const t = salinan();
    t.ubah('praktik/layanan-contoh.mdx', (s) => s.replace('## Ringkasan\n', '## Ringkasan\n\nLihat [praktik lain](/praktik/tidak-ada/).\n'));
    rusak.rujukan = true;
    rusak.tesaurus = true;
    const problems = galat(periksa(t.dir));
    expect(problems.filter((p) => p.field === '(pemeriksaan silang)').map(formatProblem)).toEqual([
      '.:1:1  (pemeriksaan silang)  pemeriksaan silang "rujukan antar-entri (id, penulis, model, dan praktik)" gagal: RangeError: Maximum call stack size exceeded. Ini kesalahan pemeriksa, bukan isi Anda: berkas lain tetap diperiksa. Laporkan pesan ini kepada pengelola situs',
      'src/data/tesaurus.json:1:1  (pemeriksaan silang)  pemeriksaan silang "tesaurus pencarian" gagal: tesaurus rusak. Ini kesalahan pemeriksa, bukan isi Anda: berkas lain tetap diperiksa. Laporkan pesan ini kepada pengelola situs',
    ]);
    expect(problems.some((p) => p.file === 'praktik/layanan-contoh.mdx' && /tidak-ada/.test(p.message))).toBe(true);
  });
});
