// What the packs domain reads from other domains, gathered here so each can later be swapped for
// the owner's read API. Nothing here writes.
import type { Settings } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { getSettings } from '../settings/settings-service'

/** The administration profile (settings domain): its name titles and names an exported pack. */
export async function readAdministration(
  ctx: ServiceContext,
): Promise<Pick<Settings, 'administrationName'> | null> {
  return getSettings(ctx)
}
