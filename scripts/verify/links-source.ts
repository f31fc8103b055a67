/**
 * Where a link the build got wrong was written. A link in a template is found in the source files
 * under src/ that write its path as a string literal: a hint for the links gate's report.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Where a template link probably comes from: the source files under src/ that write its path
 * (without the base and the /en/ prefix) as a string literal. A hint, listed with line numbers.
 */
export class TemplateSearch {
  private files: { file: string; lines: string[] }[] | undefined;
  private readonly cache = new Map<string, string | undefined>();
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  private load() {
    const out: { file: string; lines: string[] }[] = [];
    const walk = (dir: string) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names.sort()) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(astro|ts|mjs|js)$/.test(name)) out.push({ file: relative(this.root, full).split(sep).join('/'), lines: readFileSync(full, 'utf8').split('\n') });
      }
    };
    walk(join(this.root, 'src'));
    return out;
  }

  hint(value: string, base: string): string | undefined {
    if (!value.startsWith('/') && !value.startsWith('#')) return undefined;
    let path = value.startsWith(base) ? `/${value.slice(base.length)}` : value;
    path = path.replace(/^\/en\//, '/');
    if (path === '/' || path.length < 3) return undefined;
    if (this.cache.has(path)) return this.cache.get(path);
    this.files ??= this.load();
    // A path written straight into an attribute is the likeliest culprit; any quoted use comes next.
    const strong = ['href', 'src', 'action'].flatMap((a) => [`${a}="${path}`, `${a}='${path}`]);
    const weak = ["'", '"', '`'].map((q) => `${q}${path}`);
    const find = (needles: string[]) => {
      const hits: string[] = [];
      for (const { file, lines } of this.files!) {
        lines.forEach((l, i) => {
          if (needles.some((n) => l.includes(n))) hits.push(`${file}:${i + 1}`);
        });
      }
      return hits;
    };
    const direct = find(strong);
    const hits = direct.length ? direct : find(weak);
    const hint = hits.length ? `ditulis di: ${hits.slice(0, 4).join(', ')}${hits.length > 4 ? ', …' : ''}` : undefined;
    this.cache.set(path, hint);
    return hint;
  }
}
