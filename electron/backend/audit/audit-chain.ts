import { createHash } from 'node:crypto'

/** The hash that precedes the first entry. */
export const GENESIS_HASH = '0'.repeat(64)

/**
 * One entry of the trail as recorded outside the database (in an exported document or a backup):
 * its number, its hash, and when the outside copy says it was taken.
 */
export interface AuditAnchor {
  seq: number
  hash: string
  /** ISO-8601: when the document was exported, or when the entry was written (a backup). */
  recordedAt: string
}

/** The columns of an audit row that the hash covers. */
export interface AuditRow {
  seq: number
  at: string
  actor: string
  entity_type: string
  entity_id: string
  action: string
  before_json: string | null
  after_json: string | null
  prev_hash: string
  hash: string
}

/** SHA-256 over every column but the hash itself, in a fixed order. */
export function hashEntry(row: Omit<AuditRow, 'hash'>): string {
  const content = JSON.stringify([
    row.seq,
    row.at,
    row.actor,
    row.entity_type,
    row.entity_id,
    row.action,
    row.before_json,
    row.after_json,
    row.prev_hash,
  ])
  return createHash('sha256').update(content, 'utf8').digest('hex')
}

/** Finds the first break in a chain of rows ordered by seq; `highestIssued` detects tail loss. */
export async function findChainBreak(
  rows: Iterable<AuditRow> | AsyncIterable<AuditRow>,
  highestIssued: () => Promise<number> | number,
): Promise<{ checked: number; firstBad?: { seq: number; problem: string } }> {
  let expectedSeq = 1
  let prevHash = GENESIS_HASH
  let checked = 0
  for await (const row of rows) {
    if (row.seq !== expectedSeq) {
      return {
        checked,
        firstBad: {
          seq: expectedSeq,
          problem: `Entry #${expectedSeq} is missing (the next entry found is #${row.seq}).`,
        },
      }
    }
    if (row.prev_hash !== prevHash) {
      return {
        checked,
        firstBad: {
          seq: row.seq,
          problem: `Entry #${row.seq} does not follow the entry before it.`,
        },
      }
    }
    if (hashEntry(row) !== row.hash) {
      return {
        checked,
        firstBad: { seq: row.seq, problem: `Entry #${row.seq} was altered after it was written.` },
      }
    }
    prevHash = row.hash
    expectedSeq++
    checked++
  }
  const issued = await highestIssued()
  if (issued > checked) {
    return {
      checked,
      firstBad: {
        seq: checked + 1,
        problem: `Entries #${checked + 1} to #${issued} are missing from the end of the trail.`,
      },
    }
  }
  return { checked }
}
