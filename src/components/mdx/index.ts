import type { Component } from '../../lib/mdx/html-runtime.ts';
import { Catatan } from './catatan.ts';
import type { KOMPONEN_MDX } from './registry.ts';

/** The components authors may use in MDX, given to every rendered entry; keys match the registry. */
export const komponenMdx: Record<keyof typeof KOMPONEN_MDX, Component> = { Catatan };
