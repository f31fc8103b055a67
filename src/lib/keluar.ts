/**
 * Ends the process once everything written to stdout and stderr has left it. On a pipe (CI, a test,
 * `npm run build | tee`) writes are queued, and `process.exit` drops what is still queued: a build
 * stopped by 265 content errors lost the end of its list and its summary line about one time in
 * three. A zero-length write's callback runs after every write before it.
 */
export async function keluarSesudahLog(kode: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((s) => new Promise<void>((selesai) => s.write('', () => selesai()))));
  process.exit(kode);
}
