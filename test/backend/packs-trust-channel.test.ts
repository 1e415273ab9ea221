import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { EventName, TrustedKey } from '../../shared/contract'
import { count, tempBackend } from '../helpers/temp-backend'

// Trusting a publisher's key is a channel like any other write, so every door (the CLI's
// `pack trust` included) gets the same validation, audit entry and change event.

const keyPair = () => generateKeyPairSync('ed25519')
const pem = (k: ReturnType<typeof keyPair>) => ({
  publicKey: k.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  privateKey: k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
})

describe('publisher keys through the channel', () => {
  it('trusts, lists and removes a key, each change audited and announced', async () => {
    const b = await tempBackend()
    const heard: EventName[] = []
    b.onEvent((e) => heard.push(e))
    const auditBefore = await count(b, 'audit_log')
    const key = pem(keyPair())

    const trusted = await b.call('packs:trustKey', {
      keyText: key.publicKey,
      publisher: '  Regional   Office ',
      fileName: 'regional.pub',
    })
    expect(trusted.ok).toBe(true)
    const added = (trusted as { value: TrustedKey }).value
    expect(added).toMatchObject({ name: 'Regional Office', source: 'added' })
    expect(heard).toEqual(['packs:changed'])

    const list = await b.call('packs:trustedKeys', undefined)
    expect(list.ok && (list.value as TrustedKey[]).map((k) => k.keyId)).toContain(added.keyId)

    const removed = await b.call('packs:distrustKey', { keyId: added.keyId.toLowerCase() })
    expect(removed.ok).toBe(true)
    expect(heard).toEqual(['packs:changed', 'packs:changed'])
    expect(await count(b, 'audit_log')).toBe(auditBefore + 2)
    await b.close()
  })

  it('refuses a private key and a nameless publisher in words, changing nothing', async () => {
    const b = await tempBackend()
    const heard: EventName[] = []
    b.onEvent((e) => heard.push(e))
    const key = pem(keyPair())

    const secret = await b.call('packs:trustKey', {
      keyText: key.privateKey,
      publisher: 'Regional Office',
      fileName: 'regional.key',
    })
    expect(!secret.ok && secret.error.message).toBe(
      'regional.key is a private key; trust the matching .pub file instead, and keep the private key secret.',
    )

    const nameless = await b.call('packs:trustKey', { keyText: key.publicKey, publisher: ' ' })
    expect(!nameless.ok && nameless.error.message).toBe('Publisher is required.')
    expect(heard).toEqual([])
    await b.close()
  })
})
