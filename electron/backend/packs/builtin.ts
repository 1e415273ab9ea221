import builtinPack from './builtin/wco-essentials.pack.json' with { type: 'json' }
import type { PackImportResult } from '../../../shared/contract'
import type { ServiceContext } from '../context'
import { importPack } from './pack-service'
import { findPackByUrn } from './pack-repo'

/** The pack shipped with the app. */
export const BUILTIN_PACK_URN = 'urn:capstan:pack:wco-essentials'

/** The built-in pack as the bytes of a file, so it goes through the same pipeline as any import. */
export const builtinPackBytes = (): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(builtinPack))

/** Installs the built-in pack when it is missing; leaves an installed one alone. */
export async function ensureBuiltinPack(ctx: ServiceContext): Promise<PackImportResult | null> {
  if (await findPackByUrn(ctx.db, BUILTIN_PACK_URN)) return null
  // Another process may install it meanwhile: the import then finds the same version and stops.
  const r = await importPack(ctx, builtinPackBytes(), { builtin: true })
  return r.applied ? r : null
}
