import type { ServiceContext } from '../context'

/** Adds the integrity part of the demo administration (runs inside the demo's transaction). */
export function seedIntegrityDemo(_ctx: ServiceContext): void {}
