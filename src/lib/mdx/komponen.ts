/**
 * What each MDX component of the registry (src/rules/mdx.ts) renders to: a HAST element built
 * from its checked, text-only props and its children. The record's type makes a component in the
 * registry without a rendering a type error.
 */
import type { Element, ElementContent } from 'hast';
import type { NamaKomponen } from '../../rules/mdx.ts';

export type Props = Readonly<Record<string, string | true>>;

const JUDUL_CATATAN = { info: 'Catatan', penting: 'Penting', peringatan: 'Peringatan' } as const;
type JenisCatatan = keyof typeof JUDUL_CATATAN;

export const KOMPONEN: Record<NamaKomponen, (props: Props, children: ElementContent[]) => Element> = {
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
};
