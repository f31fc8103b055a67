import type { Koleksi } from '../schema/index.ts';
import type { Problem } from '../validate/problem.ts';

/** What the reference rule needs to know of an entry; `data` is the schema's output, if it parsed. */
export interface RefEntry {
  koleksi: Koleksi;
  /** Astro's id (file path without extension, e.g. `en/cara-replikasi`). */
  id: string;
  file: string;
  status: string | undefined;
  data: Record<string, unknown> | undefined;
  locate(path: readonly PropertyKey[]): { line: number; col: number };
}

type Ref = { collection: string; id: string };

/**
 * Cross-entry rules: unique ids, references that resolve, model ↔ practice links in both
 * directions, and no published entry pointing at an unpublished one.
 */
export function checkReferences(entries: readonly RefEntry[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map<string, RefEntry>();
  const byDeclaredId = new Map<string, RefEntry>();
  for (const e of entries) byKey.set(`${e.koleksi}/${e.id}`, e);

  const report = (e: RefEntry, path: (string | number)[], message: string) => {
    const { line, col } = e.locate(path);
    problems.push({ file: e.file, line, col, field: path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i ? `.${s}` : s)).join(''), message, level: 'error' });
  };

  for (const e of entries) {
    if (!e.data) continue;
    const declared = `${e.koleksi}/${e.data.bahasa === 'en' ? 'en/' : ''}${String(e.data.id)}`;
    const first = byDeclaredId.get(declared);
    if (first) report(e, ['id'], `id "${String(e.data.id)}" sudah dipakai oleh ${first.file}; setiap entri ${e.koleksi} memerlukan id unik`);
    else byDeclaredId.set(declared, e);
  }

  for (const e of entries) {
    const d = e.data;
    if (!d) continue;
    const publicEntry = e.status === 'terbit';
    for (const field of ['penulis', 'peninjau'] as const) {
      const refs = (d[field] as Ref[] | undefined) ?? [];
      refs.forEach((r, i) => {
        if (!byKey.has(`penulis/${r.id}`)) {
          report(e, [field, i], `"${r.id}" tidak ada di content/penulis/. Yang tersedia: ${ids(entries, 'penulis').join(', ')}`);
        }
      });
    }
    if (e.koleksi === 'praktik' && d.model_induk) {
      const m = d.model_induk as Ref;
      const model = byKey.get(`model/${m.id}`);
      if (!model) report(e, ['model_induk'], `model "${m.id}" tidak ada. Model yang tersedia: ${ids(entries, 'model').join(', ')}`);
      else if (model.data) {
        const listed = ((model.data.praktik as Ref[] | undefined) ?? []).some((p) => p.id === e.id);
        if (!listed) report(e, ['model_induk'], `model "${m.id}" tidak mencantumkan praktik ini; tambahkan "${e.id}" ke daftar praktik di ${model.file}`);
        if (publicEntry && model.status !== 'terbit') report(e, ['model_induk'], `model "${m.id}" belum terbit (status ${model.status}), sedangkan praktik ini terbit`);
      }
    }
    if (e.koleksi === 'model') {
      ((d.praktik as Ref[] | undefined) ?? []).forEach((p, i) => {
        const praktik = byKey.get(`praktik/${p.id}`);
        if (!praktik) {
          report(e, ['praktik', i], `praktik "${p.id}" tidak ada di content/praktik/`);
          return;
        }
        const back = (praktik.data?.model_induk as Ref | undefined)?.id;
        if (praktik.data && back !== e.id) {
          report(e, ['praktik', i], `praktik "${p.id}" menyebut model_induk ${back ? `"${back}"` : '(kosong)'}; isi model_induk: ${e.id} di ${praktik.file}`);
        }
        if (publicEntry && praktik.status !== 'terbit') {
          report(e, ['praktik', i], `praktik "${p.id}" belum terbit (status ${praktik.status}); model terbit hanya boleh memuat praktik yang terbit`);
        }
      });
    }
  }
  return problems;
}

function ids(entries: readonly RefEntry[], koleksi: Koleksi): string[] {
  return entries.filter((e) => e.koleksi === koleksi).map((e) => e.id);
}
