import fs from 'node:fs'
import path from 'node:path'
import type { AuditAnchor } from '../audit/audit-chain'
import { auditHeadOfDatabaseFile, checkAnchor } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { readDocxAnchor } from './docx-anchor'
import { looksLikeZip } from './zip-entry'

/** The outcome of checking the trail against an entry recorded in a file outside it. */
export interface AnchorCheck {
  /**
   * `holds`: the trail still contains the entry and verifies; `broken`: it does not;
   * `unusable`: the file is not a Capstan document or database, or records no audit entry.
   */
  outcome: 'holds' | 'broken' | 'unusable'
  /** One sentence for the user. */
  message: string
  /** The entry the file recorded, when it recorded one. */
  anchor: AuditAnchor | null
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1')

const short = (hash: string) => `${hash.slice(0, 12)}…`
const day = (iso: string) => (iso ? ` on ${iso.slice(0, 10)}` : '')

function firstBytes(file: string, n: number): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const buf = Buffer.alloc(n)
    return buf.subarray(0, fs.readSync(fd, buf, 0, n, 0))
  } finally {
    fs.closeSync(fd)
  }
}

// The first bytes tell a Word file (a ZIP archive) from an SQLite database; a database, which can
// be large, is then opened read-only rather than read whole.
function readHead(file: string): { anchor: AuditAnchor | null; kind: string } {
  const start = firstBytes(file, SQLITE_MAGIC.length)
  if (looksLikeZip(start))
    return { anchor: readDocxAnchor(fs.readFileSync(file)), kind: 'document' }
  if (start.equals(SQLITE_MAGIC)) return { anchor: auditHeadOfDatabaseFile(file), kind: 'database' }
  throw new Error('neither a Word document nor an SQLite database')
}

/**
 * Checks the current audit trail against the head recorded in FILE: a Word document Capstan
 * exported (its custom properties) or an SQLite backup or database (its newest audit entry, read
 * with the file opened read-only). The trail must still hold that exact entry (same number, same
 * hash) and verify from its first entry to its head.
 */
export async function verifyAgainstFile(ctx: ServiceContext, file: string): Promise<AnchorCheck> {
  const name = path.basename(file)
  let head: { anchor: AuditAnchor | null; kind: string }
  try {
    head = readHead(file)
  } catch {
    return {
      outcome: 'unusable',
      anchor: null,
      message: `${name} is neither a Word document exported by Capstan nor a Capstan backup or database, so it records no audit entry to check against.`,
    }
  }
  const { anchor } = head
  if (!anchor)
    return {
      outcome: 'unusable',
      anchor: null,
      message:
        head.kind === 'document'
          ? `${name} records no audit entry: it was exported by an earlier Capstan, or not by Capstan.`
          : `${name} holds an empty audit trail, so there is no entry to check against.`,
    }
  const state = await checkAnchor(ctx, anchor)
  const entry = `entry #${anchor.seq}`
  const recorded = `recorded in ${name}${day(anchor.recordedAt)}`
  let message: string
  switch (state.state) {
    case 'intact':
      message = `The audit trail still contains ${entry} recorded in ${name} (hash ${short(anchor.hash)}): intact.`
      break
    case 'rewritten':
      message = `Entry #${anchor.seq} in the trail no longer matches the one ${recorded}: the trail was rewritten after that date.`
      break
    case 'missing':
      message = `Entry #${anchor.seq} ${recorded} is no longer in the trail (${state.headSeq ? `it now ends at #${state.headSeq}` : 'it is now empty'}): entries were removed after that date.`
      break
    case 'broken':
      message = `The audit trail still contains ${entry} recorded in ${name}, but its chain is broken: ${state.problem} Run "capstan audit verify" for details.`
  }
  return { outcome: state.state === 'intact' ? 'holds' : 'broken', anchor, message }
}
