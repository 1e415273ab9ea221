import type { ServiceContext } from '../context'
import { seedDemo } from '../demo/demo-seed'

/** The demo's indicators alone (their records live in demo/data, loaded by demo/demo-seed). */
export const seedIndicatorsDemo = (ctx: ServiceContext): Promise<void> =>
  seedDemo(ctx, { parts: ['indicators'] })
