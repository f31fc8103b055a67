import { defineHastPlugin, defineMdastPlugin } from 'satteri';
import { withBase } from '../routes.ts';

/**
 * Authors link to other pages as `/praktik/<id>/`; on a site served from a sub-path those links
 * must carry the base. Rewriting them at render time keeps the source portable.
 */
export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'pustaka-base-links',
    link(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) ctx.setProperty(node, 'url', withBase(base, node.url));
    },
    definition(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) ctx.setProperty(node, 'url', withBase(base, node.url));
    },
  });
}

/**
 * Accessibility of what GFM renders:
 * - task-list checkboxes get an accessible name (the item's text) and can be ticked, so a
 *   checklist works as a self-assessment on screen and on paper;
 * - tables sit in a focusable, labelled region that scrolls sideways, so a keyboard user can
 *   reach the columns a narrow screen hides.
 */
export const aksesibelGfm = defineHastPlugin({
  name: 'pustaka-aksesibel-gfm',
  before(_root, ctx) {
    ctx.data.tabelKe = 0;
  },
  element: [
    {
      // Filtering on <input> keeps the JavaScript side of the plugin off every other list item.
      filter: ['input'],
      visit(node, ctx) {
        if (node.properties?.type !== 'checkbox') return;
        const item = ctx.parent(node);
        ctx.setProperty(node, 'disabled', null);
        ctx.setProperty(node, 'ariaLabel', ctx.textContent(item).trim().replace(/\s+/g, ' ').slice(0, 160));
      },
    },
    {
      filter: ['table'],
      visit(node, ctx) {
        const english = ctx.fileURL?.pathname.includes('/panduan/en/') ?? false;
        const head = node.children.find((c) => c.type === 'element' && c.tagName === 'thead');
        // GFM puts a newline text node between header cells and none inside one ("Sumber data" is
        // one column). Reading the text once is far cheaper than materialising every cell node.
        const columns = head
          ? ctx
              .textContent(head)
              .split('\n')
              .map((c) => c.trim().replace(/\s+/g, ' '))
              .filter(Boolean)
              .join(', ')
          : '';
        // A named <section> is a region landmark; its name must be unique on the page.
        const n = (ctx.data.tabelKe = Number(ctx.data.tabelKe ?? 0) + 1);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'section',
          properties: { className: ['tabel-gulir'], tabIndex: 0, ariaLabel: `${english ? 'Table' : 'Tabel'} ${n}${columns ? `: ${columns.slice(0, 100)}` : ''}` },
          children: [],
        });
      },
    },
  ],
});

/**
 * The one Sätteri configuration for every piece of Markdown the site renders: the entries
 * (./render.ts) and anything Astro itself compiles (astro.config.mjs).
 */
export function opsiSatteri(base: string) {
  return {
    features: { gfm: { footnotes: { label: 'Catatan kaki', backLabel: 'Kembali ke teks' } } },
    mdastPlugins: [baseLinks(base)],
    hastPlugins: [aksesibelGfm],
  };
}
