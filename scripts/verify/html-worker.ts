/** Worker thread for the HTML gate: validates its share of the files and posts the messages back. */
import { parentPort, workerData } from 'node:worker_threads';
import { validateFiles } from './html.ts';

const { dir, files, config } = workerData as { dir: string; files: string[]; config: Parameters<typeof validateFiles>[2] };
parentPort!.postMessage(await validateFiles(dir, files, config));
