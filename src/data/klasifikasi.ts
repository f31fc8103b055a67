import type { SlugOf, Term } from './vocab.ts';

/** Form of innovation, PP 38/2017 Pasal 3. */
export const BENTUK_INOVASI = [
  { slug: 'tata-kelola-pemerintahan', id: 'Inovasi tata kelola pemerintahan', en: 'Governance innovation' },
  { slug: 'pelayanan-publik', id: 'Inovasi pelayanan publik', en: 'Public service innovation' },
  { slug: 'inovasi-daerah-lainnya', id: 'Inovasi daerah lainnya', en: 'Other regional innovation' },
] as const satisfies readonly Term[];

/** Kind of innovation as IID records it. */
export const JENIS_INOVASI = [
  { slug: 'digital', id: 'Digital (daring)', en: 'Digital (online)' },
  { slug: 'non-digital', id: 'Non-digital (luring)', en: 'Non-digital (offline)' },
] as const satisfies readonly Term[];

/** IID stage of a regional innovation. */
export const TAHAPAN_IID = [
  { slug: 'inisiatif', id: 'Inisiatif', en: 'Initiative' },
  { slug: 'uji-coba', id: 'Uji coba', en: 'Trial' },
  { slug: 'penerapan', id: 'Penerapan', en: 'Implementation' },
] as const satisfies readonly Term[];

/** Lifecycle stage, after the six stages of the OECD OPSI case library. */
export const TAHAP_SIKLUS = [
  { slug: 'identifikasi-masalah', id: 'Identifikasi masalah', en: 'Identifying problems' },
  { slug: 'perumusan-gagasan', id: 'Perumusan gagasan', en: 'Generating ideas' },
  { slug: 'penyusunan-proposal', id: 'Penyusunan proposal', en: 'Developing proposals' },
  { slug: 'implementasi', id: 'Implementasi', en: 'Implementation' },
  { slug: 'evaluasi', id: 'Evaluasi', en: 'Evaluation' },
  { slug: 'diseminasi', id: 'Diseminasi', en: 'Diffusing lessons' },
] as const satisfies readonly Term[];

/** Whether the innovation still runs, as JIPPNas re-verification reports it. */
export const STATUS_KEBERLANJUTAN = [
  { slug: 'berlanjut-berkembang', id: 'Berlanjut dan berkembang', en: 'Continuing and growing' },
  { slug: 'berlanjut', id: 'Berlanjut', en: 'Continuing' },
  { slug: 'berhenti-vakum', id: 'Berhenti atau vakum', en: 'Stopped or dormant' },
  { slug: 'belum-diverifikasi', id: 'Belum diverifikasi', en: 'Not yet verified' },
] as const satisfies readonly Term[];

/** Status of one replication, after the JIPPNas replication workflow, plus "stopped". */
export const STATUS_REPLIKASI = [
  { slug: 'menunggu', id: 'Menunggu persetujuan', en: 'Awaiting approval' },
  { slug: 'disetujui', id: 'Disetujui', en: 'Approved' },
  { slug: 'implementasi', id: 'Diimplementasikan', en: 'Implemented' },
  { slug: 'ditolak', id: 'Ditolak', en: 'Declined' },
  { slug: 'berhenti', id: 'Berhenti', en: 'Stopped' },
] as const satisfies readonly Term[];

/** Geographic reach of the innovation. */
export const CAKUPAN_WILAYAH = [
  { slug: 'desa-kelurahan', id: 'Desa/kelurahan', en: 'Village' },
  { slug: 'kecamatan', id: 'Kecamatan', en: 'District' },
  { slug: 'kabupaten-kota', id: 'Kabupaten/kota', en: 'Regency/city' },
  { slug: 'provinsi', id: 'Provinsi', en: 'Province' },
  { slug: 'nasional', id: 'Nasional', en: 'National' },
] as const satisfies readonly Term[];

/** Complexity of replication; defined in the rating guide. */
export const KOMPLEKSITAS = [
  { slug: 'rendah', id: 'Rendah', en: 'Low', keterangan: 'Skor kriteria 0–2: umumnya satu unit atau OPD, tanpa regulasi daerah baru dan tanpa aplikasi baru.', keterangan_en: 'Criteria score 0–2: usually one unit or agency, no new regional regulation and no new application.' },
  { slug: 'sedang', id: 'Sedang', en: 'Medium', keterangan: 'Skor kriteria 3–4: beberapa OPD atau mitra, peraturan kepala daerah baru, atau aplikasi baru.', keterangan_en: 'Criteria score 3–4: several agencies or partners, a new regional head regulation, or a new application.' },
  { slug: 'tinggi', id: 'Tinggi', en: 'High', keterangan: 'Skor kriteria 5–8: banyak instansi di beberapa tingkat pemerintahan, perda baru, atau integrasi dengan sistem nasional.', keterangan_en: 'Criteria score 5–8: many agencies at several levels of government, a new regional bylaw, or integration with national systems.' },
] as const satisfies readonly (Term & { keterangan: string; keterangan_en: string })[];

/** What information system an adopter needs, one of the complexity criteria (src/schema/penilaian.ts). */
export const SISTEM_INFORMASI = [
  { slug: 'tanpa-aplikasi', id: 'Tanpa aplikasi', en: 'No application' },
  { slug: 'aplikasi-yang-ada', id: 'Memakai aplikasi yang sudah ada', en: 'Uses an existing application' },
  { slug: 'aplikasi-baru', id: 'Aplikasi baru', en: 'A new application' },
  { slug: 'integrasi-sistem-nasional', id: 'Integrasi dengan sistem nasional', en: 'Integration with national systems' },
] as const satisfies readonly Term[];

/** Size of the measured impact, for the card's headline; defined in the rating guide. */
export const TINGKAT_DAMPAK = [
  { slug: 'rendah', id: 'Rendah', en: 'Low', keterangan: 'Perubahan kecil, atau hanya keluaran (output) tanpa data hasil.', keterangan_en: 'Small change, or outputs only without outcome data.' },
  { slug: 'sedang', id: 'Sedang', en: 'Moderate', keterangan: 'Perubahan terukur pada indikator utama di wilayah terbatas, atau cakupan layanan luas tanpa data hasil akhir.', keterangan_en: 'Measured change in the main indicator in a limited area, or wide service coverage without final outcome data.' },
  { slug: 'tinggi', id: 'Tinggi', en: 'High', keterangan: 'Perubahan besar dan terukur pada indikator utama (mis. penurunan sepertiga atau lebih) atau berdampak pada skala provinsi/nasional.', keterangan_en: 'Large, measured change in the main indicator (e.g. a fall of a third or more) or impact at provincial/national scale.' },
] as const satisfies readonly (Term & { keterangan: string; keterangan_en: string })[];

/**
 * Evidence strength 0–5, on Nesta's Standards of Evidence (levels 1–5) plus a level 0 for claims
 * without data. `keterangan` is the definition the rating guide and the readiness card show.
 */
export const KEKUATAN_BUKTI = [
  { slug: '0', id: 'Klaim tanpa data', en: 'Claim without data', keterangan: 'Belum ada data hasil yang dapat diperiksa.', keterangan_en: 'No result data that can be checked.' },
  { slug: '1', id: 'Teori perubahan jelas', en: 'Clear theory of change', keterangan: 'Nesta level 1: logika dampak dijelaskan, belum ada data hasil.', keterangan_en: 'Nesta level 1: the logic of impact is explained, no result data yet.' },
  { slug: '2', id: 'Data sebelum–sesudah', en: 'Before–after data', keterangan: 'Nesta level 2: ada data sebelum dan sesudah dari sumber yang disebut.', keterangan_en: 'Nesta level 2: before and after data from a named source.' },
  { slug: '3', id: 'Ada pembanding', en: 'Comparison group', keterangan: 'Nesta level 3: hasil dibandingkan dengan wilayah atau kelompok pembanding.', keterangan_en: 'Nesta level 3: results compared with a comparison area or group.' },
  { slug: '4', id: 'Evaluasi eksternal independen', en: 'Independent external evaluation', keterangan: 'Nesta level 4: dinilai oleh pihak independen (perguruan tinggi, BPK, Inspektorat, tim panel KIPP).', keterangan_en: 'Nesta level 4: assessed by an independent party (university, audit board, inspectorate, KIPP panel).' },
  { slug: '5', id: 'Replikasi terverifikasi', en: 'Verified replications', keterangan: 'Nesta level 5: paling sedikit dua replikasi terverifikasi dengan hasil terukur.', keterangan_en: 'Nesta level 5: at least two verified replications with measured results.' },
] as const satisfies readonly (Term & { keterangan: string; keterangan_en: string })[];

/** Cost bands 1–5 for new, recurring spending an adopter must find (EEF rule: new costs only). */
export const BIAYA = [
  { slug: '1', id: 'Sangat rendah', en: 'Very low', sampai_juta: 50, keterangan: 'Di bawah Rp50 juta per tahun; cukup dari anggaran rutin unit.', keterangan_en: 'Below Rp50 million a year; the unit’s routine budget covers it.' },
  { slug: '2', id: 'Rendah', en: 'Low', sampai_juta: 250, keterangan: 'Rp50 juta sampai di bawah Rp250 juta per tahun.', keterangan_en: 'Rp50 million to under Rp250 million a year.' },
  { slug: '3', id: 'Sedang', en: 'Moderate', sampai_juta: 1_000, keterangan: 'Rp250 juta sampai di bawah Rp1 miliar per tahun.', keterangan_en: 'Rp250 million to under Rp1 billion a year.' },
  { slug: '4', id: 'Tinggi', en: 'High', sampai_juta: 5_000, keterangan: 'Rp1 miliar sampai di bawah Rp5 miliar per tahun.', keterangan_en: 'Rp1 billion to under Rp5 billion a year.' },
  { slug: '5', id: 'Sangat tinggi', en: 'Very high', sampai_juta: Infinity, keterangan: 'Rp5 miliar per tahun atau lebih, misalnya investasi sistem nasional.', keterangan_en: 'Rp5 billion a year or more, e.g. a national system investment.' },
] as const satisfies readonly (Term & { keterangan: string; keterangan_en: string; sampai_juta: number })[];

/** How far the facts of an entry have been checked. */
export const TINGKAT_VERIFIKASI = [
  { slug: 'dokumen-resmi', id: 'Diverifikasi dengan dokumen resmi', en: 'Verified against official documents' },
  { slug: 'media-terverifikasi', id: 'Dari media dan situs resmi', en: 'From media and official websites' },
  { slug: 'klaim-instansi', id: 'Klaim instansi', en: "Agency's own claim" },
  { slug: 'belum-diverifikasi', id: 'Belum diverifikasi', en: 'Not verified' },
] as const satisfies readonly Term[];

/** Kind of source. */
export const JENIS_SUMBER = [
  { slug: 'regulasi', id: 'Regulasi', en: 'Regulation' },
  { slug: 'dokumen-resmi', id: 'Dokumen resmi', en: 'Official document' },
  { slug: 'berita-resmi', id: 'Berita resmi instansi', en: 'Official news release' },
  { slug: 'berita-media', id: 'Berita media', en: 'News media' },
  { slug: 'jurnal', id: 'Jurnal/kajian', en: 'Journal or study' },
  { slug: 'jippnas', id: 'JIPPNas', en: 'JIPPNas' },
  { slug: 'sinovik', id: 'SINOVIK', en: 'SINOVIK' },
  { slug: 'brief-domain', id: 'Kompilasi tim penyusun', en: "Editorial team's compilation" },
  { slug: 'unggahan-pengguna', id: 'Unggahan pengguna', en: 'User upload' },
  { slug: 'lainnya', id: 'Lainnya', en: 'Other' },
] as const satisfies readonly Term[];

/**
 * The kinds of source that are official documents themselves (a regulation; an agency's report,
 * decree or plan), so the only ones that support `tingkat_verifikasi: dokumen-resmi`. An agency's
 * news release is its website, which the author guide ranks with the media: `media-terverifikasi`.
 */
export const JENIS_SUMBER_RESMI = ['regulasi', 'dokumen-resmi'] as const satisfies readonly SlugOf<typeof JENIS_SUMBER>[];

/** Kind of attachment. */
export const JENIS_LAMPIRAN = [
  { slug: 'sop', id: 'SOP', en: 'Standard operating procedure' },
  { slug: 'regulasi-contoh', id: 'Contoh regulasi', en: 'Sample regulation' },
  { slug: 'template', id: 'Templat', en: 'Template' },
  { slug: 'video', id: 'Video', en: 'Video' },
  { slug: 'dataset', id: 'Set data', en: 'Dataset' },
  { slug: 'presentasi', id: 'Presentasi', en: 'Presentation' },
] as const satisfies readonly Term[];

/** Kind of legal instrument. */
export const JENIS_DASAR_HUKUM = [
  { slug: 'uu', id: 'Undang-Undang', en: 'Law' },
  { slug: 'pp', id: 'Peraturan Pemerintah', en: 'Government Regulation' },
  { slug: 'perpres', id: 'Peraturan Presiden', en: 'Presidential Regulation' },
  { slug: 'inpres', id: 'Instruksi Presiden', en: 'Presidential Instruction' },
  { slug: 'keppres', id: 'Keputusan Presiden', en: 'Presidential Decree' },
  { slug: 'permen', id: 'Peraturan Menteri/Lembaga', en: 'Ministerial Regulation' },
  { slug: 'kepmen', id: 'Keputusan Menteri', en: 'Ministerial Decree' },
  { slug: 'perda', id: 'Peraturan Daerah', en: 'Regional Regulation' },
  { slug: 'perkada', id: 'Peraturan Kepala Daerah', en: 'Regional Head Regulation' },
  { slug: 'sk', id: 'Surat Keputusan', en: 'Decree' },
  { slug: 'lainnya', id: 'Lainnya', en: 'Other' },
] as const satisfies readonly Term[];

/** Award programme. */
export const PROGRAM_PENGHARGAAN = [
  { slug: 'kipp', id: 'KIPP (KemenPANRB)', en: 'KIPP (Ministry of PANRB)' },
  { slug: 'kipp-provinsi', id: 'KIPP tingkat provinsi', en: 'Provincial KIPP' },
  { slug: 'iga', id: 'Innovative Government Award (Kemendagri)', en: 'Innovative Government Award' },
  { slug: 'unpsa', id: 'UN Public Service Awards', en: 'UN Public Service Awards' },
  { slug: 'inovasi-cegah-stunting', id: 'Inovasi Cegah Stunting', en: 'Stunting Prevention Innovation' },
  { slug: 'lainnya', id: 'Lainnya', en: 'Other' },
] as const satisfies readonly Term[];

/** Award tier, year-scoped; the KIPP top tier changed size over the years. */
export const PREDIKAT_PENGHARGAAN = [
  { slug: 'top-99', id: 'Top 99', en: 'Top 99' },
  { slug: 'top-45', id: 'Top 45', en: 'Top 45' },
  { slug: 'top-40', id: 'Top 40', en: 'Top 40' },
  { slug: 'top-35', id: 'Top 35', en: 'Top 35' },
  { slug: 'top-25', id: 'Top 25', en: 'Top 25' },
  { slug: 'top-9', id: 'Top 9', en: 'Top 9' },
  { slug: 'top-5-replikasi', id: 'Top 5 Replikasi', en: 'Top 5 Replication' },
  { slug: 'finalis-khusus', id: 'Finalis Kelompok Khusus', en: 'Special group finalist' },
  { slug: 'outstanding-achievement', id: 'Outstanding Achievement', en: 'Outstanding Achievement' },
  { slug: 'top-kipp-provinsi', id: 'Top KIPP provinsi', en: 'Provincial KIPP top' },
  { slug: 'iga-terinovatif', id: 'IGA terinovatif', en: 'IGA most innovative' },
  { slug: 'unpsa-winner', id: 'Pemenang UNPSA', en: 'UNPSA winner' },
  { slug: 'lainnya', id: 'Lainnya', en: 'Other' },
] as const satisfies readonly Term[];

/** KIPP group. */
export const KELOMPOK_KIPP = [
  { slug: 'umum', id: 'Umum', en: 'General' },
  { slug: 'replikasi', id: 'Replikasi', en: 'Replication' },
  { slug: 'khusus', id: 'Khusus', en: 'Special' },
] as const satisfies readonly Term[];

/** Publication workflow of an entry. */
export const STATUS_PUBLIKASI = [
  { slug: 'draf', id: 'Draf', en: 'Draft' },
  { slug: 'tinjauan', id: 'Dalam tinjauan', en: 'In review' },
  { slug: 'terbit', id: 'Terbit', en: 'Published' },
] as const satisfies readonly Term[];

/** Size of a change in the change history; a major change needs a note. */
export const JENIS_PERUBAHAN = [
  { slug: 'besar', id: 'Perubahan besar', en: 'Major change' },
  { slug: 'kecil', id: 'Perubahan kecil', en: 'Minor change' },
] as const satisfies readonly Term[];

/** Institutions of the author team. */
export const JENIS_PENULIS = [
  { slug: 'institusi', id: 'Institusi', en: 'Institution' },
  { slug: 'tim', id: 'Tim', en: 'Team' },
] as const satisfies readonly Term[];
