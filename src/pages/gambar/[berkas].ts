import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { gambarIsi } from '../../konten/isi.ts';
import { semua } from '../../lib/content.ts';

/** The images of the entries this edition publishes (drafts' images only where drafts show). */
export const getStaticPaths = (async () => {
  const all = await semua();
  const gambar = new Map<string, string>();
  for (const e of [...all.model, ...all.praktik, ...all.panduan]) for (const g of gambarIsi(e)) gambar.set(g.nama, g.sumber);
  return [...gambar].map(([berkas, sumber]) => ({ params: { berkas }, props: { sumber } }));
}) satisfies GetStaticPaths;

const JENIS: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };

export const GET: APIRoute = ({ params, props }) =>
  new Response(readFileSync((props as { sumber: string }).sumber), { headers: { 'content-type': JENIS[String(params.berkas).split('.').pop()!] ?? 'application/octet-stream' } });
