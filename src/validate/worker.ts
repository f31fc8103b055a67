/**
 * The content checker on a worker thread, so a build checks the content on the second core while
 * Astro starts up and syncs the content store (src/integrations/content-rules.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentBertahap, type CheckOptions } from './run.ts';

const start = performance.now();
const { problems, entries } = await checkContentBertahap(workerData as CheckOptions);
parentPort!.postMessage({ problems, jumlah: entries.length, ms: Math.round(performance.now() - start) });
