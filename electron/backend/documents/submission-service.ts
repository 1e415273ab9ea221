import type { Submission } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/connection'
import { AppFailure } from '../errors'

type Row = Record<string, unknown>
type Fields = Omit<Submission, 'id' | 'status' | 'version' | 'updatedAt'>

const COLUMNS: [keyof Fields, string][] = [
  ['title', 'title'],
  ['reference', 'reference'],
  ['addressee', 'addressee'],
  ['issue', 'issue'],
  ['recommendation', 'recommendation'],
  ['timing', 'timing'],
  ['background', 'background'],
  ['options', 'options'],
  ['implFinancial', 'impl_financial'],
  ['implLegal', 'impl_legal'],
  ['implStaffing', 'impl_staffing'],
  ['implRisk', 'impl_risk'],
  ['implIntegrity', 'impl_integrity'],
]

function toSubmission(r: Row): Submission {
  const s = Object.fromEntries(
    COLUMNS.map(([k, c]) => [k, String(r[c] ?? '')]),
  ) as unknown as Submission
  return {
    ...s,
    decisions: JSON.parse(String(r.decisions_json)) as string[],
    annexes: JSON.parse(String(r.annexes_json)) as Submission['annexes'],
    id: Number(r.id),
    status: r.status as Submission['status'],
    version: Number(r.version),
    updatedAt: String(r.updated_at),
  }
}

/** One submission, or undefined. */
export function findSubmission(db: Db, id: number): Submission | undefined {
  const r = db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as Row | undefined
  return r && toSubmission(r)
}

/** The most recently edited submission, if any. */
export function latestSubmission(db: Db): Submission | undefined {
  const r = db
    .prepare('SELECT * FROM submissions ORDER BY updated_at DESC, id DESC LIMIT 1')
    .get() as Row | undefined
  return r && toSubmission(r)
}

/** Every submission, most recent first. */
export function listSubmissions(ctx: ServiceContext): Submission[] {
  return (
    ctx.db.prepare('SELECT * FROM submissions ORDER BY updated_at DESC, id DESC').all() as Row[]
  ).map(toSubmission)
}

/** Creates (no id) or updates (id + version) a submission. */
export function saveSubmission(
  ctx: ServiceContext,
  input: Fields & { id?: number; version?: number },
): Submission {
  return ctx.db.transaction(() => {
    const at = ctx.now()
    const values = {
      ...Object.fromEntries(COLUMNS.map(([k, c]) => [c, input[k]])),
      decisions_json: JSON.stringify(input.decisions),
      annexes_json: JSON.stringify(input.annexes),
      at,
    }
    if (input.id === undefined) {
      const cols = COLUMNS.map(([, c]) => c)
      const r = ctx.db
        .prepare(
          `INSERT INTO submissions (${cols.join(', ')}, decisions_json, annexes_json, created_at, updated_at)
           VALUES (${cols.map((c) => `@${c}`).join(', ')}, @decisions_json, @annexes_json, @at, @at)`,
        )
        .run(values)
      const after = findSubmission(ctx.db, Number(r.lastInsertRowid))!
      appendAudit(ctx, { entityType: 'submission', entityId: after.id, action: 'create', after })
      return after
    }
    const before = findSubmission(ctx.db, input.id)
    if (!before) throw new AppFailure('not_found', 'This submission no longer exists.')
    if (input.version !== before.version) {
      throw new AppFailure(
        'conflict',
        'Someone changed this submission after you opened it. Reload, then edit again.',
      )
    }
    ctx.db
      .prepare(
        `UPDATE submissions SET ${COLUMNS.map(([, c]) => `${c} = @${c}`).join(', ')}, decisions_json = @decisions_json,
           annexes_json = @annexes_json, version = version + 1, updated_at = @at WHERE id = @id`,
      )
      .run({ ...values, id: input.id })
    const after = findSubmission(ctx.db, input.id)!
    appendAudit(ctx, {
      entityType: 'submission',
      entityId: after.id,
      action: 'update',
      before,
      after,
    })
    return after
  })()
}

/** Deletes a draft submission; one with a sign-off snapshot is kept. */
export function deleteSubmission(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = findSubmission(ctx.db, id)
    if (!before) throw new AppFailure('not_found', 'This submission no longer exists.')
    const used = ctx.db
      .prepare('SELECT count(*) AS n FROM snapshots WHERE submission_id = ?')
      .get(id) as { n: number }
    if (used.n > 0)
      throw new AppFailure(
        'conflict',
        'This submission was prepared for sign-off; it is kept with its snapshot.',
      )
    ctx.db.prepare('DELETE FROM submissions WHERE id = ?').run(id)
    appendAudit(ctx, { entityType: 'submission', entityId: id, action: 'delete', before })
    return { id }
  })()
}
