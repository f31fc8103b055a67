import Catatan from './Catatan.astro';
import type { KOMPONEN_MDX } from './registry.ts';

/** The components authors may use in MDX, passed to every rendered entry; keys match the registry. */
export const komponenMdx: Record<keyof typeof KOMPONEN_MDX, unknown> = { Catatan };
