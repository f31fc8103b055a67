/**
 * What an entry page shows besides the entry itself, and the page's key for incremental builds.
 *
 * With `experimental.incrementalBuild`, Astro skips a page whose `cacheKey` and code are unchanged
 * since the last build. The key is therefore computed from everything the page reads: the entry
 * (its data and the hash of its rendered body), the entries it shows as cards, the people it names, its
 * last-updated date and the publisher's settings. The page takes those from `sekitarEntri`, the
 * same function the key hashes, so the two cannot drift apart.
 */
import { createHash } from 'node:crypto';
import { EDIT_BRANCH, REPO_URL } from './site.ts';
import { EDISI_AKTIF } from './env.ts';

/** What the keys read of an entry's rendered metadata; the loader's `MetadataIsi` (src/konten/isi.ts) has it. */
export type SidikIsi = {
  /** SHA-1 of the body's HTML: the file's name, and part of each page's incremental-build key. */
  sidikIsi: string;
};

/** The part of a content entry this module reads (Astro's entries have more). */
export interface EntriLike {
  id: string;
  collection: string;
  data: object;
  rendered?: { metadata?: object } | undefined;
}
interface PraktikLike extends EntriLike {
  data: { model: readonly { id: string }[] };
}
interface ModelLike extends EntriLike {
  data: { praktik: readonly { id: string }[] };
}
interface Semua<P extends PraktikLike, M extends ModelLike> {
  praktik: readonly P[];
  model: readonly M[];
  penulis: readonly EntriLike[];
}

/** A practice page shows a few of its siblings; the model page lists them all. */
export const SAUDARA_MAKS = 6;

interface Indeks<P> {
  perId: Map<string, P>;
  praktikPerModel: Map<string, P[]>;
  urutan: Map<string, number>;
}
const indeksPerKoleksi = new WeakMap<object, Indeks<unknown>>();

/** Built once per list of practices: every page of a build asks, and a scan per page would make the build quadratic. */
function indeks<P extends PraktikLike>(praktik: readonly P[]): Indeks<P> {
  let i = indeksPerKoleksi.get(praktik) as Indeks<P> | undefined;
  if (!i) {
    i = { perId: new Map(), praktikPerModel: new Map(), urutan: new Map() };
    praktik.forEach((p, n) => {
      i!.urutan.set(p.id, n);
      i!.perId.set(p.id, p);
      for (const ref of p.data.model) {
        const list = i!.praktikPerModel.get(ref.id) ?? [];
        list.push(p);
        i!.praktikPerModel.set(ref.id, list);
      }
    });
    indeksPerKoleksi.set(praktik, i);
  }
  return i;
}

export function sekitarEntri<P extends PraktikLike, M extends ModelLike>(entry: P | M, all: Semua<P, M>, data: { penulis: readonly { id: string }[]; peninjau: readonly { id: string }[] }) {
  const { perId, praktikPerModel, urutan } = indeks(all.praktik);
  const model = entry.collection === 'model' ? (entry as M) : undefined;
  const praktik = entry.collection === 'praktik' ? (entry as P) : undefined;
  const dariModel = (id: string) => praktikPerModel.get(id) ?? [];
  const praktikModel = model ? model.data.praktik.flatMap((ref) => perId.get(ref.id) ?? []) : [];
  const idInduk = new Set(praktik?.data.model.map((ref) => ref.id));
  const induk = praktik ? all.model.filter((m) => idInduk.has(m.id)) : [];
  // Practices sharing a model with this one, in the order of the list they come from.
  const saudaraSemua = [...new Set([...idInduk].flatMap(dariModel))].filter((p) => p.id !== entry.id).sort((a, b) => urutan.get(a.id)! - urutan.get(b.id)!);
  const orang = [...data.penulis, ...data.peninjau].flatMap((r) => all.penulis.filter((p) => p.id === r.id));
  return {
    praktikModel,
    induk,
    saudara: saudaraSemua.slice(0, SAUDARA_MAKS),
    adaSaudaraLain: saudaraSemua.length > SAUDARA_MAKS,
    /** For each parent model, how many practices it holds (the "all N practices" link). */
    jumlahPraktikInduk: induk.map((m) => dariModel(m.id).length),
    orang,
  };
}

const sidikData = new WeakMap<object, string>();

/** Related entries appear as cards built from their data. One hash per entry per build. */
function sidik(e: EntriLike): string {
  let h = sidikData.get(e);
  if (!h) {
    h = createHash('sha1').update(`${e.collection}/${e.id}\n`).update(JSON.stringify(e.data)).digest('hex');
    sidikData.set(e, h);
  }
  return h;
}

export function kunciCache(entry: EntriLike, sekitar: ReturnType<typeof sekitarEntri>, diperbarui: string): string {
  return createHash('sha1')
    .update(
      JSON.stringify([
        sidik(entry),
        // The rendered body: a change to the renderer leaves the file, and so its data, unchanged.
        (entry.rendered?.metadata as Partial<SidikIsi> | undefined)?.sidikIsi ?? '',
        diperbarui,
        REPO_URL ?? '',
        EDIT_BRANCH,
        // The edition names the publisher, the banner and the citation note on every entry page.
        EDISI_AKTIF.slug,
        sekitar.praktikModel.map(sidik),
        sekitar.induk.map(sidik),
        sekitar.saudara.map(sidik),
        sekitar.adaSaudaraLain,
        sekitar.jumlahPraktikInduk,
        sekitar.orang.map(sidik),
      ]),
    )
    .digest('hex');
}

/**
 * The incremental-build key of an entry's reference download (/data/kutipan/…): the entry, its
 * authors' names, the version date, the edition and where the site lives.
 */
export function kunciCacheKutipan(entry: EntriLike, penulis: readonly EntriLike[], diperbarui: string, situs: string, format: string): string {
  return createHash('sha1').update(JSON.stringify([sidik(entry), penulis.map(sidik), diperbarui, EDISI_AKTIF.slug, situs, format])).digest('hex');
}

/**
 * The incremental-build key of a model's book: every chapter's data, rendered body and version
 * date, its authors and reviewers, and the edition the title page states.
 */
export function kunciCacheBuku(bab: readonly { entry: EntriLike; diperbarui: string }[], orang: readonly EntriLike[]): string {
  return createHash('sha1')
    .update(JSON.stringify([bab.map((b) => [sidik(b.entry), (b.entry.rendered?.metadata as Partial<SidikIsi> | undefined)?.sidikIsi ?? '', b.diperbarui]), orang.map(sidik), EDISI_AKTIF.slug]))
    .digest('hex');
}
