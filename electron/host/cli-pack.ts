import fs from 'node:fs'
import path from 'node:path'
import type { FieldProblem, PackPreview } from '../../shared/contract'
import { localise } from '../../shared/contract'
import { openBackend, type Backend } from '../backend/backend'
import { AppFailure } from '../backend/errors'
import { listPacks } from '../backend/packs/library-service'
import { exportOwnPack } from '../backend/packs/pack-export'
import { MAX_PACK_BYTES } from '../backend/packs/pack-reader'
import { analysePack, importPack } from '../backend/packs/pack-service'
import { EXIT } from './cli-help'

type Print = (human: string, json: unknown) => void
interface PackCommand {
  sub: string | undefined
  file: string | undefined
  dataDir: string
  dataDirGiven: boolean
  dryRun: boolean
  out: string | undefined
  print: Print
  err: (line: string) => void
  withExisting: (run: (b: Backend) => number) => number
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
    ...list('Added', p.added),
    ...list('Changed', p.changed),
    ...list('Archived (no longer in the pack)', p.removed),
    ...list('Conflicts with local edits (kept; resolve in Template packs)', p.conflicts),
  ]
}

/** `capstan pack validate|import|list|export`. */
export function runPackCommand(cmd: PackCommand): number {
  switch (cmd.sub) {
    case 'validate': {
      if (!cmd.file) return usage(cmd, 'capstan pack validate FILE [--data-dir DIR]')
      // Dependencies resolve against the given data folder, else against the built-in pack alone.
      const run = (b: Backend) => {
        try {
          const a = analysePack(b.ctx.db, readFileBytes(cmd.file!))
          cmd.print(
            `${path.basename(cmd.file!)} is a valid template pack: ${localise(a.pack.title, 'en')}, version ${a.pack.version}, ${a.flat.length} items.`,
            {
              ok: true,
              urn: a.pack.id,
              version: a.pack.version,
              items: a.flat.length,
            },
          )
          return EXIT.ok
        } catch (e) {
          return reportFailure(e, cmd)
        }
      }
      if (cmd.dataDirGiven) return cmd.withExisting(run)
      const b = openBackend({ dataDir: cmd.dataDir, mode: 'browser', inMemory: true })
      try {
        return run(b)
      } finally {
        b.close()
      }
    }
    case 'import':
      if (!cmd.file) return usage(cmd, 'capstan pack import FILE --data-dir DIR [--dry-run]')
      return cmd.withExisting((b) => {
        try {
          const bytes = readFileBytes(cmd.file!)
          if (cmd.dryRun) {
            const p = analysePack(b.ctx.db, bytes).preview
            cmd.print(['Dry run: nothing was changed.', ...previewLines(p)].join('\n'), {
              dryRun: true,
              ...p,
            })
            return p.status === 'older' ? EXIT.failed : EXIT.ok
          }
          const r = importPack(b.ctx, bytes)
          cmd.print(previewLines(r).join('\n'), r)
          return EXIT.ok
        } catch (e) {
          return reportFailure(e, cmd)
        }
      })
    case 'list':
      return cmd.withExisting((b) => {
        const packs = listPacks(b.ctx)
        const lines = packs.map((p) => {
          const items = Object.values(p.itemCounts).reduce((s, n) => s + (n ?? 0), 0)
          return `${localise(p.title, 'en')}  v${p.version}  ${p.urn}  ${items} items  installed ${p.installedAt.slice(0, 10)}${p.openConflicts ? `  ${p.openConflicts} conflicts` : ''}`
        })
        cmd.print(lines.length ? lines.join('\n') : 'No template packs installed.', packs)
        return EXIT.ok
      })
    case 'export':
      if (!cmd.out) return usage(cmd, 'capstan pack export --data-dir DIR --out FILE')
      return cmd.withExisting((b) => {
        const r = exportOwnPack(b.ctx)
        fs.writeFileSync(cmd.out!, r.content, 'utf8')
        cmd.print(`Wrote ${r.itemCount} items to ${cmd.out}.`, {
          file: cmd.out,
          items: r.itemCount,
          fileName: r.fileName,
        })
        return EXIT.ok
      })
    default:
      return usage(cmd, 'capstan pack validate|import|list|export …  (see capstan pack --help)')
  }
}

function usage(cmd: PackCommand, text: string): number {
  cmd.err(`Usage: ${text}`)
  return EXIT.usage
}
