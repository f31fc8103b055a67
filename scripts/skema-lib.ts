import { stringify } from 'yaml';
import type { FormulirIsu } from '../src/lib/formulir-isu.ts';
import ts from 'typescript';
import { join } from 'node:path';
import { KOLEKSI, type Koleksi } from '../src/schema/index.ts';
import { skemaJson } from '../src/lib/skema-json.ts';

const JUDUL: Record<Koleksi, string> = {
  model: 'Frontmatter entri model (content/model/*.mdx)',
  praktik: 'Frontmatter entri praktik (content/praktik/*.mdx)',
  panduan: 'Frontmatter panduan (content/panduan/*.mdx)',
  penulis: 'Profil penulis dan peninjau (content/penulis/*.yaml)',
};

/**
 * JSDoc of every frontmatter field, read from the types zod infers: the compiler carries each
 * property's comment from the schema's object literal to the inferred type.
 */
export function jsdocFields(): Map<Koleksi, Map<string, string>> {
  const root = process.cwd();
  const probe = join(root, 'src/schema/__jsdoc_probe__.ts');
  const source = `import type { z } from 'zod';\nimport type { KOLEKSI } from './index.ts';\n${Object.keys(KOLEKSI)
    .map((k) => `export type T_${k} = z.input<(typeof KOLEKSI)['${k}']['schema']>;`)
    .join('\n')}\n`;
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, noEmit: true, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => (f === probe ? source : readFile(f));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => f === probe || fileExists(f);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const sf = program.getSourceFile(probe)!;
  const out = new Map<Koleksi, Map<string, string>>();
  for (const stmt of sf.statements) {
    if (!ts.isTypeAliasDeclaration(stmt)) continue;
    const koleksi = stmt.name.text.slice(2) as Koleksi;
    const docs = new Map<string, string>();
    walk(checker, checker.getTypeAtLocation(stmt.name), '', docs, 0);
    out.set(koleksi, docs);
  }
  return out;
}

function walk(checker: ts.TypeChecker, type: ts.Type, path: string, docs: Map<string, string>, depth: number) {
  if (depth > 6) return;
  const t = checker.getNonNullableType(type);
  if (checker.isArrayType(t)) {
    const [el] = checker.getTypeArguments(t as ts.TypeReference);
    if (el) walk(checker, el, `${path}[]`, docs, depth + 1);
    return;
  }
  if (t.isUnion()) {
    for (const u of t.types) walk(checker, u, path, docs, depth + 1);
    return;
  }
  if (!(t.flags & ts.TypeFlags.Object) || t.getCallSignatures().length) return;
  for (const prop of t.getProperties()) {
    const doc = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
    const p = path ? `${path}.${prop.name}` : prop.name;
    if (doc && !docs.has(p)) docs.set(p, doc);
    const decl = prop.valueDeclaration ?? prop.declarations?.[0];
    if (decl) walk(checker, checker.getTypeOfSymbolAtLocation(prop, decl), p, docs, depth + 1);
  }
}

export function skemaSemua(): Record<Koleksi, Record<string, unknown>> {
  const docs = jsdocFields();
  return Object.fromEntries(
    (Object.keys(KOLEKSI) as Koleksi[]).map((k) => [k, skemaJson(KOLEKSI[k].schema, JUDUL[k], docs.get(k) ?? new Map())]),
  ) as Record<Koleksi, Record<string, unknown>>;
}

/** An issue form as its YAML file, with a header saying where it comes from. */
export function teksFormulir(form: FormulirIsu): string {
  return `# Dibuat oleh npm run skema dari src/lib/formulir-isu.ts; jangan disunting langsung.\n${stringify(form, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
