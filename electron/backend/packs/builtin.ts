import type { PackImportResult } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { BUILTIN_PACK_URN, builtinPackBytes } from './builtin-content'
import { importPack } from './pack-service'
import { findPackByUrn } from './pack-repo'

export { BUILTIN_PACK_URN, builtinPackBytes }

/** Installs the built-in pack when it is missing; leaves an installed one alone. */
export async function ensureBuiltinPack(ctx: ServiceContext): Promise<PackImportResult | null> {
  if (await findPackByUrn(ctx.db, BUILTIN_PACK_URN)) return null
  // Another process may install it meanwhile: the import then finds the same version and stops.
  const r = await importPack(ctx, builtinPackBytes(), { builtin: true })
  return r.applied ? r : null
}
