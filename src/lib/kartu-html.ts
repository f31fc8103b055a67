import { entryPath, withBase } from '../data/routes.ts';
import { esc } from './esc.ts';
import { headlineText, type HeadlineWords } from './kesiapan.ts';
import type { Ringkas } from './ringkas.ts';

/**
 * Labels a card needs, in one locale. The build makes them from the vocabulary modules; the
 * catalogue island receives the same object as JSON, since vocabularies read files on the server.
 */
export interface KartuLabels {
  locale: 'id' | 'en';
  jenis: { model: string; praktik: string };
  tema: Record<string, string>;
  provinsi: Record<string, string>;
  words: HeadlineWords;
  /** Base path plus locale prefix, e.g. "/sub/en/". */
  prefix: string;
}

/** The card fields of a compact record; the catalogue index ships exactly these. */
export type KartuRecord = Pick<Ringkas, 'koleksi' | 'id' | 'judul' | 'kepanjangan' | 'ringkasan' | 'ringkasan_en' | 'tema' | 'prioritas' | 'provinsi' | 'instansiNama' | 'tahun' | 'headline'>;

/**
 * One card's HTML. The build renders cards with it and the islands re-render results with it, so a
 * card looks the same with or without JavaScript. `extra` is trusted HTML appended inside the card;
 * `kompak` leaves out the summary, for cards of related entries on an entry page.
 */
export function kartuHtml(r: KartuRecord, l: KartuLabels, level: 2 | 3 | 4 = 3, extra = '', kompak = false): string {
  const meta = [esc(l.jenis[r.koleksi]), r.instansiNama ? `<span lang="id">${esc(r.instansiNama)}</span>` : '', r.provinsi ? esc(l.provinsi[r.provinsi] ?? r.provinsi) : '']
    .filter(Boolean)
    .join(' · ');
  const en = l.locale === 'en' && r.ringkasan_en;
  const badges = [l.tema[r.tema] ?? r.tema, r.prioritas ? (l.tema[r.prioritas] ?? r.prioritas) : '', r.tahun ? String(r.tahun) : ''].filter(Boolean);
  return (
    `<article class="kartu"><p class="kecil muted">${meta}</p>` +
    // The title is Indonesian on every page: an English page says so, for screen readers' pronunciation.
    `<h${level}><a href="${esc(withBase(l.prefix, entryPath(r.koleksi, r.id)))}"${l.locale === 'id' ? '' : ' lang="id"'}>${esc(r.judul)}</a></h${level}>` +
    (r.kepanjangan && !kompak ? `<p class="kecil" lang="id">${esc(r.kepanjangan)}</p>` : '') +
    `<p class="headline">${esc(headlineText(r.headline, l.words))}</p>` +
    (kompak ? '' : `<p lang="${en ? 'en' : 'id'}">${esc(en ? r.ringkasan_en! : r.ringkasan)}</p>`) +
    `<p>${badges.map((b, i) => `<span class="lencana${i === 0 ? ' lencana-tema' : ''}">${esc(b)}</span>`).join('')}</p>${extra}</article>`
  );
}
