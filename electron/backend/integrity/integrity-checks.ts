import { integrityLabels, type IntegrityFramework } from '../../../shared/contract'
import { isoDay } from '../../../shared/domain/integrity-progress'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { getSettings } from '../settings/settings-service'
import {
  factorRowsOf,
  findIntegrityFrameworkRow,
  frameworkOfFactor,
  type FrameworkEntry,
} from './integrity-framework-repo'

// Rules shared by the integrity services. Each failure names its field, so the form can show it.

/** A validation failure about one field; `sentence` follows the field's label. */
export function fieldFailure(path: string, sentence: string): AppFailure {
  const field = integrityLabels[path] ?? path
  const message = `${field} ${sentence}`
  return new AppFailure('validation', message, [
    { path, code: 'invalid', message, params: { field } },
  ])
}

/** The failure for a stale `version`. */
export function staleFailure(what: string): AppFailure {
  return new AppFailure(
    'conflict',
    `Someone changed this ${what} after you opened it. Reload to see their version, then edit again.`,
  )
}

/** The administration's classification markings, lowest first. */
export async function classificationsOf(ctx: ServiceContext): Promise<string[]> {
  return (await getSettings(ctx))?.classifications ?? []
}

/** Sensitivity must name one of the markings in Settings (1 = the first, the lowest). */
export async function assertSensitivity(ctx: ServiceContext, sensitivity: number): Promise<void> {
  const count = Math.max(1, (await classificationsOf(ctx)).length)
  if (sensitivity > count) {
    throw fieldFailure(
      'sensitivity',
      `must be one of the administration's ${count} classification markings (1 to ${count}).`,
    )
  }
}

/** The integrity framework with this id, or a failure naming the field. */
export async function mustFramework(
  ctx: ServiceContext,
  frameworkId: number,
): Promise<FrameworkEntry> {
  const fw = await findIntegrityFrameworkRow(ctx.db, frameworkId)
  if (!fw || fw.archivedAt !== null) {
    throw fieldFailure('frameworkId', 'is not an installed integrity framework.')
  }
  return fw
}

/** Fails unless `factorItemId` is a current factor of `framework`. */
export async function assertFactorOf(
  ctx: ServiceContext,
  framework: FrameworkEntry,
  factorItemId: number,
): Promise<void> {
  if (!(await factorRowsOf(ctx.db, framework)).some((f) => f.id === factorItemId)) {
    throw fieldFailure('factorItemId', `is not a factor of the ${framework.code} framework.`)
  }
}

/** The integrity framework of a factor, or a failure naming the field. */
export async function mustFactor(
  ctx: ServiceContext,
  factorItemId: number,
): Promise<FrameworkEntry> {
  const fw = await frameworkOfFactor(ctx.db, factorItemId)
  if (!fw || fw.archivedAt !== null) {
    throw fieldFailure('factorItemId', 'is not a factor of an installed integrity framework.')
  }
  await assertFactorOf(ctx, fw, factorItemId)
  return fw
}

/** A rating must be one of the levels of the framework's scale (or empty: not rated yet). */
export function assertOnScale(framework: IntegrityFramework, rating: number | null): void {
  if (rating === null) return
  const levels = framework.scale?.levels.map((l) => l.level) ?? []
  if (!levels.includes(rating)) {
    const range = levels.length ? `${levels[0]} to ${levels.at(-1)}` : 'none defined'
    throw fieldFailure(
      'rating',
      `must be a level of the ${framework.scale?.code ?? 'framework'} scale (${range}).`,
    )
  }
}

/** Today (YYYY-MM-DD) by the context clock, so tests can fix it. */
export const todayOf = (ctx: ServiceContext): string => isoDay(ctx.now())
