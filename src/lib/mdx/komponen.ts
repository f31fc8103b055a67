/**
 * What each MDX component of the registry (src/rules/mdx.ts) renders to: a HAST element built
 * from its checked, text-only props and its children. The record's type makes a component in the
 * registry without a rendering a type error.
 */
import type { Element, ElementContent } from 'hast';
import type { NamaKomponen } from '../../rules/mdx.ts';
import { barisTabelBukti } from '../../rules/penilaian.ts';

export type Props = Readonly<Record<string, string | true>>;

const JUDUL_CATATAN = { info: 'Catatan', penting: 'Penting', peringatan: 'Peringatan' } as const;
type JenisCatatan = keyof typeof JUDUL_CATATAN;

/** What a component may know of the page it renders on. */
export interface KonteksKomponen {
  bahasa: 'id' | 'en';
}

const el = (tagName: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({ type: 'element', tagName, properties, children });
const teks = (value: string): ElementContent => ({ type: 'text', value });

export const KOMPONEN: Record<NamaKomponen, (props: Props, children: ElementContent[], konteks: KonteksKomponen) => Element> = {
  /** `<Catatan jenis="penting" judul="…">…</Catatan>`: a box for what a replicating agency must not miss. */
  Catatan(props, children) {
    const jenis: JenisCatatan = typeof props.jenis === 'string' && Object.hasOwn(JUDUL_CATATAN, props.jenis) ? (props.jenis as JenisCatatan) : 'info';
    const judul = typeof props.judul === 'string' ? props.judul : JUDUL_CATATAN[jenis];
    return {
      type: 'element',
      tagName: 'aside',
      properties: { className: ['catatan', `catatan-${jenis}`] },
      children: [{ type: 'element', tagName: 'strong', properties: { className: ['catatan-judul'] }, children: [{ type: 'text', value: judul }] }, { type: 'text', value: ' ' }, ...children],
    };
  },
  /**
   * `<TabelBukti />`: the evidence levels and what each requires of an entry's fields, from the
   * same rules the checker applies, so the guide cannot drift from them.
   */
  TabelBukti(_props, _children, { bahasa }) {
    const en = bahasa === 'en';
    const kepala = en ? ['Value', 'Name', 'Definition', 'Required of the entry’s fields'] : ['Nilai', 'Nama', 'Definisi', 'Syarat pada isian entri'];
    const baris = barisTabelBukti(bahasa).map((b) =>
      el('tr', [el('td', [teks(b.nilai)]), el('td', [teks(b.nama)]), el('td', [teks(b.definisi)]), el('td', b.syarat.length ? [el('ul', b.syarat.map((s) => el('li', [teks(s)])))] : [teks('–')])]),
    );
    const tabel = el('table', [el('thead', [el('tr', kepala.map((k) => el('th', [teks(k)])))]), el('tbody', baris)]);
    // Built here, the table is not visited by the renderer's table rule: it gets its region here.
    return el('section', [tabel], { className: ['tabel-gulir'], tabIndex: 0, ariaLabel: en ? 'Table: evidence levels and their requirements' : 'Tabel: nilai kekuatan bukti dan syaratnya' });
  },
};
