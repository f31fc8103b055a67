import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Rng } from '../scripts/bench/prng.ts';
import { BATAS } from '../src/rules/batas.ts';
import { karakterTerlarang, tanggal } from '../src/schema/common.ts';
import { praktikSchema } from '../src/schema/index.ts';
import { denganPesan } from '../src/schema/pesan.ts';
import { parseFrontmatter, type ParsedFrontmatter } from '../src/validate/frontmatter.ts';
import { bacaTeks } from '../src/validate/teks.ts';
import { FIXTURE, ROOT } from './helpers.ts';

const enc = new TextEncoder();
const bytes = (...parts: (string | number[])[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...enc.encode(p)] : p)));
const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n\nIsi.\n`);

/**
 * Parse a hostile input: it must come back with its error. A blow-up (exponential aliases,
 * quadratic scans) would not come back within the suite's time limit (testTimeout, 60 s), which
 * fails the test; timing targets themselves belong to the benchmark, not to assertions here.
 */
function urai(yaml: string, whole = false): ParsedFrontmatter {
  return whole ? parseFrontmatter(yaml, true) : fm(yaml);
}

/** Values in the data, shared objects counted at every place they appear (what a later walk sees). */
function jumlahNilai(v: unknown, batas = 1e6): number {
  let n = 0;
  const stack = [v];
  while (stack.length && n <= batas) {
    const x = stack.pop();
    n++;
    if (x && typeof x === 'object') stack.push(...(Array.isArray(x) ? x : Object.values(x)));
  }
  return n;
}

describe('bacaTeks: berkas dibaca sebagai teks UTF-8, atau ditolak dengan letaknya', () => {
  it('BOM di awal berkas diterima diam-diam dan tidak mengganggu frontmatter', () => {
    const r = bacaTeks(bytes([0xef, 0xbb, 0xbf], '---\nid: a\n---\n'));
    expect(r.masalah).toBeNull();
    expect(r.teks).toBe('---\nid: a\n---\n');
    expect(parseFrontmatter(r.teks!).errors).toEqual([]);
    // A BOM left in the text by another reader is tolerated by the parser as well.
    expect(parseFrontmatter('\uFEFF---\nid: a\n---\n').data).toEqual({ id: 'a' });
  });

  it('byte NUL dilaporkan dengan baris dan kolomnya', () => {
    const r = bacaTeks(bytes('---\nid: a\nju', [0], 'dul: x\n'));
    expect(r.teks).toBeNull();
    expect(r.masalah).toMatchObject({ line: 3, col: 3 });
    expect(r.masalah!.message).toMatch(/^berkas berisi byte NUL .*simpan ulang sebagai teks UTF-8/i);
  });

  it('karakter pengubah arah teks ("fdp.exe" tampil sebagai "exe.pdf") ditolak di letaknya', () => {
    const r = bacaTeks(new TextEncoder().encode('---\nid: a\n---\n[laporan\u202Eexe.fdp](https://contoh.go.id/)\n'));
    expect(r.teks).toBeNull();
    expect(r.masalah).toMatchObject({ line: 4, col: 9 });
    expect(r.masalah!.message).toMatch(/^berkas berisi karakter pengubah arah teks \(U\+202E\)/);
    expect(bacaTeks(new TextEncoder().encode('---\nid: a\n---\nTeks biasa, juga العربية.\n')).masalah).toBeNull();
  });

  it('kata Latin dengan huruf Kiril atau Yunani yang tampak sama ditolak; huruf Yunani sebagai lambang tetap boleh', () => {
    expect(karakterTerlarang('Dinas Kesehat\u0430n')).toMatch(/^memuat kata "Kesehatаn" yang mencampur huruf Latin dengan huruf Kiril "а" \(U\+0430\), yang tampak sama dengan "a"/);
    expect(karakterTerlarang('\u039Fpen data')).toMatch(/huruf Yunani "Ο" \(U\+039F\)/);
    for (const boleh of ['200 μg asam folat', 'β-karoten', 'Cronbach α = 0,8', 'huruf Kiril "а" tampak sama dengan "a"', 'Москва', 'Dinas Kesehatan']) expect(karakterTerlarang(boleh), boleh).toBeUndefined();
  });

  it('UTF-8 yang tidak sah dilaporkan pada byte pertama yang salah, kolom dihitung dalam karakter', () => {
    // "judul: café" saved as Windows-1252: é is the lone byte 0xE9.
    const latin1 = bacaTeks(bytes('---\njudul: caf', [0xe9], '\n---\n'));
    expect(latin1.masalah).toMatchObject({ line: 2, col: 11 });
    expect(latin1.masalah!.message).toContain('0xE9');
    expect(latin1.masalah!.message).toMatch(/^berkas bukan teks UTF-8 yang sah/);
    // Valid multi-byte letters before the bad byte count as one column each.
    expect(bacaTeks(bytes('ab\nçé', [0xff])).masalah).toMatchObject({ line: 2, col: 3 });
    // Overlong, surrogate, beyond U+10FFFF, and a sequence cut off by the end of the file.
    expect(bacaTeks(bytes('x', [0xc0, 0xaf])).masalah).toMatchObject({ line: 1, col: 2 });
    expect(bacaTeks(bytes('xy', [0xed, 0xa0, 0x80])).masalah).toMatchObject({ line: 1, col: 3 });
    expect(bacaTeks(bytes([0xf4, 0x90, 0x80, 0x80])).masalah).toMatchObject({ line: 1, col: 1 });
    expect(bacaTeks(bytes('a\n\nb€', [0xe2, 0x82])).masalah).toMatchObject({ line: 3, col: 3 });
  });

  it('letak byte yang salah sama dengan tempat dekoder WHATWG menaruh U+FFFD pertama (acak, berbenih)', () => {
    const rng = new Rng('utf8-letak');
    const lossy = new TextDecoder('utf-8', { ignoreBOM: true });
    let diuji = 0;
    for (let i = 0; i < 3000; i++) {
      const b = Uint8Array.from({ length: rng.int(1, 24) }, () => (rng.chance(0.3) ? rng.int(0x80, 0xff) : rng.pick([0x0a, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f])));
      // A leading BOM is dropped by design, and a U+FFFD written in the file would be ambiguous.
      const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
      if (hex.startsWith('efbbbf') || /^(..)*efbfbd/.test(hex)) continue;
      const text = lossy.decode(b);
      const r = bacaTeks(b);
      const bad = text.indexOf('\uFFFD');
      if (bad < 0) {
        expect(r.masalah, `benih utf8-letak #${i}`).toBeNull();
        continue;
      }
      const before = text.slice(0, bad);
      const line = before.split('\n').length;
      const col = bad - before.lastIndexOf('\n');
      expect(r.masalah, `benih utf8-letak #${i}: ${hex}`).toMatchObject({ line, col });
      diuji++;
    }
    expect(diuji).toBeGreaterThan(1000);
  });

  it('berkas di atas batas ukuran ditolak, dengan ukuran dan batasnya dalam KB', () => {
    const r = bacaTeks(new Uint8Array(600 * 1024).fill(0x61));
    expect(r.masalah).toMatchObject({ line: 1, col: 1 });
    expect(r.masalah!.message).toContain('600 KB');
    expect(r.masalah!.message).toContain(`${BATAS.ukuranBerkasByte / 1024} KB`);
    expect(r.masalah!.message).toMatch(/pecah/i);
    expect(bacaTeks(new Uint8Array(BATAS.ukuranBerkasByte).fill(0x61)).masalah).toBeNull();
  });

  it('entri terbesar di content/ jauh di bawah batas ukuran', () => {
    const terbesar = readFileSync(join(ROOT, 'content/panduan/panduan-penulis.mdx')).length;
    expect(terbesar * 4).toBeLessThan(BATAS.ukuranBerkasByte);
  });
});

describe('frontmatter hanya berisi data: tag YAML ditolak dengan nama dan letaknya', () => {
  it.each([
    ['!!js/function', 'judul: !!js/function "function () { return 1 }"', 1 + 1, 8],
    ['!!python/object:os.system', 'id: a\njudul: !!python/object:os.system [ls]', 2 + 1, 8],
    ['!rahasia', 'judul: x\nalias:\n  - !rahasia a', 3 + 1, 5],
    ['!!binary', 'judul: !!binary aGFsbw==', 2, 8],
    ['!!set', 'judul: !!set\n  ? a', 2, 8],
    ['!!omap', 'judul: !!omap\n  - a: 1', 2, 8],
    ['!!timestamp', 'tanggal_status: !!timestamp 2025-01-01', 2, 17],
    ['!<tag:contoh.invalid,2026:x>', 'kata_kunci: [a, !<tag:contoh.invalid,2026:x> b]', 2, 17],
  ])('%s', (tag, yaml, line, col) => {
    const r = fm(yaml);
    expect(r.data).toEqual({});
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line, col });
    expect(r.errors[0]!.message).toContain(`tag ${tag} tidak diizinkan`);
  });

  it('tag bernama lewat %TAG ditunjuk di awal tulisannya', () => {
    const r = parseFrontmatter('%TAG !e! tag:contoh.invalid,2026:\n---\njudul: !e!y 1\n', true);
    expect(r.errors).toEqual([expect.objectContaining({ line: 3, col: 8 })]);
    expect(r.errors[0]!.message).toContain('tag !<tag:contoh.invalid,2026:y> tidak diizinkan');
  });

  it('setiap tag asing dilaporkan, bukan hanya yang pertama', () => {
    expect(fm('a: !x 1\nb: !y 2').errors.map((e) => [e.line, e.message.match(/tag (\S+)/)![1]])).toEqual([
      [2, '!x'],
      [3, '!y'],
    ]);
  });

  it('tag inti YAML (!!str, !!int, …) hanya menegaskan jenis, jadi tetap diterima', () => {
    expect(fm('kode: !!str 32\njumlah: !!int "5"\ndaftar: !!seq [a]').data).toEqual({ kode: '32', jumlah: 5, daftar: ['a'] });
  });

  it('tanggal tetap teks yang ditulis penulis, tidak berubah menjadi Date yang bergeser', () => {
    expect(fm('tanggal_status: 2025-02-30\ndiakses: 2024-02-29').data).toEqual({ tanggal_status: '2025-02-30', diakses: '2024-02-29' });
  });
});

describe('alias YAML: dihitung tanpa diuraikan, ditolak di atas batas', () => {
  /** The classic "billion laughs": each level holds `n` aliases of the one before. */
  function bomAlias(levels: number, n: number): string {
    const lines = ['judul: x', 'l0: &l0 [ha]'];
    for (let i = 1; i <= levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: n }, () => `*l${i - 1}`).join(', ')}]`);
    return lines.join('\n');
  }

  it('bom alias 9 tingkat × 9 alias ditolak tanpa membuat data bermiliar teks', () => {
    const r = urai(bomAlias(9, 9));
    expect(r.data).toEqual({});
    expect(jumlahNilai(r.data)).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toMatch(/^YAML tidak sah: alias dipakai lebih dari 100 kali/);
    // Line 1 is the fence. Level 1 uses 9 aliases, level 2 uses 9 × (1 + 9) = 90: the first alias
    // of level 3 (line 6) crosses the limit.
    expect(r.errors[0]!.line).toBe(6);
    expect(r.errors[0]!.col).toBeGreaterThan(1);
    // The whole-file form (penulis/*.yaml) takes the same path.
    expect(urai(bomAlias(9, 9), true).errors[0]!.line).toBe(5);
  });

  it('bom lewat kunci gabungan << juga ditolak', () => {
    const lines = ['a0: &a0 {x: 1}'];
    for (let i = 1; i <= 12; i++) lines.push(`a${i}: &a${i} {${Array.from({ length: 4 }, (_, k) => `k${k}: {<<: *a${i - 1}}`).join(', ')}}`);
    const r = urai(lines.join('\n'), true);
    expect(r.data).toEqual({});
    expect(r.errors[0]!.message).toMatch(/alias dipakai lebih dari/);
  });

  it('jangkar besar yang dipakai berulang kali ditolak karena jumlah nilainya', () => {
    const besar = `[${Array.from({ length: 400 }, (_, i) => `v${i}`).join(', ')}]`;
    const r = urai(`a: &a ${besar}\n${Array.from({ length: 20 }, (_, i) => `b${i}: *a`).join('\n')}`, true);
    expect(r.data).toEqual({});
    expect(r.errors[0]!.message).toMatch(/lebih dari 5\.000 nilai setelah alias \*a diuraikan; /);
  });

  it('alias yang merujuk ke jangkarnya sendiri ditolak, bukan menjadi data melingkar', () => {
    const r = urai('judul: x\nsiklus: &s [a, *s]');
    expect(r.data).toEqual({});
    expect(r.errors[0]).toMatchObject({ line: 3, col: 16 });
    expect(r.errors[0]!.message).toContain('alias *s dipakai di dalam jangkar &s sendiri');
  });

  it('alias yang membuat data terlalu dalam ditolak', () => {
    const lines = ['d0: &d0 [[[[x]]]]'];
    for (let i = 1; i <= 8; i++) lines.push(`d${i}: &d${i} [[[[*d${i - 1}]]]]`);
    const r = urai(lines.join('\n'), true);
    expect(r.data).toEqual({});
    expect(r.errors[0]!.message).toMatch(/bersarang lebih dari 20 tingkat setelah alias \*d\d diuraikan; /);
  });

  it('alias biasa dan kunci gabungan << tetap dapat dipakai di bawah batas', () => {
    const r = fm('dasar: &d {nama: Tim, peran: penulis}\nsatu: {<<: *d, peran: penyunting}\ndua: *d\nkode: &k "32"\nkabkota: *k');
    expect(r.errors).toEqual([]);
    expect(r.data).toEqual({
      dasar: { nama: 'Tim', peran: 'penulis' },
      satu: { nama: 'Tim', peran: 'penyunting' },
      dua: { nama: 'Tim', peran: 'penulis' },
      kode: '32',
      kabkota: '32',
    });
  });
});

describe('kedalaman dan jumlah nilai dibatasi', () => {
  it('data bersarang lebih dari batas ditolak dengan letaknya', () => {
    const blok = Array.from({ length: 25 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x';
    const r = urai(blok);
    expect(r.data).toEqual({});
    expect(r.errors).toEqual([{ line: 21, col: 39, message: 'YAML tidak sah: data bersarang lebih dari 20 tingkat; sederhanakan strukturnya' }]);
    expect(urai(`a: ${'['.repeat(30)}`).errors[0]).toMatchObject({ line: 2, col: 23 });
  });

  it('sarang ratusan ribu kurung tidak menghabiskan stack', () => {
    for (const teks of ['['.repeat(200_000), `a: ${'{'.repeat(200_000)}`, `${'- '.repeat(200_000)}x`]) {
      const r = urai(teks, true);
      expect(r.errors[0]!.message).toMatch(/bersarang lebih dari 20 tingkat/);
    }
  });

  it('frontmatter dengan terlalu banyak nilai ditolak, tanpa membaca sampai habis', () => {
    const r = urai(Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n'), true);
    // The 5,001st value (root, then a key and a value per line) is the value on line 2,500.
    expect(r.errors).toEqual([{ line: 2500, col: 8, message: 'YAML tidak sah: frontmatter berisi lebih dari 5.000 nilai; pindahkan data sebanyak itu ke berkas lain' }]);
  });

  it('galat sintaks di awal berkas dengan puluhan ribu kunci tetap dijelaskan', () => {
    // The position-aware parser's duplicate-key check is quadratic; it must not run here.
    const keys = Array.from({ length: 60_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const r = urai(`a: "x" y\n${keys}`, true);
    expect(r.errors[0]).toMatchObject({ line: 1 });
    expect(r.errors[0]!.message).toMatch(/^YAML tidak sah: /);
    const ganda = urai(`${keys.slice(0, 2000)}\nk3: lagi`, true);
    expect(ganda.errors).toEqual([{ line: ganda.errors[0]!.line, col: 1, message: 'YAML tidak sah: kunci yang sama ditulis dua kali ("k3")' }]);
  });
});

describe('berkas yang penuh galat tetap dilaporkan dengan ringkas', () => {
  it.each([
    // One unclosed quote per line: explaining each error used to reread the whole text (quadratic).
    ['kutip terbuka di setiap baris', 'a: "x\n'.repeat(40_000)],
    // 150,000 errors, once passed to push(...) as arguments, exhausted the stack.
    ['galat di setiap baris', '- a\nb: 1\n'.repeat(30_000)],
    ['tag asing di setiap baris', 'a: !x 1\n'.repeat(20_000)],
    ['jangkar bertumpuk', `${'&a '.repeat(100_000)}x`],
  ])('%s', (_, yaml) => {
    const r = urai(yaml, true);
    expect(r.errors).toHaveLength(11);
    expect(r.errors[10]!.message).toMatch(/^YAML tidak sah: [\d.]+ galat YAML lain tidak ditampilkan; perbaiki galat di atas dahulu/);
  });

  it('nama tag dan alias yang sangat panjang dipotong di pesan', () => {
    for (const yaml of [`a: !${'x'.repeat(400_000)} 1`, `a: *${'x'.repeat(400_000)}`]) {
      const r = urai(yaml, true);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.message.length).toBeLessThan(400);
    }
  });
});

describe('tanggal(): hanya hari yang ada di kalender', () => {
  const skema = denganPesan(z.object({ t: tanggal() }));
  const pesan = (v: unknown) => {
    const r = skema.safeParse({ t: v });
    return r.success ? null : r.error.issues.map((i) => i.message);
  };

  it.each([
    ['2025-02-30', 'bulan 02 tahun 2025 hanya sampai tanggal 28'],
    ['2023-02-29', 'bulan 02 tahun 2023 hanya sampai tanggal 28 (bukan tahun kabisat)'],
    ['1900-02-29', 'bulan 02 tahun 1900 hanya sampai tanggal 28 (bukan tahun kabisat)'],
    ['2025-04-31', 'bulan 04 tahun 2025 hanya sampai tanggal 30'],
    ['2025-13-01', 'bulan harus 01 sampai 12'],
    ['2025-00-10', 'bulan harus 01 sampai 12'],
    ['2025-01-00', 'hari harus mulai dari 01'],
  ])('%s ditolak dan disebut namanya', (v, alasan) => {
    expect(pesan(v)).toEqual([`tanggal ${v} tidak ada di kalender: ${alasan}`]);
  });

  it.each(['2024-02-29', '2000-02-29', '2026-12-31', '2025-01-01'])('%s diterima sebagai teks YYYY-MM-DD', (v) => {
    expect(skema.parse({ t: v })).toEqual({ t: v });
  });

  it('format yang salah tetap dijelaskan sebagai format, bukan sebagai kalender', () => {
    expect(pesan('28-11-2026')).toEqual(['teks "28-11-2026" bukan tanggal yang sah; gunakan format TTTT-BB-HH, mis. 2026-11-28']);
    expect(pesan(2025)).toEqual(['nilai tidak sah: ditemukan angka 2025']);
  });

  it('lewat skema praktik yang sesungguhnya: pesan dan letaknya sampai ke penulis', () => {
    const asli = readFileSync(join(FIXTURE, 'praktik/layanan-contoh.mdx'), 'utf8');
    const sumber = asli.replace(/tanggal_status: \S+/, 'tanggal_status: 2025-02-30');
    expect(sumber).not.toBe(asli);
    const r = parseFrontmatter(sumber);
    expect(r.errors).toEqual([]);
    const hasil = praktikSchema.safeParse(r.data);
    expect(hasil.success).toBe(false);
    const issues = hasil.error!.issues;
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['tanggal_status', 'tanggal 2025-02-30 tidak ada di kalender: bulan 02 tahun 2025 hanya sampai tanggal 28'],
    ]);
    const baris = sumber.split('\n').findIndex((l) => l.startsWith('tanggal_status:')) + 1;
    expect(r.locate(issues[0]!.path)).toEqual({ line: baris, col: 17 });
  });
});

describe('tidak pernah melempar, apa pun isinya (mutasi acak berbenih dari entri nyata)', () => {
  const asli = readFileSync(join(ROOT, 'content/praktik/simpati-sumedang.mdx'));
  /** End of the frontmatter: most mutations land before it, where the parser is. */
  const akhirFm = asli.indexOf('\n---\n', 3);
  const TOKEN = ['&a ', '*a', '&b ', '*b', '!!', '!x ', '<<: ', '<<: *a', '[', ']', '{', '}', '"', "'", '\t', '\0', '\uFEFF', ': ', '- ', '\n', '\r\n', '---\n', '? ', '#', '|', '>', '\\', '%YAML 1.1\n', '\u2028', '\uFFFF', 'é', '😀'].map((t) => enc.encode(t));
  /** Whole lines an attacker or a confused author might add. */
  const BARIS = [
    'x: &a [1, 2, 3]',
    'y: *a',
    'z: {<<: *a}',
    'w: [*a, *a, *a, *a]',
    'b: &b {p: *a, q: [*a, *a]}',
    'c: [*b, *b, *b, *b]',
    's: &s [*s]',
    't: !!binary aGFsbw==',
    'u: !lokal 1',
    'v: !!js/function "function () {}"',
    `d: ${'['.repeat(30)}x${']'.repeat(30)}`,
    'tanggal_status: 2025-02-30',
    '? [a, b]\n: c',
    'k:\n  - &c x\n  - *c',
    '<<: {judul: lain}',
  ].map((t) => enc.encode(`${t}\n`));

  function mutasi(rng: Rng, asal: Uint8Array): Uint8Array {
    let out = Buffer.from(asal);
    const sisip = (at: number, x: Uint8Array) => (out = Buffer.concat([out.subarray(0, at), x, out.subarray(at)]));
    for (let k = rng.int(1, 4); k > 0; k--) {
      const at = rng.chance(0.85) ? rng.int(0, Math.min(out.length, akhirFm + 5)) : rng.int(0, out.length);
      switch (rng.int(0, 6)) {
        case 0:
          if (at < out.length) out[at] = rng.chance(0.7) ? rng.int(0x20, 0x7e) : rng.int(0, 255);
          break;
        case 1:
          sisip(at, rng.pick(TOKEN));
          break;
        case 2:
          out = Buffer.concat([out.subarray(0, at), out.subarray(at + rng.int(1, 40))]);
          break;
        case 3: {
          const from = rng.int(0, akhirFm);
          sisip(at, Buffer.from(out.subarray(from, from + rng.int(1, 200))));
          break;
        }
        case 4:
          sisip(at, Buffer.concat(Array.from({ length: rng.int(1, 30) }, () => rng.pick(TOKEN))));
          break;
        case 5:
          // At the start of a frontmatter line, so the line is read as YAML rather than inside a value.
          sisip(Math.max(out.lastIndexOf(0x0a, Math.min(at, akhirFm)) + 1, 4), rng.pick(BARIS));
          break;
        default:
          if (rng.chance(0.2)) out = out.subarray(0, at);
      }
    }
    return out;
  }

  it('bacaTeks + parseFrontmatter + skema praktik pada 3.000 mutasi', () => {
    const rng = new Rng('frontmatter-robust');
    let ditolak = 0;
    for (let i = 0; i < 3000; i++) {
      const b = mutasi(rng, asli);
      const label = `mutasi #${i} (benih "frontmatter-robust")`;
      expect(() => {
        const dibaca = bacaTeks(b);
        if (dibaca.masalah) {
          expect(dibaca.masalah.line, label).toBeGreaterThanOrEqual(1);
          expect(dibaca.masalah.col, label).toBeGreaterThanOrEqual(1);
          return;
        }
        // As an entry, and its frontmatter alone as a whole YAML file (the penulis/*.yaml path).
        const yaml = dibaca.teks.slice(4).split('\n---')[0]!;
        for (const [teks, whole] of [[dibaca.teks, false], [yaml, true]] as const) {
          const r = parseFrontmatter(teks, whole);
          for (const e of r.errors) {
            expect(Number.isInteger(e.line) && e.line >= 1 && Number.isInteger(e.col) && e.col >= 1, `${label}: ${JSON.stringify(e)}`).toBe(true);
            expect(e.message, label).not.toMatch(/^[A-Z][a-z]+ [a-z]+/);
            // The catch-all in parseFrontmatter is for bugs; the mutations must not find one.
            expect(e.message, label).not.toMatch(/^frontmatter tidak dapat dibaca/);
          }
          if (r.errors.length) ditolak++;
          // The data must be finite and acyclic, as every later step assumes.
          expect(jumlahNilai(r.data), label).toBeLessThan(BATAS.nilaiYaml * 2);
          JSON.stringify(r.data);
          const hasil = praktikSchema.safeParse(r.data);
          for (const issue of hasil.error?.issues ?? []) {
            expect(issue.message, label).not.toMatch(/^[A-Z][a-z]+ [a-z]+/);
            const p = r.locate(issue.path, issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
            expect(p.line, label).toBeGreaterThanOrEqual(1);
          }
        }
      }, label).not.toThrow();
    }
    // The mutations must reach the error paths, or the test proves little.
    expect(ditolak).toBeGreaterThan(500);
  });
});
