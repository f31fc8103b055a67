/**
 * Vitest global setup (unit and browser runs): every temporary folder a test makes with
 * os.tmpdir() (content copies, built sites, packages, browser profiles) goes under one folder per
 * run, removed when the run ends. Tests made their own folders and left them: thousands of copies,
 * 20 GB, had piled up in /tmp of one development machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const lama = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), 'pustaka-uji-run-'));
  // Read by os.tmpdir() on every call, and inherited by the test workers and every process they start.
  process.env['TMPDIR'] = dir;
  return () => {
    if (lama === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = lama;
    rmSync(dir, { recursive: true, force: true });
  };
}
