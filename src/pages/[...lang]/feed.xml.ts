import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { labelOf, type Locale } from '../../data/vocab.ts';
import { JENIS_PERUBAHAN } from '../../data/klasifikasi.ts';
import { useTranslations } from '../../i18n/index.ts';
import { semua, terakhirDiperbarui } from '../../lib/content.ts';
import { alamatLokal, entryPath, jalurLocale } from '../../data/routes.ts';
import { labelStatus } from '../../lib/edisi.ts';
import { EDISI_AKTIF } from '../../lib/env.ts';
import { deskripsiUmpan, guidPerubahan, tautanUmpan, XMLNS_ATOM } from '../../lib/opendata.ts';

export const getStaticPaths = jalurLocale;

/**
 * New and updated entries, newest first, one feed per language (/feed.xml, /en/feed.xml); each item
 * carries the entry's latest change note, which authors write in Indonesian (deskripsiUmpan says so in the English feed).
 */
export const GET: APIRoute = async ({ site, props }) => {
  const locale = (props as { locale: Locale }).locale;
  const t = useTranslations(locale);
  const u = alamatLokal(locale, import.meta.env.BASE_URL);
  const all = await semua();
  const items = [...all.model, ...all.praktik]
    .map((e) => ({ e, diperbarui: terakhirDiperbarui(e.filePath, e.data.riwayat) }))
    .sort((a, b) => b.diperbarui.localeCompare(a.diperbarui) || a.e.id.localeCompare(b.e.id))
    .slice(0, 50)
    .map(({ e, diperbarui }) => {
      const last = e.data.riwayat[0]!;
      const status = labelStatus(e.data.status, locale);
      const link = new URL(u(entryPath(e.collection, e.id)), site).href;
      return {
        // An entry awaiting review says so wherever it travels; a feed item is read on its own.
        title: status ? `[${status}] ${e.data.judul}` : e.data.judul,
        link,
        customData: guidPerubahan(link, last.tanggal),
        pubDate: new Date(`${diperbarui}T00:00:00Z`),
        description: deskripsiUmpan({ ringkasan: e.data.ringkasan, ringkasan_en: e.data.ringkasan_en, jenis: labelOf(JENIS_PERUBAHAN, last.jenis, locale), tanggal: last.tanggal, catatan: last.catatan }, locale),
        categories: [e.collection, e.data.tema_rb, ...(e.data.prioritas_presiden ? [e.data.prioritas_presiden] : [])],
      };
    });
  return rss({
    title: t('site.nama'),
    description: `${EDISI_AKTIF[locale]}: ${t('data.umpan')}`,
    site: new URL(u('/'), site),
    items,
    xmlns: { atom: XMLNS_ATOM },
    customData: `<language>${locale}</language>${tautanUmpan(new URL(u('/feed.xml'), site).href)}`,
  });
};
