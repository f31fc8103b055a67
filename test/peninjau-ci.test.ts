import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

interface Langkah { name?: string; uses?: string; run?: string; if?: string; env?: Record<string, string> }
interface Alur { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { if?: string; permissions?: Record<string, string>; steps: Langkah[] }> }

const teks = readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8');
const alur = yaml.load(teks) as Alur;
const langkah = Object.values(alur.jobs).flatMap((j) => j.steps);

describe('alur kerja CI untuk pull request dari luar', () => {
  it('tidak memberi kode pull request token tulis atau rahasia', () => {
    expect(Object.keys(alur.on)).not.toContain('pull_request_target');
    expect(alur.permissions).toEqual({ contents: 'read' });
    expect(teks).not.toMatch(/secrets\./);
    // Only the publishing job writes, and only for a push to the default branch, never for a pull request.
    for (const [nama, job] of Object.entries(alur.jobs)) if (job.permissions && Object.values(job.permissions).includes('write')) expect(job.if, nama).toBe("github.event_name == 'push' && github.ref_name == github.event.repository.default_branch");
  });

  it('menyematkan setiap action pada commit, dengan rilisnya di komentar', () => {
    const uses = [...teks.matchAll(/uses: (\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(5);
    for (const [, ref, komentar] of uses) {
      expect(ref).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(komentar).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
  });

  it('menjalankan perintah npm yang sama, dengan urutan yang sama, seperti .ci/run', () => {
    const npm = (baris: string[]) => baris.map((b) => b.trim()).filter((b) => /^npm (ci|test|run check)\b/.test(b));
    const lokal = npm(readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n'));
    const periksa = npm(alur.jobs.periksa!.steps.flatMap((s) => (s.run ?? '').split('\n')));
    expect(lokal).toEqual(['npm ci', 'npm run check', 'npm test']);
    expect(periksa).toEqual(lokal);
  });

  it('pratinjau pull request memuat entri draf, yang tidak ada di build yang diuji', () => {
    const pratinjau = langkah.find((s) => s.run?.includes('--outDir dist-pratinjau'));
    expect(pratinjau?.env?.PREVIEW_DRAFTS).toBe('1');
    expect(pratinjau?.run).toContain('--dist dist-pratinjau');
    const unggah = langkah.find((s) => s.uses?.startsWith('actions/upload-artifact@') && (s as { with?: { name?: string } }).with?.name === 'pratinjau-situs') as { with: { path: string } } | undefined;
    expect(unggah?.with.path).toBe('pratinjau/*.tar.gz');
  });
});
