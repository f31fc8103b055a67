/**
 * `npm run lighthouse` (after a build): Lighthouse's mobile audit of one page of every type, served
 * from the build with gzip as a static host serves it. Prints the four scores per page and the
 * audits that pulled one down; exits 1 when any score is under the target (95). Performance is a
 * timing and moves with the machine's load: run it on an idle machine. The browser tests assert
 * the three untimed categories over nginx (e2e/nginx.test.ts).
 */
import { resolve } from 'node:path';
import { argumen } from './argumen.ts';
import { auditLighthouse, serve } from './peramban.ts';
import { Site } from './verify/site.ts';

const { values } = argumen({ options: { dist: { type: 'string', default: 'dist' }, target: { type: 'string', default: '95' } } }, 'Cara pakai: npm run lighthouse -- [--dist dist] [--target 95]');
const dist = resolve(values.dist);
const target = Number(values.target);
const site = new Site({ dir: dist });
const data = JSON.parse(site.read('data/entri.json')) as { entri: { jenis_entri: string; id: string }[] };
const praktik = data.entri.filter((e) => e.jenis_entri === 'praktik').map((e) => e.id);
const model = data.entri.find((e) => e.jenis_entri === 'model')?.id;
const halaman = ['', `praktik/${praktik[0]}/`, ...(model ? [`model/${model}/`, `model/${model}/buku/`] : []), 'praktik/', 'peta/', 'temukan/', 'cari/?q=stunting', `bandingkan/?id=praktik/${praktik[0]},praktik/${praktik[1] ?? praktik[0]}`, 'panduan/'];

const server = await serve(dist, site.base);
let kurang = 0;
try {
  for (const h of await auditLighthouse(server.url, halaman)) {
    const skor = Object.entries(h.skor);
    const bawah = skor.filter(([, v]) => v < target);
    kurang += bawah.length;
    console.log(`${bawah.length ? '✗' : '✓'} /${h.path}  ${skor.map(([k, v]) => `${k} ${v}`).join(', ')}${bawah.length ? `\n    ${h.audit.join(', ')}` : ''}`);
  }
} finally {
  await server.close();
}
console.log(kurang ? `\n${kurang} skor di bawah ${target}.` : `\nSemua skor ≥ ${target}.`);
process.exit(kurang ? 1 : 0);
