import { stringify } from 'yaml';
import type { FormulirIsu } from '../src/lib/formulir-isu.ts';
import ts from 'typescript';
import { join } from 'node:path';
import { KOLOM_ID } from '../src/i18n/kolom-id.ts';
import { KOLEKSI, NAMA_KOLEKSI, type Koleksi } from '../src/schema/index.ts';
import { skemaJson } from '../src/lib/skema-json.ts';

const JUDUL: Record<Koleksi, string> = {
  model: 'Frontmatter entri model (content/model/*.mdx)',
  praktik: 'Frontmatter entri praktik (content/praktik/*.mdx)',
  panduan: 'Frontmatter panduan (content/panduan/*.mdx)',
  penulis: 'Profil penulis dan peninjau (content/penulis/*.yaml)',
};

/**
 * JSDoc of every frontmatter field, read from the types zod infers: the compiler carries each
 * property's comment from the schema's object literal to the inferred type. The JSDoc is the
 * developers' documentation; authors read its Indonesian rendering (src/i18n/kolom-id.ts).
 */
export function jsdocFields(): Map<Koleksi, Map<string, string>> {
  const probe = join(process.cwd(), 'src/schema/__jsdoc_probe__.ts');
  const source = `import type { z } from 'zod';\nimport type { KOLEKSI } from './index.ts';\n${NAMA_KOLEKSI.map((k) => `export type T_${k} = z.input<(typeof KOLEKSI)['${k}']['schema']>;`).join('\n')}\n`;
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, noEmit: true, target: ts.ScriptTarget.ES2022, skipLibCheck: true, types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (f) => (f === probe ? source : readFile(f));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => f === probe || fileExists(f);
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();

  const walk = (type: ts.Type, path: string, docs: Map<string, string>, depth: number): void => {
    if (depth > 6) return;
    const t = checker.getNonNullableType(type);
    if (checker.isArrayType(t)) {
      const [el] = checker.getTypeArguments(t as ts.TypeReference);
      if (el) walk(el, `${path}[]`, docs, depth + 1);
    } else if (t.isUnion()) {
      for (const u of t.types) walk(u, path, docs, depth + 1);
    } else if (t.flags & ts.TypeFlags.Object && !t.getCallSignatures().length) {
      for (const prop of t.getProperties()) {
        // Members of a built-in type (the methods of a date's Date) are not frontmatter fields.
        if (prop.declarations?.every((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()))) continue;
        const doc = ts.displayPartsToString(prop.getDocumentationComment(checker)).trim();
        const p = path ? `${path}.${prop.name}` : prop.name;
        if (doc && !docs.has(p)) docs.set(p, doc);
        const decl = prop.valueDeclaration ?? prop.declarations?.[0];
        if (decl) walk(checker.getTypeOfSymbolAtLocation(prop, decl), p, docs, depth + 1);
      }
    }
  };

  const out = new Map<Koleksi, Map<string, string>>();
  for (const stmt of program.getSourceFile(probe)!.statements) {
    if (!ts.isTypeAliasDeclaration(stmt)) continue;
    const docs = new Map<string, string>();
    walk(checker.getTypeAtLocation(stmt.name), '', docs, 0);
    out.set(stmt.name.text.slice(2) as Koleksi, docs);
  }
  return out;
}

/** The JSON Schema of every collection, each field described by its Indonesian hint (src/i18n/kolom-id.ts). */
export function skemaSemua(): Record<Koleksi, Record<string, unknown>> {
  return Object.fromEntries(NAMA_KOLEKSI.map((k) => [k, skemaJson(KOLEKSI[k].schema, JUDUL[k], new Map(Object.entries(KOLOM_ID[k])))])) as Record<Koleksi, Record<string, unknown>>;
}

/**
 * Where the Indonesian hints and the JSDoc lines disagree: a field path with a JSDoc line and no
 * hint (`tanpaPetunjuk`), or a hint whose path has no JSDoc line, because the field was renamed,
 * removed, or never documented (`yatim`). Both lists are empty when they agree.
 */
export function selisihPetunjuk(docs = jsdocFields()): { tanpaPetunjuk: string[]; yatim: string[] } {
  const tanpaPetunjuk: string[] = [];
  const yatim: string[] = [];
  for (const k of NAMA_KOLEKSI) {
    const jsdoc = docs.get(k) ?? new Map<string, string>();
    const petunjuk = KOLOM_ID[k];
    for (const [path, doc] of jsdoc) if (!Object.hasOwn(petunjuk, path)) tanpaPetunjuk.push(`${k}: ${path}  (JSDoc: ${doc})`);
    for (const path of Object.keys(petunjuk)) if (!jsdoc.has(path)) yatim.push(`${k}: ${path}`);
  }
  return { tanpaPetunjuk, yatim };
}

/** An issue form as its YAML file, with a header saying where it comes from. */
export function teksFormulir(form: FormulirIsu): string {
  return `# Dibuat oleh npm run skema dari src/lib/formulir-isu.ts; jangan disunting langsung.\n${stringify(form, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
