/**
 * A JSX runtime whose elements are HTML strings. Sätteri compiles an entry's MDX to a function
 * body; run with this runtime, that function returns the entry's HTML directly, so no entry has
 * to become a JS module in Vite's bundle (see ./render.ts for why).
 */

/** Markup that is already safe HTML; every other string a component returns is text. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString() {
    return this.value;
  }
}

export type Child = Html | string | number | boolean | null | undefined | readonly Child[];
export type Props = Record<string, unknown> & { children?: Child };
export type Component = (props: Props) => Html;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

export function renderChildren(c: Child): string {
  if (c === null || c === undefined || typeof c === 'boolean') return '';
  if (c instanceof Html) return c.value;
  if (Array.isArray(c)) return c.map(renderChildren).join('');
  return escapeText(String(c));
}

function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    const attr = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
    if (value === true) out += ` ${attr}`;
    else out += ` ${attr}="${escapeAttr(Array.isArray(value) ? value.join(' ') : String(value))}"`;
  }
  return out;
}

/** The runtime's fragment: children only. */
export const Fragment = Symbol.for('pustaka.mdx.fragment');

export function jsx(type: string | symbol | Component, props: Props): Html {
  if (typeof type === 'function') return type(props);
  const { children, ...rest } = props;
  if (type === Fragment) return new Html(renderChildren(children));
  if (typeof type !== 'string') throw new TypeError(`Jenis elemen MDX tidak dikenal: ${String(type)}`);
  const open = `<${type}${attributes(rest)}>`;
  return new Html(VOID.has(type) ? open : `${open}${renderChildren(children)}</${type}>`);
}

/**
 * What Sätteri's `optimizeStatic` emits for subtrees with nothing dynamic: a `Fragment` component
 * with the subtree already serialised in `set:html`. Passed to the content as a component.
 */
export const StaticFragment: Component = (props) => (typeof props['set:html'] === 'string' ? new Html(props['set:html']) : new Html(renderChildren(props.children)));

/** The argument the compiled function body destructures (`arguments[0]`). */
export const runtime = { Fragment, jsx, jsxs: jsx };
