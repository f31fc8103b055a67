/**
 * What each MDX component of the registry (src/rules/mdx.ts) renders to: a HAST element built
 * from its checked, text-only props and its children. The record's type makes a component in the
 * registry without a rendering a type error.
 */
import type { Element, ElementContent } from 'hast';
import type { NamaKomponen } from '../../rules/mdx.ts';
import { tabelPenilaian, type UnsurPenilaian } from '../../schema/penilaian.ts';
import { TESAURUS, type Konsep } from '../../data/tesaurus.ts';
import { useTranslations, type Kunci } from '../../i18n/index.ts';

export type Props = Readonly<Record<string, string | true>>;

const JUDUL_CATATAN = { info: 'mdx.catatan.info', penting: 'mdx.catatan.penting', peringatan: 'mdx.catatan.peringatan' } as const satisfies Record<string, Kunci>;
type JenisCatatan = keyof typeof JUDUL_CATATAN;

const LABEL_PENILAIAN: Record<UnsurPenilaian, Kunci> = {
  bukti: 'penilaian.label.bukti',
  dampak: 'penilaian.label.dampak',
  biaya: 'penilaian.label.biaya',
  kompleksitas: 'penilaian.label.kompleksitas',
  'tingkat-kompleksitas': 'penilaian.label.tingkatKompleksitas',
};

/** What a component may know of the page it renders on. */
export interface KonteksKomponen {
  bahasa: 'id' | 'en';
}

const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const teks = (value: string): ElementContent => ({ type: 'text', value });

/**
 * A generated table in its named scrolling region. Built here, it is not visited by the renderer's
 * table rule, so it gets its region here; a cell with several lines is a list.
 */
function tabelGulir(kepala: readonly string[], baris: readonly (readonly (string | readonly string[])[])[], label: string, lain: Element['properties'] = {}): Element {
  const sel = (c: string | readonly string[]) => el('td', typeof c === 'string' ? [teks(c)] : [el('ul', c.map((x) => el('li', [teks(x)])))]);
  const tabel = el('table', [el('thead', [el('tr', kepala.map((k) => el('th', [teks(k)])))]), el('tbody', baris.map((r) => el('tr', r.map(sel))))], { ariaLabel: label });
  return el('section', [tabel], { className: ['tabel-gulir'], tabIndex: 0, ariaLabel: label, ...lain });
}

export const KOMPONEN: Record<NamaKomponen, (props: Props, children: ElementContent[], konteks: KonteksKomponen) => Element> = {
  /** `<Catatan jenis="penting" judul="…">…</Catatan>`: a box for what a replicating agency must not miss. */
  Catatan(props, children, { bahasa }) {
    const jenis: JenisCatatan = typeof props.jenis === 'string' && Object.hasOwn(JUDUL_CATATAN, props.jenis) ? (props.jenis as JenisCatatan) : 'info';
    const judul = typeof props.judul === 'string' ? props.judul : useTranslations(bahasa)(JUDUL_CATATAN[jenis]);
    // A note, not an `<aside>` landmark: landmarks need unique names, and a page (a model's book
    // above all) may hold several boxes of one kind.
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['catatan', `catatan-${jenis}`], role: 'note' },
      children: [{ type: 'element', tagName: 'strong', properties: { className: ['catatan-judul'] }, children: [{ type: 'text', value: judul }] }, { type: 'text', value: ' ' }, ...children],
    };
  },
  /**
   * `<TabelTesaurus />`: the search thesaurus, so the glossary lists every word the search
   * understands for each concept, from the module the index is built with.
   */
  TabelTesaurus(_props, _children, { bahasa }) {
    const t = useTranslations(bahasa);
    const baris = (TESAURUS as readonly Konsep[]).map((k) => [k[bahasa], (bahasa === 'en' ? [...k.istilah_en, ...k.istilah] : k.istilah).join(', ')]);
    // Out of the index: listing every term would make the glossary the first result for all of them.
    return tabelGulir([t('mdx.tesaurus.konsep'), t('mdx.tesaurus.istilah')], baris, t('mdx.tesaurus.label'), { dataPagefindIgnore: '' });
  },
  /**
   * `<TabelPenilaian unsur="…" />`: one element of the readiness card, its levels and what each
   * requires of an entry's fields, from the same rules the checker applies, so the guide cannot
   * drift from them.
   */
  TabelPenilaian(props, _children, { bahasa }) {
    const unsur = props.unsur as UnsurPenilaian;
    const t = useTranslations(bahasa);
    const { kepala, baris } = tabelPenilaian(unsur, bahasa);
    return tabelGulir(kepala.map((k) => t(`penilaian.kolom.${k}`)), baris, t(LABEL_PENILAIAN[unsur]));
  },
};
