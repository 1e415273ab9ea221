import type { TrustedKey } from '../../../shared/contract'
import { SHIPPED_PUBLISHER_KEYS } from '../../../shared/packs/trusted-publishers'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { keyIdOf } from './pack-signature'

export type { TrustedKey }

/** Every trusted key: the shipped ones first, then the administrator's, in the order added. */
export async function listTrustedKeys(db: Db): Promise<TrustedKey[]> {
  const added = await db
    .selectFrom('pack_trusted_keys')
    .select(['public_key', 'name', 'added_at'])
    .orderBy('id')
    .execute()
  return [
    ...SHIPPED_PUBLISHER_KEYS.map((k) => ({
      keyId: keyIdOf(k.publicKey),
      publicKey: k.publicKey,
      name: k.name,
      source: 'shipped' as const,
      addedAt: null,
    })),
    ...added.map((r) => ({
      keyId: keyIdOf(r.public_key),
      publicKey: r.public_key,
      name: r.name,
      source: 'added' as const,
      addedAt: r.added_at,
    })),
  ]
}

/** Trusted names by public key (the shipped name wins when a key is in both lists). */
export async function trustedNames(db: Db): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const k of (await listTrustedKeys(db)).reverse()) names.set(k.publicKey, k.name)
  return names
}

/** Adds a publisher key to this administration's trusted list, with an audit entry. */
export function trustKey(
  ctx: ServiceContext,
  publicKey: string,
  name: string,
): Promise<TrustedKey> {
  const clean = name.trim().replace(/\s+/g, ' ')
  if (!clean || clean.length > 200)
    throw new AppFailure('validation', 'Give the publisher a name of 1 to 200 characters.')
  return inTransaction(ctx, async (tx) => {
    const keyId = keyIdOf(publicKey)
    const known = (await listTrustedKeys(tx.db)).find((k) => k.publicKey === publicKey)
    if (known)
      throw new AppFailure(
        'conflict',
        `The key ${keyId} is already trusted as "${known.name}"; nothing was changed.`,
      )
    const at = tx.now()
    await tx.db
      .insertInto('pack_trusted_keys')
      .values({ public_key: publicKey, name: clean, added_at: at })
      .execute()
    await appendAudit(tx, {
      entityType: 'pack_key',
      entityId: keyId,
      action: 'trust',
      after: { name: clean, publicKey },
    })
    return { keyId, publicKey, name: clean, source: 'added', addedAt: at }
  })
}

/** Removes a key the administrator added (by its fingerprint), with an audit entry. */
export function distrustKey(ctx: ServiceContext, keyId: string): Promise<TrustedKey> {
  const wanted = keyId.trim().toUpperCase()
  return inTransaction(ctx, async (tx) => {
    const key = (await listTrustedKeys(tx.db)).find((k) => k.keyId === wanted)
    if (!key)
      throw new AppFailure(
        'not_found',
        `No trusted key has the fingerprint ${wanted}; "capstan pack trusted" lists them.`,
      )
    if (key.source === 'shipped')
      throw new AppFailure(
        'conflict',
        `The key ${wanted} of "${key.name}" is shipped with Capstan and cannot be removed here.`,
      )
    await tx.db.deleteFrom('pack_trusted_keys').where('public_key', '=', key.publicKey).execute()
    await appendAudit(tx, {
      entityType: 'pack_key',
      entityId: wanted,
      action: 'distrust',
      before: { name: key.name, publicKey: key.publicKey },
    })
    return key
  })
}
