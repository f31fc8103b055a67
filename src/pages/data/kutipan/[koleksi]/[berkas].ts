import type { APIRoute, GetStaticPaths } from 'astro';
import { semua, terakhirDiperbarui, type Model, type Praktik } from '../../../../lib/content.ts';
import { itemUnduhan } from '../../../../lib/kutipan.ts';
import { citableEntri } from '../../../../lib/kutipan-entri.ts';
import { kunciCacheKutipan } from '../../../../lib/sekitar-entri.ts';
import { bibtex, cslJson } from '../../../../lib/sitasi/index.ts';

/**
 * Each entry with every source it cites, as BibTeX and as CSL-JSON, for Zotero, Mendeley,
 * JabRef or pandoc: /data/kutipan/praktik/<id>.bib and .json.
 */
export const getStaticPaths = (async () => {
  const all = await semua();
  const situs = `${import.meta.env.SITE}${import.meta.env.BASE_URL}`;
  return [...all.praktik, ...all.model].flatMap((entry) => {
    const penulis = entry.data.penulis.map((r) => all.penulis.find((p) => p.id === r.id)).filter((p) => p !== undefined);
    const diperbarui = terakhirDiperbarui(entry.filePath, entry.data.riwayat);
    // Unchanged entries keep their files on an incremental build: formatting BibTeX is not free.
    return (['bib', 'json'] as const).map((format) => ({ params: { koleksi: entry.collection, berkas: `${entry.id}.${format}` }, props: { entry, format }, cacheKey: kunciCacheKutipan(entry, penulis, diperbarui, situs, format) }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { entry, format } = props as { entry: Praktik | Model; format: 'bib' | 'json' };
  const citable = await citableEntri(entry, 'id', site!, import.meta.env.BASE_URL, terakhirDiperbarui(entry.filePath, entry.data.riwayat));
  const items = itemUnduhan(citable, entry.data.sumber);
  return format === 'bib'
    ? new Response(bibtex(items), { headers: { 'content-type': 'application/x-bibtex; charset=utf-8' } })
    : new Response(cslJson(items), { headers: { 'content-type': 'application/vnd.citationstyles.csl+json' } });
};
