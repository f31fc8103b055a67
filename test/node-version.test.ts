import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs on the pinned Node 22 or newer (Astro 7 refuses older Node)', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major, `Tes berjalan di Node ${process.versions.node}; jalankan lewat "npm test" agar memakai node@22 dari node_modules`).toBeGreaterThanOrEqual(22);
  });
});
