/**
 * The studio's preview of a practice or a model (Decap CMS `registerPreviewTemplate`): the entry's
 * header, its readiness card as the site shows it (src/components/entri/KartuKesiapan.astro, with
 * the same classes, so the site's stylesheet draws it) and the body as Decap renders it. The
 * card's words and numbers come from the site's own logic: the headline (./kesiapan.ts,
 * ./labels.ts), the complexity score (src/schema/penilaian.ts), vocabulary labels, rupiah amounts
 * (./format.ts) and the interface text (src/i18n). The form holds what the author is typing, so
 * every field may be missing or invalid: each value is read on its own and shown as "—" until it
 * is valid, and the rating rules the checker applies to the card are shown when they fail.
 *
 * Elements are built with the `h` given (React's createElement in the studio), never from HTML
 * text: what the author typed is text, escaped by React.
 */
import { JENIS_INSTANSI } from '../data/instansi.ts';
import { BIAYA, JENIS_DASAR_HUKUM, KEKUATAN_BUKTI, KOMPLEKSITAS, SISTEM_INFORMASI, TINGKAT_DAMPAK } from '../data/klasifikasi.ts';
import { PRIORITAS_PRESIDEN, TEMA_RB } from '../data/tema.ts';
import type { Term } from '../data/vocab.ts';
import { useTranslations } from '../i18n/index.ts';
import type { Kesiapan } from '../schema/kesiapan.ts';
import { masalahBiaya, masalahKompleksitas, skorKompleksitas, type DataKompleksitas } from '../schema/penilaian.ts';
import { isi as isiTeks, rupiahJuta } from './format.ts';
import { headline, headlineText, replikasiTerverifikasi, type Headline, type HeadlineWords } from './kesiapan.ts';
import { headlineWords } from './labels.ts';

/** A child of an element being built: what React's `createElement` accepts. */
export type Anak<N> = N | string | number | null | undefined | false;
/** `createElement`, or a stand-in with its signature (the tests build HTML with one). */
export type BuatElemen<N> = (tag: string, props: Record<string, unknown> | null, ...anak: Anak<N>[]) => N;

/** What the preview shows for a value not (yet) given or not valid. */
export const KOSONG = '—';

export interface BarisKartu {
  label: string;
  nilai: string;
  /** The 1–5 scale drawn under the value (evidence, cost): which boxes are filled. */
  skala?: boolean[];
}

/** The readiness card, in the words and numbers the site shows. */
export interface KartuPratinjau {
  judul: string;
  headline: string;
  /** On a model's card: the rule its ratings follow. */
  aturanModel?: string;
  baris: BarisKartu[];
  indikator: { label: string; kepala: string[]; sel: string[] };
  sumber: { label: string; href?: string };
  biayaCatatan: { label: string; teks: string };
  definisi: string;
}

export interface Pratinjau {
  /** "Praktik · Pemerintah Provinsi" above the title. */
  jenis: string;
  judul: string;
  kepanjangan?: string;
  /** The theme badges. */
  lencana: string[];
  kartu: KartuPratinjau;
  /** The checker's messages for ratings the card's own fields do not support (cost band, complexity score). */
  masalah: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const teks = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
const bulat = (v: unknown, min: number, max: number): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : undefined);
const dari = <T extends Term>(vocab: readonly T[], v: unknown): T | undefined => (typeof v === 'string' ? vocab.find((t) => t.slug === v) : undefined);
const skala = (nilai: number, max = 5) => Array.from({ length: max }, (_, i) => i < nilai);

/** The facts the complexity score reads, when every one of them is valid. */
function dataKompleksitas(kesiapan: Obj, dasarHukum: unknown): DataKompleksitas | undefined {
  const k = obj(kesiapan.kriteria_kompleksitas);
  const instansi = bulat(k.instansi_terlibat, 1, 1_000);
  const tingkat = bulat(k.tingkat_pemerintahan, 1, 4);
  const sistem = dari(SISTEM_INFORMASI, k.sistem_informasi);
  if (instansi === undefined || tingkat === undefined || !sistem) return undefined;
  const hukum = (Array.isArray(dasarHukum) ? dasarHukum : []).map(obj).filter((h) => dari(JENIS_DASAR_HUKUM, h.jenis));
  return {
    kesiapan: { kompleksitas: String(kesiapan.kompleksitas ?? ''), kriteria_kompleksitas: { instansi_terlibat: instansi, tingkat_pemerintahan: tingkat, sistem_informasi: sistem.slug } },
    dasar_hukum: hukum.map((h) => ({ jenis: String(h.jenis), wajib_replikator: h.wajib_replikator === true })),
  };
}

/** The preview of an entry from the form's data, however incomplete. */
export function pratinjauEntri(koleksi: 'praktik' | 'model', data: unknown): Pratinjau {
  const t = useTranslations('id');
  const d = obj(data);
  const k = obj(d.kesiapan);
  const dampak = dari(TINGKAT_DAMPAK, k.tingkat_dampak);
  const nBukti = bulat(k.kekuatan_bukti, 0, KEKUATAN_BUKTI.length - 1);
  const nBiaya = bulat(k.biaya, 1, BIAYA.length);
  const juta = typeof k.biaya_juta_per_tahun === 'number' && Number.isFinite(k.biaya_juta_per_tahun) && k.biaya_juta_per_tahun >= 0 ? k.biaya_juta_per_tahun : undefined;
  const kompleksitas = dari(KOMPLEKSITAS, k.kompleksitas);
  const dk = dataKompleksitas(k, d.dasar_hukum);
  const bulan = bulat(k.lama_persiapan_bulan, 0, 60);
  const replikasi = (Array.isArray(k.replikasi) ? k.replikasi : []).map(obj).map((r) => ({ status: String(r.status ?? '') }));

  // The site's headline sentence; a rating not given yet reads "—" in its place.
  const w = headlineWords('id');
  const kata = { ...w, [KOSONG]: KOSONG } as HeadlineWords;
  const h: Headline = {
    ...headline({ tingkat_dampak: (dampak?.slug ?? 'rendah') as Headline['dampak'], biaya: nBiaya ?? 1, kekuatan_bukti: nBukti ?? 0 }),
    ...(dampak ? {} : { dampak: KOSONG as Headline['dampak'] }),
    ...(nBiaya !== undefined ? {} : { biaya: KOSONG as Headline['biaya'] }),
    ...(nBukti !== undefined ? {} : { bukti: KOSONG as Headline['bukti'] }),
  };

  const du = obj(k.dampak_utama);
  const sumber = teks(du.sumber);
  const masalah = [
    ...(nBiaya !== undefined && juta !== undefined ? masalahBiaya({ biaya: nBiaya, biaya_juta_per_tahun: juta }) : []),
    ...(kompleksitas && dk ? masalahKompleksitas(dk) : []),
  ].map((m) => m.message);
  const ia = dari(JENIS_INSTANSI, obj(d.instansi_asal).jenis);
  const kepanjangan = teks(d.kepanjangan);
  return {
    jenis: [t(koleksi === 'model' ? 'entri.model' : 'entri.praktik'), ...(koleksi === 'praktik' && ia ? [ia.id] : [])].join(' · '),
    judul: teks(d.judul) ?? KOSONG,
    ...(kepanjangan ? { kepanjangan } : {}),
    lencana: [dari(TEMA_RB, d.tema_rb), dari(PRIORITAS_PRESIDEN, d.prioritas_presiden)].filter((x) => x !== undefined).map((x) => x.id),
    kartu: {
      judul: t('kartu.judul'),
      headline: headlineText(h, kata),
      ...(koleksi === 'model' ? { aturanModel: t('kartu.aturanModel') } : {}),
      baris: [
        { label: t('kartu.dampak'), nilai: dampak?.id ?? KOSONG },
        nBukti !== undefined ? { label: t('kartu.bukti'), nilai: `${nBukti} ${t('kartu.dari')} 5 · ${KEKUATAN_BUKTI[nBukti]!.id}`, skala: skala(nBukti) } : { label: t('kartu.bukti'), nilai: KOSONG },
        {
          label: t('kartu.biaya'),
          nilai: [nBiaya !== undefined ? `${nBiaya} ${t('kartu.dari')} 5 · ${BIAYA[nBiaya - 1]!.id}` : KOSONG, juta !== undefined ? isiTeks(t('kartu.perTahun'), rupiahJuta(juta, 'id')) : KOSONG].join(' · '),
          ...(nBiaya !== undefined ? { skala: skala(nBiaya) } : {}),
        },
        { label: t('kartu.kompleksitas'), nilai: `${kompleksitas?.id ?? KOSONG} · ${isiTeks(t('kartu.skor'), dk ? skorKompleksitas(dk).total : KOSONG)}` },
        { label: t('kartu.persiapan'), nilai: bulan !== undefined ? `${bulan} ${t('kartu.bulan')}` : KOSONG },
        { label: t('kartu.replikasi'), nilai: String(replikasiTerverifikasi({ replikasi: replikasi as Kesiapan['replikasi'] })) },
      ],
      indikator: {
        label: t('kartu.indikator'),
        kepala: [t('kartu.indikator'), t('kartu.sebelum'), t('kartu.sesudah'), t('kartu.periode')],
        sel: [du.indikator, du.baseline, du.hasil, du.periode].map((v) => teks(v) ?? KOSONG),
      },
      // Only a web address is a link: the form's text is not trusted as one.
      sumber: { label: t('kartu.sumberDampak'), ...(sumber && /^https?:\/\//.test(sumber) ? { href: sumber } : {}) },
      biayaCatatan: { label: t('kartu.biayaCatatan'), teks: teks(k.biaya_catatan) ?? KOSONG },
      definisi: t('kartu.definisi'),
    },
    masalah,
  };
}

/** The card as src/components/entri/KartuKesiapan.astro writes it (without links to the guide, which is not in the studio). */
export function kartuElemen<N>(k: KartuPratinjau, h: BuatElemen<N>): N {
  return h(
    'section',
    { className: 'kesiapan', 'aria-labelledby': 'kartu-kesiapan', 'data-pagefind-ignore': '' },
    h('h2', { id: 'kartu-kesiapan' }, k.judul),
    h('p', { className: 'headline', 'data-headline': '' }, k.headline),
    k.aturanModel ? h('p', { className: 'kecil' }, k.aturanModel) : null,
    h(
      'dl',
      { className: 'nilai' },
      ...k.baris.map((b, i) =>
        h(
          'div',
          { key: i },
          h('dt', null, b.label),
          h('dd', null, b.nilai, b.skala ? h('span', { className: 'skala', 'aria-hidden': 'true' }, ...b.skala.map((isi, j) => h('span', { key: j, className: isi ? 'isi-skala' : undefined }))) : null),
        ),
      ),
    ),
    h(
      'div',
      { className: 'dampak-utama' },
      h(
        'section',
        { className: 'tabel-gulir', tabIndex: 0, 'aria-label': k.indikator.label },
        h(
          'table',
          null,
          h('caption', { className: 'sr-only' }, k.indikator.label),
          h('thead', null, h('tr', null, ...k.indikator.kepala.map((x, i) => h('th', { key: i, scope: 'col' }, x)))),
          h('tbody', null, h('tr', null, ...k.indikator.sel.map((x, i) => h('td', { key: i }, x)))),
        ),
      ),
      h('p', { className: 'kecil cetak-url' }, k.sumber.href ? h('a', { href: k.sumber.href, rel: 'noopener' }, k.sumber.label) : k.sumber.label),
      h('p', { className: 'kecil' }, `${k.biayaCatatan.label}: ${k.biayaCatatan.teks}`),
    ),
    h('p', { className: 'kecil' }, k.definisi),
  );
}

/** The preview page: the entry's header, its card, the rating problems, then the body (`isi`). */
export function halamanElemen<N>(p: Pratinjau, h: BuatElemen<N>, isi: Anak<N>): N {
  return h(
    'main',
    { className: 'wadah' },
    h(
      'article',
      { lang: 'id' },
      h(
        'header',
        { className: 'entri-kepala' },
        h('p', { className: 'kecil muted' }, p.jenis),
        h('h1', null, p.judul),
        p.kepanjangan ? h('p', { className: 'kepanjangan' }, p.kepanjangan) : null,
        p.lencana.length ? h('p', null, ...p.lencana.map((l, i) => h('span', { key: i, className: 'lencana lencana-tema' }, l))) : null,
      ),
      kartuElemen(p.kartu, h),
      ...p.masalah.map((m, i) => h('p', { key: `m${i}`, className: 'peringatan', role: 'note' }, m)),
      h('div', { className: 'isi' }, isi),
    ),
  );
}

/** What Decap gives a preview template (decap-cms-core/src/components/Editor/EditorPreviewPane/EditorPreviewPane.js). */
export interface PropsTemplat<N> {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): Anak<N>;
}

/** A Decap preview template for a collection. */
export function templatPratinjau<N>(koleksi: 'praktik' | 'model', h: BuatElemen<N>): (props: PropsTemplat<N>) => N {
  return (props) => {
    const data = props.entry.getIn(['data']) as { toJS?: () => unknown } | undefined;
    return halamanElemen(pratinjauEntri(koleksi, data?.toJS?.() ?? data), h, props.widgetFor('body'));
  };
}
