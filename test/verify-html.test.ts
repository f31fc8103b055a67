import { describe, expect, it } from 'vitest';
import type { ConfigData } from 'html-validate';
import { checkHtml, RULE_REASONS, unexplainedRules } from '../scripts/verify/html.ts';
import { bacaKonfig } from '../scripts/verify/problem.ts';
import { builtSite, page } from './verify-helpers.ts';

/** The project's html-validate config, as the gate reads it (scripts/verify/run.ts). */
const loadConfig = () => bacaKonfig<ConfigData>(process.cwd(), '.htmlvalidate.json');

describe('gerbang HTML (html-validate)', () => {
  it('lolos pada halaman yang sah', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1><p>Teks.</p>') });
    expect((await checkHtml(site, loadConfig())).findings).toEqual([]);
  });

  it('melaporkan HTML yang tidak sah dengan aturan, baris dan elemennya', async () => {
    const { site } = builtSite({ 'a/index.html': page('<h1>A</h1>\n<ul><div>salah tempat</div></ul>\n<p id="ganda">1</p><p id="ganda">2</p>') });
    const findings = (await checkHtml(site, loadConfig())).findings;
    const content = findings.find((f) => f.message.includes('element-permitted-content'));
    expect(content).toMatchObject({ gate: 'html', level: 'error', page: '/sub/a/', file: 'a/index.html' });
    expect(content!.line).toBeGreaterThan(1);
    expect(content!.message).toContain('<div>');
    expect(findings.find((f) => f.message.includes('[no-dup-id]'))?.message).toContain('ganda');
  });

  it('melaporkan kotak centang tanpa label (daftar tugas GFM dari MDX) dan menunjuk berkas konten', async () => {
    const { site } = builtSite(
      { 'praktik/x/index.html': page('<h1>X</h1><article><div class="isi"><ul><li><input type="checkbox" disabled> Anggaran tersedia</li></ul></div></article>') },
      { 'praktik/x.mdx': '---\njudul: X\n---\n- [ ] Anggaran tersedia\n' },
    );
    const f = (await checkHtml(site, loadConfig())).findings.find((x) => x.message.includes('input-missing-label'));
    expect(f?.source?.file).toBe('content/praktik/x.mdx');
  });

  it('setiap aturan yang dimatikan atau diberi opsi lain di .htmlvalidate.json punya alasan tertulis', () => {
    expect(unexplainedRules(loadConfig())).toEqual([]);
    for (const reason of Object.values(RULE_REASONS)) expect(reason.length).toBeGreaterThan(40);
  });

  it('gagal bila sebuah aturan dimatikan tanpa alasan', async () => {
    const { site } = builtSite({});
    const config = { ...loadConfig(), rules: { ...loadConfig().rules, 'no-inline-style': 'off' as const } };
    const [f] = (await checkHtml(site, config)).findings;
    expect(f!.message).toContain('aturan "no-inline-style" dimatikan tanpa alasan');
  });

  it('gagal bila sebuah aturan diberi opsi lain tanpa alasan', async () => {
    const { site } = builtSite({});
    const config = { ...loadConfig(), rules: { ...loadConfig().rules, 'heading-level': ['error', { allowMultipleH1: true }] as ['error', object] } };
    const [f] = (await checkHtml(site, config)).findings;
    expect(f!.message).toContain('aturan "heading-level" diberi opsi lain dari preset tanpa alasan');
  });
});

describe('gerbang HTML dengan beberapa thread', () => {
  it('menemukan masalah yang sama seperti satu thread', async () => {
    const { site } = builtSite({
      'a/index.html': page('<h1>A</h1><ul><div>x</div></ul>'),
      'b/index.html': page('<h1>B</h1><p id="d">1</p><p id="d">2</p>'),
      'c/index.html': page('<h1>C</h1>'),
    });
    const one = (await checkHtml(site, loadConfig(), { threads: 1 })).findings.map((f) => `${f.file}:${f.line}:${f.message}`).sort();
    const two = (await checkHtml(site, loadConfig(), { threads: 2 })).findings.map((f) => `${f.file}:${f.line}:${f.message}`).sort();
    expect(one.length).toBeGreaterThanOrEqual(2);
    expect(two).toEqual(one);
  });
});
