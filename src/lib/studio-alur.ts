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
 * - "Siap terbit" (`status: terbit`) waits for a reviewer from outside the authors' institution,
 *   the checker's rule (not an author, and not another profile of the authors' body), and an entry
 *   in that column is not saved once it breaks it;
 * - nothing is written to the main branch: publishing (merging), deleting a published entry and
 *   uploading outside an entry are refused, so merging stays with the maintainers.
 *
 * The file is read and written by the handbook's serializer (src/lib/studio-format.ts): data, never
 * code. The studio page only registers the wrapped backends (src/integrations/studio.ts).
 */
import { EKSTENSI_HALAMAN } from '../data/routes.ts';
import { parse } from 'yaml';
import { SLUG_PATTERN } from '../schema/common.ts';
import { masalahLembagaPeninjau, masalahTinjauan, type ProfilPenulis } from '../schema/tinjauan.ts';
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

/** The ids an entry names as authors and reviewers. */
export function idPenulisPeninjau(teks: string): { penulis: string[]; peninjau: string[] } {
  const d = dariFile(teks);
  return { penulis: daftar(d.penulis), peninjau: daftar(d.peninjau) };
}

/** What the review rule reads of a profile file (content/penulis/<id>.yaml), as the checker reads it (src/rules/references.ts). */
export function profilDari(id: string, yaml: string): ProfilPenulis {
  const raw: unknown = parse(yaml);
  const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const t = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return { id, nama: t(o.nama), unit: t(o.unit), situs: t(o.situs) };
}

/**
 * Why an entry file may not be "Siap terbit" yet (the checker's rules for `terbit`), or undefined:
 * a reviewer who is not an author (src/schema/tinjauan.ts), and, with the profiles of every author
 * and reviewer (`profil`; the checker too judges it only when every id resolves), one who is not
 * the authors' own institution under another profile.
 */
export function masalahSiapTerbit(teks: string, profil?: ReadonlyMap<string, ProfilPenulis>): string | undefined {
  const { penulis, peninjau } = idPenulisPeninjau(teks);
  const profilSemua = (ids: string[]) => ids.map((id) => profil?.get(id));
  const pp = profilSemua(penulis);
  const pr = profilSemua(peninjau);
  const lengkap = (x: (ProfilPenulis | undefined)[]): x is ProfilPenulis[] => x.every((p) => p !== undefined);
  const m = masalahTinjauan(penulis, peninjau) ?? (lengkap(pp) && lengkap(pr) ? masalahLembagaPeninjau(pp, pr) : undefined);
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
  idDipakai: (id: string, jalur: string) => `Tidak disimpan: id "${id}" sudah dipakai entri lain (${jalur}, terbit atau masih di alur kerja). Setiap entri memerlukan id unik, dan id menjadi nama berkas serta alamat halamannya: pilih id lain.`,
  idBerubah: (id: string, slug: string) => `Tidak disimpan: id "${id}" harus sama dengan nama berkas "${slug}"; id entri yang sudah disimpan tidak diubah di studio (id yang sudah terbit tidak boleh diubah). Kembalikan id menjadi "${slug}".`,
  simpanSiapTerbit: (masalah: string) => `Tidak disimpan: entri ini di kolom Siap terbit (status: terbit), tetapi ${masalah}. Perbaiki isian peninjau, atau pindahkan entri ke Dalam tinjauan lebih dulu.`,
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
export function bungkusAlur<T extends Implementasi>(impl: T, koleksi: Readonly<Record<string, KoleksiAlur>>, folderPenulis?: string): T {
  const simpan = impl.persistEntry.bind(impl);

  /**
   * The profiles of an entry's authors and reviewers, read from the main branch (the studio does not
   * create profiles); a profile that cannot be read leaves the institution rule to the checker,
   * which reports the unknown id itself.
   */
  const profilEntri = async (teks: string): Promise<Map<string, ProfilPenulis>> => {
    const out = new Map<string, ProfilPenulis>();
    if (folderPenulis === undefined) return out;
    const { penulis, peninjau } = idPenulisPeninjau(teks);
    await Promise.all(
      // Only ids that name a file in the folder: the entry's text is the author's.
      [...new Set([...penulis, ...peninjau])].filter((id) => SLUG_PATTERN.test(id)).map(async (id) => {
        try {
          const { data } = await impl.getEntry(`${folderPenulis.replace(/\/$/, '')}/${id}.yaml`);
          if (typeof data === 'string') out.set(id, profilDari(id, data));
        } catch {
          // Not there: the checker names the id.
        }
      }),
    );
    return out;
  };
  const masalahTerbit = async (teks: string) => masalahSiapTerbit(teks, await profilEntri(teks));
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
    // The id is the file's name (the checker's rule). Decap names a new entry whose id is taken
    // "<id>-1" without a word, and keeps the file's name when an id is edited.
    const utama = entry.dataFiles.find((f) => f.path === jalurEntri(k, f.slug));
    const id = utama ? dariFile(utama.raw).id : undefined;
    if (utama && typeof id === 'string' && id !== utama.slug) {
      throw new Error(options.newEntry === true ? DITOLAK.idDipakai(tampakkan(id), jalurEntri(k, tampakkan(id))) : DITOLAK.idBerubah(tampakkan(id), utama.slug));
    }
    // A branch that exists keeps its column; a new one starts where Decap starts it (Draf).
    const kolom = (await kolomSekarang(options.collectionName!, slug, !!options.unpublished)) ?? options.status ?? 'draft';
    const status = statusKolom(kolom);
    const dataFiles = entry.dataFiles.map((f) => (f.path === jalurEntri(k, f.slug) ? { ...f, raw: denganStatus(f.raw, status, k.urutan) } : f));
    // An edit in the Siap terbit column that breaks its rule (the outside reviewer taken out) would
    // put `status: terbit` on a file the checker refuses.
    const berkas = status === 'terbit' ? dataFiles.find((f) => f.path === jalurEntri(k, f.slug)) : undefined;
    const m = berkas ? await masalahTerbit(berkas.raw) : undefined;
    if (m) throw new Error(DITOLAK.simpanSiapTerbit(m));
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
    const m = newStatus === 'pending_publish' ? await masalahTerbit(teks) : undefined;
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
