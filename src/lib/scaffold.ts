import { ANATOMI, type Bagian } from '../rules/anatomy.ts';
import { slugify } from '../schema/common.ts';
import { KOLEKSI } from '../schema/index.ts';
import { kolomKosakataWajib, kolomSkema, type KolomSkema } from '../schema/kolom.ts';

export type JenisBaru = 'model' | 'praktik' | 'panduan';

/** A vocabulary field of a collection's schema (src/schema/kolom.ts); the scaffold's choices come from it. */
function kosakata(jenis: 'model' | 'praktik', jalur: string): KolomSkema & { kosakata: NonNullable<KolomSkema['kosakata']> } {
  const k = kolomSkema(KOLEKSI[jenis].schema).find((x) => x.jalur === jalur);
  if (!k?.kosakata) throw new Error(`src/lib/scaffold.ts: ${jenis} tidak punya kolom kosakata ${jalur}`);
  return k as KolomSkema & { kosakata: NonNullable<KolomSkema['kosakata']> };
}

/** A value as the scaffold writes it: a slug that YAML would read as something else is quoted. */
const nilaiYaml = (k: KolomSkema, slug: string) => {
  const v = k.angka || /^[a-z][a-z0-9-]*$/.test(slug) ? slug : JSON.stringify(slug);
  return k.daftar ? `[${v}]` : v;
};

/**
 * A new entry with every required section, guidance comments and status `draf`.
 * `[ISI: …]` marks what the author must replace; `npm run check` warns about them in a draft and
 * rejects them once the status moves on. URLs on the reserved `.invalid` domain are placeholders too.
 * The id is made from the title unless the author chose one (`npm run new -- … --id`).
 */
export function scaffold(jenis: JenisBaru, judul: string, today: string, id = slugify(judul)): { id: string; text: string } {
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
  const pilihan = (jalur: string) => kosakata(jenis, jalur).kosakata.map((t) => t.slug).join(' | ');
  const common = `id: ${id}
judul: ${JSON.stringify(judul)}
ringkasan: "[ISI: paling banyak 60 kata: apa, untuk siapa, hasilnya]"
tema_rb: ${kosakata(jenis, 'tema_rb').kosakata[0]!.slug} # ISI, pilih: ${pilihan('tema_rb')}
# prioritas_presiden: wajib bila tema_rb percepatan-prioritas-presiden; pilih: ${pilihan('prioritas_presiden')}
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
  tingkat_dampak: rendah # ISI, pilih: ${pilihan('kesiapan.tingkat_dampak')}; syaratnya di panduan kartu kesiapan
  kekuatan_bukti: 0 # ISI: 0–5, lihat panduan kartu kesiapan
  bukti_catatan: "[ISI: satu kalimat alasan tingkat bukti]"
  biaya: 1 # ISI: 1–5, pita yang memuat biaya_juta_per_tahun
  biaya_juta_per_tahun: 0 # ISI: belanja baru per tahun bagi replikator, dalam juta rupiah
  biaya_catatan: "[ISI: apa yang dihitung dan tidak; sebut bila perkiraan redaksi]"
  kompleksitas: rendah # ISI, pilih: ${pilihan('kesiapan.kompleksitas')}; harus sama dengan skor kriteria di bawah
  kriteria_kompleksitas:
    instansi_terlibat: 1 # ISI: instansi, OPD, dan mitra yang harus bekerja
    tingkat_pemerintahan: 1 # ISI: 1–4 (desa, kabupaten/kota, provinsi, pusat)
    sistem_informasi: tanpa-aplikasi # ISI, pilih: ${pilihan('kesiapan.kriteria_kompleksitas.sistem_informasi')}
  lama_persiapan_bulan: 3 # ISI
  prasyarat:
    - "[ISI: prasyarat kritis]"
  replikasi: []
`;
  const provenance = `sumber:
  - kunci: sumber-1 # ISI: kunci pendek untuk dirujuk di teks sebagai [@sumber-1]
    judul: "[ISI: judul sumber]"
    url: https://sumber.invalid/isi-url-sumber
    jenis: berita-media # ISI, pilih: ${pilihan('sumber[].jenis')}
    diakses: ${today}
tingkat_verifikasi: belum-diverifikasi # ISI, pilih: ${pilihan('tingkat_verifikasi')}
penulis: [tim-redaksi] # ISI: id di content/penulis/
status: draf # draf → tinjauan → terbit
riwayat:
  - tanggal: ${today}
    jenis: besar
    catatan: Entri dibuat.
`;
  if (jenis === 'model') {
    return lengkapi(jenis, `${common}tahun_model: ${today.slice(0, 4)}
praktik: [] # ISI: paling sedikit dua id praktik; setiap praktik mencantumkan model ini di "model"
${kesiapan}${provenance}`);
  }
  return lengkapi(jenis, `${common}model: [] # id model yang menyintesis praktik ini, bila ada
bentuk_inovasi: pelayanan-publik # ISI, pilih: ${pilihan('bentuk_inovasi')}
jenis_inovasi: digital # ISI, pilih: ${pilihan('jenis_inovasi')}
instansi_asal:
  nama: "[ISI: nama resmi instansi]"
  jenis: pemerintah-kabupaten # ISI, pilih: ${pilihan('instansi_asal.jenis')}
  unit: "[ISI: OPD atau unit pelaksana]"
  kode_provinsi: "34" # ISI: kode Kemendagri dua digit
  kode_kabkota: "34.01" # ISI: kode Kemendagri PP.KK
  daerah_3t: false
cakupan_wilayah: kabupaten-kota # ISI, pilih: ${pilihan('cakupan_wilayah')}
tahun_mulai: ${today.slice(0, 4)} # ISI
tahap_siklus: implementasi # ISI, pilih: ${pilihan('tahap_siklus')}
status_keberlanjutan: belum-diverifikasi # ISI, pilih: ${pilihan('status_keberlanjutan')}
tanggal_status: ${today}
penghargaan: []
${kesiapan}kontak:
  unit: "[ISI: unit kontak kelembagaan, bukan nama orang]"
${provenance}`);
}

/** The path of every key written in a frontmatter's lines ("kesiapan.biaya"), with its line; keys inside list items are not tracked. */
function jalurBaris(baris: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  const tumpukan: { indent: number; kunci: string }[] = [];
  baris.forEach((b, i) => {
    const m = /^( *)([a-z0-9_]+):/.exec(b);
    if (!m) return;
    while (tumpukan.length && tumpukan.at(-1)!.indent >= m[1]!.length) tumpukan.pop();
    tumpukan.push({ indent: m[1]!.length, kunci: m[2]! });
    out.set(tumpukan.map((t) => t.kunci).join('.'), i);
  });
  return out;
}

/**
 * The template above, plus a line for every required vocabulary field of the schema it does not
 * write (one added to the schema since), at its place in the schema's order, with the first value
 * and the choices: a new vocabulary reaches `npm run new` and the studio's new entries without an
 * edit here.
 */
function lengkapi(jenis: 'model' | 'praktik', fm: string): string {
  const baris = fm.replace(/\n$/, '').split('\n');
  const semua = kolomSkema(KOLEKSI[jenis].schema);
  for (const k of kolomKosakataWajib(KOLEKSI[jenis].schema)) {
    const bagian = k.jalur.split('.');
    const induk = bagian.slice(0, -1).join('.');
    const ada = jalurBaris(baris);
    if (ada.has(k.jalur) || (induk && !ada.has(induk))) continue;
    // Before the next field of the same object that the template writes, else at the end of the object.
    const saudara = semua.slice(semua.findIndex((x) => x.jalur === k.jalur) + 1).filter((x) => x.jalur.split('.').length === bagian.length && x.jalur.startsWith(induk ? `${induk}.` : ''));
    let di = saudara.map((x) => ada.get(x.jalur)).find((i) => i !== undefined);
    if (di === undefined) {
      di = induk ? ada.get(induk)! + 1 : baris.length;
      while (induk && di < baris.length && (!baris[di]!.trim() || /^ */.exec(baris[di]!)![0].length >= bagian.length * 2 - 2)) di++;
    }
    baris.splice(di, 0, `${'  '.repeat(bagian.length - 1)}${bagian.at(-1)}: ${nilaiYaml(k, k.kosakata[0]!.slug)} # ISI, pilih: ${k.kosakata.map((t) => t.slug).join(' | ')}`);
  }
  return `${baris.join('\n')}\n`;
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
