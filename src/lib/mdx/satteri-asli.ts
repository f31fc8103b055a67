/**
 * The two pieces of Sätteri's native pipeline that its public API keeps private: creating the HAST
 * of an MDX file in Rust, and packing `features` into the parser's options. The public API offers
 * HTML rendering only for Markdown, and for MDX only JavaScript output, which has to be evaluated.
 * With these two, an MDX file is parsed, checked by a plugin, and rendered to HTML without any
 * JavaScript tree or code in between (three times faster than the compiled path, npm run bench).
 *
 * They are read from the installed package by path, since its `exports` map lists only the root.
 * The version is pinned in package.json; test/mdx-render.test.ts fails if an upgrade moves them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Features } from 'satteri';

interface HandleHast {
  readonly __hast: unique symbol;
}

interface Biner {
  createMdxHastHandle(source: string, parseOptions: number, convertOptions: unknown, trackPositions: boolean): HandleHast;
  dropHandle(handle: HandleHast): void;
}
interface Kompilasi {
  featuresToNative(features: Features | undefined): { parseOptions: number; convertOptions: unknown };
}

const require = createRequire(import.meta.url);
const akar = join(dirname(require.resolve('satteri')), '..');
const biner = require(join(akar, 'index.js')) as Biner;
const { featuresToNative } = require(join(akar, 'dist/compile.js')) as Kompilasi;

export type { HandleHast };

/** The HAST of an MDX file, held in Rust; with `posisi`, every node knows its line and column. */
export function hastMdx(source: string, features: Features, posisi: boolean): HandleHast {
  const { parseOptions, convertOptions } = featuresToNative(features);
  return biner.createMdxHastHandle(source, parseOptions, convertOptions, posisi);
}

export const lepasHandle = (handle: HandleHast) => biner.dropHandle(handle);
