import { defineMdastPlugin } from 'satteri';
import { withBase } from './routes.ts';

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
