/**
 * Renders an entry's MDX body to HTML while the content layer syncs.
 *
 * Astro's MDX integration compiles every entry into a JS module that Vite bundles: at 1,000
 * entries that bundle took most of the build and most of its memory, growing about 1 MB per entry
 * (npm run bench). Entries cannot import or compute anything (src/rules/body.ts), so their MDX is
 * data: Sätteri compiles it with the same plugins, heading ids and features Astro's MDX would use,
 * and ./html-runtime.ts turns the result into an HTML string, which ./loader.ts stores for the
 * entry's page. Unchanged entries are not rendered again on the next build.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { komponenMdx } from '../../components/mdx/index.ts';
import { Html, runtime, StaticFragment } from './html-runtime.ts';
import { opsiSatteri } from './plugins.ts';

/** A heading of the body, as Astro's `render()` reports it (drives each page's table of contents). */
export interface Judul {
  depth: number;
  slug: string;
  text: string;
}

export interface HasilRender {
  html: string;
  headings: Judul[];
}

export async function renderMdx(body: string, opts: { base: string; fileURL?: URL }): Promise<HasilRender> {
  const satteri = opsiSatteri(opts.base);
  // The shape Astro's heading-id plugin reads and fills (entries have no images to collect).
  const astro = { frontmatter: {}, headings: [] as Judul[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { code } = await mdxToJs(body, {
    mdastPlugins: satteri.mdastPlugins,
    hastPlugins: [...satteri.hastPlugins, satteriHeadingIdsPlugin()],
    // Astro's MDX defaults: GFM and smart punctuation on.
    features: { ...satteri.features, smartPunctuation: true },
    ...(opts.fileURL ? { fileURL: opts.fileURL } : {}),
    data: { astro },
    outputFormat: 'function-body',
    // Static subtrees arrive pre-serialised, so the runtime only assembles a few strings.
    optimizeStatic: { component: 'Fragment', prop: 'set:html' },
    elementAttributeNameCase: 'html',
  });
  const mod = new Function(code)(runtime) as { default: (props: { components: Record<string, unknown> }) => Html };
  const html = mod.default({ components: { ...komponenMdx, Fragment: StaticFragment } });
  return { html: html.value, headings: astro.headings };
}
