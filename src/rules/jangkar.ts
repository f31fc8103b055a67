/**
 * Heading anchors: the one function that turns a heading's text into its id, GitHub's way
 * (github-slugger), as Markdown sites give them. The renderer (src/lib/mdx/render.ts) gives every
 * heading of a body its id with it; the checker (./body.ts) collects the same ids, so a link's
 * `#fragment` is judged against the ids the page will have; and the compare page
 * (src/lib/bandingkan-baris.ts) finds an entry's sections by the anchors of the anatomy's
 * headings (./anatomy.ts).
 */
import Slugger, { slug } from 'github-slugger';

/** The kind of page a body is shown on: an entry (practice or model) or a guide. */
export type JenisHalaman = 'entri' | 'panduan';

/** The kind of page a collection's files are shown on. */
export const jenisHalaman = (koleksi: string): JenisHalaman => (koleksi === 'panduan' ? 'panduan' : 'entri');

/** Ids every page gives its own elements: the layout's main (the skip link's target), the header's search, the contents' heading, GFM's footnotes heading. */
const ID_TATA_LETAK = ['isi', 'cari-kepala', 'daftar-isi-judul', 'footnote-label'];

/**
 * The ids a page that shows a body gives its own elements, by kind of page: the layout's
 * (src/layouts/Base.astro, src/components/Header.astro, the contents of src/components/halaman/)
 * and, on an entry page, its summary, readiness card and panels (src/components/entri/).
 * test/jangkar.test.ts keeps these lists and those templates in step.
 */
export const ID_HALAMAN: Readonly<Record<JenisHalaman, ReadonlySet<string>>> = {
  panduan: new Set(ID_TATA_LETAK),
  entri: new Set([...ID_TATA_LETAK, 'ringkasan-en', 'kartu-kesiapan', 'praktik-model', 'model-induk', 'prasyarat', 'sumber', 'tentang-entri', 'kutip', 'riwayat']),
};

/**
 * The anchors of one page's headings, in reading order: a repeated heading gets `-1`, `-2`…
 * after the first. One per page (per chapter of a book); never shared between pages. A heading
 * whose anchor the page already uses gets the next free one (`### Sumber` → `sumber-1`): two
 * elements with one id would send the skip link, the contents or a citation to the author's heading.
 */
export function jangkarHalaman(halaman: JenisHalaman = 'entri'): (teks: string) => string {
  const slugger = new Slugger();
  // Besides the page's own ids: a citation's (`r1`), a listed source's (`s1`), GFM's footnotes'.
  const dipakai = (id: string) => ID_HALAMAN[halaman].has(id) || /^[rs]\d+$|^user-content-/.test(id);
  return (teks) => {
    // A heading without letters or digits ("### 🙂") slugs to "", an id HTML does not allow.
    const dasar = /[^-]/.test(slug(teks)) ? teks : 'bagian';
    let id = slugger.slug(dasar);
    while (dipakai(id)) id = slugger.slug(dasar);
    return id;
  };
}

/** The anchor of the first heading on a page with this text: "Sumber Daya dan Biaya" → `sumber-daya-dan-biaya`. */
export const jangkar = (teks: string): string => slug(teks);
