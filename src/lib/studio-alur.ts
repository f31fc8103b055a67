/**
 * The studio's editorial workflow and the entry's `status` field say the same thing. Decap keeps
 * the workflow status of a saved entry outside the file (a `decap-cms/<status>` label on the pull
 * request on GitHub, the branch description in decap-server's git mode) and moves it without
 * touching the file, and no event handler sees a move (its events are preSave, postSave,
 * prePublish, postPublish, preUnpublish, postUnpublish). So the studio wraps the backend, the one
 * place every write to a workflow branch passes through:
 *
 * - saving writes the `status` of the column the entry is in (a new entry: Draf);
 * - moving an entry to another column first rewrites its file on the branch with that column's
 *   `status`, then moves it (and puts the file back if the move fails);
 * - "Siap terbit" (`status: terbit`) waits for a reviewer who is not an author, the checker's rule;
 * - nothing is written to the main branch: publishing (merging), deleting a published entry and
 *   uploading outside an entry are refused, so merging stays with the maintainers.
 *
 * The file is read and written by the handbook's serializer (src/lib/studio-format.ts): data, never
 * code. The studio page only registers the wrapped backends (src/integrations/studio.ts).
 */
import { EKSTENSI_HALAMAN } from '../data/routes.ts';
import { masalahTinjauan } from '../schema/tinjauan.ts';
import { tampakkan } from './tampakkan.ts';
import { dariFile, keFile, type UrutanKunci } from './studio-format.ts';

/** Decap's workflow statuses, its three columns, in order. */
export const KOLOM = ['draft', 'pending_review', 'pending_publish'] as const;
export type Kolom = (typeof KOLOM)[number];
export type StatusEntri = 'draf' | 'tinjauan' | 'terbit';

/** The `status` each column writes: Draf → draf, Dalam tinjauan → tinjauan, Siap terbit → terbit. */
export const STATUS_KOLOM: Readonly<Record<Kolom, StatusEntri>> = { draft: 'draf', pending_review: 'tinjauan', pending_publish: 'terbit' };

/** The `status` of a column; a branch without one (Decap's first column) is a draft. */
export const statusKolom = (kolom: string | undefined): StatusEntri => (kolom !== undefined && Object.hasOwn(STATUS_KOLOM, kolom) ? STATUS_KOLOM[kolom as Kolom] : 'draf');

/** An entry file with its `status` set, every other line as the studio writes it. */
export function denganStatus(teks: string, status: StatusEntri, urutan: UrutanKunci): string {
  return keFile({ ...dariFile(teks), status }, urutan);
}

const daftar = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** Why an entry file may not be "Siap terbit" yet (the checker's rule for `terbit`), or undefined. */
export function masalahSiapTerbit(teks: string): string | undefined {
  const d = dariFile(teks);
  const m = masalahTinjauan(daftar(d.penulis), daftar(d.peninjau));
  return m === undefined ? undefined : tampakkan(m);
}

/** An entry collection: its folder (`content/praktik`) and its files' key order. */
export interface KoleksiAlur {
  folder: string;
  urutan: UrutanKunci;
}

interface BerkasData {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}
interface Aset {
  path: string;
  toBase64?: () => Promise<string>;
}
interface OpsiSimpan {
  collectionName?: string;
  commitMessage: string;
  useWorkflow?: boolean;
  unpublished?: boolean;
  status?: string;
  [k: string]: unknown;
}
interface Beda {
  path: string;
  id: string;
}

/** What the studio uses of a Decap backend implementation (GitHub, or decap-server through the proxy). */
export interface Implementasi {
  persistEntry(entry: { dataFiles: BerkasData[]; assets: Aset[] }, options: OpsiSimpan): Promise<unknown>;
  unpublishedEntry(args: { collection: string; slug: string }): Promise<{ status?: string; diffs: Beda[] }>;
  unpublishedEntryDataFile(collection: string, slug: string, path: string, id: string): Promise<string>;
  unpublishedEntryMediaFile(collection: string, slug: string, path: string, id: string): Promise<{ path: string; file?: Blob }>;
  getEntry(path: string): Promise<{ data: string }>;
  updateUnpublishedEntryStatus(collection: string, slug: string, newStatus: string): Promise<unknown>;
  publishUnpublishedEntry?(collection: string, slug: string): Promise<unknown>;
  persistMedia?(file: unknown, options: unknown): Promise<unknown>;
  deleteFiles?(paths: string[], commitMessage: string): Promise<unknown>;
}

/** Messages for what the studio refuses to do (shown in Decap's error notice). */
export const DITOLAK = {
  terbitkan: 'Studio tidak menggabungkan entri: pengelola menggabungkan pull request-nya setelah entri Siap terbit.',
  hapus: 'Studio tidak menghapus atau mengunggah langsung ke cabang utama: lakukan perubahan lewat entri, yang disimpan di cabangnya sendiri.',
  siapTerbit: (masalah: string) => `Belum bisa Siap terbit (status: terbit): ${masalah}.`,
};

/** A file's bytes as base64, for a backend that writes it again. */
async function base64(b: Blob): Promise<string> {
  const bytes = new Uint8Array(await b.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The path of an entry's file, `<folder>/<slug>.mdx` (src/data/routes.ts): on a branch, its other files are images. */
const jalurEntri = (k: KoleksiAlur, slug: string) => `${k.folder.replace(/\/$/, '')}/${slug}${EKSTENSI_HALAMAN}`;

/**
 * The backend implementation with the workflow tied to `status` (see the module comment). Its
 * methods are replaced on the instance; `koleksi` names the collections that have a `status`
 * (others, the authors' records, pass through unchanged).
 */
export function bungkusAlur<T extends Implementasi>(impl: T, koleksi: Readonly<Record<string, KoleksiAlur>>): T {
  const simpan = impl.persistEntry.bind(impl);
  const pindah = impl.updateUnpublishedEntryStatus.bind(impl);
  const dariKoleksi = (nama: string | undefined) => (nama !== undefined && Object.hasOwn(koleksi, nama) ? koleksi[nama] : undefined);

  /** The column an entry is in, or undefined when it has no branch yet. */
  const kolomSekarang = async (collection: string, slug: string, adaCabang: boolean) => {
    try {
      return (await impl.unpublishedEntry({ collection, slug })).status ?? '';
    } catch (e) {
      if (adaCabang) throw e;
      return undefined;
    }
  };

  impl.persistEntry = async (entry, options) => {
    const k = dariKoleksi(options.collectionName);
    if (!options.useWorkflow || !k) return simpan(entry, options);
    const slug = entry.dataFiles[0]!.slug;
    // A branch that exists keeps its column; a new one starts where Decap starts it (Draf).
    const kolom = (await kolomSekarang(options.collectionName!, slug, !!options.unpublished)) ?? options.status ?? 'draft';
    const status = statusKolom(kolom);
    const dataFiles = entry.dataFiles.map((f) => (f.path === jalurEntri(k, f.slug) ? { ...f, raw: denganStatus(f.raw, status, k.urutan) } : f));
    return simpan({ ...entry, dataFiles }, options);
  };

  impl.updateUnpublishedEntryStatus = async (collection, slug, newStatus) => {
    const k = dariKoleksi(collection);
    if (!k) return pindah(collection, slug, newStatus);
    const { status: lama, diffs } = await impl.unpublishedEntry({ collection, slug });
    const path = jalurEntri(k, slug);
    const beda = diffs.find((d) => d.path === path);
    const media = diffs.filter((d) => d.path !== path);
    // A branch that leaves the file as it is on the main branch (only images) reads it there.
    const teks = beda ? await impl.unpublishedEntryDataFile(collection, slug, path, beda.id) : (await impl.getEntry(path)).data;
    const m = newStatus === 'pending_publish' ? masalahSiapTerbit(teks) : undefined;
    if (m) throw new Error(DITOLAK.siapTerbit(m));
    // Writing the branch again sends its images again: the backends drop the ones not sent.
    const assets: Aset[] = await Promise.all(
      media.map(async (d) => {
        const f = await impl.unpublishedEntryMediaFile(collection, slug, d.path, d.id);
        if (!f.file) throw new Error(`gambar ${d.path} di cabang entri tidak terbaca`);
        const file = f.file;
        return { path: d.path, toBase64: () => base64(file) };
      }),
    );
    let diCabang = teks;
    const tulis = async (kolom: string) => {
      const status = statusKolom(kolom);
      const raw = denganStatus(teks, status, k.urutan);
      if (raw === diCabang) return;
      await simpan({ dataFiles: [{ path, slug, raw }], assets }, { collectionName: collection, commitMessage: `Ubah status ${collection} “${slug}” menjadi ${status}`, useWorkflow: true, unpublished: true, newEntry: false, status: kolom });
      diCabang = raw;
    };
    await tulis(newStatus);
    try {
      return await pindah(collection, slug, newStatus);
    } catch (e) {
      // Put the file back in the column the entry stays in.
      await tulis(lama ?? 'draft').catch(() => undefined);
      throw e;
    }
  };

  impl.publishUnpublishedEntry = () => Promise.reject(new Error(DITOLAK.terbitkan));
  impl.persistMedia = () => Promise.reject(new Error(DITOLAK.hapus));
  impl.deleteFiles = () => Promise.reject(new Error(DITOLAK.hapus));
  return impl;
}
