import { ANATOMI, type Bagian } from '../rules/anatomy.ts';
import { TEMA_RB, PRIORITAS_PRESIDEN } from '../data/tema.ts';
import { JENIS_INSTANSI } from '../data/instansi.ts';
import { BENTUK_INOVASI, CAKUPAN_WILAYAH, KOMPLEKSITAS, SISTEM_INFORMASI, STATUS_KEBERLANJUTAN, TAHAP_SIKLUS, TINGKAT_DAMPAK, TINGKAT_VERIFIKASI, JENIS_SUMBER } from '../data/klasifikasi.ts';
import type { Term } from '../data/vocab.ts';
import { slugify } from '../schema/common.ts';

export type JenisBaru = 'model' | 'praktik' | 'panduan';

const pilihan = (v: readonly Term[]) => v.map((t) => t.slug).join(' | ');

/**
 * A new entry with every required section, guidance comments and status `draf`.
 * `[ISI: …]` marks what the author must replace; `npm run check` warns about them in a draft and
 * rejects them once the status moves on. URLs on the reserved `.invalid` domain are placeholders too.
 */
export function scaffold(jenis: JenisBaru, judul: string, today: string): { id: string; text: string } {
  const id = slugify(judul);
  const fm = jenis === 'panduan' ? panduanFrontmatter(id, judul, today) : entryFrontmatter(jenis, id, judul, today);
  const spec: readonly Bagian[] = ANATOMI[jenis];
  const body = spec
    .filter((b) => b.wajib)
    .map((b) => section(b))
    .join('\n');
  const optional = spec.filter((b) => !b.wajib).map((b) => `## ${b.judul}`);
  const tail = optional.length
    ? `\n{/* Bagian tambahan yang boleh ditulis, di posisinya masing-masing menurut anatomi: ${optional.join('; ')} */}\n`
    : '';
  return { id, text: `---\n${fm}---\n\n${body}${tail}` };
}

function section(b: Bagian): string {
  const subs = (b.sub ?? []).map((s) => `\n### ${s}\n\n[ISI: ${s.toLowerCase()}]\n`).join('');
  return `## ${b.judul}\n\n{/* ${b.isi} */}\n[ISI: ${b.judul.toLowerCase()}]\n${subs}\n`;
}

function entryFrontmatter(jenis: 'model' | 'praktik', id: string, judul: string, today: string): string {
  const common = `id: ${id}
judul: ${JSON.stringify(judul)}
ringkasan: "[ISI: paling banyak 60 kata: apa, untuk siapa, hasilnya]"
tema_rb: ${TEMA_RB[0].slug} # ISI, pilih: ${pilihan(TEMA_RB)}
# prioritas_presiden: wajib bila tema_rb percepatan-prioritas-presiden; pilih: ${pilihan(PRIORITAS_PRESIDEN)}
sdgs: [1] # ISI: nomor TPB/SDGs 1–17
urusan_pemerintahan: [sosial] # ISI: lihat daftar di panduan penulis
kata_kunci: []
`;
  const kesiapan = `kesiapan:
  dampak_utama:
    indikator: "[ISI: apa yang diukur]"
    baseline: tidak tersedia # atau nilai sebelum, dengan tahunnya
    hasil: tidak tersedia # atau nilai sesudah, dengan tahunnya
    periode: "[ISI: mis. 2019–2021]"
    sumber: https://sumber.invalid/isi-url-sumber
    # perubahan_persen: -35 # bila baseline dan hasil berupa angka: perubahan relatif dalam persen
  tingkat_dampak: rendah # ISI, pilih: ${pilihan(TINGKAT_DAMPAK)}; syaratnya di panduan kartu kesiapan
  kekuatan_bukti: 0 # ISI: 0–5, lihat panduan kartu kesiapan
  bukti_catatan: "[ISI: satu kalimat alasan tingkat bukti]"
  biaya: 1 # ISI: 1–5, pita yang memuat biaya_juta_per_tahun
  biaya_juta_per_tahun: 0 # ISI: belanja baru per tahun bagi replikator, dalam juta rupiah
  biaya_catatan: "[ISI: apa yang dihitung dan tidak; sebut bila perkiraan redaksi]"
  kompleksitas: rendah # ISI, pilih: ${pilihan(KOMPLEKSITAS)}; harus sama dengan skor kriteria di bawah
  kriteria_kompleksitas:
    instansi_terlibat: 1 # ISI: instansi, OPD, dan mitra yang harus bekerja
    tingkat_pemerintahan: 1 # ISI: 1–4 (desa, kabupaten/kota, provinsi, pusat)
    sistem_informasi: tanpa-aplikasi # ISI, pilih: ${pilihan(SISTEM_INFORMASI)}
  lama_persiapan_bulan: 3 # ISI
  prasyarat:
    - "[ISI: prasyarat kritis]"
  replikasi: []
`;
  const provenance = `sumber:
  - kunci: sumber-1 # ISI: kunci pendek untuk dirujuk di teks sebagai [@sumber-1]
    judul: "[ISI: judul sumber]"
    url: https://sumber.invalid/isi-url-sumber
    jenis: berita-media # ISI, pilih: ${pilihan(JENIS_SUMBER)}
    diakses: ${today}
tingkat_verifikasi: belum-diverifikasi # ISI, pilih: ${pilihan(TINGKAT_VERIFIKASI)}
penulis: [tim-redaksi] # ISI: id di content/penulis/
status: draf # draf → tinjauan → terbit
riwayat:
  - tanggal: ${today}
    jenis: besar
    catatan: Entri dibuat.
`;
  if (jenis === 'model') {
    return `${common}tahun_model: ${today.slice(0, 4)}
praktik: [] # ISI: paling sedikit dua id praktik; setiap praktik mencantumkan model ini di "model"
${kesiapan}${provenance}`;
  }
  return `${common}model: [] # id model yang menyintesis praktik ini, bila ada
bentuk_inovasi: pelayanan-publik # ISI, pilih: ${pilihan(BENTUK_INOVASI)}
jenis_inovasi: digital # ISI, pilih: digital | non-digital
instansi_asal:
  nama: "[ISI: nama resmi instansi]"
  jenis: pemerintah-kabupaten # ISI, pilih: ${pilihan(JENIS_INSTANSI)}
  unit: "[ISI: OPD atau unit pelaksana]"
  kode_provinsi: "34" # ISI: kode Kemendagri dua digit
  kode_kabkota: "34.01" # ISI: kode Kemendagri PP.KK
  daerah_3t: false
cakupan_wilayah: kabupaten-kota # ISI, pilih: ${pilihan(CAKUPAN_WILAYAH)}
tahun_mulai: ${today.slice(0, 4)} # ISI
tahap_siklus: implementasi # ISI, pilih: ${pilihan(TAHAP_SIKLUS)}
status_keberlanjutan: belum-diverifikasi # ISI, pilih: ${pilihan(STATUS_KEBERLANJUTAN)}
tanggal_status: ${today}
penghargaan: []
${kesiapan}kontak:
  unit: "[ISI: unit kontak kelembagaan, bukan nama orang]"
${provenance}`;
}

function panduanFrontmatter(id: string, judul: string, today: string): string {
  return `id: ${id}
judul: ${JSON.stringify(judul)}
ringkasan: "[ISI: satu atau dua kalimat tentang isi panduan]"
urutan: 99 # ISI: posisi dalam urutan panduan
penulis: [tim-redaksi]
status: draf
riwayat:
  - tanggal: ${today}
    jenis: besar
    catatan: Panduan dibuat.
`;
}
