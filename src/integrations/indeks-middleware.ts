/**
 * Hands each rendered page to the search index while the build goes on (src/integrations/indeks-antrian.ts).
 * Only a production build sets the queue; in `astro dev` pages pass untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { ANTRIAN, type PenerimaHalaman } from './indeks-antrian.ts';

export const onRequest: MiddlewareHandler = async (ctx, next) => {
  const res = await next();
  const antrian = (globalThis as { [ANTRIAN]?: PenerimaHalaman })[ANTRIAN];
  if (!antrian || !res.headers.get('content-type')?.startsWith('text/html')) return res;
  const html = antrian.dirender(ctx.url.pathname, await res.text());
  return new Response(html, { status: res.status, statusText: res.statusText, headers: res.headers });
};
