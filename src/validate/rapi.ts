/**
 * Whether an entry file is written in the form the studio writes (src/lib/studio-format.ts). A
 * file in another form is valid, so this is only a warning: its first studio save would rewrite
 * more lines than the author changed, and `npm run rapikan` puts it in form.
 */
import { dariFile, keFile } from '../lib/studio-format.ts';
import { urutanKoleksi } from '../lib/studio.ts';

/** The first line where the file differs from its studio form, or undefined when it is in form. */
export function barisTidakRapi(koleksi: 'model' | 'praktik', teks: string): number | undefined {
  let rapi: string;
  try {
    rapi = keFile(dariFile(teks), urutanKoleksi(koleksi));
  } catch {
    return undefined; // the frontmatter's own errors are reported elsewhere
  }
  if (rapi === teks) return undefined;
  const [a, b] = [teks.split('\n'), rapi.split('\n')];
  const i = a.findIndex((l, j) => l !== b[j]);
  return (i < 0 ? a.length : i) + 1;
}
