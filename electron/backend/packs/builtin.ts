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
export function ensureBuiltinPack(ctx: ServiceContext): PackImportResult | null {
  if (findPackByUrn(ctx.db, BUILTIN_PACK_URN)) return null
  return importPack(ctx, builtinPackBytes(), { builtin: true })
}
