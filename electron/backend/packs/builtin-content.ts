import { createHash } from 'node:crypto'
import builtinPack from './builtin/wco-essentials.pack.json' with { type: 'json' }
import { signedBytes } from './pack-signature'

/** The pack shipped with the app. */
export const BUILTIN_PACK_URN = 'urn:capstan:pack:wco-essentials'

/** The built-in pack as the bytes of a file, so it goes through the same pipeline as any import. */
export const builtinPackBytes = (): Uint8Array =>
  new TextEncoder().encode(JSON.stringify(builtinPack))

let builtinDigest: string | undefined
const digestOf = (pack: object) => createHash('sha256').update(signedBytes(pack)).digest('hex')

/**
 * Whether a parsed pack is exactly the built-in pack of this Capstan (whatever its layout): the
 * built-in pack's identity is its content, shipped inside the app, not a key anyone holds.
 */
export function isBuiltinContent(pack: { id: string }): boolean {
  if (pack.id !== BUILTIN_PACK_URN) return false
  builtinDigest ??= digestOf(builtinPack)
  return digestOf(pack) === builtinDigest
}
