/**
 * The guide's rule "no warning may remain before `status: terbit`", enforced: a published entry
 * cannot be recalled from archives, the PDF or the open data, and a reviewer's memory was the only
 * thing keeping a personal phone number out of them.
 */
import type { MasalahAturan } from './masalah.ts';

/**
 * Kept a warning at every status: it concerns how the YAML is laid out, not what is published;
 * the build does not even compute it, and only `npm run rapikan`, a terminal command, fixes it.
 */
const BENTUK_BERKAS = '(bentuk berkas)';

const ALASAN_TERBIT = 'status terbit: entri terbit tidak boleh memuat peringatan; perbaiki, atau kembalikan status ke tinjauan';

/** The problems with every warning of a published file (`terbit` holds their paths) made an error that says why. */
export function tingkatTerbit(masalah: readonly MasalahAturan[], terbit: ReadonlySet<string>): MasalahAturan[] {
  return masalah.map((m) =>
    m.level === 'warning' && m.field !== BENTUK_BERKAS && terbit.has(m.file) ? { ...m, level: 'error', message: `${m.message} (${ALASAN_TERBIT})` } : m,
  );
}
