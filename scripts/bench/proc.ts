/**
 * Run a command in its own process group and measure it from /proc: wall time, peak RSS of the
 * largest single process (VmHWM, so peaks between samples are not lost while the process lives),
 * peak of the summed RSS of the whole group, the group's CPU time, and how busy the rest of the
 * machine was meanwhile. Linux only.
 *
 * Not hyperfine (Debian's 1.15): it runs a command N times and reports each run's wall, user and
 * system time with mean, stddev, min and max, and nothing else. The benchmark needs what only
 * watching the build as it runs gives: the arrival time of each of Astro's log lines (the phases,
 * phases.ts), the summed RSS of the process tree and when it peaked, each process's own peak (the
 * Node build and Pagefind's indexer apart), the CPU the rest of the machine used, and the site,
 * rebuild and baseline builds run alternately so their paired ratio cancels drift. The statistics
 * hyperfine would add are report.ts summarize().
 */
import { execFileSync, spawn } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';

export interface RunResult {
  code: number | null;
  signal: string | null;
  wallMs: number;
  /** Largest single process: its peak RSS (VmHWM) and name. */
  peakRss: number;
  peakRssName: string;
  /** Peak RSS of each kind of process (by name): the Node build and Pagefind's indexer separately. */
  peakByName: Record<string, number>;
  /** Peak of the sum of VmRSS over the group at one sample, and when it happened (ms since start). */
  peakRssSum: number;
  peakRssSumAt: number;
  processes: number;
  /** User+system CPU of the group (ms), from the last sample of each process. */
  groupCpuMs: number;
  /** CPU used by everything else on the machine during the run, as a share of one core (0.25 = a quarter core). */
  otherCpuCores: number;
  loadBefore: number;
  /** Every output line with its arrival time (ms since start). */
  lines: { t: number; text: string }[];
}

const CLK_TCK = 100; // USER_HZ on Linux; /proc/<pid>/stat times are in these ticks.

/** The machine's CPU time from /proc/stat: busy, and in all (idle and iowait included). */
function machineCpu(): { busy: number; total: number } {
  const v = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - (v[3] ?? 0) - (v[4] ?? 0), total };
}

type ProcInfo = { name: string; hwm: number; cpuTicks: number };

/** A file under /proc, or null once its process has gone. */
function readProc(path: string): string | null {
  try {
    return readFileSync(`/proc/${path}`, 'utf8');
  } catch {
    return null;
  }
}

/** One /proc scan: processes whose process group is `pgid`, with RSS now and their peak. */
function scan(pgid: number, seen: Map<number, ProcInfo>): number {
  let sum = 0;
  for (const entry of readdirSync('/proc')) {
    if (entry.charCodeAt(0) < 48 || entry.charCodeAt(0) > 57) continue;
    const stat = readProc(`${entry}/stat`);
    if (stat === null) continue;
    const close = stat.lastIndexOf(')');
    const fields = stat.slice(close + 2).split(' ');
    // After "pid (comm) ": state ppid pgrp session … utime(14th overall → index 11) stime(12).
    if (Number(fields[2]) !== pgid) continue;
    const status = readProc(`${entry}/status`);
    if (status === null) continue;
    sum += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    const cpuTicks = Number(fields[11]) + Number(fields[12]);
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const prev = seen.get(Number(entry));
    seen.set(Number(entry), { name, hwm: Math.max(hwm, prev?.hwm ?? 0), cpuTicks: Math.max(cpuTicks, prev?.cpuTicks ?? 0) });
  }
  return sum;
}

/** The process groups this module started: on Ctrl-C they are stopped (and only they). */
const running = new Set<number>();
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    for (const pgid of running) {
      try {
        process.kill(-pgid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(sig === 'SIGINT' ? 130 : 143);
  });
}

/** Run `cmd` measured; `onLine` sees each output line as it arrives. */
export function runMeasured(cmd: string, args: readonly string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void }): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const loadBefore = Number(loadavg()[0]!.toFixed(2));
    const cpu0 = machineCpu();
    const self0 = process.cpuUsage();
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    if (child.pid === undefined) {
      reject(new Error(`could not start ${cmd}`));
      return;
    }
    const pgid = child.pid;
    running.add(pgid);
    const seen = new Map<number, ProcInfo>();
    let peakSum = 0;
    let peakSumAt = 0;
    const sample = () => {
      try {
        const sum = scan(pgid, seen);
        if (sum > peakSum) {
          peakSum = sum;
          peakSumAt = performance.now() - started;
        }
      } catch {
        // /proc raced with an exiting process; the next sample catches up
      }
    };
    const timer = setInterval(sample, 50);
    sample();
    const lines: { t: number; text: string }[] = [];
    for (const input of [child.stdout, child.stderr]) {
      createInterface({ input, crlfDelay: Infinity }).on('line', (text) => {
        lines.push({ t: performance.now() - started, text });
        opts.onLine?.(text);
      });
    }
    child.on('error', (e) => {
      clearInterval(timer);
      running.delete(pgid);
      reject(e);
    });
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      running.delete(pgid);
      const cpu1 = machineCpu();
      const self = process.cpuUsage(self0);
      const procs = [...seen.values()];
      const top = procs.reduce((a, p) => (p.hwm > a.hwm ? p : a), { name: '', hwm: 0, cpuTicks: 0 });
      const peakByName: Record<string, number> = {};
      for (const p of procs) peakByName[p.name] = Math.max(peakByName[p.name] ?? 0, p.hwm);
      const groupCpuMs = (procs.reduce((n, p) => n + p.cpuTicks, 0) / CLK_TCK) * 1000;
      const machineBusyMs = ((cpu1.busy - cpu0.busy) / CLK_TCK) * 1000;
      const selfMs = (self.user + self.system) / 1000;
      const otherCpuCores = Math.max(0, machineBusyMs - groupCpuMs - selfMs) / wallMs;
      resolvePromise({
        code, signal, wallMs, peakRss: top.hwm, peakRssName: top.name, peakByName, peakRssSum: peakSum, peakRssSumAt: peakSumAt,
        processes: seen.size, groupCpuMs, otherCpuCores, loadBefore, lines,
      });
    });
  });
}

/** CPU in use on the whole machine over `ms`, in cores. */
async function busyCores(ms = 1000): Promise<number> {
  const a = machineCpu();
  await new Promise((r) => setTimeout(r, ms));
  const b = machineCpu();
  return b.total > a.total ? ((b.busy - a.busy) / (b.total - a.total)) * Math.max(1, cpus().length) : 0;
}

/**
 * On a shared machine, wait (at most `maxMs`) until other processes use less than `threshold`
 * cores, so a timed run does not start in the middle of someone else's build.
 */
export async function waitForIdle(maxMs: number, threshold = 0.3): Promise<{ waitedMs: number; busy: number }> {
  const start = performance.now();
  let busy = await busyCores(500);
  while (busy > threshold && performance.now() - start < maxMs) busy = await busyCores(1000);
  return { waitedMs: Math.round(performance.now() - start), busy: Number(busy.toFixed(2)) };
}

const DROP_CACHES = '/proc/sys/vm/drop_caches';

/** Whether this process may drop the kernel's page cache (root on Linux). */
export function bolehBuangCacheOs(): boolean {
  try {
    accessSync(DROP_CACHES, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Write what is dirty, then drop the page cache, dentries and inodes: every cold build starts from the same state. */
export function buangCacheOs(): void {
  execFileSync('sync');
  writeFileSync(DROP_CACHES, '3\n');
}

/** The file system a folder is on, from /proc/mounts: the builds write there. */
export interface SistemBerkas {
  type: string;
  device: string;
  mountPoint: string;
  /** ext4 only: whether it has a journal (listed in /proc/fs/jbd2); null for other types. */
  journal: boolean | null;
}

/**
 * The mount holding `path` (the longest mount point that contains it) in the text of /proc/mounts,
 * and, for ext4, whether `jbd2` (the folder names under /proc/fs/jbd2, "<device>-8") lists it. It
 * matters for the figures: ext4 without a journal, as on the README's VM, checks each inode it
 * allocates against the recently deleted ones (fs/ext4/ialloc.c, recently_deleted()), so creating
 * thousands of files soon after deleting thousands (a rebuild: Astro empties dist/ and writes it
 * again) costs system time a journaled ext4 does not spend.
 */
export function sistemBerkasDari(mounts: string, path: string, jbd2: readonly string[]): SistemBerkas | null {
  const unescape = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  let best: SistemBerkas | null = null;
  for (const line of mounts.split('\n')) {
    const [device, at, type] = line.split(' ');
    if (!device || !at || !type) continue;
    const mountPoint = unescape(at);
    const inside = mountPoint === '/' || path === mountPoint || path.startsWith(`${mountPoint}/`);
    if (!inside || (best && best.mountPoint.length > mountPoint.length)) continue;
    const name = device.split('/').at(-1)!;
    best = { type, device, mountPoint, journal: type === 'ext4' ? jbd2.some((j) => j.startsWith(`${name}-`)) : null };
  }
  return best;
}

/** sistemBerkasDari() on this machine. */
export function sistemBerkas(path: string): SistemBerkas | null {
  try {
    let jbd2: string[];
    try {
      jbd2 = readdirSync('/proc/fs/jbd2');
    } catch {
      // No journaled file system mounted, or no jbd2 at all: an ext4 here has no journal.
      jbd2 = [];
    }
    return sistemBerkasDari(readFileSync('/proc/mounts', 'utf8'), realpathSync(path), jbd2);
  } catch {
    return null;
  }
}

/** "ext4 without a journal (/dev/vda at /)". */
export function uraiSistemBerkas(f: SistemBerkas | null): string {
  if (!f) return 'unknown';
  const jurnal = f.journal === null ? '' : f.journal ? ' with a journal' : ' without a journal';
  return `${f.type}${jurnal} (${f.device} at ${f.mountPoint})`;
}
