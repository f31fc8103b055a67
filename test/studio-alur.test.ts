/**
 * The studio's editorial workflow and the entries' `status` field (src/lib/studio-alur.ts): the
 * mapping, the file rewrite, and the wrapped backend against an in-memory stand-in for Decap's
 * (branches with a column and files, a main branch), plus the configuration and the page's glue
 * that register it. The same against decap-server and Chromium: e2e/studio.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { skemaSemua } from '../scripts/skema-lib.ts';
import { STATUS_PUBLIKASI } from '../src/data/klasifikasi.ts';
import { berkasStudio } from '../src/integrations/studio.ts';
import { bungkusAlur, DITOLAK, denganStatus, KOLOM, masalahSiapTerbit, profilDari, STATUS_KOLOM, statusKolom, type Implementasi } from '../src/lib/studio-alur.ts';
import { BACKEND_STUDIO, konfigurasiStudio, urutanKoleksi, type FieldDecap } from '../src/lib/studio.ts';
import { masalahLembagaPeninjau, masalahTinjauan } from '../src/schema/tinjauan.ts';
import { FIXTURE } from './helpers.ts';

const CONTOH = readFileSync(join(FIXTURE, 'praktik/layanan-contoh.mdx'), 'utf8');
const JALUR = 'content/praktik/layanan-contoh.mdx';
const GAMBAR = 'content/praktik/gambar/alur.png';
const urutan = urutanKoleksi('praktik');
const ALUR = { praktik: { folder: 'content/praktik', urutan } };
const statusDi = (teks: string) => /^status: (.*)$/m.exec(teks)?.[1];
const bedaBaris = (a: string, b: string) => b.split('\n').filter((l, i) => l !== a.split('\n')[i]);
const PROFIL_PENULIS = readFileSync(join(FIXTURE, 'penulis/tim-redaksi.yaml'), 'utf8');
const PROFIL_PENINJAU = readFileSync(join(FIXTURE, 'penulis/universitas-contoh.yaml'), 'utf8');
/** The authors' profile on a website under the reviewer's: the reviewer is the authors' own university. */
const PENULIS_SELEMBAGA = `${PROFIL_PENULIS}situs: https://fisip.contoh.ac.id/\n`;

describe('kolom alur kerja dan status entri', () => {
  it('setiap kolom menulis satu status, berurutan seperti kosakata status; kolom tak dikenal berarti draf', () => {
    expect(KOLOM.map((k) => STATUS_KOLOM[k])).toEqual(STATUS_PUBLIKASI.map((s) => s.slug));
    expect(statusKolom('pending_review')).toBe('tinjauan');
    expect(statusKolom('')).toBe('draf');
    expect(statusKolom(undefined)).toBe('draf');
    // A label is text from the Git host: never a key of an object's prototype.
    expect(statusKolom('constructor')).toBe('draf');
  });

  it('mengubah status hanya pada barisnya, dan tidak mengubah apa pun bila statusnya sudah sama', () => {
    expect(denganStatus(CONTOH, 'terbit', urutan)).toBe(CONTOH);
    const t = denganStatus(CONTOH, 'tinjauan', urutan);
    expect(bedaBaris(CONTOH, t)).toEqual(['status: tinjauan']);
  });

  it('Siap terbit menunggu peninjau yang bukan penulis: aturan yang sama dengan pemeriksa', () => {
    expect(masalahSiapTerbit(CONTOH)).toBeUndefined();
    expect(masalahSiapTerbit(CONTOH.replace('peninjau: [universitas-contoh]\n', ''))).toBe(masalahTinjauan(['tim-redaksi'], []));
    expect(masalahSiapTerbit(CONTOH.replace('peninjau: [universitas-contoh]', 'peninjau: [tim-redaksi]'))).toMatch(/semuanya juga penulis/);
  });

  it('Siap terbit juga menunggu peninjau di luar lembaga penulis, dengan kata-kata pemeriksa, bila profil keduanya terbaca', () => {
    const profil = (penulis: string, peninjau: string) => new Map([['tim-redaksi', profilDari('tim-redaksi', penulis)], ['universitas-contoh', profilDari('universitas-contoh', peninjau)]]);
    expect(masalahSiapTerbit(CONTOH, profil(PROFIL_PENULIS, PROFIL_PENINJAU))).toBeUndefined();
    const m = masalahSiapTerbit(CONTOH, profil(PENULIS_SELEMBAGA, PROFIL_PENINJAU));
    expect(m).toBe(masalahLembagaPeninjau([profilDari('tim-redaksi', PENULIS_SELEMBAGA)], [profilDari('universitas-contoh', PROFIL_PENINJAU)]));
    expect(m).toMatch(/di luar lembaga penulisnya.*"universitas-contoh" dan penulis "tim-redaksi": situs di domain yang sama/);
    // A profile not read (unknown id): the checker reports the id, as here the rule waits for it.
    expect(masalahSiapTerbit(CONTOH, new Map([['universitas-contoh', profilDari('universitas-contoh', PROFIL_PENINJAU)]]))).toBeUndefined();
  });

  it('nama peninjau dengan karakter pembalik arah ditampilkan sebagai kodenya dalam pesan studio', () => {
    const jahat = CONTOH.replace('penulis: [tim-redaksi]', 'penulis: ["tim\u202Eredaksi"]').replace('peninjau: [universitas-contoh]', 'peninjau: ["tim\u202Eredaksi"]');
    const m = masalahSiapTerbit(jahat);
    expect(m).toContain('tim\\u{202E}redaksi');
    expect(m).not.toMatch(/\u202E/);
  });
});

/** Decap's backend, in memory: a main branch, and a branch per entry with its column and files. */
function palsu() {
  const utama = new Map<string, string>([
    [JALUR, CONTOH],
    ['content/penulis/tim-redaksi.yaml', PROFIL_PENULIS],
    ['content/penulis/universitas-contoh.yaml', PROFIL_PENINJAU],
  ]);
  const cabang = new Map<string, { status: string; berkas: Map<string, string> }>();
  const catatan: string[] = [];
  const gagal = { pindah: false };
  const kunci = (c: string, s: string) => `${c}/${s}`;
  const impl: Implementasi = {
    async persistEntry(entry, options) {
      const slug = entry.dataFiles[0]!.slug;
      let b = cabang.get(kunci(options.collectionName!, slug));
      if (!b) cabang.set(kunci(options.collectionName!, slug), (b = { status: options.status ?? 'draft', berkas: new Map() }));
      // As both backends do: the branch's images not sent again are dropped.
      for (const p of [...b.berkas.keys()]) if (!p.endsWith('.mdx') && !entry.assets.some((a) => a.path === p)) b.berkas.delete(p);
      for (const a of entry.assets) b.berkas.set(a.path, atob(await a.toBase64!()));
      for (const f of entry.dataFiles) b.berkas.set(f.path, f.raw);
      catatan.push(`simpan ${slug}: ${entry.dataFiles.map((f) => statusDi(f.raw)).join()}`);
    },
    async unpublishedEntry({ collection, slug }) {
      const b = cabang.get(kunci(collection, slug));
      if (!b) throw new Error('content is not under editorial workflow');
      return { status: b.status, diffs: [...b.berkas.keys()].filter((p) => b.berkas.get(p) !== utama.get(p)).map((path) => ({ path, id: path })) };
    },
    async unpublishedEntryDataFile(collection, slug, path) {
      return cabang.get(kunci(collection, slug))!.berkas.get(path)!;
    },
    async unpublishedEntryMediaFile(collection, slug, path) {
      return { path, file: new Blob([cabang.get(kunci(collection, slug))!.berkas.get(path)!]) };
    },
    async getEntry(path) {
      return { data: utama.get(path)! };
    },
    async updateUnpublishedEntryStatus(collection, slug, newStatus) {
      if (gagal.pindah) throw new Error('label tidak terpasang');
      cabang.get(kunci(collection, slug))!.status = newStatus;
      catatan.push(`pindah ${slug}: ${newStatus}`);
    },
  };
  return { impl: bungkusAlur(impl, ALUR, 'content/penulis'), utama, cabang, catatan, gagal, berkas: (s: string) => cabang.get(kunci('praktik', s))!.berkas.get(`content/praktik/${s}.mdx`)! };
}

const simpanan = (raw: string, slug = 'layanan-contoh') => ({ dataFiles: [{ path: `content/praktik/${slug}.mdx`, slug, raw }], assets: [] });
const opsi = (unpublished: boolean) => ({ collectionName: 'praktik', commitMessage: 'simpan', useWorkflow: true, unpublished });

describe('backend studio: kolom dan berkas selalu sama', () => {
  it('simpanan pertama ada di kolom Draf dan berkasnya berstatus draf, apa pun isi formulir', async () => {
    const b = palsu();
    await b.impl.persistEntry(simpanan(CONTOH.replace('judul: LAYAN', 'judul: LAYAN Baru')), opsi(false));
    expect(b.cabang.get('praktik/layanan-contoh')!.status).toBe('draft');
    expect(bedaBaris(CONTOH, b.berkas('layanan-contoh'))).toEqual(['judul: LAYAN Baru', 'status: draf']);
  });

  it('simpanan berikutnya menulis status kolom tempat entri kini berada, bukan status lama dalam formulir', async () => {
    const b = palsu();
    await b.impl.persistEntry(simpanan(CONTOH), opsi(false));
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    // The form still holds what it loaded (draf): the column decides.
    await b.impl.persistEntry(simpanan(denganStatus(CONTOH, 'draf', urutan).replace('judul: LAYAN', 'judul: LAYAN Lagi')), opsi(true));
    expect(statusDi(b.berkas('layanan-contoh'))).toBe('tinjauan');
  });

  it('memindahkan kartu menulis ulang berkas di cabangnya dulu, lalu memindahkannya; gambar di cabang ikut tersimpan', async () => {
    const b = palsu();
    await b.impl.persistEntry({ ...simpanan(CONTOH), assets: [{ path: GAMBAR, toBase64: async () => btoa('PNG-bait') }] }, opsi(false));
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_publish');
    expect(b.catatan).toEqual(['simpan layanan-contoh: draf', 'simpan layanan-contoh: tinjauan', 'pindah layanan-contoh: pending_review', 'simpan layanan-contoh: terbit', 'pindah layanan-contoh: pending_publish']);
    expect(b.berkas('layanan-contoh')).toBe(CONTOH);
    expect(b.cabang.get('praktik/layanan-contoh')!.berkas.get(GAMBAR)).toBe('PNG-bait');
  });

  it('menolak Siap terbit tanpa peninjau yang bukan penulis: berkas dan kolom tetap', async () => {
    const b = palsu();
    await b.impl.persistEntry(simpanan(CONTOH.replace('peninjau: [universitas-contoh]\n', '')), opsi(false));
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    await expect(b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_publish')).rejects.toThrow(DITOLAK.siapTerbit(masalahTinjauan(['tim-redaksi'], [])!));
    expect(b.cabang.get('praktik/layanan-contoh')!.status).toBe('pending_review');
    expect(statusDi(b.berkas('layanan-contoh'))).toBe('tinjauan');
  });

  it('menolak Siap terbit bila setiap peninjau ternyata lembaga penulis dengan profil lain (profil di cabang utama), seperti pemeriksa', async () => {
    const b = palsu();
    b.utama.set('content/penulis/tim-redaksi.yaml', PENULIS_SELEMBAGA);
    await b.impl.persistEntry(simpanan(CONTOH), opsi(false));
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    await expect(b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_publish')).rejects.toThrow(/^Belum bisa Siap terbit \(status: terbit\): entri terbit harus ditinjau pihak di luar lembaga penulisnya.*situs di domain yang sama \(contoh\.ac\.id, fisip\.contoh\.ac\.id\)/);
    expect(b.cabang.get('praktik/layanan-contoh')!.status).toBe('pending_review');
    expect(statusDi(b.berkas('layanan-contoh'))).toBe('tinjauan');
  });

  it('tidak menyimpan entri di kolom Siap terbit yang peninjau luarnya dihapus: berkas di cabang tetap', async () => {
    const b = palsu();
    await b.impl.persistEntry(simpanan(CONTOH), opsi(false));
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_publish');
    const tanpaPeninjau = CONTOH.replace('peninjau: [universitas-contoh]\n', '').replace('judul: LAYAN', 'judul: LAYAN Baru');
    await expect(b.impl.persistEntry(simpanan(tanpaPeninjau), opsi(true))).rejects.toThrow(DITOLAK.simpanSiapTerbit(masalahTinjauan(['tim-redaksi'], [])!));
    expect(b.berkas('layanan-contoh')).toBe(CONTOH);
    // The same edit in Dalam tinjauan is saved: the rule is Siap terbit's.
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    await b.impl.persistEntry(simpanan(tanpaPeninjau), opsi(true));
    expect(statusDi(b.berkas('layanan-contoh'))).toBe('tinjauan');
  });

  it('menolak menyimpan entri yang id-nya bukan nama berkasnya: entri baru dengan id yang sudah dipakai (Decap diam-diam menamai berkasnya "-1"), atau id entri tersimpan yang diubah', async () => {
    const b = palsu();
    const baru = { dataFiles: [{ path: 'content/praktik/layanan-contoh-1.mdx', slug: 'layanan-contoh-1', raw: CONTOH }], assets: [] };
    await expect(b.impl.persistEntry(baru, { ...opsi(false), newEntry: true })).rejects.toThrow(DITOLAK.idDipakai('layanan-contoh', JALUR));
    const diubah = simpanan(CONTOH.replace('id: layanan-contoh', 'id: layanan-baru'));
    await expect(b.impl.persistEntry(diubah, { ...opsi(false), newEntry: false })).rejects.toThrow(DITOLAK.idBerubah('layanan-baru', 'layanan-contoh'));
    expect(b.cabang.size).toBe(0);
  });

  it('mengembalikan berkas bila kartu gagal dipindahkan', async () => {
    const b = palsu();
    await b.impl.persistEntry(simpanan(CONTOH), opsi(false));
    b.gagal.pindah = true;
    await expect(b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review')).rejects.toThrow('label tidak terpasang');
    expect(b.catatan).toEqual(['simpan layanan-contoh: draf', 'simpan layanan-contoh: tinjauan', 'simpan layanan-contoh: draf']);
    expect(b.cabang.get('praktik/layanan-contoh')!.status).toBe('draft');
    expect(statusDi(b.berkas('layanan-contoh'))).toBe('draf');
  });

  it('cabang yang tidak mengubah berkas entri mendapatkannya dari cabang utama, dengan status kolom barunya', async () => {
    const b = palsu();
    const draf = denganStatus(CONTOH, 'draf', urutan);
    b.utama.set(JALUR, draf);
    await b.impl.persistEntry(simpanan(draf), opsi(false));
    expect(b.cabang.get('praktik/layanan-contoh')!.berkas.get(JALUR)).toBe(draf);
    await b.impl.updateUnpublishedEntryStatus('praktik', 'layanan-contoh', 'pending_review');
    expect(bedaBaris(draf, b.berkas('layanan-contoh'))).toEqual(['status: tinjauan']);
  });

  it('koleksi tanpa status (penulis) lewat apa adanya; tidak ada yang ditulis langsung ke cabang utama', async () => {
    const b = palsu();
    const yaml = { dataFiles: [{ path: 'content/penulis/tim-redaksi.yaml', slug: 'tim-redaksi', raw: 'nama: Tim\nstatus: bebas\n' }], assets: [] };
    await b.impl.persistEntry(yaml, { ...opsi(false), collectionName: 'penulis' });
    expect(b.cabang.get('penulis/tim-redaksi')!.berkas.get('content/penulis/tim-redaksi.yaml')).toBe('nama: Tim\nstatus: bebas\n');
    await expect(b.impl.publishUnpublishedEntry!('praktik', 'layanan-contoh')).rejects.toThrow(DITOLAK.terbitkan);
    await expect(b.impl.deleteFiles!([JALUR], 'hapus')).rejects.toThrow(DITOLAK.hapus);
    await expect(b.impl.persistMedia!({}, {})).rejects.toThrow(DITOLAK.hapus);
  });
});

describe('konfigurasi dan halaman studio', () => {
  const config = (lokal: boolean) =>
    konfigurasiStudio(skemaSemua() as never, { cabang: 'main', lokal, repo: 'org/repo', portGit: 8191 }) as { backend: Record<string, unknown>; local_backend?: unknown; collections: { name: string; publish: boolean; delete: boolean; fields: FieldDecap[] }[] };

  it('memakai backend yang dibungkus, tanpa tombol terbitkan atau hapus, dan status tidak tampil di formulir', () => {
    expect(config(true).backend).toEqual({ name: BACKEND_STUDIO.lokal, branch: 'main', proxy_url: 'http://localhost:8191/api/v1' });
    expect(config(true).local_backend).toBeUndefined();
    expect(config(false).backend).toMatchObject({ name: BACKEND_STUDIO.github, repo: 'org/repo', open_authoring: true });
    for (const c of config(false).collections) expect(c, c.name).toMatchObject({ publish: false, delete: false });
    for (const nama of ['praktik', 'model']) {
      const k = config(false).collections.find((c) => c.name === nama)!;
      const status = k.fields.find((f) => f.name === 'status')!;
      expect(status.widget).toBe('hidden');
      expect(status).not.toHaveProperty('options');
      // A card's text stays as loaded when it moves: no "(draf)" on a card in another column.
      expect(k).not.toHaveProperty('summary');
      expect(k).toMatchObject({ view_filters: STATUS_PUBLIKASI.map((t) => ({ label: t.id, field: 'status', pattern: `^${t.slug}$` })) });
    }
  });

  it('halaman studio mendaftarkan templat pratinjau, komponen penyunting, dan kedua backend di atas backend Decap sendiri, dengan folder dan urutan kunci setiap koleksi, sebelum Decap mulai', async () => {
    const berkas = await berkasStudio(config(true));
    const daftar: Record<string, { init: (...a: unknown[]) => unknown }> = {};
    const asal = { github: { init: () => ({ jenis: 'github' }) }, proxy: { init: () => ({ jenis: 'proxy' }) } } as Record<string, { init: () => unknown }>;
    const dibungkus: unknown[] = [];
    const urutanPanggil: string[] = [];
    const templat: Record<string, unknown> = {};
    const komponen: Record<string, { toBlock: (d: unknown) => string; fromBlock: (m: RegExpExecArray) => unknown; pattern: RegExp }> = {};
    // Decap's own blocks as decap-cms-app registers them: English labels, fields as Immutable maps.
    type Bidang = Record<string, string> & { get(k: string): string; merge(b: object): Bidang };
    const bidang = (o: Record<string, string>): Bidang => ({ ...o, get: (k: string) => o[k]!, merge: (b: object) => bidang({ ...o, ...b }) }) as Bidang;
    const blokDecap = new Map<string, { label: string; fields: Bidang[] }>([
      ['image', { label: 'Image', fields: [bidang({ name: 'image', label: 'Image' }), bidang({ name: 'alt', label: 'Alt Text' }), bidang({ name: 'title', label: 'Title' })] }],
      ['code-block', { label: 'Code Block', fields: [] }],
    ]);
    const CMS = {
      getEditorComponents: () => blokDecap,
      init: () => urutanPanggil.push('init'),
      registerLocale() {},
      registerCustomFormat() {},
      registerPreviewStyle() {},
      registerPreviewTemplate: (n: string, t: unknown) => (urutanPanggil.push(`templat ${n}`), (templat[n] = t)),
      getWidget: (n: string) => ({ preview: `pratinjau ${n}` }),
      resolveWidget() {},
      registerEditorComponent: (k: { id: string; toBlock: (d: unknown) => string; fromBlock: (m: RegExpExecArray) => unknown; pattern: RegExp }) => (urutanPanggil.push(`komponen ${k.id}`), (komponen[k.id] = k)),
      getBackend: (n: string) => asal[n],
      registerBackend: (n: string, K: new (...a: unknown[]) => unknown) => (urutanPanggil.push(n), (daftar[n] = { init: (...a) => new K(...a) })),
    };
    // Decap's window.h (React.createElement), as a tree.
    type Simpul = { tag: unknown; props: Record<string, unknown> | null; anak: unknown[] };
    const h = (tag: unknown, props: Record<string, unknown> | null, ...anak: unknown[]): Simpul => ({ tag, props, anak });
    // Decap stores the body's mode (rich text unless told): none stored yet, a first visit.
    const tersimpan = new Map<string, string>();
    const localStorage = { getItem: (k: string) => tersimpan.get(k) ?? null, setItem: (k: string, v: string) => void tersimpan.set(k, v) };
    const halaman: Record<string, unknown> = { CMS, h, localStorage };
    runInNewContext(berkas['pustaka.js']!, halaman);
    // Decap, loaded next, must not start before its backends are registered.
    expect(halaman.CMS_MANUAL_INIT).toBe(true);
    expect(berkas['index.html']!.indexOf('pustaka.js')).toBeLessThan(berkas['index.html']!.indexOf('decap-cms.js'));
    const P = halaman.PUSTAKA_STUDIO as { bungkusAlur: (i: unknown, k: unknown, p: unknown) => unknown };
    P.bungkusAlur = (impl, koleksi, penulis) => (dibungkus.push(koleksi, penulis), impl);
    runInNewContext(berkas['daftar.js']!, halaman);
    // Decap's own blocks, offered beside the handbook's, speak Indonesian.
    expect([...blokDecap.values()].map((k) => [k.label, ...k.fields.map((f) => f.label)])).toEqual([['Gambar', 'Berkas gambar', 'Teks alternatif', 'Judul (opsional)'], ['Blok kode']]);
    expect(blokDecap.get('image')!.fields[1]!.hint).toMatch(/^Wajib: uraikan isi gambar/);
    // The checker refuses an image from another site: the block does not offer one.
    expect(blokDecap.get('image')!.fields[0]).toMatchObject({ choose_url: false });
    // The body opens as Markdown, the mode that changes only what the author changes.
    expect(tersimpan.get('cms.md-mode')).toBe('raw');
    expect(urutanPanggil).toEqual(['templat praktik', 'templat model', 'komponen Catatan', 'komponen TabelTesaurus', 'komponen TabelPenilaian', 'komponen KomentarMdx', BACKEND_STUDIO.github, BACKEND_STUDIO.lokal, 'init']);
    // The bundle runs without Node: the preview draws the card from the form's data, and the note's
    // content through Decap's Markdown preview.
    const teks = (n: unknown): string => (typeof n === 'string' ? n : n && typeof n === 'object' ? (n as Simpul).anak.map(teks).join('') : '');
    const cari = (n: unknown, kelas: string): Simpul | undefined => {
      if (!n || typeof n !== 'object') return undefined;
      const s = n as Simpul;
      return s.props?.className === kelas ? s : s.anak.map((a) => cari(a, kelas)).find(Boolean);
    };
    const data = { judul: 'LAYAN', kesiapan: { tingkat_dampak: 'tinggi', biaya: 1, kekuatan_bukti: 4 } };
    const halamanPratinjau = (templat.praktik as (p: unknown) => Simpul)({ entry: { getIn: () => ({ toJS: () => data }) }, widgetFor: () => 'ISI' });
    expect(teks(cari(halamanPratinjau, 'headline'))).toBe('Dampak tinggi · biaya rendah · bukti kuat');
    const blok = '<Catatan jenis="penting">Isi *catatan*.</Catatan>';
    const m = komponen.Catatan!.pattern.exec(blok)!;
    expect(komponen.Catatan!.toBlock(komponen.Catatan!.fromBlock(m))).toBe(blok);
    const pratinjauBlok = (komponen.Catatan as unknown as { toPreview: (d: unknown, a: unknown) => Simpul }).toPreview(komponen.Catatan!.fromBlock(m), 'getAsset');
    expect(pratinjauBlok.props).toEqual({ className: 'catatan catatan-penting', role: 'note' });
    expect(pratinjauBlok.anak.at(-1)).toEqual({ tag: 'pratinjau markdown', props: { value: 'Isi *catatan*.', getAsset: 'getAsset', resolveWidget: CMS.resolveWidget }, anak: [] });
    expect(daftar[BACKEND_STUDIO.github]!.init()).toEqual({ jenis: 'github' });
    expect(daftar[BACKEND_STUDIO.lokal]!.init()).toEqual({ jenis: 'proxy' });
    expect(dibungkus.slice(0, 2)).toEqual([{ praktik: { folder: 'content/praktik', urutan }, model: { folder: 'content/model', urutan: urutanKoleksi('model') } }, 'content/penulis']);
    // A guide's table, which the checker refuses in a practice or model body, previews as the checker's refusal.
    const tesaurus = (komponen.TabelTesaurus as unknown as { toPreview: (d: unknown, a: unknown) => Simpul }).toPreview({}, 'getAsset');
    expect(tesaurus.props).toEqual({ className: 'peringatan', role: 'note' });
    expect(teks(tesaurus)).toMatch(/^<TabelTesaurus>: komponen <TabelTesaurus> hanya dapat dipakai di panduan/);
  });
});
