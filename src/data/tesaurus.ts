/**
 * The search thesaurus: the words officers actually type (official terms, older names,
 * abbreviations, everyday words) grouped into the handbook's concepts. When the search index is
 * built, an entry that covers a concept carries every term of it (src/lib/tesaurus.ts), so "e-KTP"
 * finds the practice about KTP-el and "harga beras naik" the inflation practices. The glossary page
 * lists it (`<TabelTesaurus />`), and `npm run check` validates it (src/rules/tesaurus.ts).
 *
 * To add a term: put it in `istilah` (Indonesian) or `istilah_en` (English) of the concept it
 * means; a new concept needs a slug, labels in both languages and at least two terms. A term must
 * belong to one concept only. Terms are matched whole-word and case-insensitively.
 */
export interface Konsep {
  /** Kebab-case id. */
  slug: string;
  id: string;
  en: string;
  /** Indonesian terms: the first is the handbook's own; the rest are what readers may type. */
  istilah: readonly string[];
  /** English terms for the English index. */
  istilah_en: readonly string[];
}

export const TESAURUS = [
  { slug: 'stunting', id: 'Stunting', en: 'Stunting', istilah: ['stunting', 'tengkes', 'gagal tumbuh', 'balita pendek', 'anak pendek', 'kerdil', 'gizi kronis', 'kurang gizi'], istilah_en: ['stunting', 'growth faltering', 'chronic malnutrition', 'stunted'] },
  { slug: 'bblr', id: 'Berat badan lahir rendah', en: 'Low birth weight', istilah: ['BBLR', 'berat badan lahir rendah', 'bayi berat lahir rendah', 'bayi lahir kecil', 'bayi prematur'], istilah_en: ['low birth weight', 'LBW', 'premature baby'] },
  { slug: '1000-hpk', id: '1000 hari pertama kehidupan', en: 'First 1,000 days', istilah: ['1000 HPK', 'seribu hari pertama kehidupan', '1000 hari pertama kehidupan', 'ibu hamil', 'baduta'], istilah_en: ['first 1,000 days', 'pregnant women', 'under-twos'] },
  { slug: 'posyandu', id: 'Posyandu dan kader', en: 'Village health post', istilah: ['posyandu', 'kader posyandu', 'kader kesehatan', 'penimbangan balita', 'e-PPGBM', 'KMS'], istilah_en: ['village health post', 'health cadre', 'growth monitoring'] },
  { slug: 'puskesmas', id: 'Puskesmas', en: 'Community health centre', istilah: ['puskesmas', 'bidan', 'bidan desa', 'tenaga kesehatan', 'nakes', 'fasilitas kesehatan'], istilah_en: ['community health centre', 'midwife', 'health worker', 'clinic'] },
  { slug: 'konvergensi', id: 'Konvergensi lintas sektor', en: 'Cross-sector convergence', istilah: ['konvergensi', 'TPPS', 'tim percepatan penurunan stunting', 'RAN PASTI', '8 aksi konvergensi', 'pentahelix', 'lintas sektor', 'kolaborasi'], istilah_en: ['convergence', 'cross-sector', 'pentahelix', 'collaboration'] },
  { slug: 'inflasi', id: 'Pengendalian inflasi', en: 'Inflation control', istilah: ['inflasi', 'TPID', 'TPIP', 'tim pengendalian inflasi', 'pengendalian harga', 'harga naik', 'kenaikan harga', 'lonjakan harga', 'harga mahal', 'pangan mahal', 'gejolak harga', 'stabilisasi harga', '4K', 'volatile food'], istilah_en: ['inflation', 'price control', 'price rise', 'price spike', 'expensive', 'price stabilisation'] },
  { slug: 'harga-pangan', id: 'Harga pangan', en: 'Food prices', istilah: ['harga pangan', 'harga beras', 'harga cabai', 'harga bawang', 'harga sembako', 'bahan pokok', 'kebutuhan pokok', 'PIHPS', 'informasi harga', 'panel harga'], istilah_en: ['food prices', 'rice price', 'chilli price', 'staple food', 'price information'] },
  { slug: 'hari-besar', id: 'Hari besar keagamaan', en: 'Religious holidays', istilah: ['hari besar keagamaan', 'HBKN', 'lebaran', 'idul fitri', 'ramadan', 'puasa', 'natal', 'tahun baru', 'mudik', 'menjelang hari raya'], istilah_en: ['religious holidays', 'Eid', 'Ramadan', 'Christmas', 'holiday season'] },
  { slug: 'pasar', id: 'Pasar dan rantai pasok', en: 'Markets and supply chains', istilah: ['pasar tani', 'pasar murah', 'operasi pasar', 'pasar tradisional', 'rantai pasok', 'distribusi pangan', 'kios pangan'], istilah_en: ['farmers market', 'market operation', 'traditional market', 'supply chain', 'food distribution'] },
  { slug: 'kemiskinan', id: 'Kemiskinan', en: 'Poverty', istilah: ['kemiskinan', 'miskin', 'warga miskin', 'keluarga miskin', 'kemiskinan ekstrem', 'penanggulangan kemiskinan', 'TKPKD', 'desa merah', 'desil', 'tidak mampu', 'kurang mampu', 'prasejahtera', 'pra sejahtera', 'gakin', 'rumah tangga miskin'], istilah_en: ['poverty', 'poor households', 'extreme poverty', 'poverty reduction', 'poverty alleviation', 'low-income families'] },
  { slug: 'data-sasaran', id: 'Data sasaran by name by address', en: 'Named target data', istilah: ['by name by address', 'data sasaran', 'nama dan alamat'], istilah_en: ['beneficiary data', 'targeting data', 'by name by address'] },
  // The national social welfare registries are poverty data, kept apart from named target data in
  // general: stunting work keeps that too (e-PPGBM), and "DTKS" must not find it.
  { slug: 'data-kesejahteraan', id: 'Data terpadu kesejahteraan sosial', en: 'Social welfare registry', istilah: ['DTKS', 'data terpadu kesejahteraan sosial', 'basis data terpadu', 'BDT', 'data terpadu', 'P3KE', 'Regsosek', 'DTSEN'], istilah_en: ['social registry', 'social welfare registry', 'unified database'] },
  { slug: 'bansos', id: 'Bantuan sosial', en: 'Social assistance', istilah: ['bantuan sosial', 'bansos', 'BPNT', 'bantuan pangan', 'bantuan pangan non tunai', 'raskin', 'rastra', 'rasda', 'sembako', 'keluarga penerima manfaat', 'e-warung', 'e-warong', 'PKH', 'Program Keluarga Harapan', 'dinas sosial', 'Dinsos', 'Kementerian Sosial', 'Kemensos'], istilah_en: ['social assistance', 'food assistance', 'non-cash food aid', 'beneficiary families', 'cash transfer', 'Ministry of Social Affairs'] },
  { slug: 'produk-lokal', id: 'Produk dalam negeri dan lokal', en: 'Domestic and local products', istilah: ['produk dalam negeri', 'P3DN', 'TKDN', 'produk lokal', 'Bangga Buatan Indonesia', 'BBI', 'beras lokal', 'beras daerah', 'bela beli', 'cinta produk lokal'], istilah_en: ['domestic products', 'use of domestic products', 'local products', 'local content', 'buy local', 'made in Indonesia'] },
  { slug: 'umkm', id: 'UMKM', en: 'Micro and small enterprises', istilah: ['UMKM', 'UMK', 'usaha mikro', 'usaha kecil', 'usaha mikro dan kecil', 'pelaku usaha kecil', 'koperasi', 'IKM', 'UKM', 'UMKM naik kelas'], istilah_en: ['MSME', 'micro enterprises', 'small business', 'cooperatives'] },
  { slug: 'pengadaan', id: 'Pengadaan barang/jasa', en: 'Public procurement', istilah: ['pengadaan', 'pengadaan barang jasa', 'belanja pemerintah', 'belanja daerah', 'e-katalog', 'katalog elektronik', 'toko daring', 'LKPP', 'UKPBJ', 'tender'], istilah_en: ['procurement', 'public procurement', 'government spending', 'e-catalogue', 'online shop'] },
  { slug: 'investasi', id: 'Investasi dan perizinan', en: 'Investment and permits', istilah: ['investasi', 'penanaman modal', 'investor', 'perizinan', 'izin usaha', 'kemudahan berusaha', 'OSS', 'NIB', 'nomor induk berusaha', 'DPMPTSP', 'PTSP', 'MPP', 'mal pelayanan publik'], istilah_en: ['investment', 'investor', 'permits', 'business licence', 'ease of doing business', 'one-stop service'] },
  { slug: 'tata-ruang', id: 'Peta dan tata ruang', en: 'Maps and spatial data', istilah: ['satu peta', 'data spasial', 'peta', 'WebGIS', 'tata ruang', 'tumpang tindih', 'tumpang tindih izin', 'kesesuaian lahan', 'lahan tidur', 'lahan'], istilah_en: ['one map', 'spatial data', 'map', 'land use', 'overlapping permits', 'land suitability', 'idle land'] },
  { slug: 'tambang', id: 'Pertambangan mineral dan batu bara', en: 'Mining', istilah: ['tambang', 'pertambangan', 'minerba', 'batu bara', 'batubara', 'nikel', 'timah', 'IUP', 'WIUP', 'royalti', 'PNBP'], istilah_en: ['mining', 'coal', 'nickel', 'tin', 'mining licence', 'royalty', 'non-tax revenue'] },
  { slug: 'perkebunan', id: 'Pertanian dan perkebunan', en: 'Agriculture and plantations', istilah: ['perkebunan', 'pertanian', 'petani', 'gapoktan', 'kelompok tani', 'kelompok wanita tani', 'komoditas', 'penyuluh'], istilah_en: ['plantations', 'agriculture', 'farmers', 'farmer groups', 'commodities', 'extension workers'] },
  { slug: 'adminduk', id: 'Administrasi kependudukan', en: 'Civil registration', istilah: ['administrasi kependudukan', 'adminduk', 'dukcapil', 'KTP-el', 'e-KTP', 'KTP elektronik', 'KTP', 'kartu tanda penduduk', 'kartu keluarga', 'KK', 'akta kelahiran', 'akte kelahiran', 'akta kematian', 'kartu identitas anak', 'dokumen kependudukan', 'perekaman', 'Disdukcapil'], istilah_en: ['civil registration', 'identity card', 'ID card', 'family card', 'birth certificate', 'civil documents', 'e-KTP', 'KTP'] },
  { slug: 'jemput-bola', id: 'Layanan jemput bola', en: 'Outreach services', istilah: ['jemput bola', 'layanan keliling', 'mobil keliling', 'pelayanan keliling', 'datang ke desa', 'layanan ke rumah'], istilah_en: ['outreach', 'mobile service', 'door-to-door service'] },
  { slug: 'daerah-3t', id: 'Daerah 3T dan perbatasan', en: 'Remote and border areas', istilah: ['3T', 'daerah terpencil', 'pedalaman', 'daerah pedalaman', 'perbatasan', 'daerah perbatasan', 'tertinggal', 'terluar', 'terdepan', 'pulau terpencil'], istilah_en: ['remote areas', 'border areas', 'hinterland', 'isolated islands'] },
  { slug: 'spbe', id: 'Pemerintahan digital (SPBE)', en: 'Digital government', istilah: ['SPBE', 'e-government', 'pemerintahan digital', 'birokrasi digital', 'digitalisasi', 'interoperabilitas', 'integrasi data', 'Satu Data Indonesia', 'satu data'], istilah_en: ['digital government', 'e-government', 'digitalisation', 'interoperability', 'data integration', 'one data'] },
  // Offices by their everyday short names, each its own concept where the topic is wider than the
  // office: "Disbun" finds the entries that name the plantation office, not every entry about
  // farmers. (The social affairs offices stay with social assistance, which is what they run.)
  { slug: 'dinas-kesehatan', id: 'Dinas Kesehatan', en: 'Health office', istilah: ['dinas kesehatan', 'Dinkes'], istilah_en: ['health office'] },
  { slug: 'dinas-pertanian', id: 'Dinas Pertanian', en: 'Agriculture office', istilah: ['dinas pertanian', 'Distan'], istilah_en: ['agriculture office'] },
  { slug: 'dinas-perkebunan', id: 'Dinas Perkebunan', en: 'Plantation office', istilah: ['dinas perkebunan', 'Disbun'], istilah_en: ['plantation office', 'estate crops office'] },
  { slug: 'rb-tematik', id: 'Reformasi birokrasi tematik', en: 'Thematic bureaucratic reform', istilah: ['RB Tematik', 'reformasi birokrasi tematik', 'reformasi birokrasi'], istilah_en: ['thematic bureaucratic reform', 'bureaucratic reform'] },
] as const satisfies readonly Konsep[];

/**
 * The short names officers write for provinces ("Sulsel", "Jateng"), by Kemendagri code, for an
 * entry's search terms (istilahWilayah, src/lib/tesaurus.ts): its page names the province only in
 * full. Only settled abbreviations: the 2022 Papua provinces have none yet.
 */
export const SINGKATAN_PROVINSI: Readonly<Record<string, readonly string[]>> = {
  '11': ['NAD'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '16': ['Sumsel'],
  '19': ['Babel'],
  '21': ['Kepri'],
  '31': ['DKI'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['DIY', 'Jogja'],
  '35': ['Jatim'],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '76': ['Sulbar'],
  '82': ['Malut'],
  '92': ['Pabar'],
  '96': ['PBD'],
};
