/**
 * A stand-in for React's createElement in the studio's tests: it builds HTML text, escaping text
 * and attribute values as React does, so what the studio's preview builds can be compared with
 * what the site renders.
 */
import type { Anak } from '../src/lib/studio-pratinjau.ts';

export interface Html {
  html: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NAMA: Record<string, string> = { className: 'class', tabIndex: 'tabindex', htmlFor: 'for' };

export const keHtml = (a: Anak<Html> | Anak<Html>[]): string =>
  Array.isArray(a) ? a.map(keHtml).join('') : a === null || a === undefined || a === false ? '' : typeof a === 'object' ? a.html : esc(String(a));

export function h(tag: string, props: Record<string, unknown> | null, ...anak: Anak<Html>[]): Html {
  const attr = Object.entries(props ?? {})
    .filter(([k, v]) => k !== 'key' && v !== undefined && v !== null && v !== false)
    .map(([k, v]) => ` ${NAMA[k] ?? k}="${esc(String(v))}"`)
    .join('');
  return { html: `<${tag}${attr}>${keHtml(anak)}</${tag}>` };
}
