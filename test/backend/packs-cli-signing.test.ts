import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { main } from '../../electron/host/cli'
import { smallPack } from '../helpers/pack-fixtures'
import { tempDir, testEngine } from '../helpers/temp-backend'

async function capstan(...args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

const mode = (file: string) => fs.statSync(file).mode & 0o777
const write = (file: string, value: unknown) => {
  fs.writeFileSync(file, JSON.stringify(value, null, 2))
  return file
}

// A regional office makes a key, signs its pack; an administration trusts the key and imports.
// Data folders (SQLite); the packs service itself is tested on both engines in packs-identity.
;(testEngine === 'sqlite' ? describe : describe.skip)('capstan pack keygen, sign, trust', () => {
  it('signs a pack that imports as signed by the trusted publisher', async () => {
    const office = tempDir()
    const keys = path.join(office, 'keys')
    const made = await capstan('pack', 'keygen', '--out', keys)
    expect(made.code).toBe(0)
    const keyId = /fingerprint ([0-9A-F-]{19})\./.exec(made.out)![1]!
    const keyFile = path.join(keys, 'capstan-pack-signing.key')
    const pubFile = path.join(keys, 'capstan-pack-signing.pub')
    expect(mode(keyFile)).toBe(0o600)
    expect(mode(keys)).toBe(0o700)
    expect(fs.readFileSync(pubFile, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    const again = await capstan('pack', 'keygen', '--out', keys)
    expect(again).toMatchObject({ code: 1 })
    expect(again.out).toBe(
      `${keyFile} already exists; choose another folder, so that a key in use is never overwritten.`,
    )

    const plain = write(path.join(office, 'small.json'), smallPack({ publisher: 'ROCB ESA' }))
    const signedFile = path.join(office, 'small.signed.json')
    const signed = await capstan('pack', 'sign', plain, '--key', keyFile, '--out', signedFile)
    expect(signed).toMatchObject({ code: 0 })
    expect(signed.out).toBe(`Signed small.json with key ${keyId}; wrote ${signedFile}.`)

    const data = tempDir()
    await capstan('init', '--data-dir', data)
    const trusted = await capstan(
      'pack',
      'trust',
      pubFile,
      'ROCB East and Southern Africa',
      '--data-dir',
      data,
    )
    expect(trusted.out).toBe(
      `Packs signed with key ${keyId} are now shown as from "ROCB East and Southern Africa".`,
    )
    const twice = await capstan('pack', 'trust', pubFile, 'Another name', '--data-dir', data)
    expect(twice.code).toBe(1)
    expect(twice.out).toBe(
      `The key ${keyId} is already trusted as "ROCB East and Southern Africa"; nothing was changed.`,
    )
    expect((await capstan('pack', 'trusted', '--data-dir', data)).out).toMatch(
      new RegExp(`^${keyId} {2}ROCB East and Southern Africa {2}added \\d{4}-\\d{2}-\\d{2}$`),
    )
    const imported = await capstan('pack', 'import', signedFile, '--data-dir', data)
    expect(imported.code).toBe(0)
    expect(imported.out).toMatch(
      `Publisher: ROCB ESA, signed by "ROCB East and Southern Africa" (trusted key ${keyId}).`,
    )
    const list = await capstan('pack', 'list', '--data-dir', data)
    expect(list.out).toMatch(/WCO capacity-building essentials .* built in$/m)
    expect(list.out).toMatch(
      new RegExp(
        `^Small pack {2}v1 .* signed by "ROCB East and Southern Africa" \\(trusted key ${keyId}\\)$`,
        'm',
      ),
    )

    // An unsigned version 2 from anyone (even the office, forgetting to sign) is refused.
    const v2 = write(path.join(office, 'v2.json'), smallPack({ version: 2, publisher: 'ROCB ESA' }))
    const refused = await capstan('pack', 'import', v2, '--data-dir', data)
    expect(refused.code).toBe(1)
    expect(refused.out).toMatch(
      /^The pack urn:test:pack:small installed here is signed by "ROCB East/,
    )

    const untrusted = await capstan('pack', 'untrust', keyId, '--data-dir', data)
    expect(untrusted.out).toBe(
      `The key ${keyId} of "ROCB East and Southern Africa" is no longer trusted.`,
    )
    expect((await capstan('pack', 'list', '--data-dir', data)).out).toMatch(
      new RegExp(`signed with key ${keyId} \\(not on the trusted list\\)$`, 'm'),
    )
  })

  it('refuses to trust a private key or sign with a public one', async () => {
    const dir = tempDir()
    await capstan('pack', 'keygen', '--out', dir)
    const data = tempDir()
    await capstan('init', '--data-dir', data)
    const key = path.join(dir, 'capstan-pack-signing.key')
    const pub = path.join(dir, 'capstan-pack-signing.pub')
    const trust = await capstan('pack', 'trust', key, 'Me', '--data-dir', data)
    expect(trust).toMatchObject({ code: 1 })
    expect(trust.out).toBe(
      `${key} is a private key; trust the matching .pub file instead, and keep the private key secret.`,
    )
    const pack = write(path.join(dir, 'p.json'), smallPack())
    const sign = await capstan(
      'pack',
      'sign',
      pack,
      '--key',
      pub,
      '--out',
      path.join(dir, 's.json'),
    )
    expect(sign.out).toBe(
      `${pub} is not an Ed25519 private key; use the .key file that "capstan pack keygen" wrote.`,
    )
    expect(fs.existsSync(path.join(dir, 's.json'))).toBe(false)
  })

  it('an upgrade archiving many items needs --yes', async () => {
    const data = tempDir()
    await capstan('init', '--data-dir', data)
    const dir = tempDir()
    await capstan(
      'pack',
      'import',
      write(path.join(dir, 'v1.json'), smallPack()),
      '--data-dir',
      data,
    )
    const v2 = write(
      path.join(dir, 'v2.json'),
      smallPack({ version: 2, frameworks: [], indicators: [] }),
    )
    const asked = await capstan('pack', 'import', v2, '--data-dir', data)
    expect(asked.code).toBe(1)
    expect(asked.out).toBe(
      'Upgrading "Small pack" to version 2 would archive 8 of its 12 items, more than 25 %; confirm the upgrade to go ahead. Run the command again with --yes to do so; a backup is taken first.',
    )
    const done = await capstan('pack', 'import', v2, '--data-dir', data, '--yes')
    expect(done.code).toBe(0)
    expect(done.out).toMatch(
      /^Upgrade "Small pack" from version 1 to 2: 0 added, 0 changed, 8 archived/,
    )
  })
})
