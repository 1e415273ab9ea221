import { openBackend, type Backend } from '../backend/backend'
import { resolveDataDir } from '../backend/data-dir'
import { isPostgresUrl } from '../backend/db/connection'
import { copyDatabase } from '../backend/system/db-copy'
import { AppFailure } from '../backend/errors'
import { classifyFault } from '../backend/faults'
import { EXIT } from './cli-help'

interface DbCommand {
  sub: string | undefined
  from: string | undefined
  to: string | undefined
  dryRun: boolean
  print: (human: string, json: unknown) => void
  err: (line: string) => void
}

// A data folder or a postgres:// URL.
const placeOf = (dirOrUrl: string) =>
  isPostgresUrl(dirOrUrl)
    ? { dataDir: resolveDataDir({ env: process.env }).dir, databaseUrl: dirOrUrl.trim() }
    : { dataDir: dirOrUrl }

/** `capstan db copy --from DIR|URL --to DIR|URL [--dry-run]`. */
export async function runDbCommand(cmd: DbCommand): Promise<number> {
  if (cmd.sub !== 'copy' || !cmd.from || !cmd.to) {
    cmd.err('Usage: capstan db copy --from DIR|URL --to DIR|URL [--dry-run]')
    return EXIT.usage
  }
  const source = await openBackend({
    ...placeOf(cmd.from),
    mode: 'browser',
    mustExist: true,
    installBuiltinPack: false,
  })
  let target: Backend | undefined
  try {
    if (!cmd.dryRun)
      target = await openBackend({ ...placeOf(cmd.to), mode: 'browser', installBuiltinPack: false })
    const r = await copyDatabase(source.ctx, target?.ctx, { dryRun: cmd.dryRun })
    const lines = Object.entries(r.tables)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `  ${t.padEnd(24)} ${n}`)
    const head = r.auditHead ? `#${r.auditHead.seq} ${r.auditHead.hash}` : 'none'
    cmd.print(
      [
        r.dryRun
          ? `Dry run: nothing was changed. ${r.rows} rows would be copied to ${target?.storage.location ?? cmd.to.replace(/:[^:@/]*@/, ':***@')}:`
          : `Copied ${r.rows} rows to ${target!.storage.location}. The audit trail verifies there with the same head entry.`,
        ...lines,
        `Audit head: ${head}`,
      ].join('\n'),
      r,
    )
    return EXIT.ok
  } catch (e) {
    // Copying writes only to the target, so a fault names it; damage is looked for in the source.
    let fault = classifyFault(e, placeOf(cmd.to))
    if (fault?.code === 'corrupt') fault = classifyFault(e, placeOf(cmd.from))
    if (fault) {
      cmd.err(fault.message)
      return EXIT.dataFolder
    }
    if (e instanceof AppFailure) {
      cmd.err(e.message)
      return EXIT.failed
    }
    throw e
  } finally {
    await target?.close()
    await source.close()
  }
}
