import type { LocalText, PackSignatureCheck } from '../../../shared/contract'
import { BUILTIN_PACK_URN } from './builtin-content'
import { keyIdOf } from './pack-signature'
import { english } from './pack-types'

// A pack's identity is its id (URN); who may publish under that id is its publisher:
// - the built-in pack: Capstan itself, recognised by its exact content;
// - a signed pack: the Ed25519 key that signed the installed version;
// - an unsigned pack: only the publisher name it gives, which anyone can copy.
// A file may take an installed pack's id only from the same publisher (docs/packs.md).

/** Who stands behind a pack's content. */
export type Signer =
  | { kind: 'builtin' }
  | { kind: 'unsigned' }
  | { kind: 'signed'; publicKey: string; keyId: string; trustedAs: string | null }

/** The installed pack a file would replace, as the identity rule needs it. */
export interface InstalledIdentity {
  builtin: boolean
  signerKey: string | null
  publisher: LocalText
}

/** The signer recorded for an installed pack. */
export function installedSigner(
  p: Pick<InstalledIdentity, 'builtin' | 'signerKey'>,
  trusted: Map<string, string>,
): Signer {
  if (p.builtin) return { kind: 'builtin' }
  if (!p.signerKey) return { kind: 'unsigned' }
  return {
    kind: 'signed',
    publicKey: p.signerKey,
    keyId: keyIdOf(p.signerKey),
    trustedAs: trusted.get(p.signerKey) ?? null,
  }
}

/** The signer as the contract shows it. */
export function signatureCheckOf(s: Signer): PackSignatureCheck {
  return s.kind === 'signed'
    ? { status: 'signed', keyId: s.keyId, trustedPublisher: s.trustedAs }
    : { status: s.kind, keyId: null, trustedPublisher: null }
}

/** What the audit entry records about who vouched for the pack. */
export function auditSignature(s: Signer): string | Record<string, string | null> {
  if (s.kind !== 'signed') return s.kind === 'builtin' ? 'built-in' : 'unsigned'
  return { keyId: s.keyId, publicKey: s.publicKey, trustedPublisher: s.trustedAs }
}

const name = (publisher: LocalText) => english(publisher).trim().replace(/\s+/g, ' ')

/** 'Capstan (built in)', '"WCO ROCB" (key 3F2A-…, trusted)', '"X" (unsigned)' … */
export function describeSigner(s: Signer, publisher: LocalText): string {
  if (s.kind === 'builtin') return 'Capstan itself (built in)'
  if (s.kind === 'unsigned') return `"${name(publisher)}" (unsigned)`
  return s.trustedAs
    ? `"${s.trustedAs}" (trusted key ${s.keyId})`
    : `"${name(publisher)}" (key ${s.keyId}, not on the trusted list)`
}

/**
 * Why a file may not publish under `urn`, in one sentence, or null when it may. `installed` is
 * the pack installed under that id, if any.
 */
export function identityRefusal(
  urn: string,
  incoming: { signer: Signer; publisher: LocalText },
  installed: { signer: Signer; publisher: LocalText } | undefined,
): string | null {
  const them = describeSigner(incoming.signer, incoming.publisher)
  if (
    (urn === BUILTIN_PACK_URN || installed?.signer.kind === 'builtin') &&
    incoming.signer.kind !== 'builtin'
  )
    return `The id ${urn} belongs to the pack built into Capstan; this file from ${them} is not that pack and cannot take its place, so nothing was imported.`
  if (!installed) return null
  const ours = describeSigner(installed.signer, installed.publisher)
  const was = installed.signer
  const now = incoming.signer
  if (was.kind === 'signed') {
    if (now.kind === 'signed' && now.publicKey === was.publicKey) return null
    const how = now.kind === 'signed' ? 'is signed with another key' : 'is not signed'
    return `The pack ${urn} installed here is signed by ${ours}; this file from ${them} ${how}, so it cannot replace it and nothing was imported.`
  }
  if (was.kind === 'unsigned' && name(installed.publisher) !== name(incoming.publisher))
    return `The pack ${urn} installed here comes from ${ours}; this file names another publisher, ${them}, so it cannot replace it and nothing was imported.`
  return null
}
