/**
 * Indonesian-like prose for the benchmark's generated entries.
 *
 * The vocabulary is built from a few hundred real Indonesian roots run through the regular
 * affixes (meN-, di-, peN-…-an, ke-…-an, ber-, ter-, -kan, -i, -nya) with the meN-/peN- sound
 * changes, plus district names from idn-area-data. That gives several thousand distinct word
 * forms, so a search index built over the output has a realistic number of terms; words are
 * drawn with a Zipf law, so function words dominate as they do in real text.
 */
import { Rng, Zipf } from './prng.ts';

/** The most frequent words, in rough frequency order. */
const FUNGSI = `yang dan di untuk dengan dari ini pada dalam itu tidak ke oleh sebagai akan juga atau
karena sehingga agar bahwa telah sudah dapat harus perlu lebih setiap semua seluruh beberapa
antara melalui terhadap tentang sejak hingga sampai selama setelah sebelum ketika saat jika bila maka
namun tetapi serta yaitu adalah merupakan menjadi memiliki ada para sendiri tersebut per tiap
sekitar hanya pun lagi kembali baru masih belum bisa paling sama lain mereka kami kita secara
banyak sedikit cukup sangat hampir kurang lebih tanpa bagi atas bawah luar kepada daripada
bersama apabila walaupun meskipun sedangkan lalu kemudian akhirnya terutama misalnya termasuk`
  .split(/\s+/);

/** Verb roots that take meN-/di-/peN-…-an and friends. */
const KERJA = `ambil ajar atur bangun bantu bayar beli bina buat buka cari catat cegah cetak daftar dengar
didik dorong dukung gali gerak guna hitung hubung ikut isi jamin jangkau jual kelola kembang
kenal kirim kumpul kunjung lapor latih layan libat lindung lihat nilai olah pakai pantau pasok
periksa pilih pimpin pulih rancang rekam sebar sedia serah susun tanam tangan tata terap terima
tunjuk ubah ukur uji wujud tanggung padu kaji tindak jaga rawat ajak urus minta beri tawar simpan
ganti tambah tunda capai temu rumus tanya jawab bahas sepakat kuat luas dekat bersih sehat
timbang tulis baca hapus putus tentu tetap arah alir antar angkut asuh awas balas banding bentuk
bersih biaya bimbing bobot cakup cantum cermat cocok dalam dampak dapat duduk edar gabung ganggu
gunakan hambat hemat himpun ingat jadwal jelas jemput kawal kabar kendali kerja kurang lengkap
lancar lanjut lapang lepas lestari luncur mandiri manfaat miskin mudah muat nyata olah operasi
olah pangkas percaya pesan petik pindah pusat rangkum rekomendasi rinci ringan rintis rujuk salur
satu sasar selaras selesai siap singkat sinkron sepakat tagih tahan tampil tangkap tekan tempuh
temu tera tugas tular tumbuh tunjang tutup unggah unduh usul utama waris wawancara`
  .split(/\s+/);

/** Nouns (and a few adjectives) of public administration, used as is and with -nya/ke-…-an/ber-. */
const BENDA = `warga desa kelurahan kecamatan kabupaten kota provinsi dinas badan kantor puskesmas posyandu
sekolah pasar petani nelayan pedagang kader petugas pegawai aparatur kepala bupati gubernur menteri
anggaran belanja dana aplikasi sistem data informasi dokumen surat izin sertifikat akta kartu
keluarga anak balita ibu remaja lansia disabilitas perempuan gizi stunting inflasi harga beras
cabai bawang telur daging ikan sayur buah air listrik jembatan sampah limbah hutan lahan tanah
sawah kebun ternak pupuk benih koperasi usaha modal investasi pajak retribusi pendapatan rapat
forum tim kelompok mitra swasta kampus universitas media masyarakat komunitas relawan tokoh agama
adat budaya wisata guru siswa murid bidan perawat dokter rumah klinik apotek obat vaksin imunisasi
antrean loket waktu hari minggu bulan tahun triwulan semester target indikator tujuan masalah
kendala risiko peluang tantangan solusi strategi program proyek kebijakan regulasi pedoman standar
prosedur mekanisme alur tahap langkah fase siklus model pola skema konsep gagasan inovasi
replikasi adopsi perubahan mutu kualitas akuntabilitas transparansi partisipasi kolaborasi
sinergi integritas efisiensi efektivitas dasbor peta server jaringan internet sinyal gawai ponsel
formulir berkas arsip basis platform portal situs kanal pengaduan keluhan saran umpan balik
kecepatan ketepatan kemudahan keadilan kemandirian kemitraan komoditas gudang distribusi logistik
stok cadangan produksi konsumsi permintaan penawaran neraca gapoktan umkm produk kemasan merek
sertifikasi halal mutu ekspor impor industri pabrik tenaga kerja upah pelatihan magang beasiswa
kurikulum rapor nilai ujian perpustakaan arsip statistik survei sensus sampel responden pemetaan
wilayah kawasan permukiman perumahan sanitasi drainase irigasi bendungan embung pelabuhan bandara
terminal angkutan bus kapal perahu ojek kendaraan lalu lintas parkir trotoar taman ruang terbuka
hijau emisi karbon energi surya panas bumi tambang mineral batu bara minyak gas pupuk organik
kompos bank syariah kredit pinjaman tabungan asuransi jaminan kepesertaan klaim tagihan iuran
rekening transaksi pembayaran nontunai kode batang pindai tanda tangan elektronik enkripsi
privasi keamanan serangan cadangan pemulihan bencana banjir longsor gempa kebakaran kekeringan
pengungsi posko logistik relawan sirene peringatan dini`
  .split(/\s+/);

/** meN-/peN- by the root's first letter: the nasal, and whether it replaces the letter (p→m, t→n, k→ng, s→ny) or not (b/d/c/j/g/h). */
const NASAL: readonly (readonly [RegExp, string, number])[] = [
  [/^[aiueogh]/, 'ng', 0], [/^k/, 'ng', 1], [/^p/, 'm', 1], [/^[bfv]/, 'm', 0], [/^t/, 'n', 1], [/^[dcjz]/, 'n', 0], [/^s/, 'ny', 1],
];

function nasal(prefix: 'me' | 'pe', root: string): string {
  const [, n = '', drop = 0] = NASAL.find(([re]) => re.test(root)) ?? [];
  return `${prefix}${n}${root.slice(drop)}`;
}

function verbForms(root: string): string[] {
  const me = nasal('me', root);
  return [root, me, `${me}kan`, `${me}i`, `di${root}`, `di${root}kan`, `di${root}i`, `${nasal('pe', root)}an`, `ter${root}`, `${root}an`, `${root}nya`, `ke${root}an`];
}

function nounForms(root: string): string[] {
  return [root, `${root}nya`, `ke${root}an`, root.startsWith('r') ? `be${root}` : `ber${root}`, `per${root}an`, `se${root}`];
}

export interface Lexicon {
  /** Every word form, most frequent first. */
  words: readonly string[];
  zipf: Zipf;
  /** Index of the first content word (before it: function words). */
  contentFrom: number;
  /** Index of the first proper noun (district names, at the rare end). */
  namesFrom: number;
}

/** How many district names join the vocabulary: enough for variety, few enough that prose stays prose. */
const MAX_NAMES = 1000;

/**
 * Build the ranked vocabulary. `extra` are proper nouns (district names) put at the rare end.
 * The order depends only on the inputs, never on the generation seed, so every size shares it.
 */
export function buildLexicon(extra: readonly string[] = []): Lexicon {
  const rng = new Rng('pustaka-leksikon-v1');
  const seen = new Set<string>();
  /** The words of `list` not taken by an earlier list, in order. */
  const fresh = (list: readonly string[]) => list.filter((w) => w && !seen.has(w) && seen.add(w));
  const head = fresh(FUNGSI);
  const common = fresh(rng.shuffle([...new Set([...BENDA, ...KERJA])]));
  const derived = fresh([...KERJA.flatMap((r) => verbForms(r)), ...BENDA.flatMap((r) => nounForms(r))]);
  // Capitalised, so no name is one of the words above.
  const names = rng.shuffle([...new Set(extra.flatMap((e) => e.split(/\s+/)).filter((w) => /^[A-Z][a-z'-]{2,}$/.test(w)))]).slice(0, MAX_NAMES);
  // Frequent function words, then roots, then derived forms, then proper nouns.
  const words = [...head, ...common, ...rng.shuffle(derived), ...names];
  return { words, zipf: new Zipf(words.length), contentFrom: head.length, namesFrom: words.length - names.length };
}

export class Prose {
  readonly #lex: Lexicon;
  readonly #rng: Rng;
  /** Proper nouns the entry is about (agency, region), dropped into sentences now and then. */
  readonly #names: readonly string[];

  constructor(lex: Lexicon, rng: Rng, names: readonly string[] = []) {
    this.#lex = lex;
    this.#rng = rng;
    this.#names = names;
  }

  word(): string {
    return this.#lex.words[this.#lex.zipf.rank(this.#rng)]!;
  }

  /** A common content word (no function words, no proper nouns), for names and keywords. */
  contentWord(): string {
    for (;;) {
      const r = this.#lex.zipf.rank(this.#rng);
      if (r >= this.#lex.contentFrom && r < this.#lex.namesFrom) return this.#lex.words[r]!;
    }
  }

  #number(): string {
    const r = this.#rng;
    return [
      () => `${r.int(1, 99)},${r.int(0, 9)} persen`,
      () => String(r.int(2012, 2025)),
      () => `Rp${r.int(5, 950)} juta`,
      () => `${r.int(2, 900).toLocaleString('id-ID')} ${r.pick(['keluarga', 'warga', 'desa', 'kader', 'dokumen', 'balita', 'pelaku usaha', 'sekolah'])}`,
      () => `${r.int(2, 48)} bulan`,
      () => `${r.int(3, 120)} hari`,
    ][r.int(0, 5)]!();
  }

  /** One sentence of `min`–`max` words, capitalised, with a full stop. */
  sentence(min = 8, max = 24): string {
    const r = this.#rng;
    const n = r.int(min, max);
    const out: string[] = [];
    while (out.length < n) {
      const roll = r.next();
      if (roll < 0.035) out.push(this.#number());
      else if (roll < 0.05 && this.#names.length) out.push(r.pick(this.#names));
      else out.push(this.word());
      if (out.length > 4 && out.length < n - 3 && r.chance(0.04)) out[out.length - 1] += ',';
    }
    const s = out.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  }

  paragraph(minSentences = 3, maxSentences = 6): string {
    const n = this.#rng.int(minSentences, maxSentences);
    return Array.from({ length: n }, () => this.sentence()).join(' ');
  }

  /** A short phrase (for table cells, list items): `min`–`max` words, mostly content words, no final stop. */
  phrase(min = 2, max = 6): string {
    const n = this.#rng.int(min, max);
    return Array.from({ length: n }, (_, i) => (i === 0 || this.#rng.chance(0.6) ? this.contentWord() : this.word())).join(' ');
  }

  /** A capitalised phrase. */
  title(min = 2, max = 5): string {
    return this.phrase(min, max).split(' ').map((w, i) => (i === 0 || w.length > 3 ? `${w[0]!.toUpperCase()}${w.slice(1)}` : w)).join(' ');
  }
}

/** Words as a reader counts them: whitespace-separated tokens with a letter or digit (table pipes and list marks excluded). */
export function countWords(text: string): number {
  let n = 0;
  for (const t of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(t)) n++;
  return n;
}
