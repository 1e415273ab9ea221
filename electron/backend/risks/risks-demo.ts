import type { ServiceContext } from '../context'

/** Adds the risks part of the demo administration (runs inside the demo's transaction). */
export function seedRisksDemo(_ctx: ServiceContext): void {}
