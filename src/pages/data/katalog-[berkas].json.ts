import type { APIRoute, GetStaticPaths } from 'astro';
import { semua } from '../../lib/content.ts';
import { indeksRecord } from '../../lib/katalog.ts';
import { ringkasModel, ringkasPraktik } from '../../lib/ringkas.ts';

/** The catalogue island's compact index, one file per collection and locale: katalog-praktik-id.json. */
export const getStaticPaths = (() =>
  ['praktik', 'model'].flatMap((koleksi) => ['id', 'en'].map((locale) => ({ params: { berkas: `${koleksi}-${locale}` }, props: { koleksi, locale } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { koleksi, locale } = props as { koleksi: 'praktik' | 'model'; locale: 'id' | 'en' };
  const all = await semua();
  const records = koleksi === 'praktik' ? all.praktik.map((p) => ringkasPraktik(p.data)) : all.model.map((m) => ringkasModel(m.data));
  return new Response(JSON.stringify(records.map((r) => indeksRecord(r, locale))), { headers: { 'content-type': 'application/json' } });
};
