import type { ServiceContext } from '../context'

/** Adds the indicators part of the demo administration (runs inside the demo's transaction). */
export function seedIndicatorsDemo(_ctx: ServiceContext): void {}
