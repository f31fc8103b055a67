/**
 * One turn of the event loop. Sätteri hands JavaScript a snapshot of each parsed tree (behind
 * `mdxToMdast` and a plugin's `ctx.parent()` or `node.children`) in memory V8 does not see, and Node
 * frees it only in a finalizer that runs on an event-loop turn. A synchronous loop over thousands
 * of bodies keeps every snapshot until it ends: at 5,000 generated entries about 0.35 GB in the
 * checker and 0.5 GB in the content loader, freed at once afterwards but never handed back to the
 * system. Loops that parse many bodies call this every few files (figures: README, Kinerja).
 */
export const giliran = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Files a loop parses between two turns: a turn costs microseconds, a body's snapshot ±80 KB. */
export const BERKAS_PER_GILIRAN = 25;
