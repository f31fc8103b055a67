/**
 * The command line of a script, read by `node:util` parseArgs: `--help`/`-h` prints the usage and
 * exits 0; an unknown or malformed argument prints what was wrong and the usage, and exits 2,
 * instead of a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function argumen<T extends ParseArgsConfig>(config: T, caraPakai: string): ReturnType<typeof parseArgs<T>> {
  const withHelp = { ...config, options: { ...config.options, help: { type: 'boolean', short: 'h' } } } as T;
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(withHelp);
  } catch (e) {
    console.error(`Argumen tidak dikenali: ${(e as Error).message}\n\n${caraPakai}`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(caraPakai);
    process.exit(0);
  }
  return parsed;
}
