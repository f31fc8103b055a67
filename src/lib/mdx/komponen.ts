/**
 * What each MDX component of the registry (src/rules/mdx.ts) renders to: a HAST element built
 * from its checked, text-only props and its children. The record's type makes a component in the
 * registry without a rendering a type error.
 */
import type { Element, ElementContent } from 'hast';
import type { NamaKomponen } from '../../rules/mdx.ts';
import { tabelPenilaian, type UnsurPenilaian } from '../../schema/penilaian.ts';
import { TESAURUS, type Konsep } from '../../data/tesaurus.ts';

export type Props = Readonly<Record<string, string | true>>;

const JUDUL_CATATAN = { info: 'Catatan', penting: 'Penting', peringatan: 'Peringatan' } as const;
type JenisCatatan = keyof typeof JUDUL_CATATAN;

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
  const tabel = el('table', [el('thead', [el('tr', kepala.map((k) => el('th', [teks(k)])))]), el('tbody', baris.map((r) => el('tr', r.map(sel))))]);
  return el('section', [tabel], { className: ['tabel-gulir'], tabIndex: 0, ariaLabel: label, ...lain });
}

export const KOMPONEN: Record<NamaKomponen, (props: Props, children: ElementContent[], konteks: KonteksKomponen) => Element> = {
  /** `<Catatan jenis="penting" judul="…">…</Catatan>`: a box for what a replicating agency must not miss. */
  Catatan(props, children) {
    const jenis: JenisCatatan = typeof props.jenis === 'string' && Object.hasOwn(JUDUL_CATATAN, props.jenis) ? (props.jenis as JenisCatatan) : 'info';
    const judul = typeof props.judul === 'string' ? props.judul : JUDUL_CATATAN[jenis];
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
    const en = bahasa === 'en';
    const baris = (TESAURUS as readonly Konsep[]).map((k) => [k[bahasa], (en ? [...k.istilah_en, ...k.istilah] : k.istilah).join(', ')]);
    // Out of the index: listing every term would make the glossary the first result for all of them.
    return tabelGulir(en ? ['Concept', 'Also found by'] : ['Konsep', 'Juga ditemukan dengan kata'], baris, en ? 'Table: search thesaurus' : 'Tabel: tesaurus pencarian', { dataPagefindIgnore: '' });
  },
  /**
   * `<TabelPenilaian unsur="…" />`: one element of the readiness card, its levels and what each
   * requires of an entry's fields, from the same rules the checker applies, so the guide cannot
   * drift from them.
   */
  TabelPenilaian(props, _children, { bahasa }) {
    const unsur = props.unsur as UnsurPenilaian;
    const { kepala, baris } = tabelPenilaian(unsur, bahasa);
    const nama = bahasa === 'en' ? { bukti: 'evidence', dampak: 'impact', biaya: 'cost', kompleksitas: 'complexity criteria', 'tingkat-kompleksitas': 'complexity levels' } : { bukti: 'kekuatan bukti', dampak: 'tingkat dampak', biaya: 'biaya', kompleksitas: 'kriteria kompleksitas', 'tingkat-kompleksitas': 'tingkat kompleksitas' };
    return tabelGulir(kepala, baris, bahasa === 'en' ? `Table: ${nama[unsur]} and their requirements` : `Tabel: ${nama[unsur]} dan syaratnya`);
  },
};
