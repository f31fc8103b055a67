import type { APIRoute, GetStaticPaths } from 'astro';
import { semua, terakhirDiperbarui, type Model, type Praktik } from '../../../../lib/content.ts';
import { EDISI_AKTIF } from '../../../../lib/env.ts';
import { babBuku, cssBuku, tanggalBuku } from '../../../../lib/buku.ts';
import { sekitarEntri } from '../../../../lib/sekitar-entri.ts';
import { useTranslations } from '../../../../i18n/index.ts';
import { formatTanggal } from '../../../../lib/tanggal.ts';
import { isi } from '../../../../lib/format.ts';

/**
 * Each book's running headers (src/lib/buku.ts): its own titles in `@page` margin boxes. A file of
 * its own because the pages' CSP (`default-src 'self'`, which stylesheets fall back to) allows no inline style.
 */
export const getStaticPaths = (async () => {
  const all = await semua();
  return all.model.map((model) => ({ params: { id: model.id }, props: { model, praktik: sekitarEntri<Praktik, Model>(model, all, model.data).praktikModel } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { model, praktik } = props as { model: Model; praktik: Praktik[] };
  const t = useTranslations('id');
  const bab = babBuku({ id: model.id, judul: model.data.judul }, praktik.map((p) => ({ id: p.id, judul: p.data.judul })));
  const tanggal = tanggalBuku([model, ...praktik].map((e) => terakhirDiperbarui(e.filePath, e.data.riwayat)));
  const keadaan = isi(t('buku.keadaan'), formatTanggal(tanggal, 'id'));
  return new Response(cssBuku({ judul: model.data.judul, edisi: EDISI_AKTIF.id, keadaan, bab, labelBab: t('buku.bab'), labelHalaman: t('buku.halaman'), labelHlm: t('buku.hlm') }), { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
