/**
 * `npm run skema`: write the JSON Schemas of the frontmatter to public/data/skema/, with every
 * field's Indonesian hint from src/i18n/kolom-id.ts as its description, for editors (VS Code
 * YAML), the authoring studio and the published open data. It refuses to write while a field's
 * JSDoc line in src/schema has no hint, or a hint no field. A unit test fails when the files
 * drift from the schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { FORMULIR_ISU } from '../src/lib/formulir-isu.ts';
import { selisihPetunjuk, skemaSemua, teksFormulir } from './skema-lib.ts';

const { tanpaPetunjuk, yatim } = selisihPetunjuk();
if (tanpaPetunjuk.length || yatim.length) {
  if (tanpaPetunjuk.length) console.error(`Kolom tanpa petunjuk bahasa Indonesia; tambahkan di src/i18n/kolom-id.ts:\n  ${tanpaPetunjuk.join('\n  ')}`);
  if (yatim.length) console.error(`Petunjuk tanpa kolom (tidak ada baris JSDoc di src/schema untuk jalur ini); hapus atau ganti namanya di src/i18n/kolom-id.ts:\n  ${yatim.join('\n  ')}`);
  console.error('JSON Schema tidak ditulis.');
  process.exit(1);
}

const tulis = (rel: string, isi: string) => {
  mkdirSync(dirname(rel), { recursive: true });
  writeFileSync(rel, isi);
  console.log(`ditulis: ${rel}`);
};
for (const [name, json] of Object.entries(skemaSemua())) tulis(`public/data/skema/${name}.schema.json`, `${JSON.stringify(json, null, 2)}\n`);
// The readers' issue forms follow the same vocabularies (src/lib/formulir-isu.ts).
for (const [name, form] of Object.entries(FORMULIR_ISU)) tulis(`.github/ISSUE_TEMPLATE/${name}`, teksFormulir(form));
writeFileSync('.github/ISSUE_TEMPLATE/config.yml', 'blank_issues_enabled: true\n');
