import type { Selectable } from 'kysely'
import type { Submission } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import type { SubmissionsTable } from './documents-tables'

type Fields = Omit<Submission, 'id' | 'status' | 'version' | 'updatedAt'>
type Row = Selectable<SubmissionsTable>
type TextColumn = Exclude<
  keyof Row,
  'id' | 'version' | 'status' | 'decisions_json' | 'annexes_json' | 'created_at' | 'updated_at'
>
type TextField = Exclude<keyof Fields, 'decisions' | 'annexes'>

const COLUMNS: [TextField, TextColumn][] = [
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
  const s = Object.fromEntries(COLUMNS.map(([k, c]) => [k, r[c] ?? ''])) as Record<
    TextField,
    string
  >
  return {
    ...s,
    decisions: JSON.parse(r.decisions_json) as string[],
    annexes: JSON.parse(r.annexes_json) as Submission['annexes'],
    id: r.id,
    status: r.status,
    version: Number(r.version),
    updatedAt: r.updated_at,
  }
}

/** One submission, or undefined. */
export async function findSubmission(db: Db, id: number): Promise<Submission | undefined> {
  const r = await db.selectFrom('submissions').selectAll().where('id', '=', id).executeTakeFirst()
  return r && toSubmission(r)
}

const newestFirst = (db: Db) =>
  db.selectFrom('submissions').selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc')

/** The most recently edited submission, if any. */
export async function latestSubmission(db: Db): Promise<Submission | undefined> {
  const r = await newestFirst(db).limit(1).executeTakeFirst()
  return r && toSubmission(r)
}

/** Marks a submission as decided (its sign-off decisions were recorded). */
export async function markSubmissionDecided(db: Db, id: number, at: string): Promise<void> {
  await db
    .updateTable('submissions')
    .set({ status: 'decided', updated_at: at })
    .where('id', '=', id)
    .execute()
}

/** Every submission, most recent first. */
export async function listSubmissions(ctx: ServiceContext): Promise<Submission[]> {
  const rows = await newestFirst(ctx.db).execute()
  return rows.map(toSubmission)
}

/** Creates (no id) or updates (id + version) a submission. */
export function saveSubmission(
  ctx: ServiceContext,
  input: Fields & { id?: number; version?: number },
): Promise<Submission> {
  return inTransaction(ctx, async (tx) => {
    const at = tx.now()
    const values = {
      ...(Object.fromEntries(COLUMNS.map(([k, c]) => [c, input[k]])) as Record<TextColumn, string>),
      decisions_json: JSON.stringify(input.decisions),
      annexes_json: JSON.stringify(input.annexes),
      updated_at: at,
    }
    if (input.id === undefined) {
      const { id } = await tx.db
        .insertInto('submissions')
        .values({ ...values, created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow()
      const after = (await findSubmission(tx.db, id))!
      await appendAudit(tx, {
        entityType: 'submission',
        entityId: after.id,
        action: 'create',
        after,
      })
      return after
    }
    const before = await findSubmission(tx.db, input.id)
    if (!before) throw new AppFailure('not_found', 'This submission no longer exists.')
    const conflict = () =>
      new AppFailure(
        'conflict',
        'Someone changed this submission after you opened it. Reload, then edit again.',
      )
    if (input.version !== before.version) throw conflict()
    const r = await tx.db
      .updateTable('submissions')
      .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .executeTakeFirst()
    if (Number(r.numUpdatedRows) !== 1) throw conflict()
    const after = (await findSubmission(tx.db, input.id))!
    await appendAudit(tx, {
      entityType: 'submission',
      entityId: after.id,
      action: 'update',
      before,
      after,
    })
    return after
  })
}

/** Deletes a draft submission; one with a sign-off snapshot is kept. */
export function deleteSubmission(ctx: ServiceContext, id: number): Promise<{ id: number }> {
  return inTransaction(ctx, async (tx) => {
    const before = await findSubmission(tx.db, id)
    if (!before) throw new AppFailure('not_found', 'This submission no longer exists.')
    const used = await tx.db
      .selectFrom('snapshots')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('submission_id', '=', id)
      .executeTakeFirstOrThrow()
    if (Number(used.n) > 0)
      throw new AppFailure(
        'conflict',
        'This submission was prepared for sign-off; it is kept with its snapshot.',
      )
    await tx.db.deleteFrom('submissions').where('id', '=', id).execute()
    await appendAudit(tx, { entityType: 'submission', entityId: id, action: 'delete', before })
    return { id }
  })
}
