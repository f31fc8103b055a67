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
