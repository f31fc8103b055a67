/**
 * `npm run skema`: write the JSON Schemas of the frontmatter to public/data/skema/, with every
 * field's JSDoc line from src/schema as its description, for editors (VS Code YAML) and for the
 * published open data. A unit test fails when the files drift from the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FORMULIR_ISU } from '../src/lib/formulir-isu.ts';
import { skemaSemua, teksFormulir } from './skema-lib.ts';

const out = join(process.cwd(), 'public', 'data', 'skema');
mkdirSync(out, { recursive: true });
for (const [name, json] of Object.entries(skemaSemua())) {
  writeFileSync(join(out, `${name}.schema.json`), `${JSON.stringify(json, null, 2)}\n`);
  console.log(`ditulis: public/data/skema/${name}.schema.json`);
}

// The readers' issue forms follow the same vocabularies (src/lib/formulir-isu.ts).
const isu = join(process.cwd(), '.github', 'ISSUE_TEMPLATE');
mkdirSync(isu, { recursive: true });
for (const [name, form] of Object.entries(FORMULIR_ISU)) {
  writeFileSync(join(isu, name), teksFormulir(form));
  console.log(`ditulis: .github/ISSUE_TEMPLATE/${name}`);
}
writeFileSync(join(isu, 'config.yml'), 'blank_issues_enabled: true\n');
