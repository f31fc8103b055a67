import type { Koleksi } from '../schema/index.ts';
import { BULAN_SUMBER_STATUS } from '../schema/keberlanjutan.ts';

/**
 * Indonesian hint of every frontmatter field, the author-facing rendering of the field's JSDoc
 * line in src/schema (which stays English, for developers). `npm run skema` writes each hint as
 * the field's `description` in public/data/skema/*.schema.json, which editors show on hover and
 * the authoring studio shows under each field (src/lib/studio.ts).
 *
 * Keys are field paths as `jsdocFields()` in scripts/skema-lib.ts produces them: "kesiapan.biaya",
 * "sumber[].url". A field added to a schema with a JSDoc line needs its hint here:
 * test/kolom-id.test.ts names the missing path, and `npm run skema` refuses to write without it.
 * Groups follow the schema modules, so a field shared by several collections is written once.
 */

/** src/schema/riwayat.ts: every entry and guide. */
const riwayat = {
  riwayat: 'Riwayat perubahan, yang terbaru di atas; perubahan `besar` memerlukan catatan.',
  'riwayat[].tanggal': 'Tulis tanggal perubahan (TTTT-BB-HH).',
  'riwayat[].jenis': 'Pilih `besar` bila fakta, nilai kartu kesiapan, atau rekomendasi berubah; `kecil` untuk perbaikan kata dan salah ketik.',
  'riwayat[].catatan': 'Jelaskan apa yang berubah dan mengapa. Wajib untuk perubahan `besar`.',
};

/** src/schema/entri.ts `identitas`: the first fields of every practice and model. */
const identitas = {
  id: 'Pengenal tetap dalam huruf kecil dan tanda hubung (kebab-case), sama dengan nama berkas tanpa `.mdx`. Jangan diubah setelah terbit.',
  judul: 'Tulis nama sesuai penulisan resminya, mis. "PanganKu" atau "Model Inovasi Bidang Penanganan Stunting".',
  kepanjangan: 'Tulis kepanjangan nama yang berupa singkatan, mis. "Sistem Informasi Pencegahan Stunting Terintegrasi".',
  ringkasan: 'Tulis paling banyak 60 kata untuk kartu katalog dan hasil pencarian: apa inovasinya, untuk siapa, dan hasilnya.',
  ringkasan_en: 'Opsional: ringkasan berbahasa Inggris untuk halaman berbahasa Inggris, paling banyak 60 kata.',
  alias: 'Tulis nama lain dan singkatan yang mungkin dicari pembaca, mis. ["TPID", "4K"].',
  tema_rb: 'Pilih fokus RB Tematik. Untuk stunting, inflasi, dan P3DN, pilih `percepatan-prioritas-presiden`.',
  prioritas_presiden: 'Pilih prioritas presiden; wajib diisi bila, dan hanya bila, `tema_rb` bernilai `percepatan-prioritas-presiden`.',
  sdgs: 'Isi nomor TPB/SDGs 1–17 (Perpres 59/2017) yang didukung entri ini; paling sedikit satu.',
  urusan_pemerintahan: 'Pilih urusan pemerintahan (UU 23/2014) yang mencakup entri ini; paling sedikit satu.',
  kata_kunci: 'Tulis kata kunci bebas yang mungkin dicari pembaca, mis. ["1000 HPK", "posyandu"].',
};

/** src/schema/sumber.ts `dasarHukum` and `lampiran`. */
const dasarHukumLampiran = {
  dasar_hukum: 'Dasar hukum: peraturan nasional dan produk hukum yang harus diterbitkan instansi replikator.',
  'dasar_hukum[].jenis': 'Pilih jenis produk hukum, mis. `perpres`.',
  'dasar_hukum[].nomor': 'Tulis nomornya persis seperti tertulis, mis. "72".',
  'dasar_hukum[].tahun': 'Isi tahun penetapannya.',
  'dasar_hukum[].tentang': 'Tulis pokok pengaturannya (bagian "tentang …"), mis. "Percepatan Penurunan Stunting".',
  'dasar_hukum[].wajib_replikator': 'Isi `true` bila instansi replikator harus menerbitkan sendiri produk hukum sejenis.',
  'dasar_hukum[].url': 'Tulis alamat tempat naskahnya dapat dibaca (mis. peraturan.bpk.go.id).',
  lampiran: 'SOP, contoh regulasi, templat, dan video yang dapat diunduh.',
  'lampiran[].judul': 'Tulis nama lampirannya, mis. "SOP distribusi beras".',
  'lampiran[].jenis': 'Pilih jenis lampiran.',
  'lampiran[].url': 'Tulis alamat tempat lampiran dapat diunduh atau ditonton.',
};

/** src/schema/kesiapan.ts: the replication-readiness card. */
const kesiapan = {
  kesiapan: 'Kartu kesiapan replikasi yang tampil di awal halaman.',
  'kesiapan.dampak_utama': 'Hasil utama yang terukur.',
  'kesiapan.dampak_utama.indikator': 'Tulis apa yang diukur, mis. "prevalensi stunting balita".',
  'kesiapan.dampak_utama.baseline': 'Tulis nilai sebelum inovasi beserta tahunnya; tulis "tidak tersedia" bila tidak ada sumber yang menyebutnya.',
  'kesiapan.dampak_utama.hasil': 'Tulis nilai sesudah inovasi beserta tahunnya; tulis "tidak tersedia" bila tidak ada sumber yang menyebutnya.',
  'kesiapan.dampak_utama.periode': 'Tulis periode yang dicakup perubahan, mis. "2018–2021".',
  'kesiapan.dampak_utama.sumber': 'Tulis alamat sumber yang memuat kedua angka.',
  'kesiapan.dampak_utama.pembanding': 'Untuk kekuatan bukti 3 ke atas: tulis wilayah atau kelompok pembanding dan hasilnya pada periode yang sama, mis. "kecamatan tanpa program: 30% → 28%".',
  'kesiapan.dampak_utama.perubahan_persen': 'Isi perubahan relatif indikator dalam persen, dari baseline ke hasil, mis. -35 untuk penurunan sekitar sepertiga. Kosongkan bila salah satu angkanya "tidak tersedia".',
  'kesiapan.tingkat_dampak': 'Pilih besar dampak: `rendah`, `sedang`, atau `tinggi`, menurut definisi di panduan Cara Membaca Kartu Kesiapan.',
  'kesiapan.kekuatan_bukti': 'Isi kekuatan bukti 0–5 (0 hanya klaim … 5 replikasi terverifikasi), menurut definisi di panduan Cara Membaca Kartu Kesiapan.',
  'kesiapan.bukti_catatan': 'Tulis satu kalimat alasan tingkat bukti ini, dengan menyebut evaluasi atau data yang dipakai.',
  'kesiapan.biaya': 'Isi pita biaya 1–5 untuk belanja baru per tahun yang diperlukan replikator, menurut definisi di panduan Cara Membaca Kartu Kesiapan; pitanya harus memuat nilai `biaya_juta_per_tahun`.',
  'kesiapan.biaya_juta_per_tahun': 'Isi belanja baru per tahun yang diperlukan replikator, dalam juta rupiah, mis. 120. Sebutkan di `biaya_catatan` apakah angka itu dari sumber atau perkiraan redaksi.',
  'kesiapan.biaya_catatan': 'Tulis apa yang dihitung dalam biaya dan apa yang tidak, mis. "aplikasi dan pelatihan; gaji ASN tidak dihitung".',
  'kesiapan.kompleksitas': 'Pilih kompleksitas replikasi: `rendah`, `sedang`, atau `tinggi`, yaitu tingkat yang dihasilkan skor `kriteria_kompleksitas`.',
  'kesiapan.kriteria_kompleksitas': 'Fakta yang menjadi dasar skor kompleksitas; kebutuhan regulasi baru dibaca dari butir `dasar_hukum` dengan `wajib_replikator: true`.',
  'kesiapan.kriteria_kompleksitas.instansi_terlibat': 'Isi jumlah instansi, OPD, dan mitra yang kerjanya diperlukan layanan replikator, termasuk unit replikator sendiri, mis. 3.',
  'kesiapan.kriteria_kompleksitas.tingkat_pemerintahan': 'Isi jumlah tingkat pemerintahan yang harus bertindak (1–4: desa, kabupaten/kota, provinsi, pusat), bukan kode tingkatnya: layanan kementerian yang hanya dijalankan pusat bernilai 1, layanan kabupaten yang memerlukan tindakan provinsi bernilai 2.',
  'kesiapan.kriteria_kompleksitas.sistem_informasi': 'Pilih sistem informasi yang diperlukan replikator.',
  'kesiapan.lama_persiapan_bulan': 'Isi lama persiapan replikator, dalam bulan, sebelum layanan pertama berjalan.',
  'kesiapan.prasyarat': 'Tulis kondisi yang, bila tidak ada, membuat replikasi gagal; satu baris pendek per kondisi.',
  'kesiapan.replikasi': 'Replikasi oleh instansi lain yang diketahui; kosongkan (`[]`) bila belum ada yang terdokumentasi.',
  'kesiapan.replikasi[].instansi': 'Tulis instansi yang mereplikasi, mis. "Pemerintah Provinsi Nusa Tenggara Barat".',
  'kesiapan.replikasi[].kode_provinsi': 'Pilih kode provinsi instansi replikator bila replikatornya instansi daerah.',
  'kesiapan.replikasi[].tahun': 'Isi tahun replikasi dimulai.',
  'kesiapan.replikasi[].status': 'Pilih sejauh mana replikasi sudah berjalan.',
  'kesiapan.replikasi[].sumber': 'Tulis alamat halaman yang melaporkan replikasi.',
};

/** src/schema/instansi.ts `kontak`. */
const kontak = {
  kontak: 'Kontak kelembagaan; jangan cantumkan nama orang, nomor telepon, atau e-mail pribadi.',
  'kontak.unit': 'Tulis unit yang dapat dihubungi, mis. "Bidang Ketersediaan Pangan, Dinas Pertanian dan Pangan".',
  'kontak.email': 'Tulis alamat e-mail kantor (bukan e-mail pribadi).',
  'kontak.telepon': 'Tulis nomor telepon kantor, mis. "(0274) 123456".',
  'kontak.situs': 'Tulis alamat situs web instansi.',
};

/** src/schema/sumber.ts `sumber`. */
const sumber = {
  sumber: 'Semua sumber fakta dalam entri, masing-masing dengan tanggal diakses; paling sedikit satu.',
  'sumber[].kunci': 'Tulis kunci pendek untuk merujuk sumber ini di teks sebagai `[@kunci]` sesudah angka atau klaim, mis. "bps-2023"; kunci tidak boleh sama dengan kunci sumber lain dalam entri.',
  'sumber[].judul': 'Tulis judul halaman atau dokumen seperti diterbitkan.',
  'sumber[].url': 'Tulis alamat tempat sumber dapat dibaca.',
  'sumber[].jenis': 'Pilih jenis sumber; `regulasi` dan `dokumen-resmi` paling berbobot.',
  'sumber[].penerbit': 'Tulis penerbitnya, mis. "Kementerian PANRB" atau "Antara".',
  'sumber[].terbit': 'Tulis tanggal terbit setepat yang disebut sumbernya: TTTT, TTTT-BB, atau TTTT-BB-HH; kosongkan bila tidak diketahui.',
  'sumber[].diakses': 'Tulis tanggal sumber diakses (TTTT-BB-HH).',
};

/** src/schema/entri.ts `rekam`: the record after the entry's own fields, the same for practice and model. */
const rekam = {
  ...dasarHukumLampiran,
  ...kesiapan,
  ...kontak,
  ...sumber,
  tingkat_verifikasi: 'Pilih sejauh mana fakta sudah diperiksa, dengan jujur: berita media berarti `media-terverifikasi`.',
  penulis: 'Pilih id penulis di `content/penulis/`; paling sedikit satu.',
  peninjau: 'Pilih id peninjau di `content/penulis/`. Kosongkan sampai ada yang meninjau (halaman lalu menyebut bahwa entri belum ditinjau).',
  status: 'Status publikasi: `draf` → `tinjauan` → `terbit`. Draf tidak pernah terbit; `tinjauan` tampil berlabel "menunggu tinjauan" kecuali di edisi resmi, yang hanya memuat `terbit`. Di studio, kolom alur kerja yang menentukannya.',
  ...riwayat,
};

/** src/schema/instansi.ts `instansiAsal` and `instansiMitra`. */
const instansi = {
  instansi_asal: 'Instansi pemilik inovasi.',
  'instansi_asal.nama': 'Tulis nama resmi lengkap instansi, mis. "Pemerintah Kabupaten Kulon Progo".',
  'instansi_asal.jenis': 'Pilih jenis instansi, salah satu klaster JIPPNas/KIPP, mis. `pemerintah-kabupaten`.',
  'instansi_asal.unit': 'Tulis unit yang menjalankan inovasi (UPP/OPD), mis. "Dinas Pertanian dan Pangan".',
  'instansi_asal.kode_provinsi': 'Tulis kode provinsi Kemendagri sebagai teks dalam tanda kutip, mis. "34" untuk DI Yogyakarta. Wajib untuk instansi daerah.',
  'instansi_asal.kode_kabkota': 'Tulis kode kabupaten/kota Kemendagri "PP.KK", mis. "34.01" untuk Kabupaten Kulon Progo. Wajib untuk pemerintah kabupaten, kota, dan desa.',
  'instansi_asal.daerah_3t': 'Isi `true` bila wilayahnya termasuk daerah 3T (tertinggal, terdepan, terluar).',
  'instansi_asal.jippnas_url': 'Tulis alamat halaman inovasi atau instansi di JIPPNas, bila ada.',
  instansi_mitra: 'Mitra dan perannya masing-masing.',
  'instansi_mitra[].nama': 'Tulis nama mitra, mis. "Perum Bulog" atau "Bank Indonesia".',
  'instansi_mitra[].peran': 'Tulis perannya dalam satu frasa pendek, mis. "penyedia aplikasi dan 300 ponsel".',
};

/** src/schema/penghargaan.ts. */
const penghargaan = {
  penghargaan: 'Penghargaan, masing-masing dengan tahun dan sumbernya.',
  'penghargaan[].program': 'Pilih program penghargaan; KIPP tingkat provinsi ditulis `kipp-provinsi`, bukan `kipp`.',
  'penghargaan[].tahun': 'Isi tahun penghargaan.',
  'penghargaan[].predikat': 'Pilih predikat seperti diberikan pada tahun itu, mis. `top-45`.',
  'penghargaan[].kelompok_kipp': 'Pilih kelompok KIPP (umum, replikasi, khusus), bila diketahui.',
  'penghargaan[].kategori': 'Tulis kategori seperti disebut pada tahun itu, mis. "Kategori Kementerian".',
  'penghargaan[].dasar_penetapan': 'Tulis produk hukum yang menetapkan penghargaan, mis. "KepmenPANRB 192/2020".',
  'penghargaan[].terverifikasi': 'Isi `true` hanya bila sumber menyebut penghargaan itu; selain itu `false`, dan halaman menandainya belum terverifikasi.',
  'penghargaan[].sumber': 'Tulis alamat halaman yang menyebut penghargaan itu.',
};

/** Field hints per collection, keyed by field path. */
export const KOLOM_ID: Record<Koleksi, Readonly<Record<string, string>>> = {
  praktik: {
    ...identitas,
    model: 'Pilih id model tematik yang menyintesis praktik ini, bila ada; setiap model itu juga harus mencantumkan praktik ini.',
    bentuk_inovasi: 'Pilih bentuk inovasi (PP 38/2017).',
    jenis_inovasi: 'Pilih `digital` atau `non-digital`.',
    jenis_detail: 'Sebutkan jenisnya dalam beberapa kata, mis. "sistem informasi", "layanan jemput bola".',
    ...instansi,
    cakupan_wilayah: 'Pilih jangkauan wilayah layanan.',
    tahun_mulai: 'Isi tahun inovasi mulai dijalankan.',
    tahun_selesai: 'Isi tahun inovasi berhenti, hanya bila sudah berhenti.',
    tahap_siklus: 'Pilih tahap siklus inovasi (OECD OPSI).',
    tahapan_iid: 'Pilih tahapan IID (Indeks Inovasi Daerah), bila instansi melaporkannya.',
    status_keberlanjutan: 'Pilih apakah inovasi masih berjalan; `berhenti-vakum` menampilkan peringatan di halaman.',
    tanggal_status: 'Tulis tanggal status keberlanjutan terakhir diperiksa (TTTT-BB-HH).',
    status_sumber: `Tulis kunci sumber (dari \`sumber\`, yang mencatat \`terbit\`) yang menunjukkan status itu, mis. [berita-2025]; \`berlanjut\` perlu sumber yang terbit paling lama ${BULAN_SUMBER_STATUS} bulan sebelum \`tanggal_status\`. Kosongkan untuk \`belum-diverifikasi\`.`,
    ...penghargaan,
    ...rekam,
  },
  model: {
    ...identitas,
    tahun_model: 'Isi angkatan buku model Kementerian PANRB: 2023 (RB Tematik) atau 2024 (prioritas presiden).',
    praktik: 'Pilih id praktik yang disintesis model ini, paling sedikit dua begitu status bukan lagi `draf`; setiap praktik itu harus mencantumkan model ini di `model`-nya.',
    ...rekam,
  },
  panduan: {
    id: 'Pengenal tetap, sama dengan nama berkas tanpa `.mdx`.',
    judul: 'Tulis judul panduan.',
    ringkasan: 'Tulis satu atau dua kalimat tentang apa yang dipelajari pembaca di panduan ini.',
    bahasa: 'Bahasa berkas ini: `id`, atau `en` untuk terjemahan yang disimpan di `content/panduan/en/`.',
    urutan: 'Isi urutan dalam rangkaian panduan (1 paling awal); tautan sebelumnya/berikutnya mengikutinya.',
    penulis: 'Pilih id penulis di `content/penulis/`.',
    status: 'Status publikasi: `draf` → `tinjauan` → `terbit`.',
    ...riwayat,
  },
  penulis: {
    id: 'Pengenal tetap, sama dengan nama berkas tanpa `.yaml`.',
    nama: 'Tulis nama institusi atau tim, mis. "Universitas Gadjah Mada".',
    jenis: 'Pilih `institusi` untuk perguruan tinggi atau instansi, `tim` untuk tim redaksi.',
    unit: 'Tulis fakultas, departemen, atau lembaga induk, mis. "Fakultas Ilmu Sosial dan Ilmu Politik".',
    situs: 'Tulis alamat situs web institusi.',
    keterangan: 'Tulis satu atau dua kalimat tentang peran institusi atau tim ini dalam pustaka.',
  },
};
