import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import type {
  AppError,
  LibraryItem,
  PackImportResult,
  PackPreview,
  PackSummary,
} from '../../shared/contract'
import { verifyAudit } from '../../electron/backend/audit/audit-repo'
import type { Backend } from '../../electron/backend/backend'
import { BUILTIN_PACK_URN } from '../../electron/backend/packs/builtin'
import { trustKey } from '../../electron/backend/packs/pack-trust'
import {
  bytesOf,
  signedBy,
  smallPack,
  testPublisher,
  withExtraMembers,
} from '../helpers/pack-fixtures'
import { count, tempBackend } from '../helpers/temp-backend'

const BUILTIN_FILE = 'electron/backend/packs/builtin/wco-essentials.pack.json'
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

async function send(b: Backend, channel: 'packs:preview' | 'packs:import', bytes: Uint8Array) {
  return b.call(channel, { fileName: 'pack.json', dataBase64: b64(bytes) }) as Promise<
    { ok: true; value: PackImportResult } | { ok: false; error: AppError }
  >
}

/** Imports and expects success. */
async function accepted(b: Backend, bytes: Uint8Array): Promise<PackImportResult> {
  const r = await send(b, 'packs:import', bytes)
  if (!r.ok) throw new Error(r.error.message)
  return r.value
}

/** Both preview and import refuse the bytes, and nothing at all changes; returns the error. */
async function refused(b: Backend, bytes: Uint8Array): Promise<AppError> {
  const before = await snapshot(b)
  const preview = await send(b, 'packs:preview', bytes)
  const r = await send(b, 'packs:import', bytes)
  expect(preview.ok).toBe(false)
  expect(r.ok).toBe(false)
  if (r.ok || preview.ok) throw new Error('accepted')
  expect(preview.error).toEqual(r.error)
  expect(await snapshot(b)).toEqual(before)
  return r.error
}

async function snapshot(b: Backend) {
  const packs = await b.ctx.db
    .selectFrom('packs')
    .select(['urn', 'version'])
    .orderBy('id')
    .execute()
  return {
    packs,
    items: await count(b, 'library_items'),
    archived: Number(
      (
        await b.ctx.db
          .selectFrom('library_items')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('archived_at', 'is not', null)
          .executeTakeFirstOrThrow()
      ).n,
    ),
    audit: await count(b, 'audit_log'),
    intact: (await verifyAudit(b.ctx)).intact,
  }
}

async function summary(b: Backend, urn: string): Promise<PackSummary> {
  const r = await b.call('packs:list', undefined)
  if (!r.ok) throw new Error('list failed')
  return (r.value as PackSummary[]).find((p) => p.urn === urn)!
}

async function builtinKinds(b: Backend): Promise<string[]> {
  const pack = await summary(b, BUILTIN_PACK_URN)
  const r = await b.call('packs:contents', { packId: pack.id })
  if (!r.ok) throw new Error('contents failed')
  const items = (r.value as { items: LibraryItem[] }).items.filter((i) => !i.archivedAt)
  return [...new Set(items.map((i) => i.kind))].sort()
}

describe('duplicate keys in a pack file', () => {
  it('are refused with the key, its place and the first place, and nothing changes', async () => {
    const b = await tempBackend()
    await accepted(b, bytesOf(smallPack()))
    const bytes = withExtraMembers(smallPack({ version: 2 }), '  "version": 3')
    const e = await refused(b, bytes)
    expect(e.code).toBe('validation')
    const lines = new TextDecoder().decode(bytes).split('\n')
    const second = lines.findLastIndex((l) => l.includes('"version"')) + 1
    const first = lines.findIndex((l) => l.includes('"version"')) + 1
    expect(e.details).toEqual([
      {
        path: '$.version',
        code: 'duplicate',
        message: `"version" appears twice in the pack header at line ${second}, column 3 (first at line ${first}, column 3); a key may appear only once, so remove or rename one of them.`,
      },
    ])
    expect(e.message).toMatch(/^The pack has a problem: "version" appears twice/)
  })

  it('are found inside nested objects too, written with escapes or not', async () => {
    const b = await tempBackend()
    const pack = smallPack()
    const text = JSON.stringify(pack, null, 2).replace(
      '"code": "K2",',
      '"code": "K2",\n      "\\u0063ode": "K3",',
    )
    const e = await refused(b, new TextEncoder().encode(text))
    expect(e.details![0]).toMatchObject({ path: '$.indicators[1].code', code: 'duplicate' })
    expect(e.details![0]!.message).toMatch(
      /^"code" appears twice in the object at \$\.indicators\[1\] at line \d+, column 7/,
    )
  })

  it('the case of the issue: a second "id" naming the built-in pack, version 999', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const kinds = await builtinKinds(b)
    expect(kinds).toEqual(expect.arrayContaining(['framework', 'risk_matrix']))
    const bytes = withExtraMembers(smallPack(), `  "id": "${BUILTIN_PACK_URN}",\n  "version": 999`)
    const e = await refused(b, bytes)
    expect(e.details!.map((d) => d.message)).toEqual([
      expect.stringMatching(/^"id" appears twice in the pack header at line \d+, column 3/),
      expect.stringMatching(/^"version" appears twice in the pack header at line \d+, column 3/),
    ])
    // The built-in pack is intact, and importing its own file again is no downgrade.
    expect(await builtinKinds(b)).toEqual(kinds)
    expect(await summary(b, BUILTIN_PACK_URN)).toMatchObject({ version: 1, builtin: true })
    const again = await accepted(b, new Uint8Array(fs.readFileSync(BUILTIN_FILE)))
    expect(again).toMatchObject({ status: 'same', applied: false })
    expect(again.signature).toEqual({ status: 'builtin', keyId: null, trustedPublisher: null })
  })
})

describe('a pack cannot take the identity of another', () => {
  it('a file may not replace the built-in pack, even at version 999', async () => {
    const b = await tempBackend({ installBuiltinPack: true })
    const kinds = await builtinKinds(b)
    const fake = smallPack({ id: BUILTIN_PACK_URN, version: 999, publisher: 'Someone' })
    const e = await refused(b, bytesOf(fake))
    expect(e).toEqual({
      code: 'conflict',
      message: `The id ${BUILTIN_PACK_URN} belongs to the pack built into Capstan; this file from "Someone" (unsigned) is not that pack and cannot take its place, so nothing was imported.`,
    })
    // Signing does not help: the built-in pack's identity is its content, not a key.
    const e2 = await refused(b, bytesOf(signedBy(fake, testPublisher())))
    expect(e2.message).toMatch(
      /belongs to the pack built into Capstan; this file from "Someone" \(key [0-9A-F-]{19}, not on the trusted list\)/,
    )
    expect(await builtinKinds(b)).toEqual(kinds)
    // The built-in file, laid out differently, is still the built-in pack.
    const relaid = JSON.stringify(JSON.parse(fs.readFileSync(BUILTIN_FILE, 'utf8')), null, 4)
    expect(await accepted(b, new TextEncoder().encode(relaid))).toMatchObject({ status: 'same' })
  })

  it('a signed pack is upgraded only with the same key', async () => {
    const b = await tempBackend()
    const rocb = testPublisher()
    const other = testPublisher()
    await trustKey(b.ctx, rocb.publicKey, 'ROCB East and Southern Africa')
    const v1 = await accepted(b, bytesOf(signedBy(smallPack({ publisher: 'ROCB ESA' }), rocb)))
    expect(v1.signature).toEqual({
      status: 'signed',
      keyId: rocb.keyId,
      trustedPublisher: 'ROCB East and Southern Africa',
    })
    const v2 = smallPack({ version: 2, publisher: 'ROCB ESA' })
    const byOther = await refused(b, bytesOf(signedBy(v2, other)))
    expect(byOther).toEqual({
      code: 'conflict',
      message: `The pack urn:test:pack:small installed here is signed by "ROCB East and Southern Africa" (trusted key ${rocb.keyId}); this file from "ROCB ESA" (key ${other.keyId}, not on the trusted list) is signed with another key, so it cannot replace it and nothing was imported.`,
    })
    const unsigned = await refused(b, bytesOf(v2))
    expect(unsigned.message).toBe(
      `The pack urn:test:pack:small installed here is signed by "ROCB East and Southern Africa" (trusted key ${rocb.keyId}); this file from "ROCB ESA" (unsigned) is not signed, so it cannot replace it and nothing was imported.`,
    )
    const upgraded = await accepted(b, bytesOf(signedBy(v2, rocb)))
    expect(upgraded).toMatchObject({ status: 'upgrade', applied: true })
    expect((await summary(b, 'urn:test:pack:small')).signature.keyId).toBe(rocb.keyId)
  })

  it('an unsigned pack is replaced only by a file naming the same publisher', async () => {
    const b = await tempBackend()
    await accepted(b, bytesOf(smallPack()))
    const e = await refused(b, bytesOf(smallPack({ version: 2, publisher: 'Someone else' })))
    expect(e.message).toBe(
      'The pack urn:test:pack:small installed here comes from "Test publisher" (unsigned); this file names another publisher, "Someone else" (unsigned), so it cannot replace it and nothing was imported.',
    )
    // The publisher may start signing: from then on only its key may upgrade the pack.
    const key = testPublisher()
    await accepted(b, bytesOf(signedBy(smallPack({ version: 2 }), key)))
    const after = await refused(b, bytesOf(smallPack({ version: 3 })))
    expect(after.message).toMatch(
      /is signed by "Test publisher" \(key .*\); this file from "Test publisher" \(unsigned\) is not signed/,
    )
  })

  it('a signed pack changed after signing is refused', async () => {
    const b = await tempBackend()
    const signed = signedBy(smallPack(), testPublisher())
    signed.title = { en: 'Small pack (altered)', fr: 'Petit paquet' }
    const e = await refused(b, bytesOf(signed))
    expect(e.details).toEqual([
      {
        path: '$.signature',
        code: 'invalid',
        message:
          'The signature does not match the content: the file was changed after it was signed, or the signature belongs to another file; ask the publisher for an unaltered copy.',
      },
    ])
    // Layout is not content: re-indented and reordered, the same pack still verifies.
    const good = signedBy(smallPack(), testPublisher())
    const reordered = Object.fromEntries(Object.entries(good).reverse())
    const p = await send(b, 'packs:preview', new TextEncoder().encode(JSON.stringify(reordered)))
    expect(p.ok && (p.value as PackPreview).signature.status).toBe('signed')
  })

  it('an unsigned pack is marked unsigned in the preview, the list and the audit entry', async () => {
    const b = await tempBackend()
    const preview = await send(b, 'packs:preview', bytesOf(smallPack()))
    expect(preview.ok && preview.value.signature).toEqual({
      status: 'unsigned',
      keyId: null,
      trustedPublisher: null,
    })
    await accepted(b, bytesOf(smallPack()))
    expect((await summary(b, 'urn:test:pack:small')).signature.status).toBe('unsigned')
    const entry = await b.ctx.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('entity_type', '=', 'pack')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(entry.after_json!)).toMatchObject({
      publisher: 'Test publisher',
      signature: 'unsigned',
    })
  })
})
