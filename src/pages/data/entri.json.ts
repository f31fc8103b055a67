import type { APIRoute } from 'astro';
import { dokumenJson } from '../../lib/opendata.ts';
import { EDISI_AKTIF } from '../../lib/env.ts';
import { entriTerbuka } from '../../lib/terbuka.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(`${JSON.stringify(dokumenJson(await entriTerbuka(site!, import.meta.env.BASE_URL), EDISI_AKTIF.slug), null, 1)}\n`, { headers: { 'content-type': 'application/json' } });
