import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { labelOf } from '../data/vocab.ts';
import { JENIS_PERUBAHAN } from '../data/klasifikasi.ts';
import { semua, terakhirDiperbarui } from '../lib/content.ts';
import { entryPath, withBase } from '../data/routes.ts';
import { labelStatus } from '../lib/edisi.ts';
import { EDISI_AKTIF } from '../lib/env.ts';

/** New and updated entries, newest first; each item carries the entry's latest change note. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const all = await semua();
  const items = [...all.model, ...all.praktik]
    .map((e) => ({ e, diperbarui: terakhirDiperbarui(e.filePath, e.data.riwayat) }))
    .sort((a, b) => b.diperbarui.localeCompare(a.diperbarui) || a.e.id.localeCompare(b.e.id))
    .slice(0, 50)
    .map(({ e, diperbarui }) => {
      const last = e.data.riwayat[0]!;
      const note = `${labelOf(JENIS_PERUBAHAN, last.jenis)} (${last.tanggal})${last.catatan ? `: ${last.catatan}` : ''}`;
      return {
        // An entry awaiting review says so wherever it travels; a feed item is read on its own.
        title: labelStatus(e.data.status) ? `[${labelStatus(e.data.status)}] ${e.data.judul}` : e.data.judul,
        link: withBase(base, entryPath(e.collection, e.id)),
        pubDate: new Date(`${diperbarui}T00:00:00Z`),
        description: `${e.data.ringkasan} — ${note}`,
        categories: [e.collection, e.data.tema_rb, ...(e.data.prioritas_presiden ? [e.data.prioritas_presiden] : [])],
      };
    });
  return rss({
    title: 'Pustaka Model Inovasi Pelayanan Publik',
    description: `${EDISI_AKTIF.id}: entri baru dan yang diperbarui, dengan catatan perubahannya.`,
    site: new URL(base, site),
    items,
    customData: '<language>id</language>',
  });
};
