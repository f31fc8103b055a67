import { z } from 'zod';
import { PESAN_POLA } from '../schema/common.ts';

type Json = Record<string, unknown>;

/**
 * JSON Schema (draft 2020-12) of a collection's frontmatter, from the zod schema: what an author
 * may write, and for each pattern what it asks for (`patternErrorMessage`, the checker's words).
 * `docs` maps a field path ("kesiapan.biaya", "sumber[].url") to its description, the field's
 * Indonesian hint (src/i18n/kolom-id.ts).
 */
export function skemaJson(schema: z.ZodType, title: string, docs: ReadonlyMap<string, string>): Json {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    // YAML dates arrive as Date objects or strings; in JSON they are always strings.
    override: (ctx) => {
      if (ctx.zodSchema instanceof z.ZodDate) Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
      // VS Code and the YAML language server show `patternErrorMessage` instead of the bare pattern;
      // the studio's form shows it too (src/lib/studio.ts).
      const pesan = typeof ctx.jsonSchema.pattern === 'string' ? PESAN_POLA.get(ctx.jsonSchema.pattern) : undefined;
      if (pesan) ctx.jsonSchema.patternErrorMessage = pesan.charAt(0).toUpperCase() + pesan.slice(1);
    },
  }) as Json;
  describe(json, '', docs);
  return { ...json, title, $comment: 'Dibuat dari skema zod di src/schema oleh `npm run skema`; jangan disunting langsung.' };
}

function describe(node: unknown, path: string, docs: ReadonlyMap<string, string>): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Json;
  const doc = docs.get(path);
  if (doc && path) n.description = doc;
  if (n.properties && typeof n.properties === 'object') {
    for (const [key, child] of Object.entries(n.properties as Json)) describe(child, path ? `${path}.${key}` : key, docs);
  }
  if (n.items) describe(n.items, `${path}[]`, docs);
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(n[k])) for (const child of n[k] as unknown[]) describe(child, path, docs);
  }
}
