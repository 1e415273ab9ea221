import type { ServiceContext } from '../context'

/** Adds the plan part of the demo administration (runs inside the demo's transaction). */
export function seedPlanDemo(_ctx: ServiceContext): void {}
