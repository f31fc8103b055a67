import type { APIRoute } from 'astro';
import { barisJson, csv } from '../../lib/opendata.ts';
import { entriTerbuka } from '../../lib/terbuka.ts';

export const GET: APIRoute = async ({ site }) => {
  const rows = (await entriTerbuka(site!, import.meta.env.BASE_URL)).sort((a, b) => a.koleksi.localeCompare(b.koleksi) || a.id.localeCompare(b.id)).map(barisJson);
  return new Response(csv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
