/**
 * Builds generated entries (frontmatter + MDX body) for the benchmark. Pure functions of a seeded
 * PRNG: no I/O here except reading district names; scripts/generate.ts writes the files.
 *
 * Every vocabulary value comes from src/data (provinces and regencies from src/data/wilayah.ts,
 * which reads idn-area-data), every section from src/rules/anatomy.ts, so the output follows the
 * project's own rules and `npm run check` accepts it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { dirname, join } from 'node:path';
import { ANATOMI, type Bagian } from '../../src/rules/anatomy.ts';
import { INSTANSI_DAERAH, INSTANSI_KABKOTA } from '../../src/data/instansi.ts';
import {
  BENTUK_INOVASI,
  CAKUPAN_WILAYAH,
  JENIS_DASAR_HUKUM,
  JENIS_LAMPIRAN,
  KELOMPOK_KIPP,
  KEKUATAN_BUKTI,
  PREDIKAT_PENGHARGAAN,
  SISTEM_INFORMASI,
  PROGRAM_PENGHARGAAN,
  STATUS_KEBERLANJUTAN,
  STATUS_REPLIKASI,
  TAHAP_SIKLUS,
  TAHAPAN_IID,
  TINGKAT_DAMPAK,
  TINGKAT_VERIFIKASI,
} from '../../src/data/klasifikasi.ts';
import { PRIORITAS_PRESIDEN, TEMA_PRIORITAS_PRESIDEN, TEMA_RB } from '../../src/data/tema.ts';
import { SDGS } from '../../src/data/sdg.ts';
import { URUSAN_PEMERINTAHAN } from '../../src/data/urusan.ts';
import { labelOf, slugsOf } from '../../src/data/vocab.ts';
import { slugify } from '../../src/schema/common.ts';
import { KABKOTA, PROVINSI, type KabKota, type Provinsi } from '../../src/data/wilayah.ts';
import { RINGKASAN_MAKS_KATA } from '../../src/schema/entri.ts';
import { KOLEKSI } from '../../src/schema/index.ts';
import { kolomKosakataWajib } from '../../src/schema/kolom.ts';
import { masalahDampak, masalahVerifikasi, pitaBiaya, skorKompleksitas } from '../../src/schema/penilaian.ts';
import { adaAngka, BAGIAN_BERANGKA } from '../../src/rules/rujukan.ts';
import { urutanKoleksi } from '../../src/lib/studio.ts';
import { keFile } from '../../src/lib/studio-format.ts';
import { Rng } from './prng.ts';
import { buildLexicon, countWords, Prose, type Lexicon } from './words.ts';

/** District names per regency code, from the same idn-area-data package src/data/wilayah.ts reads. */
function readDistricts(): Map<string, string[]> {
  const file = join(dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data', 'districts.csv');
  const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as { regency_code: string; name: string }[];
  return new Map([...Map.groupBy(rows, (r) => r.regency_code)].map(([code, list]) => [code, list.map((r) => r.name)]));
}

export interface Shared {
  lex: Lexicon;
  districts: Map<string, string[]>;
  /** Latest date any generated field may carry (YYYY-MM-DD); never after today. */
  latest: string;
}

export function makeShared(today: string): Shared {
  const districts = readDistricts();
  // A fixed ceiling keeps the output identical from day to day; today caps it on an odd clock.
  return { lex: buildLexicon([...districts.values()].flat()), districts, latest: today < '2026-06-30' ? today : '2026-06-30' };
}

/** A date `daysBack` days before `latest` (UTC days: always 24 hours). */
const dateBefore = (latest: string, daysBack: number) => new Date(Date.parse(`${latest}T00:00:00Z`) - daysBack * 86_400_000).toISOString().slice(0, 10);

const KEMENTERIAN = [
  'Kementerian Kesehatan', 'Kementerian Pertanian', 'Kementerian Sosial', 'Kementerian Dalam Negeri', 'Kementerian Keuangan',
  'Kementerian Perdagangan', 'Kementerian Perindustrian', 'Kementerian Pendidikan Dasar dan Menengah', 'Kementerian Ketenagakerjaan',
  'Kementerian Kelautan dan Perikanan', 'Kementerian Energi dan Sumber Daya Mineral', 'Kementerian Perhubungan',
  'Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional', 'Kementerian Desa dan Pembangunan Daerah Tertinggal',
  'Kementerian Komunikasi dan Digital', 'Kementerian Lingkungan Hidup', 'Kementerian Koperasi', 'Kementerian Pariwisata',
];
const LEMBAGA = [
  'Badan Pusat Statistik', 'Badan Pangan Nasional', 'Badan Kependudukan dan Keluarga Berencana Nasional', 'Badan Pengawas Obat dan Makanan',
  'Badan Nasional Penanggulangan Bencana', 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', 'Badan Kepegawaian Negara',
  'Badan Meteorologi, Klimatologi, dan Geofisika', 'Arsip Nasional Republik Indonesia', 'Perpustakaan Nasional',
];
const BUMN = ['PT Pos Indonesia (Persero)', 'PT Pupuk Indonesia (Persero)', 'Perum Bulog', 'PT PLN (Persero)', 'PT Telkom Indonesia (Persero) Tbk', 'PT Bank Rakyat Indonesia (Persero) Tbk', 'PT Pertamina (Persero)', 'PT Kereta Api Indonesia (Persero)'];
const UNIT = [
  'Dinas Kesehatan', 'Dinas Pertanian dan Pangan', 'Dinas Sosial', 'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Komunikasi dan Informatika',
  'Badan Perencanaan Pembangunan Daerah', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'Dinas Perdagangan', 'Dinas Pendidikan',
  'Dinas Lingkungan Hidup', 'Dinas Koperasi dan Usaha Mikro', 'Dinas Perhubungan', 'Badan Pendapatan Daerah', 'Bagian Organisasi Sekretariat Daerah',
  'Dinas Pemberdayaan Masyarakat dan Desa', 'Dinas Ketahanan Pangan', 'Rumah Sakit Umum Daerah', 'Dinas Tenaga Kerja',
];
const MITRA = ['Perum Bulog', 'Bank Indonesia', 'BPJS Kesehatan', 'PT Telkom Indonesia', 'Universitas setempat', 'Tim Penggerak PKK', 'Badan Pusat Statistik', 'Kantor Pos', 'Bank Pembangunan Daerah', 'Forum Anak Daerah', 'Lembaga swadaya masyarakat setempat', 'Kelompok tani dan gapoktan', 'Puskesmas', 'Pemerintah desa'];
const JENIS_DETAIL = ['sistem informasi', 'layanan jemput bola', 'aplikasi seluler', 'dasbor data terpadu', 'layanan terpadu satu pintu', 'gerakan masyarakat', 'forum koordinasi lintas sektor', 'pasar langsung petani–konsumen', 'layanan pengaduan daring', 'kartu layanan terpadu'];
const HOSTS = ['jippnas.example', 'sinovik.example', 'berita-daerah.example', 'antara-daerah.example', 'portal-resmi.example', 'jurnal-administrasi.example', 'peraturan.example', 'media-lokal.example'];

type Obj = Record<string, unknown>;
/** The themes with a page: the RB themes and the presidential priorities. */
const TEMA = [...TEMA_RB, ...PRIORITAS_PRESIDEN];

/** What every generated practice or model is known by before its text is written. */
export interface Plan {
  koleksi: 'praktik' | 'model';
  id: string;
  judul: string;
  kepanjangan: string | undefined;
  tema: string;
  prioritas: string | undefined;
  /** For practices: the agency, region and model membership. */
  jenisInstansi: string;
  namaInstansi: string;
  unit: string;
  provinsi: string | undefined;
  kabkota: KabKota | undefined;
  models: string[];
  /** For models: member practice ids. */
  praktik: string[];
  tahunMulai: number;
}

function acronym(rng: Rng, prose: Prose): { judul: string; kepanjangan: string } {
  const words: string[] = [];
  while (words.length < rng.int(3, 4)) {
    const w = prose.contentWord();
    if (w.length >= 4 && !words.includes(w)) words.push(w);
  }
  const cap = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
  const full = words.map(cap).join(' ');
  const style = rng.int(0, 3);
  if (style === 0) return { judul: `SI${words.map((w) => w.slice(0, rng.int(2, 3)).toUpperCase()).join('')}`, kepanjangan: `Sistem Informasi ${full}` };
  if (style === 1) return { judul: words.map((w) => w.slice(0, 3).toUpperCase()).join(''), kepanjangan: full };
  if (style === 2) return { judul: `${cap(words[0]!)}${rng.pick(['Ku', 'Kita', 'Desa', 'Warga', 'Cepat'])}`, kepanjangan: full };
  return { judul: words.slice(0, 3).map(cap).join(' '), kepanjangan: `Gerakan ${full}` };
}

/** A practice's agency: its name, and the words of its region or name that end the practice's id. */
function agency(rng: Rng, shared: Shared, jenis: string, kabkota: KabKota | undefined, prov: Provinsi | undefined): [string, string] {
  const named = (nama: string, short: (n: string) => string): [string, string] => [nama, short(nama)];
  switch (jenis) {
    case 'pemerintah-kabupaten':
    case 'pemerintah-kota':
      return [`Pemerintah ${kabkota!.id}`, kabkota!.id.replace(/^(Kabupaten|Kota) /, '')];
    case 'pemerintah-desa': {
      const d = rng.pick(shared.districts.get(kabkota!.slug) ?? ['Sukamaju']);
      return [`Pemerintah Desa ${d}, ${kabkota!.id}`, `desa ${d}`];
    }
    case 'pemerintah-provinsi':
      return [`Pemerintah Provinsi ${prov!.resmi}`, prov!.id];
    case 'bumd':
      return [`PT Bank Pembangunan Daerah ${prov!.resmi}`, `bpd ${prov!.id}`];
    case 'kementerian':
      return named(rng.pick(KEMENTERIAN), (n) => n.replace(/^Kementerian /, 'kemen '));
    case 'lembaga':
      return named(rng.pick(LEMBAGA), (n) => n.split(/[\s,/]+/).filter((w) => w.length > 2).map((w) => w[0]).join(''));
    default:
      return named(rng.pick(BUMN), (n) => n.replace(/^(PT|Perum) /, '').replace(/\s*\(.*$/, ''));
  }
}

/** Plan `n` practices and about n/100 models (at least 2) with consistent membership both ways. */

/** 1 → I, 19 → XIX: model titles of the generated tree. */
function romawi(n: number): string {
  let out = '';
  for (const [nilai, huruf] of [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']] as const) {
    for (; n >= nilai; n -= nilai) out += huruf;
  }
  return out;
}
export function plan(rng: Rng, shared: Shared, n: number): { praktik: Plan[]; model: Plan[] } {
  const prose = new Prose(shared.lex, rng.fork('judul'));
  const used = new Set<string>();
  const unique = (base: string) => {
    let id = base.slice(0, 70).replace(/-+$/, '');
    for (let k = 2; used.has(id); k++) id = `${base.slice(0, 66).replace(/-+$/, '')}-${k}`;
    used.add(id);
    return id;
  };
  const kab = KABKOTA.filter((k) => k.id.startsWith('Kabupaten '));
  const kota = KABKOTA.filter((k) => k.id.startsWith('Kota '));
  const praktik: Plan[] = [];
  for (let i = 0; i < n; i++) {
    const tema = rng.weighted([[TEMA_RB[0].slug, 3], [TEMA_RB[1].slug, 2], [TEMA_RB[2].slug, 3], [TEMA_RB[3].slug, 4]] as const) as string;
    const prioritas = tema === TEMA_PRIORITAS_PRESIDEN ? rng.pick(slugsOf(PRIORITAS_PRESIDEN)) : undefined;
    const jenis = rng.weighted([
      ['pemerintah-kabupaten', 45], ['pemerintah-kota', 18], ['pemerintah-provinsi', 12], ['kementerian', 8],
      ['lembaga', 5], ['bumn', 4], ['bumd', 3], ['pemerintah-desa', 5],
    ] as const) as string;
    let kabkota: KabKota | undefined;
    let provinsi: string | undefined;
    if (jenis === 'pemerintah-kabupaten' || jenis === 'pemerintah-desa') kabkota = rng.pick(kab);
    else if (jenis === 'pemerintah-kota') kabkota = rng.pick(kota);
    else if (jenis === 'pemerintah-provinsi' || jenis === 'bumd') provinsi = rng.pick(PROVINSI).slug;
    if (kabkota) provinsi = kabkota.provinsi;
    const [nama, wilayahNama] = agency(rng, shared, jenis, kabkota, PROVINSI.find((p) => p.slug === provinsi));
    const { judul, kepanjangan } = acronym(rng, prose);
    const id = unique(slugify(`${judul} ${wilayahNama}`.split(' ').slice(0, 6).join(' ')) || `praktik-${i}`);
    praktik.push({
      koleksi: 'praktik', id, judul, kepanjangan, tema, prioritas, jenisInstansi: jenis, namaInstansi: nama,
      unit: jenis.startsWith('pemerintah-') && jenis !== 'pemerintah-desa' ? rng.pick(UNIT) : rng.pick(['Divisi Layanan', 'Sekretariat', 'Bagian Umum', 'Direktorat Layanan', 'Pusat Data dan Informasi']),
      provinsi, kabkota, models: [], praktik: [], tahunMulai: rng.int(2012, 2024),
    });
  }

  const nModels = n >= 4 ? Math.max(2, Math.round(n / 100)) : n >= 2 ? 1 : 0;
  const order = rng.shuffle(praktik.map((_, i) => i));
  const model: Plan[] = [];
  let cursor = 0;
  for (let m = 0; m < nModels; m++) {
    const left = n - cursor;
    const mustLeave = 2 * (nModels - m - 1);
    const size = Math.max(2, Math.min(rng.int(3, 9), left - mustLeave));
    const members = order.slice(cursor, cursor + size).map((i) => praktik[i]!);
    cursor += size;
    const lead = members[0]!;
    const temaLabel = labelOf(TEMA, lead.prioritas ?? lead.tema);
    // Numbered in Roman numerals: a digit in a title linked from "Rekam Jejak Replikasi" reads as a figure that needs a citation.
    const judul = `Model Inovasi Pelayanan Publik Bidang ${temaLabel} ${romawi(m + 1)}`;
    const id = unique(slugify(`model ${temaLabel} ${m + 1}`));
    for (const p of members) {
      // Practices of one model share its theme, as the PANRB model books group them.
      p.tema = lead.tema;
      p.prioritas = lead.prioritas;
      p.models.push(id);
    }
    model.push({
      koleksi: 'model', id, judul, kepanjangan: undefined, tema: lead.tema, prioritas: lead.prioritas,
      jenisInstansi: 'kementerian', namaInstansi: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', unit: 'Deputi Bidang Pelayanan Publik',
      provinsi: undefined, kabkota: undefined, models: [], praktik: members.map((p) => p.id), tahunMulai: rng.pick([2023, 2024]),
    });
  }
  return { praktik, model };
}

export interface Context {
  shared: Shared;
  byId: Map<string, Plan>;
  allPraktik: readonly Plan[];
  /** Published guide ids present in the generated tree (links to them resolve). */
  guides: readonly string[];
  penulis: readonly string[];
  /** Each rendered practice's evidence and impact: a model may not claim more than its practices (src/schema/penilaian.ts). */
  kartu?: Map<string, { bukti: number; dampak: number }>;
  /** Target mean body length in words (2,500 by default). */
  words: number;
}

const url = (rng: Rng, kind: string, slug: string) => `https://${rng.pick(HOSTS)}/${kind}/${rng.int(100, 99999)}-${slug.slice(0, 40)}`;

function sumberList(rng: Rng, prose: Prose, p: Plan, latest: string, needStrong: boolean): Obj[] {
  return Array.from({ length: rng.int(2, 12) }, (_, i) => {
    const jenis = i === 0 && needStrong ? rng.pick(['dokumen-resmi', 'jurnal', 'regulasi']) : rng.weighted([
      ['berita-media', 5], ['berita-resmi', 4], ['jippnas', 2], ['dokumen-resmi', 2], ['jurnal', 1], ['regulasi', 1], ['sinovik', 1], ['brief-domain', 1], ['lainnya', 1],
    ] as const);
    const s: Obj = { kunci: `s${i + 1}`, judul: `${prose.title(4, 10)} ${p.judul}`, url: url(rng, jenis, p.id), jenis };
    if (rng.chance(0.85)) s.penerbit = rng.pick(['Kementerian PANRB', 'Antara', 'Tribun', 'Kompas', p.namaInstansi, 'JIPPNas, Kementerian PANRB', 'Jurnal Administrasi Publik']);
    s.diakses = dateBefore(latest, rng.int(0, 400));
    return s;
  });
}

function riwayatList(rng: Rng, prose: Prose, latest: string): Obj[] {
  const n = rng.int(1, 3);
  let back = rng.int(0, 60);
  return Array.from({ length: n }, (_, i) => {
    const last = i === n - 1;
    const jenis = last ? 'besar' : rng.pick(['besar', 'kecil']);
    const r: Obj = { tanggal: dateBefore(latest, back), jenis };
    if (jenis === 'besar' || rng.chance(0.5)) r.catatan = last ? 'Entri pertama.' : prose.sentence(5, 14);
    back += rng.int(10, 200);
    return r;
  });
}

function kesiapanOf(rng: Rng, prose: Prose, p: Plan, latest: string, bukti: number, sumber: Obj[], dasar_hukum: Obj[], cakupan_wilayah: string | undefined, dampakMaks: number): Obj {
  const latestYear = Number(latest.slice(0, 4));
  const replikasi = Array.from({ length: bukti === 5 ? rng.int(2, 5) : rng.weighted([[0, 5], [1, 2], [2, 1], [3, 1]] as const) }, (_, i) => {
    const target = rng.pick(KABKOTA);
    const tahun = rng.int(Math.min(p.tahunMulai + 1, latestYear), latestYear);
    const status = bukti === 5 && i < 2 ? 'implementasi' : rng.pick(slugsOf(STATUS_REPLIKASI));
    // An address given as evidence is one of the entry's sources (src/schema/sumber.ts).
    return { instansi: `Pemerintah ${target.id}`, kode_provinsi: target.provinsi, tahun, status, sumber: String(rng.pick(sumber).url) };
  });
  // One item per adopter, never the innovating agency itself, and no dated source for a later year
  // (src/schema/kesiapan.ts, src/rules/entri.ts); no draw, so the rest of the tree stays as it was.
  const dipakai = new Set([p.namaInstansi.toLowerCase()]);
  for (const r of replikasi) {
    let k = KABKOTA.findIndex((x) => `Pemerintah ${x.id}` === r.instansi);
    while (dipakai.has(r.instansi.toLowerCase())) {
      k = (k + 1) % KABKOTA.length;
      r.instansi = `Pemerintah ${KABKOTA[k]!.id}`;
      r.kode_provinsi = KABKOTA[k]!.provinsi;
    }
    dipakai.add(r.instansi.toLowerCase());
    if (sumber.some((x) => x.terbit !== undefined && x.url === r.sumber)) r.sumber = String(sumber[0]!.url);
  }
  const y0 = p.tahunMulai;
  const y1 = Math.min(latestYear, y0 + rng.int(1, 5));
  const [sebelum, sesudah] = [rng.int(5, 95), rng.int(5, 95)];
  const dampak_utama: Obj = {
    indikator: prose.phrase(3, 8),
    baseline: bukti >= 2 ? `${sebelum} persen (${y0})` : 'tidak tersedia',
    hasil: bukti >= 2 ? `${sesudah} persen (${y1})` : 'tidak tersedia',
    periode: `${y0}–${y1}`,
    sumber: String(sumber[0]!.url),
    // Evidence 3 and up claims a comparison (src/schema/penilaian.ts).
    ...(bukti >= 3 ? { pembanding: `wilayah pembanding ${rng.int(5, 95)} persen (${y0}) dan ${rng.int(5, 95)} persen (${y1})` } : {}),
    ...(bukti >= 2 ? { perubahan_persen: Math.round(((sesudah - sebelum) / sebelum) * 100) } : {}),
  };
  // Each rating follows its rule (src/schema/penilaian.ts): impact from the levels the fields allow,
  // cost from the yearly amount, complexity from its criteria.
  const kartu = { kekuatan_bukti: bukti, dampak_utama: dampak_utama as { perubahan_persen?: number } };
  const dampak = slugsOf(TINGKAT_DAMPAK).filter((t, i) => i <= dampakMaks && !masalahDampak({ cakupan_wilayah, kesiapan: { ...kartu, tingkat_dampak: t } }).length);
  const juta = Math.round(Math.exp(rng.int(200, 900) / 100));
  const kriteria_kompleksitas = { instansi_terlibat: rng.int(1, 8), tingkat_pemerintahan: rng.int(1, 4), sistem_informasi: rng.pick(slugsOf(SISTEM_INFORMASI)) };
  const kompleksitas = skorKompleksitas({ kesiapan: { kompleksitas: '', kriteria_kompleksitas }, dasar_hukum: dasar_hukum as { jenis: string; wajib_replikator: boolean }[] }).tingkat;
  return {
    dampak_utama,
    tingkat_dampak: rng.pick(dampak),
    kekuatan_bukti: bukti,
    bukti_catatan: prose.sentence(10, 28),
    biaya: pitaBiaya(juta),
    biaya_juta_per_tahun: juta,
    biaya_catatan: prose.sentence(8, 22),
    kompleksitas,
    kriteria_kompleksitas,
    lama_persiapan_bulan: rng.int(1, 24),
    prasyarat: Array.from({ length: rng.int(1, 5) }, () => prose.sentence(5, 12).replace(/\.$/, '')),
    replikasi,
  };
}

function ringkasan(prose: Prose): string {
  let s = '';
  do s = `${prose.sentence(10, 22)} ${prose.sentence(10, 22)}`;
  while (countWords(s) > RINGKASAN_MAKS_KATA);
  return s;
}

function dasarBase(rng: Rng, prose: Prose, p: Plan, latest: string): { fm: Obj; bukti: number; sumber: Obj[] } {
  const bukti = Number(rng.weighted(KEKUATAN_BUKTI.map((k, i) => [k.slug, [3, 5, 6, 3, 2, 1][i]!] as const)));
  const sumber = sumberList(rng, prose, p, latest, bukti >= 4);
  const sdgs = rng.sample(slugsOf(SDGS).map(Number), rng.int(1, 4)).sort((a, b) => a - b);
  const fm: Obj = { id: p.id, judul: p.judul };
  if (p.kepanjangan) fm.kepanjangan = p.kepanjangan;
  fm.ringkasan = ringkasan(prose);
  if (rng.chance(0.3)) fm.ringkasan_en = `${prose.title(3, 6)} improves public services for residents.`;
  fm.alias = rng.chance(0.6) ? Array.from({ length: rng.int(1, 3) }, () => prose.title(1, 3)) : [];
  fm.tema_rb = p.tema;
  if (p.prioritas) fm.prioritas_presiden = p.prioritas;
  fm.sdgs = sdgs;
  fm.urusan_pemerintahan = rng.sample(slugsOf(URUSAN_PEMERINTAHAN), rng.int(1, 3));
  fm.kata_kunci = Array.from({ length: rng.int(2, 9) }, () => prose.phrase(1, 3));
  return { fm, bukti, sumber };
}

/** The fields after the type-specific ones: readiness card, legal bases, sources, authors, status. */
function tail(rng: Rng, prose: Prose, p: Plan, ctx: Context, fm: Obj, bukti: number, sumber: Obj[], dampakMaks = TINGKAT_DAMPAK.length - 1): void {
  const latest = ctx.shared.latest;
  // The card is scored on the legal bases, so they are drawn first (keFile puts each key in the schema's order).
  const dasar_hukum = Array.from({ length: rng.int(0, 5) }, () => {
    const d: Obj = {
      jenis: rng.pick(slugsOf(JENIS_DASAR_HUKUM)),
      nomor: String(rng.int(1, 120)),
      tahun: rng.int(2004, Number(latest.slice(0, 4))),
      tentang: prose.title(2, 7),
      wajib_replikator: rng.chance(0.3),
    };
    if (rng.chance(0.5)) d.url = url(rng, 'peraturan', p.id);
    return d;
  });
  fm.kesiapan = kesiapanOf(rng, prose, p, latest, bukti, sumber, dasar_hukum, fm.cakupan_wilayah as string | undefined, dampakMaks);
  if (p.koleksi === 'praktik') {
    ctx.kartu ??= new Map();
    ctx.kartu.set(p.id, { bukti, dampak: TINGKAT_DAMPAK.findIndex((t) => t.slug === (fm.kesiapan as Obj).tingkat_dampak) });
  }
  fm.dasar_hukum = dasar_hukum;
  fm.lampiran = Array.from({ length: rng.weighted([[0, 5], [1, 3], [2, 2], [3, 1]] as const) }, () => ({
    judul: prose.title(2, 6),
    jenis: rng.pick(slugsOf(JENIS_LAMPIRAN)),
    url: url(rng, 'lampiran', p.id),
  }));
  fm.sumber = sumber;
  // `dokumen-resmi` needs an official document among the sources (src/schema/penilaian.ts).
  const verifikasi = slugsOf(TINGKAT_VERIFIKASI).filter((t) => !masalahVerifikasi({ tingkat_verifikasi: t, sumber: sumber as { jenis: string }[] }).length);
  fm.tingkat_verifikasi = bukti >= 4 && verifikasi.includes('dokumen-resmi') ? 'dokumen-resmi' : rng.pick(verifikasi);
  fm.penulis = rng.sample(ctx.penulis, rng.int(1, Math.min(2, ctx.penulis.length - 1)));
  // `terbit` needs a reviewer who is not one of the authors.
  fm.peninjau = rng.sample(ctx.penulis.filter((p) => !(fm.penulis as string[]).includes(p)), 1);
  fm.status = 'terbit';
  fm.riwayat = riwayatList(rng, prose, latest);
}

function praktikFrontmatter(rng: Rng, prose: Prose, p: Plan, ctx: Context): Obj {
  const latest = ctx.shared.latest;
  const latestYear = Number(latest.slice(0, 4));
  const { fm, bukti, sumber } = dasarBase(rng, prose, p, latest);
  fm.model = p.models;
  fm.bentuk_inovasi = rng.pick(slugsOf(BENTUK_INOVASI));
  fm.jenis_inovasi = rng.weighted([['digital', 3], ['non-digital', 2]] as const);
  if (rng.chance(0.8)) fm.jenis_detail = rng.pick(JENIS_DETAIL);
  const instansi: Obj = { nama: p.namaInstansi, jenis: p.jenisInstansi, unit: p.unit };
  if ((INSTANSI_DAERAH as readonly string[]).includes(p.jenisInstansi)) instansi.kode_provinsi = p.provinsi;
  if ((INSTANSI_KABKOTA as readonly string[]).includes(p.jenisInstansi)) instansi.kode_kabkota = p.kabkota!.slug;
  instansi.daerah_3t = rng.chance(0.12);
  if (rng.chance(0.5)) instansi.jippnas_url = `https://jippnas.example/inovasi/${rng.int(100, 30000)}`;
  fm.instansi_asal = instansi;
  fm.instansi_mitra = Array.from({ length: rng.int(0, 6) }, () => ({ nama: rng.pick(MITRA), peran: prose.phrase(3, 9) }));
  fm.cakupan_wilayah = p.jenisInstansi === 'pemerintah-desa' ? 'desa-kelurahan' : p.kabkota ? rng.pick(['kecamatan', 'kabupaten-kota']) : p.provinsi ? 'provinsi' : rng.pick(slugsOf(CAKUPAN_WILAYAH));
  fm.tahun_mulai = p.tahunMulai;
  const stopped = rng.chance(0.04) && p.tahunMulai < latestYear;
  if (stopped) fm.tahun_selesai = rng.int(p.tahunMulai + 1, latestYear);
  fm.tahap_siklus = rng.pick(slugsOf(TAHAP_SIKLUS));
  if (rng.chance(0.5)) fm.tahapan_iid = rng.pick(slugsOf(TAHAPAN_IID));
  fm.status_keberlanjutan = stopped ? 'berhenti-vakum' : rng.weighted(STATUS_KEBERLANJUTAN.map((s, i) => [s.slug, [3, 5, 1, 2][i]!] as const));
  fm.tanggal_status = dateBefore(latest, rng.int(0, 300));
  if (fm.status_keberlanjutan !== 'belum-diverifikasi') {
    // A status must rest on a dated source (src/schema/keberlanjutan.ts): the last source shows it,
    // published a month before both the check and the visit. Not the first, the card's result: a source
    // dated before a year it is cited for is refused (src/rules/entri.ts). No draw, so the rest of the
    // tree stays as it was.
    const s = sumber.at(-1)!;
    s.terbit = dateBefore([String(fm.tanggal_status), String(s.diakses)].sort()[0]!, 30);
    fm.status_sumber = [s.kunci];
  }
  fm.penghargaan = Array.from({ length: rng.weighted([[0, 4], [1, 4], [2, 2], [3, 1]] as const) }, () => {
    const program = rng.weighted(PROGRAM_PENGHARGAAN.map((x, i) => [x.slug, [5, 2, 2, 1, 1, 1][i]!] as const));
    const h: Obj = { program, tahun: rng.int(Math.min(p.tahunMulai + 1, latestYear), latestYear), predikat: rng.pick(slugsOf(PREDIKAT_PENGHARGAAN)) };
    if (program === 'kipp' && rng.chance(0.7)) h.kelompok_kipp = rng.pick(slugsOf(KELOMPOK_KIPP));
    // An award the vocabulary has no name for is named by its kategori (src/schema/penghargaan.ts).
    if (rng.chance(0.4) || program === 'lainnya' || h.predikat === 'lainnya') h.kategori = `Kategori ${prose.title(1, 3)}`;
    if (rng.chance(0.5)) h.dasar_penetapan = `KepmenPANRB ${rng.int(1, 400)}/${h.tahun as number}`;
    h.terverifikasi = rng.chance(0.7);
    h.sumber = String(rng.pick(sumber).url);
    return h;
  });
  // Evidence that names a year points to an undated source (no draw: the rest of the tree stays as it was).
  const bertanggal = new Set(sumber.filter((s) => s.terbit !== undefined).map((s) => String(s.url)));
  const pengganti = String(sumber[0]!.url);
  for (const x of fm.penghargaan as Obj[]) if (bertanggal.has(String(x.sumber))) x.sumber = pengganti;
  const kontak: Obj = { unit: `${p.unit} ${p.namaInstansi.replace(/^Pemerintah /, '')}` };
  if (rng.chance(0.6)) kontak.email = `${slugify(p.unit).slice(0, 20)}@${slugify(p.id).slice(0, 20)}.example`;
  // An office line: no area code starts with 8, the mobile prefix the checker warns about.
  if (rng.chance(0.5)) kontak.telepon = `(0${rng.int(2, 7)}${rng.int(1, 99)}) ${rng.int(100000, 9999999)}`;
  // A published entry's contact names at least one channel (src/rules/kontak.ts).
  if (rng.chance(0.6) || (kontak.email === undefined && kontak.telepon === undefined)) kontak.situs = `https://${slugify(p.id).slice(0, 30)}.example/`;
  fm.kontak = kontak;
  tail(rng, prose, p, ctx, fm, bukti, sumber);
  return fm;
}

function modelFrontmatter(rng: Rng, prose: Prose, p: Plan, ctx: Context): Obj {
  const latest = ctx.shared.latest;
  const dasar = dasarBase(rng, prose, p, latest);
  const { fm, sumber } = dasar;
  // Practices are rendered first, so their cards are known: the model stays within the strongest.
  const kartu = p.praktik.map((id) => ctx.kartu?.get(id)).filter((k) => k !== undefined);
  const bukti = kartu.length ? Math.min(dasar.bukti, Math.max(...kartu.map((k) => k.bukti))) : dasar.bukti;
  const dampakMaks = kartu.length ? Math.max(...kartu.map((k) => k.dampak)) : TINGKAT_DAMPAK.length - 1;
  fm.tahun_model = p.tahunMulai;
  fm.praktik = p.praktik;
  if (rng.chance(0.7)) fm.kontak = { unit: p.unit, situs: 'https://menpan.example/' };
  tail(rng, prose, p, ctx, fm, bukti, sumber, dampakMaks);
  return fm;
}

// ——— body ———

interface BodyState {
  rng: Rng;
  prose: Prose;
  p: Plan;
  ctx: Context;
  fm: Obj;
  /** Link sentences still to place somewhere in the body. */
  links: string[];
}

const kunciSumber = (s: BodyState) => ((s.fm.sumber as Obj[]) ?? []).map((x) => String(x.kunci));
/** A citation marker for one of the entry's sources (src/rules/rujukan.ts). */
const kutip = (s: BodyState) => `[@${s.rng.pick(kunciSumber(s))}]`;

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const bullets = (s: BodyState, n: number, bold: boolean) =>
  Array.from({ length: n }, () => `- ${bold ? `**${s.prose.title(1, 3)}:** ` : ''}${s.prose.sentence(6, 18)}`).join('\n');
const ordered = (s: BodyState, n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. **${s.prose.title(1, 4)}.** ${s.prose.sentence(8, 20)}`).join('\n');
const checklist = (s: BodyState, n: number) =>
  Array.from({ length: n }, () => `- [${s.rng.chance(0.3) ? 'x' : ' '}] ${s.prose.sentence(5, 12).replace(/\.$/, '?')}`).join('\n');

/** Structured blocks a section starts with, before its prose. */
function blocks(s: BodyState, judul: string): string[] {
  const { rng, prose } = s;
  const yr = s.p.tahunMulai;
  switch (judul) {
    case 'Peta Praktik': {
      const rows = s.p.praktik.map((id) => {
        const m = s.ctx.byId.get(id)!;
        return [`[${m.judul}](/praktik/${id}/)`, m.kabkota?.id ?? m.namaInstansi, prose.phrase(2, 4), prose.phrase(3, 7)];
      });
      return [table(['Praktik', 'Wilayah', 'Jenis intervensi', 'Yang diambil'], rows)];
    }
    case 'Rancang Bangun dan Cara Kerja':
      return [table(['Langkah', 'Sebelum', 'Sesudah'], Array.from({ length: rng.int(3, 6) }, () => [prose.title(1, 2), prose.phrase(3, 8), prose.phrase(3, 8)]))];
    case 'Aktor, Peran, dan Tata Kelola':
      return [table(['Aktor', 'Peran'], Array.from({ length: rng.int(3, 7) }, () => [rng.pick([...UNIT, ...MITRA]), prose.phrase(3, 10)]))];
    case 'Sumber Daya dan Biaya':
    case 'Kebaruan dan Nilai Tambah':
    case 'Tujuan dan Sasaran':
    case 'Jalur Adopsi':
      return [bullets(s, rng.int(3, 5), true)];
    case 'Dasar Hukum dan Regulasi Pendukung':
    case 'Pembelajaran':
      return [bullets(s, rng.int(2, 4), false)];
    case 'Tahapan Implementasi': {
      const out = [ordered(s, rng.int(4, 7)), checklist(s, rng.int(3, 6))];
      if (rng.chance(0.4)) out.unshift(`### Persiapan\n\n${prose.paragraph(2, 3)}`, `### Penerapan\n\n${prose.paragraph(2, 3)}`);
      return out;
    }
    case 'Indikator dan Pengukuran':
      return [table(['Indikator', 'Definisi', 'Baseline', 'Target', 'Sumber data', 'Frekuensi', 'Penanggung jawab'], Array.from({ length: rng.int(3, 5) }, () => [
        prose.title(1, 3), prose.phrase(3, 7), `${rng.int(1, 90)}% (${yr}) ${kutip(s)}`, `${rng.int(10, 99)}%`, prose.phrase(1, 3), rng.pick(['Bulanan', 'Triwulanan', 'Tahunan', 'Mingguan']), rng.pick(UNIT),
      ]))];
    case 'Hasil dan Dampak': {
      const years = Array.from({ length: rng.int(3, 5) }, (_, i) => String(yr + i));
      const rows = Array.from({ length: rng.int(2, 3) }, () => [`${prose.title(1, 3)} ${kutip(s)}`, ...years.map(() => `${rng.int(1, 60)},${rng.int(0, 9)}%`)]);
      // Every source supports something: the ones no figure cited are cited by the closing sentence.
      return [table(['Sumber angka', ...years], rows), `${prose.sentence(8, 16).replace(/\.$/, '')} [${kunciSumber(s).map((k) => `@${k}`).join('; ')}].`];
    }
    case 'Risiko, Tantangan, dan Mitigasi':
      return [table(['Risiko', 'Kemungkinan', 'Dampak', 'Mitigasi'], Array.from({ length: rng.int(3, 5) }, () => [prose.phrase(3, 7), rng.pick(['Rendah', 'Sedang', 'Tinggi']), rng.pick(['Rendah', 'Sedang', 'Tinggi']), prose.phrase(4, 10)]))];
    case 'Panduan Replikasi':
      return rng.chance(0.6) ? [`<Catatan jenis="${rng.pick(['info', 'penting', 'peringatan'])}">${prose.sentence(8, 18)}</Catatan>`] : [];
    case 'Rekam Jejak Replikasi': {
      const rep = ((s.fm.kesiapan as Obj).replikasi as Obj[]) ?? [];
      if (!rep.length) return [];
      return [table(['Instansi', 'Tahun', 'Status', 'Sumber'], rep.map((r) => [String(r.instansi), String(r.tahun), String(r.status), `[laporan replikasi ${String(r.tahun)}](${String(r.sumber)})`]))];
    }
    default:
      return [];
  }
}

const SUB_BLOCKS: Record<string, (s: BodyState) => string[]> = {
  'Inti dan Adaptasi': (s) => [bullets(s, s.rng.int(3, 5), true)],
  'Langkah Replikasi': (s) => [ordered(s, s.rng.int(4, 6)), checklist(s, s.rng.int(3, 5))],
};

/** Paragraphs to follow `parts` until they reach about `budget` words: at least one, and short rather than over (one averages ~55). */
function paragraphs(s: BodyState, parts: readonly string[], budget: number): string[] {
  const paras: string[] = [];
  let words = countWords(parts.join(' '));
  do {
    paras.push(s.prose.paragraph(2, 5));
    words += countWords(paras.at(-1)!);
  } while (words < budget - 30);
  return paras;
}

function section(s: BodyState, b: Bagian, budget: number): string {
  const own = blocks(s, b.judul);
  const subs = b.sub ?? [];
  const paras = paragraphs(s, own, subs.length ? budget * 0.4 : budget);
  if (s.links.length && s.rng.chance(0.45)) paras[0] += ` ${s.links.shift()!}`;
  const parts = [paras[0]!, ...own, ...paras.slice(1)];
  for (const sub of subs) {
    const sp = [`### ${sub}`, ...(SUB_BLOCKS[sub]?.(s) ?? [])];
    parts.push(...sp, ...paragraphs(s, sp, (budget * 0.6) / subs.length));
  }
  const teks = parts.join('\n\n');
  return `## ${b.judul}\n\n${(BAGIAN_BERANGKA as readonly string[]).includes(b.judul) ? kutipAngka(s, teks) : teks}`;
}

/** Authors cite every figure of the results, cost and indicator sections; the generated prose does too. */
function kutipAngka(s: BodyState, teks: string): string {
  return teks
    .split('\n')
    .map((baris) => (adaAngka(baris) && !baris.includes('[@') ? (baris.endsWith('.') ? `${baris.slice(0, -1)} ${kutip(s)}.` : `${baris} ${kutip(s)}`) : baris))
    .join('\n');
}

function body(s: BodyState): string {
  const { rng, p } = s;
  const anatomy: readonly Bagian[] = ANATOMI[p.koleksi];
  const chosen = anatomy.filter((b) => b.wajib || rng.chance(0.75));
  // Prose budget, calibrated so the mean body lands near the target (measured: mean ≈ 1,590 + 0.465 ×
  // budget, because tables, lists and one paragraph per section are always written). The floor is
  // therefore about 1,600 words; 2,500 gives a budget of 1,800–2,300.
  const mid = Math.max(100, 2050 + (s.ctx.words - 2500) / 0.465);
  const total = rng.int(Math.round(mid * 0.878), Math.round(mid * 1.122));
  // Roughly how real entries weigh their sections: the core and the replication guide get more.
  const weight = (b: Bagian) => (b.judul === 'Ringkasan' ? 0.6 : b.judul === 'Panduan Replikasi' ? 2.2 : b.judul.startsWith('Kontak') ? 0.4 : 1);
  const sum = chosen.reduce((a, b) => a + weight(b), 0);
  const out = chosen.map((b) => section(s, b, (total * weight(b)) / sum));
  // Any link not placed yet goes at the end of the last section.
  if (s.links.length) out[out.length - 1] += `\n\n${s.links.join(' ')}`;
  return `${out.join('\n\n')}\n`;
}

function linkSentences(s: BodyState): string[] {
  const { rng, p, ctx } = s;
  const out: string[] = [];
  for (const m of p.models) out.push(`Praktik ini menjadi bagian dari [${ctx.byId.get(m)!.judul}](/model/${m}/).`);
  const others = ctx.allPraktik.length > 1 ? rng.sample(ctx.allPraktik.filter((o) => o.id !== p.id), Math.min(rng.int(2, 4), ctx.allPraktik.length - 1)) : [];
  for (const o of others) out.push(`Bandingkan dengan [${o.judul}](/praktik/${o.id}/), ${s.prose.phrase(3, 7)}.`);
  const tema = p.prioritas ?? p.tema;
  out.push(`Entri lain dalam tema ini ada di halaman [${labelOf(TEMA, tema)}](/tema/${tema}/).`);
  if (p.provinsi) out.push(`Inovasi lain dari provinsi yang sama tercantum di [${labelOf(PROVINSI, p.provinsi)}](/provinsi/${p.provinsi}/).`);
  out.push(`Langkah rinci ada di bagian [Panduan Replikasi](#panduan-replikasi).`);
  if (ctx.guides.length) {
    const g = rng.pick(ctx.guides);
    out.push(`Lihat juga panduan [${g.replace(/-/g, ' ')}](/panduan/${g}/).`);
  }
  if (rng.chance(0.5)) out.push(`Rincian lain dimuat dalam [laporan ${p.judul}](${url(rng, 'laporan', p.id)}).`);
  return rng.shuffle(out);
}

/**
 * A value for every required vocabulary field the rules above leave empty (a field added to the
 * schema since, src/schema/kolom.ts): any term of its vocabulary. Drawn from a generator of its
 * own, so the entries of a seed stay the same when a field is added.
 */
function lengkapiKosakata(fm: Obj, koleksi: 'praktik' | 'model', rng: Rng): void {
  for (const k of kolomKosakataWajib(KOLEKSI[koleksi].schema)) {
    const bagian = k.jalur.split('.');
    let o: Obj | undefined = fm;
    for (const b of bagian.slice(0, -1)) o = o?.[b] && typeof o[b] === 'object' ? (o[b] as Obj) : undefined;
    const nama = bagian.at(-1)!;
    if (!o || o[nama] !== undefined) continue;
    const slug = rng.pick(slugsOf(k.kosakata));
    const nilai = k.angka ? Number(slug) : slug;
    o[nama] = k.daftar ? [nilai] : nilai;
  }
}

/** The full MDX source of one planned practice or model, and its body's word count. */
export function render(p: Plan, ctx: Context, seed: string): { source: string; words: number } {
  const rng = new Rng(`${seed}:${p.koleksi}:${p.id}`);
  const names = [p.namaInstansi, ...(p.kabkota ? (ctx.shared.districts.get(p.kabkota.slug) ?? []).slice(0, 12).map((d) => `Kecamatan ${d}`) : []), p.judul];
  const prose = new Prose(ctx.shared.lex, rng.fork('prosa'), names);
  const fm = p.koleksi === 'praktik' ? praktikFrontmatter(rng, prose, p, ctx) : modelFrontmatter(rng, prose, p, ctx);
  lengkapiKosakata(fm, p.koleksi, new Rng(`${seed}:${p.koleksi}:${p.id}:kosakata`));
  const state: BodyState = { rng, prose, p, ctx, fm, links: [] };
  state.links = linkSentences(state);
  const text = body(state);
  // Written in the studio's form (src/lib/studio-format.ts), as `npm run rapikan` leaves real entries.
  return { source: keFile({ ...fm, body: `\n${text}` }, urutanKoleksi(p.koleksi)), words: countWords(text) };
}

