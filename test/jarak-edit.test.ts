import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, nearest } from '../src/schema/jarak-edit.ts';

describe('jarak edit dan saran terdekat (src/schema/jarak-edit.ts)', () => {
  it('menghitung sepasang huruf yang tertukar sebagai satu salah ketik', () => {
    expect(editDistance('ktp', 'tkp')).toBe(1);
    expect(editDistance('stunting', 'stnutnig')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kabupaten', 'kabupaten')).toBe(0);
  });

  it('menyarankan nilai kosakata dan kunci yang diizinkan (pesan skema)', () => {
    expect(nearest('kemiskinan', ['pengentasan-kemiskinan', 'peningkatan-investasi'])).toBe('pengentasan-kemiskinan');
    expect(nearest('tema', ['tema_rb', 'judul'])).toBe('tema_rb');
    expect(nearest('Jurnl', ['regulasi', 'jurnal'])).toBe('jurnal');
    expect(nearest('xyz', ['pengentasan-kemiskinan'])).toBeUndefined();
    expect(nearest('  ', ['a'])).toBeUndefined();
  });

  it('menyarankan jangkar yang ada di halaman (gerbang tautan), dari himpunan', () => {
    const ids = new Set(['ringkasan', 'langkah-replikasi', 'sumber-daya-dan-biaya']);
    expect(nearest('langkah-replikas', ids)).toBe('langkah-replikasi');
    expect(nearest('sumber-daya-dan-bayia', ids)).toBe('sumber-daya-dan-biaya');
    expect(nearest('kontak', ids)).toBeUndefined();
  });
});

describe('saran terdekat pada teks yang sangat panjang', () => {
  /** The rule as written before candidates were skipped: every candidate's full table. */
  function nearestPenuh(found: string, allowed: readonly string[]): string | undefined {
    const f = found.toLowerCase().trim();
    if (!f) return undefined;
    let best: string | undefined;
    let bestScore = Infinity;
    for (const candidate of allowed) {
      const c = candidate.toLowerCase();
      const dist = editDistance(f, c);
      const score = c.includes(f) || f.includes(c) ? Math.min(dist, 1.5) : dist;
      if (score < bestScore) {
        bestScore = score;
        best = candidate;
      }
    }
    return bestScore <= Math.max(2, Math.floor(f.length / 3)) ? best : undefined;
  }

  it('menjawab nilai 480 KB dalam sekejap (sebelumnya 3,7 detik per kolom), tanpa saran yang keliru', () => {
    const vocab = ['percepatan-prioritas-presiden', 'pengentasan-kemiskinan', 'peningkatan-investasi', 'digitalisasi-administrasi-pemerintahan'];
    // The default test time limit bounds a hang: each call took 3.7 s before.
    expect(nearest('q'.repeat(480_000), vocab)).toBeUndefined();
    // A value that contains an allowed one is still answered with it, as before.
    expect(nearest(`${'q'.repeat(480_000)}pengentasan-kemiskinan`, vocab)).toBe('pengentasan-kemiskinan');
  });

  it('memberi saran yang sama dengan perhitungan penuh', () => {
    const kosakata = ['id', 'judul', 'ringkasan', 'ringkasan_en', 'tema_rb', 'kata_kunci', 'pengentasan-kemiskinan', 'ktp', 'jurnal', ''];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...kosakata).chain((k) => fc.string({ maxLength: 4 }).map((x) => k.slice(0, 3) + x + k.slice(3)))), fc.shuffledSubarray(kosakata), (found, allowed) => {
        expect(nearest(found, allowed)).toBe(nearestPenuh(found, allowed));
      }),
      { numRuns: 3000 },
    );
  });
});
