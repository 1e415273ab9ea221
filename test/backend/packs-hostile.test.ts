import { describe, expect, it } from 'vitest'
import { verifyAudit } from '../../electron/backend/audit/audit-repo'
import type { Backend } from '../../electron/backend/backend'
import { AppFailure } from '../../electron/backend/errors'
import { importPack } from '../../electron/backend/packs/pack-service'
import { base64Of, bytesOf, smallPack } from '../helpers/pack-fixtures'
import { count, sampleSettings, tempBackend } from '../helpers/temp-backend'

/** Everything a failed import must leave exactly as it was. */
async function snapshot(b: Backend) {
  return {
    packs: await count(b, 'packs'),
    items: await count(b, 'library_items'),
    conflicts: await count(b, 'pack_conflicts'),
    audit: await count(b, 'audit_log'),
    chain: await verifyAudit(b.ctx),
  }
}

/** The pipeline every door uses, called with the file's bytes. */
async function importRaw(b: Backend, bytes: Uint8Array) {
  try {
    return { ok: true as const, value: await importPack(b.ctx, bytes) }
  } catch (e) {
    if (!(e instanceof AppFailure)) throw e
    return { ok: false as const, error: { code: e.code, message: e.message, details: e.details } }
  }
}

/** A backend with the small pack installed, so failures are checked against real data. */
async function seeded(): Promise<Backend> {
  const b = await tempBackend()
  expect((await b.call('settings:save', sampleSettings)).ok).toBe(true)
  expect(
    (await b.call('packs:import', { fileName: 'small.json', dataBase64: base64Of(smallPack()) }))
      .ok,
  ).toBe(true)
  return b
}

async function expectRefused(bytes: Uint8Array, match: { path?: string; message: RegExp }) {
  const b = await seeded()
  const before = await snapshot(b)
  const r = await importRaw(b, bytes)
  expect(r.ok).toBe(false)
  if (r.ok) return []
  expect(r.error.code).toBe('validation')
  const hit = r.error.details!.find(
    (d) => (match.path === undefined || d.path === match.path) && match.message.test(d.message),
  )
  expect(hit, JSON.stringify(r.error.details, null, 1)).toBeDefined()
  expect(await snapshot(b)).toEqual(before)
  return r.error.details!
}

const enc = (s: string) => new TextEncoder().encode(s)

describe('hostile template packs: a clear message, and nothing changes', () => {
  it('invalid JSON names the line and column', async () => {
    await expectRefused(enc('{\n  "format": "capstan-template-pack",\n  "id": oops\n}'), {
      path: '$',
      message: /not valid JSON.*line 3, column/,
    })
  })

  it('an empty file', async () => {
    await expectRefused(new Uint8Array(0), { path: '$', message: /The file is empty/ })
    await expectRefused(enc('  \n '), { path: '$', message: /only white space/ })
  })

  it('an invalid UTF-8 byte sequence names the byte', async () => {
    const good = bytesOf(smallPack())
    const bad = new Uint8Array([...good.slice(0, 40), 0xc3, 0x28, ...good.slice(40)])
    await expectRefused(bad, {
      path: '$',
      message: /not valid UTF-8 text \(invalid byte sequence at byte 41\)/,
    })
  })

  it('a 100 MB file is refused before parsing', async () => {
    const huge = new Uint8Array(100 * 1024 * 1024).fill(0x20)
    await expectRefused(huge, {
      path: '$',
      message: /The file is 100\.0 MB; template packs may be at most 20\.0 MB/,
    })
  })

  it('JSON nested 10,000 deep', async () => {
    await expectRefused(enc('['.repeat(10_000) + ']'.repeat(10_000)), {
      path: '$',
      message: /nested .* levels deep; template packs may nest at most 64/,
    })
  })

  it('__proto__ and constructor keys', async () => {
    const text = JSON.stringify(smallPack()).replace(
      '"publisher":',
      '"__proto__": {"polluted": true}, "constructor": {"x": 1}, "publisher":',
    )
    const details = await expectRefused(enc(text), {
      path: '$.__proto__',
      message: /"__proto__" is not allowed/,
    })
    expect(details.map((d) => d.path)).toContain('$.constructor')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('wrong types, each with its JSON path', async () => {
    const pack = smallPack() as unknown as Record<string, unknown>
    pack.version = '2'
    ;(pack.frameworks as Record<string, unknown>[])[0]!.items = [
      { code: 'X', title: 5, assessable: 'yes' },
    ]
    const details = await expectRefused(bytesOf(pack), {
      path: '$.version',
      message: /^Must be a whole number\.$/,
    })
    expect(details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: '$.frameworks[0].items[0].title',
          message: expect.stringMatching(/^Must be text, or translations/),
        }),
        expect.objectContaining({
          path: '$.frameworks[0].items[0].assessable',
          message: 'Must be true or false.',
        }),
      ]),
    )
  })

  it('missing and duplicate codes', async () => {
    const pack = smallPack()
    delete (pack.indicators![1] as { code?: string }).code
    await expectRefused(bytesOf(pack), {
      path: '$.indicators[1].code',
      message: /Missing required field "code"/,
    })
    const dup = smallPack()
    dup.frameworks![0]!.items[2]!.code = 'A.1'
    await expectRefused(bytesOf(dup), {
      path: '$.frameworks[0].items[2].code',
      message: /Item code "A.1" is used twice \(also at \$.frameworks\[0\].items\[1\]\)/,
    })
  })

  it('parent cycles and unknown parents', async () => {
    const pack = smallPack()
    const items = pack.frameworks![0]!.items
    items[0]!.parent = 'A.1' // A → A.1 → A
    await expectRefused(bytesOf(pack), {
      path: '$.frameworks[0].items[0].parent',
      message: /own ancestor/,
    })
    const orphan = smallPack()
    orphan.frameworks![0]!.items[4]!.parent = 'ZZ'
    await expectRefused(bytesOf(orphan), {
      path: '$.frameworks[0].items[4].parent',
      message: /Parent "ZZ" is not an item of framework FW/,
    })
  })

  it('an unknown dependency', async () => {
    await expectRefused(
      bytesOf(
        smallPack({ version: 2, dependencies: [{ id: 'urn:other:pack:missing', minVersion: 3 }] }),
      ),
      {
        path: '$.dependencies[0]',
        message: /Needs pack urn:other:pack:missing \(version 3 or newer\), which is not installed/,
      },
    )
  })

  it('risk bands that leave scores uncovered', async () => {
    const pack = smallPack()
    pack.riskMatrix!.bands[2]!.minScore = 6
    await expectRefused(bytesOf(pack), { message: /Scores 5 to 5 are not covered by any band/ })
  })

  it('reports every problem at once', async () => {
    const pack = smallPack() as unknown as Record<string, unknown>
    pack.issued = '15/01/2026'
    pack.languages = ['fr']
    pack.colour = 'blue'
    const details = await expectRefused(bytesOf(pack), {
      path: '$.issued',
      message: /date written YYYY-MM-DD/,
    })
    expect(details.map((d) => d.path)).toEqual(
      expect.arrayContaining(['$.issued', '$.languages', '$.colour']),
    )
  })

  it('an oversized upload through the API is refused with a plain message', async () => {
    const b = await seeded()
    const before = await snapshot(b)
    const r = await b.call('packs:import', {
      fileName: 'big.json',
      dataBase64: 'A'.repeat(28_000_001),
    })
    expect(!r.ok && r.error.message).toBe(
      'File content is larger than 20 MB, the most a template pack may be.',
    )
    expect(await snapshot(b)).toEqual(before)
  })

  it('markup in strings is stored as plain text', async () => {
    const b = await tempBackend()
    const pack = smallPack()
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>'
    pack.frameworks![0]!.items[1]!.title = markup
    expect(
      (await b.call('packs:import', { fileName: 'p.json', dataBase64: base64Of(pack) })).ok,
    ).toBe(true)
    const row = await b.ctx.db
      .selectFrom('library_items')
      .select('data_json')
      .where('item_key', '=', 'FW/A.1')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(row.data_json).title).toBe(markup)
  })
})
