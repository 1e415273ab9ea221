import fs from 'node:fs'
import path from 'node:path'
import type { FieldProblem } from '../../shared/contract'
import type { Backend } from '../backend/backend'
import { AppFailure } from '../backend/errors'
import { makePrivateDir, writeFileAtomically } from '../backend/files'
import { readPackBytes } from '../backend/packs/pack-reader'
import { checkSchema } from '../backend/packs/pack-schema'
import { keyIdOf, newSigningKeys, readPrivateKey, signPack } from '../backend/packs/pack-signature'
import { callChannel } from './cli-call'
import { EXIT } from './cli-help'

// Publisher keys: a regional office makes a key pair once, signs each pack it publishes, and
// gives administrations its public key, which they trust by name (docs/packs.md).

type Print = (human: string, json: unknown) => void

/** What the signing commands need from the command line. */
export interface SigningCommand {
  sub: string
  /** The first argument after the subcommand (a pack, key file or fingerprint). */
  file: string | undefined
  /** The second argument (the publisher's name for `trust`). */
  extra?: string
  key?: string
  out: string | undefined
  print: Print
  err: (line: string) => void
  withExisting: (run: (b: Backend) => Promise<number>) => Promise<number>
  failed: (e: unknown) => number
}

/** File names `capstan pack keygen` writes. */
export const KEY_FILE = 'capstan-pack-signing.key'
export const PUBLIC_KEY_FILE = 'capstan-pack-signing.pub'

function readBytes(file: string): Uint8Array {
  try {
    return new Uint8Array(fs.readFileSync(file))
  } catch {
    throw new AppFailure(
      'not_found',
      `Cannot read ${file}: there is no such file, or no permission to read it.`,
    )
  }
}
const readText = (file: string) => Buffer.from(readBytes(file)).toString('utf8')

function keygen(cmd: SigningCommand): number {
  const dir = path.resolve(cmd.out!)
  const keyFile = path.join(dir, KEY_FILE)
  const pubFile = path.join(dir, PUBLIC_KEY_FILE)
  if (fs.existsSync(keyFile))
    throw new AppFailure(
      'conflict',
      `${keyFile} already exists; choose another folder, so that a key in use is never overwritten.`,
    )
  makePrivateDir(dir)
  const keys = newSigningKeys()
  writeFileAtomically(keyFile, keys.privatePem) // 0600: only its owner may read a private key
  writeFileAtomically(pubFile, keys.publicPem)
  fs.chmodSync(pubFile, 0o644)
  cmd.print(
    [
      `Made a signing key with fingerprint ${keys.keyId}.`,
      `  Private key: ${keyFile} (keep it secret and backed up: whoever holds it can publish as you)`,
      `  Public key:  ${pubFile} (give it to administrations, who trust it with "capstan pack trust")`,
    ].join('\n'),
    { keyId: keys.keyId, publicKey: keys.publicKey, keyFile, publicKeyFile: pubFile },
  )
  return EXIT.ok
}

function sign(cmd: SigningCommand): number {
  const key = readPrivateKey(readText(cmd.key!), cmd.key!)
  const name = path.basename(cmd.file!)
  const read = readPackBytes(readBytes(cmd.file!))
  const schema = read.ok ? checkSchema(read.value) : undefined
  if (!read.ok || !schema?.ok)
    throw new AppFailure(
      'validation',
      `${name} is not a valid template pack; correct it (see "capstan pack validate") before signing.`,
      read.ok ? (schema as { problems: FieldProblem[] }).problems : read.problems,
    )
  const signed = signPack(schema.pack, key)
  const keyId = keyIdOf(signed.signature!.publicKey)
  writeFileAtomically(cmd.out!, `${JSON.stringify(signed, null, 2)}\n`)
  fs.chmodSync(cmd.out!, 0o644) // a pack is meant to be handed out
  cmd.print(`Signed ${name} with key ${keyId}; wrote ${cmd.out}.`, { file: cmd.out, keyId })
  return EXIT.ok
}

/** `capstan pack keygen|sign|trust|trusted|untrust`. */
export async function runSigningCommand(cmd: SigningCommand): Promise<number> {
  const usage = (text: string) => {
    cmd.err(`Usage: ${text}`)
    return EXIT.usage
  }
  try {
    switch (cmd.sub) {
      case 'keygen':
        if (!cmd.out) return usage('capstan pack keygen --out DIR')
        return keygen(cmd)
      case 'sign':
        if (!cmd.file || !cmd.key || !cmd.out)
          return usage('capstan pack sign FILE --key KEYFILE --out SIGNED.json')
        return sign(cmd)
      case 'trust': {
        if (!cmd.file || !cmd.extra?.trim())
          return usage('capstan pack trust PUBLIC-KEY-FILE "Publisher name" --data-dir DIR')
        const keyText = readText(cmd.file)
        return await cmd.withExisting(async (b) => {
          const k = await callChannel(b, 'packs:trustKey', {
            keyText,
            publisher: cmd.extra!,
            fileName: cmd.file,
          })
          cmd.print(`Packs signed with key ${k.keyId} are now shown as from "${k.name}".`, k)
          return EXIT.ok
        })
      }
      case 'trusted':
        return await cmd.withExisting(async (b) => {
          const keys = await callChannel(b, 'packs:trustedKeys', {})
          const lines = keys.map(
            (k) =>
              `${k.keyId}  ${k.name}  ${k.source === 'shipped' ? 'shipped with Capstan' : `added ${k.addedAt!.slice(0, 10)}`}`,
          )
          cmd.print(lines.length ? lines.join('\n') : 'No publisher keys are trusted.', keys)
          return EXIT.ok
        })
      case 'untrust':
        if (!cmd.file) return usage('capstan pack untrust FINGERPRINT --data-dir DIR')
        return await cmd.withExisting(async (b) => {
          const k = await callChannel(b, 'packs:distrustKey', { keyId: cmd.file! })
          cmd.print(`The key ${k.keyId} of "${k.name}" is no longer trusted.`, k)
          return EXIT.ok
        })
      default:
        return usage('capstan pack keygen|sign|trust|trusted|untrust …')
    }
  } catch (e) {
    return cmd.failed(e)
  }
}
