/** A publisher whose Ed25519 key Capstan trusts to sign template packs. */
export interface TrustedPublisherKey {
  /** The name shown beside packs this key signed, e.g. "World Customs Organization". */
  name: string
  /** The Ed25519 public key, 32 bytes in base64 (as in a signed pack's "signature.publicKey"). */
  publicKey: string
}

/**
 * Publisher keys shipped with Capstan. Empty until a publisher (the WCO Secretariat, a Regional
 * Office for Capacity Building) hands the project its public key: a key enters this list only
 * from its holder, checked by fingerprint over a second channel (docs/packs.md). Administrators
 * add their own with `capstan pack trust`.
 */
export const SHIPPED_PUBLISHER_KEYS: readonly TrustedPublisherKey[] = []
