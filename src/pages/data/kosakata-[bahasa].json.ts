import type { APIRoute, GetStaticPaths } from 'astro';
import { TESAURUS } from '../../data/tesaurus.ts';
import { PRIORITAS_PRESIDEN, TEMA_RB } from '../../data/tema.ts';
import { PROVINSI } from '../../data/wilayah.ts';
import { kataDari } from '../../lib/cari-pulih.ts';
import { semua } from '../../lib/content.ts';

/**
 * The words the search page suggests a spelling from ("mungkin maksud Anda"), per language:
 * thesaurus terms first, then themes, provinces, and the entries' titles, aliases and keywords.
 * Fetched only when a query finds nothing, so it never weighs on a search that works.
 */
export const getStaticPaths = (() => ['id', 'en'].map((bahasa) => ({ params: { bahasa } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const en = params.bahasa === 'en';
  const all = await semua();
  const teks = [
    ...TESAURUS.flatMap((k) => (en ? [...k.istilah_en, ...k.istilah] : [...k.istilah])),
    ...[...TEMA_RB, ...PRIORITAS_PRESIDEN].map((t) => (en ? t.en : t.id)),
    ...PROVINSI.map((p) => p.id),
    ...[...all.praktik, ...all.model].flatMap((e) => [e.data.judul, ...e.data.alias, ...e.data.kata_kunci]),
  ];
  const kata = [...new Set(teks.flatMap(kataDari))];
  return new Response(JSON.stringify(kata), { headers: { 'content-type': 'application/json' } });
};
