import { tokenYaml } from './token-yaml.ts';
import { ANATOMI, type Bagian } from '../rules/anatomy.ts';
import { slugify } from '../schema/common.ts';
import { KOLEKSI } from '../schema/index.ts';
import { kolomKosakataWajib, kolomSkema, type KolomSkema } from '../schema/kolom.ts';
import { urutanKoleksi } from './studio.ts';
import { yamlFrontmatter } from './studio-format.ts';

export type JenisBaru = 'model' | 'praktik' | 'panduan';

/** A vocabulary field of a collection's schema (src/schema/kolom.ts); the scaffold's choices come from it. */
function kosakata(jenis: 'model' | 'praktik', jalur: string): KolomSkema & { kosakata: NonNullable<KolomSkema['kosakata']> } {
  const k = kolomSkema(KOLEKSI[jenis].schema).find((x) => x.jalur === jalur);
  if (!k?.kosakata) throw new Error(`src/lib/scaffold.ts: ${jenis} tidak punya kolom kosakata ${jalur}`);
  return k as KolomSkema & { kosakata: NonNullable<KolomSkema['kosakata']> };
}

/**
 * The comment that marks a value the scaffold filled in for the author to check: `# ISI…`. The
 * author deletes it once the value is checked; an entry under review or published holds none (the
 * author guide). `barisTanpaKomentarIsi` reads a frontmatter as it is without them.
 */
export const KOMENTAR_ISI = /^#\s*ISI\b/;

/**
 * A new entry with every required section, guidance comments and status `draf`.
 * `[ISI: …]` marks what the author must replace; `npm run check` warns about them in a draft and
 * rejects them once the status moves on. URLs on the reserved `.invalid` domain are placeholders too.
 * Every other value the author must check carries a `# ISI…` comment on its line. A practice's or
 * a model's frontmatter is written by the studio's serializer (src/lib/studio-format.ts), so that
 * without its `# ISI` comments it is byte for byte the studio's form.
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

/**
 * A practice's or a model's frontmatter: its values, and the `# ISI` comment of each value the
 * author must check, keyed by field path ("kesiapan.biaya", "sumber[].jenis").
 */
function entryFrontmatter(jenis: 'model' | 'praktik', id: string, judul: string, today: string): string {
  const pilihan = (jalur: string) => kosakata(jenis, jalur).kosakata.map((t) => t.slug).join(' | ');
  const pilih = (jalur: string, lagi = '') => `ISI, pilih: ${pilihan(jalur)}${lagi}`;
  const tahun = Number(today.slice(0, 4));
  const data: Record<string, unknown> = {
    id,
    judul,
    ringkasan: '[ISI: paling banyak 60 kata: apa, untuk siapa, hasilnya]',
    tema_rb: kosakata(jenis, 'tema_rb').kosakata[0]!.slug,
    sdgs: [1],
    urusan_pemerintahan: ['sosial'],
    kata_kunci: [],
    kesiapan: {
      dampak_utama: {
        indikator: '[ISI: apa yang diukur]',
        baseline: 'tidak tersedia',
        hasil: 'tidak tersedia',
        periode: '[ISI: mis. 2019–2021]',
        sumber: 'https://sumber.invalid/isi-url-sumber',
      },
      tingkat_dampak: 'rendah',
      kekuatan_bukti: 0,
      bukti_catatan: '[ISI: satu kalimat alasan tingkat bukti]',
      biaya: 1,
      biaya_juta_per_tahun: 0,
      biaya_catatan: '[ISI: apa yang dihitung dan tidak; sebut bila perkiraan redaksi]',
      kompleksitas: 'rendah',
      kriteria_kompleksitas: { instansi_terlibat: 1, tingkat_pemerintahan: 1, sistem_informasi: 'tanpa-aplikasi' },
      lama_persiapan_bulan: 3,
      prasyarat: ['[ISI: prasyarat kritis]'],
      replikasi: [],
    },
    sumber: [{ kunci: 'sumber-1', judul: '[ISI: judul sumber]', url: 'https://sumber.invalid/isi-url-sumber', jenis: 'berita-media', diakses: today }],
    tingkat_verifikasi: 'belum-diverifikasi',
    penulis: ['tim-redaksi'],
    status: 'draf',
    riwayat: [{ tanggal: today, jenis: 'besar', catatan: 'Entri dibuat.' }],
  };
  const komentar = new Map<string, string>([
    ['tema_rb', pilih('tema_rb', `; untuk percepatan-prioritas-presiden tambahkan baris prioritas_presiden: ${pilihan('prioritas_presiden')}`)],
    ['sdgs', 'ISI: nomor TPB/SDGs 1–17, mis. [1, 2]'],
    ['urusan_pemerintahan', 'ISI: lihat daftar di panduan penulis'],
    ['kesiapan.dampak_utama.baseline', 'ISI: nilai sebelum, dengan tahunnya; biarkan "tidak tersedia" bila tidak ada sumber yang menyebutnya'],
    ['kesiapan.dampak_utama.hasil', 'ISI: nilai sesudah, dengan tahunnya, atau "tidak tersedia"; bila kedua angka dari sumber, tambahkan baris perubahan_persen (mis. -35)'],
    ['kesiapan.tingkat_dampak', pilih('kesiapan.tingkat_dampak', '; syaratnya di panduan kartu kesiapan')],
    ['kesiapan.kekuatan_bukti', 'ISI: 0–5, lihat panduan kartu kesiapan'],
    ['kesiapan.biaya', 'ISI: 1–5, pita yang memuat biaya_juta_per_tahun'],
    ['kesiapan.biaya_juta_per_tahun', 'ISI: belanja baru per tahun bagi replikator, dalam juta rupiah, tanpa titik ribuan (mis. 5000)'],
    ['kesiapan.kompleksitas', pilih('kesiapan.kompleksitas', '; harus sama dengan skor kriteria di bawah')],
    ['kesiapan.kriteria_kompleksitas.instansi_terlibat', 'ISI: jumlah instansi, OPD, dan mitra yang harus bekerja, termasuk unit replikator'],
    ['kesiapan.kriteria_kompleksitas.tingkat_pemerintahan', 'ISI: jumlah tingkat pemerintahan yang harus bertindak (1–4: desa, kabupaten/kota, provinsi, pusat)'],
    ['kesiapan.kriteria_kompleksitas.sistem_informasi', pilih('kesiapan.kriteria_kompleksitas.sistem_informasi')],
    ['kesiapan.lama_persiapan_bulan', 'ISI: bulan persiapan sebelum layanan pertama berjalan'],
    ['sumber[].kunci', 'ISI: kunci pendek untuk dirujuk di teks sebagai [@sumber-1]'],
    ['sumber[].jenis', pilih('sumber[].jenis')],
    ['sumber[].diakses', 'ISI: tanggal Anda membuka sumber ini'],
    ['tingkat_verifikasi', pilih('tingkat_verifikasi')],
    ['penulis', 'ISI: id di content/penulis/'],
  ]);
  if (jenis === 'model') {
    Object.assign(data, { tahun_model: tahun, praktik: [] });
    komentar.set('tahun_model', 'ISI: angkatan buku model: 2023 (RB Tematik) atau 2024 (prioritas presiden)');
    komentar.set('praktik', 'ISI: paling sedikit dua id praktik; setiap praktik mencantumkan model ini di "model"');
  } else {
    Object.assign(data, {
      model: [],
      bentuk_inovasi: 'pelayanan-publik',
      jenis_inovasi: 'digital',
      instansi_asal: { nama: '[ISI: nama resmi instansi]', jenis: 'pemerintah-kabupaten', unit: '[ISI: OPD atau unit pelaksana]', kode_provinsi: '34', kode_kabkota: '34.01', daerah_3t: false },
      cakupan_wilayah: 'kabupaten-kota',
      tahun_mulai: tahun,
      tahap_siklus: 'implementasi',
      status_keberlanjutan: 'belum-diverifikasi',
      tanggal_status: today,
      penghargaan: [],
      kontak: { unit: '[ISI: unit kontak kelembagaan, bukan nama orang]' },
    });
    for (const [jalur, isi] of [
      ['model', 'ISI: id model yang menyintesis praktik ini, bila ada; biarkan [] bila tidak ada'],
      ['bentuk_inovasi', pilih('bentuk_inovasi')],
      ['jenis_inovasi', pilih('jenis_inovasi')],
      ['instansi_asal.jenis', pilih('instansi_asal.jenis')],
      ['instansi_asal.kode_provinsi', 'ISI: kode provinsi Kemendagri dalam tanda kutip; hapus baris ini dan kode_kabkota untuk kementerian, lembaga, dan BUMN'],
      ['instansi_asal.kode_kabkota', 'ISI: kode kabupaten/kota Kemendagri "PP.KK" dalam tanda kutip; hapus baris ini untuk pemerintah provinsi, kementerian, lembaga, dan BUMN'],
      ['instansi_asal.daerah_3t', 'ISI: true bila wilayahnya daerah 3T (tertinggal, terdepan, terluar)'],
      ['cakupan_wilayah', pilih('cakupan_wilayah')],
      ['tahun_mulai', 'ISI: tahun inovasi mulai dijalankan'],
      ['tahap_siklus', pilih('tahap_siklus')],
      ['status_keberlanjutan', pilih('status_keberlanjutan')],
      ['tanggal_status', 'ISI: tanggal status keberlanjutan terakhir diperiksa; status selain belum-diverifikasi memerlukan baris status_sumber: [kunci sumber yang mencatat terbit]'],
    ] as const) komentar.set(jalur, isi);
  }
  lengkapi(jenis, data, komentar);
  return denganKomentar(yamlFrontmatter(data, urutanKoleksi(jenis)), komentar);
}

/**
 * The template above, plus every required vocabulary field of the schema it does not write (one
 * added to the schema since), with its first value and a `# ISI, pilih:` comment of the choices;
 * the serializer puts it in the schema's place. A new vocabulary reaches `npm run new` and the
 * studio's new entries without an edit here.
 */
function lengkapi(jenis: 'model' | 'praktik', data: Record<string, unknown>, komentar: Map<string, string>): void {
  for (const k of kolomKosakataWajib(KOLEKSI[jenis].schema)) {
    const bagian = k.jalur.split('.');
    let induk: Record<string, unknown> | undefined = data;
    for (const b of bagian.slice(0, -1)) induk = induk?.[b] as Record<string, unknown> | undefined;
    const nama = bagian.at(-1)!;
    if (!induk || nama in induk) continue;
    const slug = k.kosakata[0]!.slug;
    const nilai = k.angka ? Number(slug) : slug;
    induk[nama] = k.daftar ? [nilai] : nilai;
    komentar.set(k.jalur, `ISI, pilih: ${k.kosakata.map((t) => t.slug).join(' | ')}`);
  }
}

/**
 * Frontmatter YAML in the studio's form with a ` # comment` after the line of each field in
 * `komentar` (keyed by path; a record of a list is `[]`). A comment whose field the YAML does not
 * write is a mistake in this module, not something to drop silently.
 */
function denganKomentar(yaml: string, komentar: ReadonlyMap<string, string>): string {
  const tumpukan: { indent: number; kunci: string; daftar: boolean }[] = [];
  const dipakai = new Set<string>();
  const out = yaml.split('\n').map((baris) => {
    const m = /^( *)(- )?([a-z0-9_]+):/.exec(baris);
    if (!m) return baris;
    const indent = m[1]!.length + (m[2] ? 2 : 0);
    while (tumpukan.length && tumpukan.at(-1)!.indent >= indent) tumpukan.pop();
    if (m[2] && tumpukan.length) tumpukan.at(-1)!.daftar = true;
    tumpukan.push({ indent, kunci: m[3]!, daftar: false });
    const jalur = tumpukan.map((t, i) => `${t.kunci}${t.daftar && i < tumpukan.length - 1 ? '[]' : ''}`).join('.');
    const isi = komentar.get(jalur);
    if (isi === undefined) return baris;
    dipakai.add(jalur);
    return `${baris} # ${isi}`;
  });
  const hilang = [...komentar.keys()].filter((k) => !dipakai.has(k));
  if (hilang.length) throw new Error(`src/lib/scaffold.ts: komentar untuk kolom yang tidak ditulis: ${hilang.join(', ')}`);
  return out.join('\n');
}

/**
 * Frontmatter YAML line by line without its `# ISI` comments: a comment after a value goes with
 * the spaces before it, and a line that held only such a comment is `null`, so every other line
 * keeps its place (its number in the file). Read with YAML's own lexer, so a `#` inside a quoted
 * value is text and stays. Other comments stay: a ` #` in an unquoted value cuts the value short,
 * and the studio-form check is what shows that.
 */
export function barisTanpaKomentarIsi(yaml: string): (string | null)[] {
  const baris: (string | null)[] = [];
  let kini = '';
  let hanyaKomentar = false;
  for (const { teks: t } of tokenYaml(yaml)) {
    if (KOMENTAR_ISI.test(t)) {
      kini = kini.replace(/[ \t]+$/, '');
      hanyaKomentar ||= kini === '';
      continue;
    }
    const bagian = t.split('\n');
    for (const b of bagian.slice(0, -1)) {
      baris.push(hanyaKomentar && !kini && !b.replace(/\r$/, '') ? null : kini + b);
      kini = '';
      hanyaKomentar = false;
    }
    kini += bagian.at(-1)!;
  }
  baris.push(hanyaKomentar && !kini ? null : kini);
  return baris;
}


function panduanFrontmatter(id: string, judul: string, today: string): string {
  return `id: ${id}
judul: ${JSON.stringify(judul)}
ringkasan: "[ISI: satu atau dua kalimat tentang isi panduan]"
urutan: 99 # ISI: posisi dalam urutan panduan
penulis: [tim-redaksi] # ISI: id di content/penulis/
status: draf
riwayat:
  - tanggal: ${today}
    jenis: besar
    catatan: Panduan dibuat.
`;
}
