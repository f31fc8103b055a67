import { namaBaku } from './alamat-teks.ts';

/**
 * `terbit` means reviewed: at least one reviewer who is not also an author. One rule for the
 * checker (the schema's refinement, src/schema/entri.ts) and the studio, which will not move an
 * entry to "Siap terbit" (its file then says `status: terbit`) before it holds
 * (src/lib/studio-alur.ts). Ids are the file names in content/penulis/.
 */
export function masalahTinjauan(penulis: readonly string[], peninjau: readonly string[]): string | undefined {
  const p = new Set(penulis);
  if (peninjau.some((id) => !p.has(id))) return undefined;
  return peninjau.length
    ? `entri terbit harus ditinjau orang lain: peninjau (${peninjau.join(', ')}) semuanya juga penulis; tambahkan peninjau yang bukan penulis, atau kembalikan status ke tinjauan`
    : 'entri terbit memerlukan paling sedikit satu peninjau yang bukan penulis (id dari content/penulis/); sampai ada, tulis status: tinjauan';
}

/**
 * The review problem of an entry, on the field to change: `status` while it has no reviewer at all
 * (the line the author just set, and the one to revert; a problem on a line outside a pull
 * request's diff does not show among its changed lines), otherwise `peninjau`.
 */
export function tinjauanEntri(status: unknown, penulis: readonly string[], peninjau: readonly string[]): { path: string[]; message: string } | undefined {
  if (status !== 'terbit') return undefined;
  const message = masalahTinjauan(penulis, peninjau);
  return message ? { path: [peninjau.length ? 'peninjau' : 'status'], message } : undefined;
}

/** What the review rule reads of an author or reviewer profile (content/penulis/<id>.yaml). */
export interface ProfilPenulis {
  id: string;
  nama?: string | undefined;
  unit?: string | undefined;
  situs?: string | undefined;
}


function hostSitus(alamat: string | undefined): string | undefined {
  if (!alamat) return undefined;
  try {
    return new URL(alamat).hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why two profiles are the same body, or undefined: the same name written another way, the same
 * website or one under the other (fisip.ui.ac.id is ui.ac.id), or one's name ending in the other's
 * whole name, or its unit holding it (a faculty, a team or a person of that institution: "FISIP
 * Universitas Indonesia"). A name that only begins with another is a different body ("Universitas
 * Indonesia Timur" is not "Universitas Indonesia"). A second profile of the authors' own institution
 * is not someone else reviewing.
 */
export function lembagaSama(a: ProfilPenulis, b: ProfilPenulis): string | undefined {
  const na = namaBaku(a.nama);
  const nb = namaBaku(b.nama);
  if (na && na === nb) return `nama yang sama ("${a.nama}", "${b.nama}")`;
  const ha = hostSitus(a.situs);
  const hb = hostSitus(b.situs);
  if (ha && hb && (ha === hb || ha.endsWith(`.${hb}`) || hb.endsWith(`.${ha}`))) return `situs di domain yang sama (${ha}, ${hb})`;
  // The unit is judged part by part as the name is: "Fakultas Hukum, Universitas Indonesia Timur"
  // is at UIT, not at UI, while "FISIP Universitas Indonesia (Depok)" is at UI.
  const akhiran = (teks: string, y: string) => ` ${teks}`.endsWith(` ${y}`);
  const memuat = (x: ProfilPenulis, y: string) => !!y && (akhiran(namaBaku(x.nama), y) || (x.unit ?? '').split(/[,;()/]| - /).some((bagian) => akhiran(namaBaku(bagian), y)));
  if (memuat(a, nb)) return `"${a.nama}" memuat nama "${b.nama}"`;
  if (memuat(b, na)) return `"${b.nama}" memuat nama "${a.nama}"`;
  return undefined;
}

/**
 * The review rule on profiles: a `terbit` entry whose every reviewer who is not literally an author
 * is nevertheless the authors' own body (another profile of it) has no one else reviewing it. The
 * plain case, reviewers who are all authors, is `masalahTinjauan`'s; this one needs the profiles,
 * so the cross-entry check (src/rules/references.ts) runs it.
 */
export function masalahLembagaPeninjau(penulis: readonly ProfilPenulis[], peninjau: readonly ProfilPenulis[]): string | undefined {
  const idPenulis = new Set(penulis.map((p) => p.id));
  const lain = peninjau.filter((r) => !idPenulis.has(r.id));
  if (!lain.length) return undefined;
  const alasan: string[] = [];
  for (const r of lain) {
    const sama = penulis.map((p) => [p, lembagaSama(r, p)] as const).find(([, a]) => a);
    if (!sama) return undefined;
    alasan.push(`"${r.id}" dan penulis "${sama[0].id}": ${sama[1]}`);
  }
  return `entri terbit harus ditinjau pihak di luar lembaga penulisnya, tetapi setiap peninjau adalah lembaga penulis dengan profil lain (${alasan.join('; ')}); tambahkan peninjau dari lembaga lain, gabungkan profil yang sama, atau kembalikan status ke tinjauan`;
}
