/**
 * Heading anchors: the one function that turns a heading's text into its id, GitHub's way
 * (github-slugger), as Markdown sites give them. The renderer (src/lib/mdx/render.ts) gives every
 * heading of a body its id with it; the checker (./body.ts) collects the same ids, so a link's
 * `#fragment` is judged against the ids the page will have; and the compare page
 * (src/lib/bandingkan-baris.ts) finds an entry's sections by the anchors of the anatomy's
 * headings (./anatomy.ts).
 */
import Slugger, { slug } from 'github-slugger';

/**
 * The anchors of one page's headings, in reading order: a repeated heading gets `-1`, `-2`…
 * after the first. One per page (per chapter of a book); never shared between pages.
 */
export function jangkarHalaman(): (teks: string) => string {
  const slugger = new Slugger();
  return (teks) => slugger.slug(teks);
}

/** The anchor of the first heading on a page with this text: "Sumber Daya dan Biaya" → `sumber-daya-dan-biaya`. */
export const jangkar = (teks: string): string => slug(teks);
