import type { ServiceContext } from '../context'

/** Adds the assessments part of the demo administration (runs inside the demo's transaction). */
export function seedAssessmentsDemo(_ctx: ServiceContext): void {}
