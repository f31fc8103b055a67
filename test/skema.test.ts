import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { skemaSemua } from '../scripts/skema-lib.ts';
import { dokumenJson, csv, skemaEntri, barisJson, KOLOM_CSV } from '../src/lib/opendata.ts';
import { modelSchema, praktikSchema } from '../src/schema/index.ts';
import { parseFrontmatter } from '../src/validate/frontmatter.ts';
import { FIXTURE, ROOT } from './helpers.ts';

const generated = skemaSemua();
const published = (name: string) => JSON.parse(readFileSync(join(ROOT, 'public/data/skema', `${name}.schema.json`), 'utf8')) as Record<string, unknown>;

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(a);
  return a;
}

const parse = (file: string, schema: typeof praktikSchema | typeof modelSchema) => schema.parse(parseFrontmatter(readFileSync(join(FIXTURE, file), 'utf8')).data) as Record<string, unknown>;

describe('JSON Schemas generated from the zod schema', () => {
  it.each(Object.keys(generated))('public/data/skema/%s.schema.json is up to date (run npm run skema)', (name) => {
    expect(published(name)).toEqual(JSON.parse(JSON.stringify(generated[name as keyof typeof generated])));
  });

  it('carry each field’s Indonesian hint (src/i18n/kolom-id.ts) as its description', () => {
    const p = published('praktik') as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    expect(p.properties.tema_rb!.description).toMatch(/fokus RB Tematik/);
    expect(p.properties.kesiapan!.properties!.biaya!.description).toMatch(/^Isi pita biaya 1–5/);
  });

  it('accept the complete example frontmatter and reject a typo', () => {
    const validate = ajv().compile(published('praktik'));
    // The editor sees dates as the strings the author typed, as the `yaml` parser keeps them.
    const text = readFileSync(join(FIXTURE, 'praktik/layanan-contoh.mdx'), 'utf8').split('---\n')[1]!;
    const asJson = parseYaml(text) as Record<string, unknown>;
    expect(validate(asJson), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...asJson, tema_rb: 'kemiskinan' })).toBe(false);
  });
});

describe('open data', () => {
  const rows = [
    { koleksi: 'praktik' as const, id: 'layanan-contoh', url: 'https://x.example/praktik/layanan-contoh/', diperbarui: '2026-11-28', data: parse('praktik/layanan-contoh.mdx', praktikSchema) },
    { koleksi: 'model' as const, id: 'model-contoh', url: 'https://x.example/model/model-contoh/', diperbarui: '2026-11-28', data: parse('model/model-contoh.mdx', modelSchema) },
  ];

  it('entri.json validates against the published entri.schema.json', () => {
    const schema = skemaEntri(published('praktik'), published('model'), 'https://x.example/');
    const validate = ajv().compile(schema);
    const doc = JSON.parse(JSON.stringify(dokumenJson(rows, 'resmi')));
    expect(doc.edisi).toBe('resmi');
    expect(validate({ ...doc, edisi: 'rahasia' })).toBe(false);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.entri.map((e: { id: string }) => e.id)).toEqual(['model-contoh', 'layanan-contoh']);
    expect(doc.entri[1].penulis).toEqual(['tim-redaksi']);
    expect(validate({ ...doc, entri: [{ ...doc.entri[1], biaya_baru: 1 }] })).toBe(false);
  });

  it('entri.csv has one documented column per field and quotes what needs quoting', () => {
    const text = csv(rows.map(barisJson));
    const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(',')).toEqual(KOLOM_CSV.map((k) => k.kolom));
    expect(lines[1]).toContain('"Petugas mendatangi warga di desa terpencil untuk merekam dan menyerahkan dokumen kependudukan, sehingga warga tidak perlu menempuh perjalanan jauh ke kantor dinas."');
    expect(lines[1]).toContain(',"10;16",');
    expect(csv([{ ringkasan: 'a "b", c' }]).split('\r\n')[1]).toContain('"a ""b"", c"');
  });
});

describe('formulir isu pembaca', () => {
  it('.github/ISSUE_TEMPLATE mutakhir (jalankan npm run skema) dan isiannya bernama seperti skema', async () => {
    const { FORMULIR_ISU } = await import('../src/lib/formulir-isu.ts');
    const { teksFormulir } = await import('../scripts/skema-lib.ts');
    const { kesiapan } = await import('../src/schema/kesiapan.ts');
    for (const [name, form] of Object.entries(FORMULIR_ISU)) expect(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE', name), 'utf8')).toBe(teksFormulir(form));
    // A replication report fills kesiapan.replikasi[] field for field.
    const replikasi = Object.keys(kesiapan.shape.replikasi.unwrap().element.shape);
    const ids = FORMULIR_ISU['laporkan-replikasi.yml']!.body.flatMap((b) => ('id' in b ? [b.id] : []));
    expect(replikasi.every((k) => ids.includes(k))).toBe(true);
  });
});
