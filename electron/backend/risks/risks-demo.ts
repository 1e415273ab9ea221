import type { ServiceContext } from '../context'
import { seedDemo } from '../demo/demo-seed'

/** The demo's risk register alone (its records live in demo/data, loaded by demo/demo-seed). */
export const seedRisksDemo = (ctx: ServiceContext): Promise<void> =>
  seedDemo(ctx, { parts: ['risks'] })
