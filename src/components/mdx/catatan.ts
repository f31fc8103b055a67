import { escapeText, Html, renderChildren, type Component } from '../../lib/mdx/html-runtime.ts';

const JUDUL = { info: 'Catatan', penting: 'Penting', peringatan: 'Peringatan' } as const;
type Jenis = keyof typeof JUDUL;

/** `<Catatan jenis="penting" judul="…">…</Catatan>`: a box for what a replicating agency must not miss. */
export const Catatan: Component = (props) => {
  // The checker only lets the registry's values through; anything else falls back to the plain box.
  const jenis: Jenis = typeof props.jenis === 'string' && props.jenis in JUDUL ? (props.jenis as Jenis) : 'info';
  const judul = typeof props.judul === 'string' ? props.judul : JUDUL[jenis];
  return new Html(`<aside class="catatan catatan-${jenis}"><strong class="catatan-judul">${escapeText(judul)}</strong> ${renderChildren(props.children)}</aside>`);
};
