/**
 * Whether an entry file is written in the form the studio writes (src/lib/studio-format.ts). A
 * file in another form is valid, so this is only a warning: its first studio save would rewrite
 * more lines than the author changed, and `npm run rapikan` puts it in form.
 */
import { keFile, pisahFile } from '../lib/studio-format.ts';
import { urutanKoleksi } from '../lib/studio.ts';
import { barisTanpaKomentarIsi } from '../lib/scaffold.ts';

/**
 * The first line where the file differs from its studio form, or undefined when it is in form.
 * `data` is the frontmatter as the checker read it (js-yaml, YAML 1.2 core schema: the studio's
 * reading too), so the file is not parsed a second time: that second parse was half of `npm run
 * check` at 1,000 entries.
 */
export function barisTidakRapi(koleksi: 'model' | 'praktik', berkas: string, data: Record<string, unknown>): number | undefined {
  // Line endings are Git's to keep (.gitattributes) and `npm run rapikan` keeps the file's own;
  // a Windows checkout is in form when its lines are.
  const teks = berkas.includes('\r\n') ? berkas.replaceAll('\r\n', '\n') : berkas;
  const f = pisahFile(teks);
  if (!f) return undefined; // the frontmatter's own errors are reported elsewhere
  let rapi: string;
  try {
    rapi = keFile({ ...data, body: f.body }, urutanKoleksi(koleksi));
  } catch {
    return undefined;
  }
  if (rapi === teks) return undefined;
  // The scaffold's `# ISI` comments are reported on their own (./run.ts) and go once the author has
  // checked the value: the form is judged without them, every other line keeping its number. The
  // lexer runs only on a frontmatter that has a comment at all.
  const fm = f.frontmatter.includes('#') ? barisTanpaKomentarIsi(f.frontmatter) : undefined;
  const a = teks
    .split('\n')
    .map((l, i) => ({ l: fm && i >= 1 && i <= fm.length ? fm[i - 1]! : l, no: i + 1 }))
    .filter((x): x is { l: string; no: number } => x.l !== null);
  const b = rapi.split('\n');
  const i = a.findIndex((x, j) => x.l !== b[j]);
  if (i < 0) return a.length === b.length ? undefined : (a.at(-1)?.no ?? 0) + 1;
  return a[i]!.no;
}
