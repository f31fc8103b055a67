import { astroIdUntuk } from '../data/routes.ts';
import type { Koleksi } from '../schema/index.ts';
import type { Entri } from '../schema/entri.ts';
import type { MasalahAturan } from './masalah.ts';
import { masalahModel, type KartuRingkas } from '../schema/penilaian.ts';
import { masalahLembagaPeninjau, type ProfilPenulis } from '../schema/tinjauan.ts';
import { namaBaku } from '../schema/alamat-teks.ts';
import { teksTampak } from '../schema/alamat-teks.ts';
import { potong } from '../schema/common.ts';

/** What the reference rule needs to know of an entry; `data` is the schema's output, if it parsed. */
export interface RefEntry {
  koleksi: Koleksi;
  /** Astro's id (file path without extension, e.g. `en/cara-replikasi`). */
  id: string;
  file: string;
  status: string | undefined;
  /** The frontmatter as written, so references are checked even when other fields fail the schema. */
  raw: Record<string, unknown>;
  /** The parsed data, when the schema accepted it. */
  data: Record<string, unknown> | undefined;
  locate(path: readonly PropertyKey[]): { line: number; col: number };
}

/** A model synthesises several practices; one practice is a case, not a model. */
const MIN_PRAKTIK_PER_MODEL = 2;

/** Ids written in a reference field: a string or a list of strings; anything else the schema reports. */
function refIds(value: unknown): (string | undefined)[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : undefined)) : [];
}

/**
 * Cross-entry rules: unique ids, unique author names, references that resolve, model ↔ practice links in both
 * directions, and no published entry pointing at an unpublished one.
 */
export function checkReferences(entries: readonly RefEntry[]): MasalahAturan[] {
  const problems: MasalahAturan[] = [];
  const byKey = new Map<string, RefEntry>();
  const byDeclaredId = new Map<string, RefEntry>();
  for (const e of entries) byKey.set(`${e.koleksi}/${e.id}`, e);

  const report = (e: RefEntry, path: (string | number)[], message: string, level: MasalahAturan['level'] = 'error') => {
    const { line, col } = e.locate(path);
    problems.push({ file: e.file, line, col, field: path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join(''), message, level });
  };

  for (const e of entries) {
    if (!e.data) continue;
    const declared = `${e.koleksi}/${astroIdUntuk(e.koleksi, String(e.data.id), e.data.bahasa === 'en' ? 'en' : 'id')}`;
    const first = byDeclaredId.get(declared);
    if (first) report(e, ['id'], `id "${String(e.data.id)}" sudah dipakai oleh ${first.file}; setiap entri ${e.koleksi} memerlukan id unik`);
    else byDeclaredId.set(declared, e);
  }

  // One body, one profile: a second profile under the name of an existing one would credit its
  // reviews to that body ("Universitas Indonesia" reviewing entries it never saw). The checker
  // cannot tell the original from the intruder (an id can be chosen to sort first), so both are
  // reported, each naming the other, and neither is recommended.
  const byNama = new Map<string, RefEntry>();
  const profilUrut = entries.filter((e) => e.koleksi === 'penulis').sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tampak = (v: unknown) => potong(teksTampak(String(v)).trim().replace(/\s+/g, ' '), 80);
  // Named by its place in the repository, not by the path the checker was given: the build's log
  // must print the same message (a profile's file name is its id).
  const kembar = (e: RefEntry, lain: RefEntry) =>
    report(
      e,
      ['nama'],
      `nama "${tampak(e.raw.nama)}" juga dipakai content/penulis/${lain.id}.yaml${tampak(lain.raw.nama) === tampak(e.raw.nama) ? '' : ` (tertulis "${tampak(lain.raw.nama)}")`}: satu lembaga atau tim satu profil, dan dua profil bernama sama membuat pembaca mengira tinjauan keduanya datang dari lembaga yang sama. Pertahankan profil yang sudah dirujuk entri terbit, rujuk id-nya, dan hapus profil yang lain, atau bedakan namanya`,
    );
  for (const e of profilUrut) {
    if (typeof e.raw.nama !== 'string') continue;
    const kunci = namaBaku(e.raw.nama);
    if (!kunci) continue;
    const first = byNama.get(kunci);
    if (!first) {
      byNama.set(kunci, e);
      continue;
    }
    kembar(e, first);
    kembar(first, e);
  }

  const profil = (id: string | undefined): ProfilPenulis | undefined => {
    const p = id === undefined ? undefined : byKey.get(`penulis/${id}`);
    if (!p) return undefined;
    const teks = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { id: id!, nama: teks(p.raw.nama), unit: teks(p.raw.unit), situs: teks(p.raw.situs) };
  };

  for (const e of entries) {
    const r = e.raw;
    const publicEntry = e.status === 'terbit';
    for (const field of ['penulis', 'peninjau'] as const) {
      refIds(r[field]).forEach((id, i) => {
        if (id !== undefined && !byKey.has(`penulis/${id}`)) {
          report(e, [field, i], `"${id}" tidak ada di content/penulis/. Yang tersedia: ${ids(entries, 'penulis').join(', ')}`);
        }
      });
    }
    if (publicEntry && (e.koleksi === 'praktik' || e.koleksi === 'model')) {
      // Only when every id resolves: an unknown id reports its own error above.
      const penulis = refIds(r.penulis).map(profil);
      const peninjau = refIds(r.peninjau).map(profil);
      if (penulis.every((p) => p) && peninjau.every((p) => p)) {
        const pesan = masalahLembagaPeninjau(penulis as ProfilPenulis[], peninjau as ProfilPenulis[]);
        if (pesan) report(e, ['peninjau'], pesan);
      }
    }
    if (e.koleksi === 'praktik') {
      refIds(r.model).forEach((id, i) => {
        if (id === undefined) return;
        const model = byKey.get(`model/${id}`);
        if (!model) {
          report(e, ['model', i], `model "${id}" tidak ada. Model yang tersedia: ${ids(entries, 'model').join(', ') || '(belum ada)'}`);
          return;
        }
        // An unreadable model reports its own errors; judging its list here would only add noise.
        if (!model.status) return;
        if (!refIds(model.raw.praktik).includes(e.id)) {
          report(e, ['model', i], `model "${id}" tidak mencantumkan praktik ini; tambahkan "${e.id}" ke daftar praktik di ${model.file}`);
        }
        if (publicEntry && model.status !== 'terbit') report(e, ['model', i], `model "${id}" belum terbit (status ${model.status}), sedangkan praktik ini terbit`);
      });
    }
    if (e.koleksi === 'model') {
      const count = refIds(r.praktik).length;
      if (count < MIN_PRAKTIK_PER_MODEL) {
        // A model in progress may not have its practices yet; one under review must.
        report(e, ['praktik'], `model memerlukan paling sedikit ${MIN_PRAKTIK_PER_MODEL} praktik (ditemukan ${count})`, e.status === 'draf' ? 'warning' : 'error');
      }
      const kartu = (x: RefEntry): KartuRingkas | undefined => {
        // Data the schema accepted: a practice or model, whose readiness card the schema typed.
        const k = (x.data as Partial<Pick<Entri, 'kesiapan'>> | undefined)?.kesiapan;
        return k ? { id: x.id, kekuatan_bukti: k.kekuatan_bukti, tingkat_dampak: k.tingkat_dampak } : undefined;
      };
      const kartuModel = kartu(e);
      const kartuPraktik = refIds(r.praktik).map((id) => (id === undefined ? undefined : byKey.get(`praktik/${id}`))).map((p) => (p ? kartu(p) : undefined));
      // Judged only when every card could be read: a broken practice reports its own errors.
      if (kartuModel && kartuPraktik.every((k) => k !== undefined)) {
        for (const m of masalahModel(kartuModel, kartuPraktik as KartuRingkas[])) report(e, [...m.path], m.message);
      }
      refIds(r.praktik).forEach((id, i) => {
        if (id === undefined) return;
        const praktik = byKey.get(`praktik/${id}`);
        if (!praktik) {
          report(e, ['praktik', i], `praktik "${id}" tidak ada di content/praktik/`);
          return;
        }
        if (!praktik.status) return;
        if (!refIds(praktik.raw.model).includes(e.id)) {
          report(e, ['praktik', i], `praktik "${id}" tidak mencantumkan model ini; tambahkan "${e.id}" ke daftar model di ${praktik.file}`);
        }
        if (publicEntry && praktik.status !== 'terbit') {
          report(e, ['praktik', i], `praktik "${id}" belum terbit (status ${praktik.status}); model terbit hanya boleh memuat praktik yang terbit`);
        }
      });
    }
  }
  return problems;
}

function ids(entries: readonly RefEntry[], koleksi: Koleksi): string[] {
  return entries.filter((e) => e.koleksi === koleksi).map((e) => e.id);
}
