/**
 * `npm run skema`: write the JSON Schemas of the frontmatter to public/data/skema/, with every
 * field's JSDoc line from src/schema as its description, for editors (VS Code YAML) and for the
 * published open data. A unit test fails when the files drift from the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skemaSemua } from './skema-lib.ts';

const out = join(process.cwd(), 'public', 'data', 'skema');
mkdirSync(out, { recursive: true });
for (const [name, json] of Object.entries(skemaSemua())) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`ditulis: public/data/skema/${name}.schema.json`);
}
