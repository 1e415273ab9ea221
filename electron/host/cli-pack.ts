import fs from 'node:fs'
import path from 'node:path'
import type { FieldProblem, PackPreview, PackSignatureCheck } from '../../shared/contract'
import { localise } from '../../shared/contract'
import { openBackend, type Backend } from '../backend/backend'
import { AppFailure } from '../backend/errors'
import { MAX_PACK_BYTES } from '../backend/packs/pack-reader'
import { callChannel } from './cli-call'
import { EXIT } from './cli-help'
import { runSigningCommand } from './cli-pack-signing'

type Print = (human: string, json: unknown) => void
interface PackCommand {
  sub: string | undefined
  file: string | undefined
  /** The argument after FILE (the publisher's name for `pack trust`). */
  extra?: string
  dataDir: string
  dataDirGiven: boolean
  dryRun: boolean
  /** --yes: go ahead with an upgrade that archives many items. */
  yes?: boolean
  /** --key: the private key file for `pack sign`. */
  key?: string
  out: string | undefined
  print: Print
  err: (line: string) => void
  withExisting: (run: (b: Backend) => Promise<number>) => Promise<number>
}

/** Reads a pack file from disk without loading an oversized one into memory. */
function readFileBytes(file: string): Uint8Array {
  let size: number
  try {
    size = fs.statSync(file).size
  } catch {
    throw new AppFailure('not_found', `Cannot read ${file}: no such file.`)
  }
  if (size > MAX_PACK_BYTES) {
    throw new AppFailure(
      'validation',
      `${file} is ${(size / 1048576).toFixed(1)} MB; template packs may be at most ${MAX_PACK_BYTES / 1048576} MB.`,
      [
        {
          path: '$',
          code: 'too_long',
          message: `The file is ${(size / 1048576).toFixed(1)} MB; template packs may be at most ${MAX_PACK_BYTES / 1048576} MB.`,
        },
      ],
    )
  }
  return fs.readFileSync(file)
}

const problemLines = (problems: FieldProblem[] | undefined) =>
  (problems ?? []).map((p) => `  ${p.path}: ${p.message}`)

function reportFailure(e: unknown, cmd: PackCommand): number {
  if (!(e instanceof AppFailure)) throw e
  cmd.print([e.message, ...problemLines(e.details)].join('\n'), {
    ok: false,
    error: { code: e.code, message: e.message, problems: e.details ?? [] },
  })
  return EXIT.failed
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

/** "unsigned", "signed by "WCO" (trusted key …)", "built in" … for lists and previews. */
function signatureWords(s: PackSignatureCheck): string {
  if (s.status === 'builtin') return 'built in'
  if (s.status === 'unsigned') return 'unsigned'
  return s.trustedPublisher
    ? `signed by "${s.trustedPublisher}" (trusted key ${s.keyId})`
    : `signed with key ${s.keyId} (not on the trusted list)`
}

function previewLines(p: PackPreview): string[] {
  const list = (title: string, entries: { kind: string; code: string; label: unknown }[]) =>
    entries.length
      ? [
          `${title} (${entries.length}):`,
          ...entries
            .slice(0, 50)
            .map((e) => `  ${e.kind} ${e.code}  ${localise(e.label as never, 'en')}`),
          ...(entries.length > 50 ? [`  … and ${entries.length - 50} more`] : []),
        ]
      : []
  return [
    p.message,
    ...(p.status === 'new' || p.status === 'upgrade'
      ? [`Publisher: ${localise(p.pack.publisher, 'en')}, ${signatureWords(p.signature)}.`]
      : []),
    ...list('Added', p.added),
    ...list('Changed', p.changed),
    ...list('Archived (no longer in the pack)', p.removed),
    ...list('Conflicts with local edits (kept; resolve in Template packs)', p.conflicts),
  ]
}

/** `capstan pack validate|import|list|export`, and the signing commands. */
export async function runPackCommand(cmd: PackCommand): Promise<number> {
  switch (cmd.sub) {
    case 'validate': {
      if (!cmd.file) return usage(cmd, 'capstan pack validate FILE [--data-dir DIR]')
      // Dependencies resolve against the given data folder, else against the built-in pack alone.
      const run = async (b: Backend) => {
        try {
          const p = await callChannel(b, 'packs:preview', {
            dataBase64: base64(readFileBytes(cmd.file!)),
            fileName: path.basename(cmd.file!),
          })
          cmd.print(
            `${path.basename(cmd.file!)} is a valid template pack: ${localise(p.pack.title, 'en')}, version ${p.pack.version}, ${p.itemCount} items.`,
            { ok: true, urn: p.pack.urn, version: p.pack.version, items: p.itemCount },
          )
          return EXIT.ok
        } catch (e) {
          return reportFailure(e, cmd)
        }
      }
      if (cmd.dataDirGiven) return cmd.withExisting(run)
      const b = await openBackend({ dataDir: cmd.dataDir, mode: 'browser', inMemory: true })
      try {
        return await run(b)
      } finally {
        await b.close()
      }
    }
    case 'import':
      if (!cmd.file) return usage(cmd, 'capstan pack import FILE --data-dir DIR [--dry-run]')
      return cmd.withExisting(async (b) => {
        try {
          const dataBase64 = base64(readFileBytes(cmd.file!))
          const fileName = path.basename(cmd.file!)
          if (cmd.dryRun) {
            const p = await callChannel(b, 'packs:preview', { dataBase64, fileName })
            cmd.print(['Dry run: nothing was changed.', ...previewLines(p)].join('\n'), {
              dryRun: true,
              ...p,
            })
            return p.status === 'older' ? EXIT.failed : EXIT.ok
          }
          const r = await callChannel(b, 'packs:import', {
            dataBase64,
            fileName,
            ...(cmd.yes ? { confirmArchive: true } : {}),
          })
          cmd.print(previewLines(r).join('\n'), r)
          return EXIT.ok
        } catch (e) {
          if (e instanceof AppFailure && e.code === 'confirmation_required')
            e.message += ' Run the command again with --yes to do so; a backup is taken first.'
          return reportFailure(e, cmd)
        }
      })
    case 'list':
      return cmd.withExisting(async (b) => {
        const packs = await callChannel(b, 'packs:list', {})
        const lines = packs.map((p) => {
          const items = Object.values(p.itemCounts).reduce((s, n) => s + (n ?? 0), 0)
          return `${localise(p.title, 'en')}  v${p.version}  ${p.urn}  ${items} items  installed ${p.installedAt.slice(0, 10)}${p.openConflicts ? `  ${p.openConflicts} conflicts` : ''}  ${signatureWords(p.signature)}`
        })
        cmd.print(lines.length ? lines.join('\n') : 'No template packs installed.', packs)
        return EXIT.ok
      })
    case 'export':
      if (!cmd.out) return usage(cmd, 'capstan pack export --data-dir DIR --out FILE')
      return cmd.withExisting(async (b) => {
        const r = await callChannel(b, 'packs:export', {})
        fs.writeFileSync(cmd.out!, r.content, 'utf8')
        cmd.print(`Wrote ${r.itemCount} items to ${cmd.out}.`, {
          file: cmd.out,
          items: r.itemCount,
          fileName: r.fileName,
        })
        return EXIT.ok
      })
    case 'keygen':
    case 'sign':
    case 'trust':
    case 'trusted':
    case 'untrust':
      return runSigningCommand({
        ...cmd,
        sub: cmd.sub,
        failed: (e) => reportFailure(e, cmd),
      })
    default:
      return usage(
        cmd,
        'capstan pack validate|import|list|export|keygen|sign|trust|trusted|untrust …  (see capstan pack --help)',
      )
  }
}

function usage(cmd: PackCommand, text: string): number {
  cmd.err(`Usage: ${text}`)
  return EXIT.usage
}
