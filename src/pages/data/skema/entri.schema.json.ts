import type { APIRoute } from 'astro';
import praktik from '../../../../public/data/skema/praktik.schema.json';
import model from '../../../../public/data/skema/model.schema.json';
import { skemaEntri } from '../../../lib/opendata.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(skemaEntri(praktik, model, new URL(import.meta.env.BASE_URL, site).href), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
