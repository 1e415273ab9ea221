import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { sql, type Selectable } from 'kysely'
import type { ExportRecord } from '../../../shared/contract'
import { appendAudit, auditHead } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { makePrivateDir, writeFileAtomically } from '../files'
import { exportsOfReference, findExport, insertExport } from './signoff-repo'
import type { DocumentExportsTable } from './documents-tables'

// Any constant shared by every Capstan process: exports and snapshot numbering take it in turn on
// PostgreSQL (SQLite's write lock, taken at BEGIN, already serialises them).
const DOCUMENTS_LOCK = 7_240_102

/** Serialises document numbering across processes; call first inside the transaction. */
export async function lockDocumentNumbering(tx: ServiceContext): Promise<void> {
  if (tx.engine === 'postgres')
    await sql`SELECT pg_advisory_xact_lock(${DOCUMENTS_LOCK})`.execute(tx.db)
}

/** What a document's version, history and audit anchor come from. */
export interface ExportState {
  /** Earlier exports of the same reference, oldest first. */
  earlier: ExportRecord[]
  version: number
  /** The newest audit entry when the document was made (null for an empty trail). */
  auditHead: { seq: number; hash: string } | null
}

/** One document to write: its reference, how to render it for a state, and what to record. */
export interface ExportJob {
  reference: string
  language: string
  render: (state: ExportState) => Promise<Uint8Array>
  record: Pick<
    Selectable<DocumentExportsTable>,
    'kind' | 'snapshot_id' | 'classification' | 'paper' | 'excluded_records'
  >
  snapshotReference: string | null
}

const nextVersion = (earlier: ExportRecord[]) =>
  Math.max(0, ...earlier.map((e) => e.docVersion)) + 1
const sameExports = (a: ExportRecord[], b: ExportRecord[]) =>
  a.length === b.length && a.every((e, i) => e.id === b[i]!.id)

async function stateOf(ctx: ServiceContext, reference: string): Promise<ExportState> {
  const [earlier, head] = await Promise.all([exportsOfReference(ctx.db, reference), auditHead(ctx)])
  return { earlier, version: nextVersion(earlier), auditHead: head ?? null }
}

/** A file this call wrote, known by its inode so a failure never removes someone else's. */
interface OwnFile {
  file: string
  dev: number
  ino: number
}

function removeIfStillOurs(own: OwnFile): void {
  try {
    const now = fs.statSync(own.file)
    if (now.dev === own.dev && now.ino === own.ino) fs.rmSync(own.file, { force: true })
  } catch {
    // Already gone.
  }
}

/**
 * Writes the Word file and records it with its SHA-256 and version in one write transaction, so
 * concurrent exports (other processes, other servers on one PostgreSQL database) each get their
 * own version and every stored hash is that of the file on disk. The document is rendered before
 * the transaction from the state read then, and rendered again inside only when another export
 * of the same reference got there first. The file is written whole (temporary file, flush,
 * rename); if the transaction fails the file is removed, so nothing is left without a record.
 */
export async function writeExport(ctx: ServiceContext, job: ExportJob): Promise<ExportRecord> {
  const dir = path.join(ctx.dataDir!, 'exports')
  const guess = await stateOf(ctx, job.reference)
  let bytes = await job.render(guess)
  makePrivateDir(dir)
  let written: OwnFile | undefined
  try {
    return await inTransaction(ctx, async (tx) => {
      await lockDocumentNumbering(tx)
      let state = guess
      const earlier = await exportsOfReference(tx.db, job.reference)
      if (!sameExports(earlier, guess.earlier)) {
        state = await stateOf(tx, job.reference)
        bytes = await job.render(state)
      }
      const { version } = state
      const safeReference = job.reference.replace(/[^A-Za-z0-9-]+/g, '-')
      const fileName = `${safeReference}-v${version}-${job.language}.docx`
      const file = path.join(dir, fileName)
      writeFileAtomically(file, bytes)
      const { dev, ino } = fs.statSync(file)
      written = { file, dev, ino }
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      const id = await insertExport(tx.db, {
        ...job.record,
        reference: job.reference,
        doc_version: version,
        file_name: fileName,
        sha256,
        size: bytes.length,
        language: job.language,
        exported_at: tx.now(),
        exported_by: tx.actor,
      })
      await appendAudit(tx, {
        entityType: 'document',
        entityId: id,
        action: 'export',
        after: {
          reference: job.reference,
          version,
          fileName,
          sha256,
          snapshot: job.snapshotReference,
          auditHead: state.auditHead,
        },
      })
      return (await findExport(tx.db, id))!
    })
  } catch (e) {
    if (written) removeIfStillOurs(written)
    throw e
  }
}
