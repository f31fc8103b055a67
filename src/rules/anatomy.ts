import { namaTakTerlihat, tanpaTakTerlihat } from './tak-terlihat.ts';

/**
 * The anatomy of an entry: its required and optional H2 sections, in order (brief §7.2).
 * One list per entry type; the build, the checker, the scaffold and the authors' guide all read it.
 */
export interface Bagian {
  /** The H2 heading exactly as authors write it. */
  judul: string;
  wajib: boolean;
  /** What the section must contain; shown as guidance in the scaffold. */
  isi: string;
  /** Required H3 subsections, in order. */
  sub?: readonly string[];
  /** Most words the section may hold. */
  maksKata?: number;
}

/** The body's summary section; the frontmatter's card summary has its own, shorter limit (src/schema/entri.ts). */
const BAGIAN_RINGKASAN_MAKS_KATA = 200;
const RINGKASAN: Bagian = { judul: 'Ringkasan', wajib: true, maksKata: BAGIAN_RINGKASAN_MAKS_KATA, isi: `Paling banyak ${BAGIAN_RINGKASAN_MAKS_KATA} kata: apa inovasinya, untuk siapa, hasilnya, dan mengapa dapat direplikasi.` };

const INTI: readonly Bagian[] = [
  { judul: 'Tujuan dan Sasaran', wajib: true, isi: 'Tujuan yang terukur, kelompok sasaran, dan kaitannya dengan RB Tematik serta target nasional.' },
  { judul: 'Kebaruan dan Nilai Tambah', wajib: true, isi: 'Apa yang berubah dibanding cara lama, dan apa yang baru untuk konteksnya.' },
  { judul: 'Rancang Bangun dan Cara Kerja', wajib: true, isi: 'Alur layanan sebelum dan sesudah, komponen, digital atau non-digital, kesesuaian dengan SPBE.' },
  { judul: 'Aktor, Peran, dan Tata Kelola', wajib: true, isi: 'Instansi asal, OPD, mitra, matriks peran, forum koordinasi, pengambil keputusan.' },
  { judul: 'Dasar Hukum dan Regulasi Pendukung', wajib: true, isi: 'Aturan nasional, instrumen daerah yang dipakai, dan instrumen yang harus diterbitkan replikator.' },
  { judul: 'Sumber Daya dan Biaya', wajib: true, isi: 'SDM, anggaran dan sumbernya, sarana, data dan TI; dasar penilaian biaya pada kartu kesiapan.' },
  { judul: 'Tahapan Implementasi', wajib: true, isi: 'Persiapan, uji coba, penerapan, pelembagaan: kegiatan, keluaran, penanggung jawab, lama, daftar periksa.' },
  { judul: 'Indikator dan Pengukuran', wajib: true, isi: 'Tabel indikator: definisi, baseline, target, sumber data, frekuensi, penanggung jawab.' },
  { judul: 'Hasil dan Dampak', wajib: true, isi: 'Data sebelum–sesudah dengan sumber; evaluasi internal atau eksternal; alasan tingkat kekuatan bukti.' },
  { judul: 'Risiko, Tantangan, dan Mitigasi', wajib: true, isi: 'Risiko, kemungkinan, dampak, mitigasi; kegagalan yang diketahui.' },
  { judul: 'Faktor Kunci Keberhasilan', wajib: false, isi: 'Syarat keberhasilan dan inti yang tidak boleh diubah.' },
  { judul: 'Keberlanjutan dan Pelembagaan', wajib: true, isi: 'Kesinambungan anggaran, regulasi, SOP, pergantian pegawai; status terkini dan tanggal pemeriksaannya.' },
];

const PANDUAN_REPLIKASI: Bagian = {
  judul: 'Panduan Replikasi',
  wajib: true,
  isi: 'Kesiapan, inti dan bagian yang dapat diadaptasi, model replikasi (mandiri atau dengan fasilitator), langkah, perkiraan waktu dan biaya, kesepakatan dengan instansi asal.',
  sub: ['Inti dan Adaptasi', 'Langkah Replikasi'],
};

const PENUTUP: readonly Bagian[] = [
  { judul: 'Rekam Jejak Replikasi', wajib: false, isi: 'Tabel instansi replikator: tahun, status, hasil, sumber.' },
  { judul: 'Pembelajaran', wajib: false, isi: 'Pelajaran singkat untuk replikator berikutnya.' },
  { judul: 'Kontak, Lampiran, dan Rujukan', wajib: false, isi: 'Kontak kelembagaan, lampiran, dan catatan tentang sumber (daftar sumber ditampilkan otomatis dari frontmatter).' },
];

/** Titles of the sections with a word limit: only their words are counted (src/rules/body.ts), the rest of a body is not read for it. */
export const JUDUL_BERBATAS_KATA: ReadonlySet<string> = new Set([RINGKASAN.judul]);

export const ANATOMI = {
  praktik: [
    RINGKASAN,
    { judul: 'Latar Belakang dan Masalah', wajib: true, isi: 'Kondisi awal yang terukur dengan sumber dan tahun, akar masalah, urgensi 1–3 tahun.' },
    ...INTI,
    PANDUAN_REPLIKASI,
    ...PENUTUP,
  ],
  model: [
    RINGKASAN,
    { judul: 'Latar Belakang dan Masalah', wajib: true, isi: 'Masalah tematik nasional dan daerah, dengan data, sumber dan tahun.' },
    { judul: 'Peta Praktik', wajib: true, isi: 'Tabel praktik yang disintesis: wilayah, jenis intervensi, apa yang diambil dari masing-masing.' },
    ...INTI,
    PANDUAN_REPLIKASI,
    { judul: 'Jalur Adopsi', wajib: true, isi: 'Praktik mana yang cocok untuk konteks mana (perkotaan atau 3T, kesiapan digital, anggaran).' },
    ...PENUTUP,
  ],
  panduan: [
    { judul: 'Ringkasan', wajib: true, isi: 'Apa yang dipelajari pembaca dari panduan ini.' },
    { judul: 'Rujukan', wajib: false, isi: 'Sumber yang dipakai panduan ini.' },
  ],
  'panduan-en': [
    { judul: 'Summary', wajib: true, isi: 'What the reader learns from this guide.' },
    { judul: 'References', wajib: false, isi: 'Sources this guide draws on.' },
  ],
} as const satisfies Record<string, readonly Bagian[]>;

export type JenisAnatomi = keyof typeof ANATOMI;

/** Guides may add their own sections between the first and the last; entries may not. */
const BAGIAN_BEBAS: Record<JenisAnatomi, boolean> = { praktik: false, model: false, panduan: true, 'panduan-en': true };

export interface Heading {
  depth: number;
  text: string;
  line: number;
  col: number;
  /** Whether any content follows before the next heading of the same or higher level. */
  kosong: boolean;
  /** For a level-2 heading, the words of its section up to the next one (sub-headings' words included, citation keys not). */
  kata?: number;
  /**
   * Written as a heading but not read as one (`##Ringkasan`, ./judul-baris.ts), which reports it on
   * its line: it stands for its section here, so the section is not also reported missing.
   */
  rusak?: boolean;
}

export interface AnatomyProblem {
  line: number;
  col: number;
  message: string;
  /** Empty sections are placeholders: a warning in a draft, an error otherwise. */
  placeholder?: boolean;
}

/** Check the headings of one entry against its anatomy. Pure: headings in, problems out. */
export function checkAnatomy(jenis: JenisAnatomi, headings: readonly Heading[], endLine: number): AnatomyProblem[] {
  const spec: readonly Bagian[] = ANATOMI[jenis];
  const titles = spec.map((b) => b.judul);
  const problems: AnatomyProblem[] = [];
  const seen = new Map<string, Heading>();
  let lastIndex = -1;
  let lastTitle = '';
  let prevDepth = 1;
  let currentH2: string | undefined;
  const subsSeen = new Map<string, Heading[]>();

  for (const ditulis of headings) {
    // A title with a no-break space or a zero-width character looks right and matches nothing:
    // name the character once, then judge the title the author sees.
    const tak = namaTakTerlihat(ditulis.text);
    const h = tak.length ? { ...ditulis, text: tanpaTakTerlihat(ditulis.text).trim() } : ditulis;
    if (tak.length && !h.rusak) {
      problems.push({ ...pos(h), message: `judul "${h.text}" memuat ${tak.join(' dan ')}, biasanya tersalin dari Word atau halaman web; hapus lalu ketik ulang judulnya: "${'#'.repeat(h.depth)} ${h.text}"` });
    }
    if (h.depth === 1) {
      problems.push({ ...pos(h), message: `judul tingkat 1 ("# ${h.text}") tidak boleh dipakai: judul halaman diambil dari frontmatter. Gunakan "## " untuk bagian` });
      continue;
    }
    if (h.depth > prevDepth + 1) {
      problems.push({ ...pos(h), message: `tingkat judul melompat dari ${'#'.repeat(prevDepth)} ke ${'#'.repeat(h.depth)} ("${h.text}"); gunakan ${'#'.repeat(prevDepth + 1)}` });
    }
    prevDepth = h.depth;
    if (h.depth === 3 && currentH2) subsSeen.get(currentH2)?.push(h);
    if (h.depth >= 3 && h.kosong) problems.push({ ...pos(h), message: `sub-bagian "${h.text}" masih kosong; isi atau hapus judulnya`, placeholder: true });
    if (h.depth !== 2) continue;
    if (h.kosong) problems.push({ ...pos(h), message: `bagian "${h.text}" masih kosong`, placeholder: true });
    const index = titles.indexOf(h.text);
    if (index === -1) {
      currentH2 = undefined;
      if (h.rusak) continue;
      const ci = titles.findIndex((t) => t.toLowerCase() === h.text.toLowerCase());
      if (ci !== -1) {
        problems.push({ ...pos(h), message: `judul bagian "${h.text}" harus ditulis persis "${titles[ci]}"` });
      } else if (!BAGIAN_BEBAS[jenis]) {
        const guess = nearestTitle(h.text, titles);
        problems.push({
          ...pos(h),
          message: `bagian "${h.text}" tidak dikenal dalam anatomi ${jenis}${guess ? `; mungkin maksud Anda "${guess}"?` : '.'} Bagian yang diizinkan: ${titles.join(', ')}. Gunakan "###" untuk sub-bagian`,
        });
      }
      continue;
    }
    const maks = spec[index]!.maksKata;
    if (maks !== undefined && (h.kata ?? 0) > maks) {
      problems.push({ ...pos(h), message: `bagian "${h.text}" berisi ${h.kata} kata, paling banyak ${maks}; sisakan apa inovasinya, untuk siapa, hasilnya, dan mengapa dapat direplikasi, lalu pindahkan rinciannya ke bagian lain`, placeholder: true });
    }
    currentH2 = h.text;
    subsSeen.set(h.text, []);
    if (seen.has(h.text)) {
      problems.push({ ...pos(h), message: `bagian "${h.text}" ditulis dua kali (pertama di baris ${seen.get(h.text)!.line})` });
      continue;
    }
    seen.set(h.text, h);
    if (index < lastIndex) {
      problems.push({ ...pos(h), message: `urutan bagian salah: "${h.text}" harus sebelum "${lastTitle}"` });
    } else {
      lastIndex = index;
      lastTitle = h.text;
    }
  }

  for (let i = 0; i < spec.length; i++) {
    const b = spec[i]!;
    const h = seen.get(b.judul);
    if (!h) {
      if (!b.wajib) continue;
      const next = spec.slice(i + 1).map((n) => seen.get(n.judul)).find(Boolean);
      problems.push({
        ...(next ? pos(next) : { line: endLine, col: 1 }),
        message: `bagian wajib "## ${b.judul}" tidak ada${next ? `; tulis sebelum "${next.text}"` : ' ; tambahkan di akhir'}. Isinya: ${b.isi}`,
      });
      continue;
    }
    const subs = subsSeen.get(b.judul) ?? [];
    let subIndex = -1;
    let sebelumnya = '';
    for (const want of b.sub ?? []) {
      const at = subs.findIndex((s) => s.text === want);
      if (at === -1) problems.push({ ...pos(h), message: `sub-bagian wajib "### ${want}" tidak ada di bawah "${b.judul}"` });
      else if (at < subIndex) problems.push({ ...pos(subs[at]!), message: `urutan sub-bagian salah di "${b.judul}": "### ${sebelumnya}" harus sebelum "### ${want}"; pindahkan "### ${want}" beserta isinya ke bawah "### ${sebelumnya}"` });
      else {
        subIndex = at;
        sebelumnya = want;
      }
    }
  }
  return problems;
}

function pos(h: Heading) {
  return { line: h.line, col: h.col };
}

function nearestTitle(text: string, titles: readonly string[]): string | undefined {
  const words = new Set(text.toLowerCase().split(/[\s,]+/));
  let best: string | undefined;
  let bestScore = 0;
  for (const t of titles) {
    const tw = t.toLowerCase().split(/[\s,]+/).filter((w) => w !== 'dan');
    const score = tw.filter((w) => words.has(w)).length / tw.length;
    if (score > bestScore) {
      bestScore = score;
      best = t;
    }
  }
  return bestScore >= 0.5 ? best : undefined;
}
