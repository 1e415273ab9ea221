import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { AppFailure } from '../errors'

// A pack is signed with Ed25519 over a canonical form of its content, so the signature survives
// re-indenting or reordering the file but not a changed word. docs/packs.md says why Ed25519.

/** The signature a signed pack carries in its top-level "signature" field. */
export interface PackSignatureBlock {
  algorithm: 'Ed25519'
  /** The signer's Ed25519 public key: 32 bytes, base64. */
  publicKey: string
  /** The 64-byte signature, base64. */
  value: string
}

/** What a pack's signature says about it. */
export type SignatureCheck =
  | { kind: 'unsigned' }
  | { kind: 'signed'; publicKey: string; keyId: string }
  | { kind: 'invalid'; message: string }

// Signatures of this format only: a signature made for something else never verifies here.
const CONTEXT = 'capstan-template-pack-signature-v1\n'

/**
 * Canonical JSON in the manner of RFC 8785: object keys sorted by UTF-16 code units, no white
 * space, strings and numbers as JSON.stringify writes them (which is what RFC 8785 specifies).
 */
export function canonicalJsonText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonText).join(',')}]`
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    const record = value as Record<string, unknown>
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJsonText(record[k])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/** The bytes a signature covers: a fixed context line, then the pack without its signature. */
export function signedBytes(pack: object): Buffer {
  const rest = { ...(pack as Record<string, unknown>) }
  delete rest.signature
  return Buffer.from(CONTEXT + canonicalJsonText(rest), 'utf8')
}

/** A short fingerprint people can compare by telephone: "3F2A-9C1B-77D0-E4A5". */
export function keyIdOf(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex')
  return hex.slice(0, 16).toUpperCase().match(/.{4}/g)!.join('-')
}

const rawOf = (key: KeyObject): string =>
  Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url').toString('base64')

function publicKeyObject(publicKey: string): KeyObject {
  const x = Buffer.from(publicKey, 'base64')
  if (x.length !== 32) throw new Error('not an Ed25519 key')
  return createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: x.toString('base64url') },
    format: 'jwk',
  })
}

/** Checks the signature of a parsed pack (its shape already checked by the schema). */
export function checkSignature(pack: object): SignatureCheck {
  const block = (pack as { signature?: PackSignatureBlock }).signature
  if (!block) return { kind: 'unsigned' }
  let good: boolean
  try {
    const value = Buffer.from(block.value, 'base64')
    good = verify(null, signedBytes(pack), publicKeyObject(block.publicKey), value)
  } catch {
    good = false
  }
  if (!good)
    return {
      kind: 'invalid',
      message:
        'The signature does not match the content: the file was changed after it was signed, or the signature belongs to another file; ask the publisher for an unaltered copy.',
    }
  return { kind: 'signed', publicKey: block.publicKey, keyId: keyIdOf(block.publicKey) }
}

/** The pack with a fresh signature by `privateKey` (any earlier signature replaced), last. */
export function signPack<T extends object>(pack: T, privateKey: KeyObject): T {
  const rest = { ...(pack as Record<string, unknown>) }
  delete rest.signature
  const value = sign(null, signedBytes(rest), privateKey).toString('base64')
  const publicKey = rawOf(createPublicKey(privateKey))
  const signature: PackSignatureBlock = { algorithm: 'Ed25519', publicKey, value }
  return { ...rest, signature } as T
}

/** A new signing key pair: the private key and the public key as PEM files, and its fingerprint. */
export function newSigningKeys(): {
  privatePem: string
  publicPem: string
  publicKey: string
  keyId: string
} {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  const raw = rawOf(publicKey)
  return {
    privatePem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    publicKey: raw,
    keyId: keyIdOf(raw),
  }
}

/** The Ed25519 private key in a PEM file's text, or a plain refusal naming the file. */
export function readPrivateKey(pem: string, fileName: string): KeyObject {
  try {
    const key = createPrivateKey(pem)
    if (key.asymmetricKeyType === 'ed25519') return key
  } catch {
    // falls through to the refusal
  }
  throw new AppFailure(
    'validation',
    `${fileName} is not an Ed25519 private key; use the .key file that "capstan pack keygen" wrote.`,
  )
}

/** The base64 Ed25519 public key in a PEM file's text (or given as base64), or a plain refusal. */
export function readPublicKey(text: string, fileName: string): string {
  if (text.includes('PRIVATE KEY'))
    throw new AppFailure(
      'validation',
      `${fileName} is a private key; trust the matching .pub file instead, and keep the private key secret.`,
    )
  try {
    const trimmed = text.trim()
    const key = trimmed.startsWith('-----') ? createPublicKey(trimmed) : publicKeyObject(trimmed)
    if (key.asymmetricKeyType === 'ed25519') return rawOf(key)
  } catch {
    // falls through to the refusal
  }
  throw new AppFailure(
    'validation',
    `${fileName} is not an Ed25519 public key; use the .pub file the publisher gave you.`,
  )
}
