import type { TEMA_RB, PRIORITAS_PRESIDEN } from './tema.ts';

type TemaSlug = (typeof TEMA_RB)[number]['slug'] | (typeof PRIORITAS_PRESIDEN)[number]['slug'];

export interface TemaInfo {
  /** What the theme is, in a few sentences. */
  id: string;
  en: string;
  /** Legal bases and programmes, as cited in the domain brief (§4.3–4.4). */
  dasarHukum: readonly string[];
  sumber: readonly { judul: string; url: string }[];
}

const RB_TEMATIK = { judul: 'Penjelasan RB Tematik (PermenPANRB 3/2023), Setda Kampar', url: 'https://setda-ortal.kamparkab.go.id/?p=392065' };
const REPLIKASI_RB = { judul: 'Percepat implementasi RB Tematik melalui replikasi inovasi pelayanan publik (Kementerian PANRB)', url: 'https://menpan.go.id/site/berita-terkini/percepat-implementasi-rb-tematik-melalui-replikasi-inovasi-pelayanan-publik' };

/** When the theme pages' sources were last read: the domain brief's compilation date. */
export const TEMA_INFO_DIAKSES = '2026-11-28';

/**
 * The theme pages' introductions. Facts come from the domain brief compiled on 2026-11-28, with
 * the original sources it names; they are shown with those sources on /tema/<slug>/.
 */
export const TEMA_INFO: Record<TemaSlug, TemaInfo> = {
  'pengentasan-kemiskinan': {
    id: 'Fokus RB Tematik yang mengarahkan reformasi birokrasi pada penurunan kemiskinan dan penghapusan kemiskinan ekstrem, melalui perbaikan proses bisnis, regulasi, dan program di instansi pusat dan daerah.',
    en: 'An RB Tematik focus that directs bureaucratic reform at reducing poverty and eliminating extreme poverty, by improving business processes, regulation and programmes in central and regional agencies.',
    dasarHukum: ['PermenPANRB Nomor 3 Tahun 2023 (perubahan Road Map RB 2020–2024)', 'Inpres Nomor 4 Tahun 2022 tentang Percepatan Penghapusan Kemiskinan Ekstrem'],
    sumber: [RB_TEMATIK, REPLIKASI_RB, { judul: 'Target kemiskinan ekstrem 0 persen (Suara.com, 16 Februari 2022)', url: 'https://amp.suara.com/news/2022/02/16/184804/jokowi-ingin-sebelum-habis-masa-jabatan-angka-kemiskinan-ekstrem-capai-0-persen' }],
  },
  'peningkatan-investasi': {
    id: 'Fokus RB Tematik untuk mempermudah perizinan berusaha, membenahi kebijakan yang tumpang tindih, dan membangun budaya melayani investor, antara lain melalui PTSP, OSS, dan Mal Pelayanan Publik.',
    en: 'An RB Tematik focus on simpler business licensing, fixing overlapping policies and an investor-service culture, through one-stop services (PTSP), OSS and public service malls.',
    dasarHukum: ['PermenPANRB Nomor 3 Tahun 2023 (perubahan Road Map RB 2020–2024)'],
    sumber: [RB_TEMATIK, REPLIKASI_RB],
  },
  'digitalisasi-administrasi-pemerintahan': {
    id: 'Fokus RB Tematik tentang birokrasi digital: Sistem Pemerintahan Berbasis Elektronik (SPBE) yang dikoordinasikan Kementerian PANRB, interoperabilitas aplikasi, dan Satu Data.',
    en: 'An RB Tematik focus on digital bureaucracy: the e-government system (SPBE) coordinated by the Ministry of PANRB, interoperable applications and One Data.',
    dasarHukum: ['PermenPANRB Nomor 3 Tahun 2023 (perubahan Road Map RB 2020–2024)', 'Perpres Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik'],
    sumber: [RB_TEMATIK, REPLIKASI_RB],
  },
  'percepatan-prioritas-presiden': {
    id: 'Fokus RB Tematik yang mempercepat program prioritas presiden. PermenPANRB 3/2023 menyebut peningkatan penggunaan produk dalam negeri dan pengendalian inflasi; buku model 2024 Kementerian PANRB juga mencakup penanganan stunting.',
    en: 'An RB Tematik focus that accelerates presidential priority programmes. PermenPANRB 3/2023 names the use of domestic products and inflation control; the Ministry’s 2024 model books also cover stunting.',
    dasarHukum: ['PermenPANRB Nomor 3 Tahun 2023 (perubahan Road Map RB 2020–2024)'],
    sumber: [RB_TEMATIK, { judul: 'FGD finalisasi model inovasi 2024 (FISIP Undip)', url: 'https://fisip.undip.ac.id/?p=250270' }],
  },
  'penanganan-stunting': {
    id: 'Prioritas presiden untuk menurunkan prevalensi stunting melalui intervensi spesifik dan sensitif yang konvergen, dengan sasaran remaja, calon pengantin, ibu hamil, ibu menyusui, dan anak 0–59 bulan, dikoordinasikan Tim Percepatan Penurunan Stunting (TPPS) di setiap tingkat.',
    en: 'A presidential priority to reduce stunting through convergent specific and sensitive interventions for adolescents, brides-to-be, pregnant and breastfeeding mothers and children aged 0–59 months, coordinated by stunting acceleration teams (TPPS) at every level.',
    dasarHukum: ['Perpres Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting (target 14 persen pada 2024)', 'Peraturan BKKBN Nomor 12 Tahun 2021 tentang Rencana Aksi Nasional Percepatan Penurunan Angka Stunting Indonesia (RAN-PASTI)'],
    sumber: [
      { judul: 'Perpres Percepatan Penurunan Stunting (Harian SIB)', url: 'https://www.hariansib.com/detail/Headlines/Jokowi-Teken-Perpres-Percepatan-Penurunan-Stunting--Ma-rsquo-ruf-Amin-Ketua-Pengarah' },
      { judul: 'Strategi nasional percepatan penurunan stunting', url: 'https://banjarsari-labuhanhaji.desa.id/artikel/2024/4/1/strategi-nasional-percepatan-penurunan-stunting' },
    ],
  },
  'pengendalian-inflasi': {
    id: 'Prioritas presiden untuk menjaga harga tetap terkendali melalui Tim Pengendalian Inflasi Pusat dan Daerah (TPIP dan TPID) dengan kerangka 4K: keterjangkauan harga, ketersediaan pasokan, kelancaran distribusi, dan komunikasi efektif.',
    en: 'A presidential priority to keep prices under control through the central and regional inflation control teams (TPIP and TPID) and the 4K framework: affordable prices, available supply, smooth distribution and effective communication.',
    dasarHukum: ['PermenPANRB Nomor 3 Tahun 2023 (prioritas pengendalian inflasi dalam RB Tematik)'],
    sumber: [RB_TEMATIK, { judul: 'Rakor TPID: tren inflasi nasional (Fokus Sulawesi)', url: 'https://www.fokussulawesi.com/info-daerah/rakor-tpid-tren-inflasi-nasional-turun-diangka-528/' }],
  },
  p3dn: {
    id: 'Prioritas presiden untuk meningkatkan penggunaan produk dalam negeri dalam belanja pemerintah, dengan sedikitnya 40 persen nilai belanja barang/jasa untuk produk usaha mikro, kecil, dan koperasi, serta Tim P3DN di setiap kementerian, lembaga, dan pemerintah daerah.',
    en: 'A presidential priority to increase the use of domestic products in government spending, with at least 40 per cent of goods and services spending going to micro and small enterprises and cooperatives, and a P3DN team in every ministry, agency and regional government.',
    dasarHukum: ['Inpres Nomor 2 Tahun 2022 tentang Percepatan Peningkatan Penggunaan Produk Dalam Negeri dan Produk Usaha Mikro, Usaha Kecil, dan Koperasi'],
    sumber: [{ judul: 'Jokowi teken Inpres peningkatan penggunaan produk dalam negeri (Kompas, 31 Maret 2022)', url: 'https://nasional.kompas.com/read/2022/03/31/17010541/jokowi-teken-inpres-soal-peningkatan-penggunaan-produk-dalam-negeri' }],
  },
};
