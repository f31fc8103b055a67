/**
 * Whether an entry file is written in the form the studio writes (src/lib/studio-format.ts). A
 * file in another form is valid, so this is only a warning: its first studio save would rewrite
 * more lines than the author changed, and `npm run rapikan` puts it in form.
 */
import { keFile, pisahFile } from '../lib/studio-format.ts';
import { urutanKoleksi } from '../lib/studio.ts';

/**
 * The first line where the file differs from its studio form, or undefined when it is in form.
 * `data` is the frontmatter as the checker read it (js-yaml, YAML 1.2 core schema: the studio's
 * reading too), so the file is not parsed a second time: that second parse was half of `npm run
 * check` at 1,000 entries.
 */
export function barisTidakRapi(koleksi: 'model' | 'praktik', teks: string, data: Record<string, unknown>): number | undefined {
  const f = pisahFile(teks);
  if (!f) return undefined; // the frontmatter's own errors are reported elsewhere
  let rapi: string;
  try {
    rapi = keFile({ ...data, body: f.body }, urutanKoleksi(koleksi));
  } catch {
    return undefined;
  }
  if (rapi === teks) return undefined;
  const [a, b] = [teks.split('\n'), rapi.split('\n')];
  const i = a.findIndex((l, j) => l !== b[j]);
  return (i < 0 ? a.length : i) + 1;
}
