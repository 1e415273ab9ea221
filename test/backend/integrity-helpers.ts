import { sql } from 'kysely'
import type { Backend } from '../../electron/backend/backend'
import type { IntegrityData, LibraryItemKind, RiskStatus } from '../../shared/contract'
import type { Direction } from '../../shared/domain/rag'
import { count, sampleSettings, tempBackend } from '../helpers/temp-backend'

/** The success value of a call, or a thrown error showing the failure envelope. */
export const value = <T>(r: { ok: boolean; value?: unknown }): T => {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r)}`)
  return r.value as T
}

/** The failure envelope of a call that must fail. */
export const failure = (r: {
  ok: boolean
  error?: { code: string; message: string; details?: { path: string; message: string }[] }
}) => {
  if (r.ok || !r.error) throw new Error(`expected a failure, got ${JSON.stringify(r)}`)
  return r.error
}

/** A backend with the built-in pack (RAD framework) and three classification markings. */
export async function integrityBackend(now?: () => string): Promise<Backend> {
  const b = await tempBackend({ installBuiltinPack: true, ...(now ? { now } : {}) })
  value(
    await b.call('settings:save', {
      ...sampleSettings,
      classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED'],
    }),
  )
  return b
}

/** `integrity:get` for the default framework. */
export const getData = async (b: Backend): Promise<IntegrityData> =>
  value(await b.call('integrity:get', {}))

/** The id of the RAD factor with this code, e.g. "RAD.3". */
export function factorId(data: IntegrityData, code: string): number {
  const f = data.framework?.factors.find((x) => x.code === code)
  if (!f) throw new Error(`no factor ${code}`)
  return f.id
}

/** Number of audit entries. */
export const auditCount = (b: Backend): Promise<number> => count(b, 'audit_log')

/** The id of the first library item of a kind (and scope/code), e.g. a risk matrix. */
export async function itemId(
  b: Backend,
  kind: LibraryItemKind,
  where: { code?: string; scope?: string } = {},
): Promise<number> {
  let q = b.ctx.db.selectFrom('library_items').select('id').where('kind', '=', kind)
  if (where.code !== undefined) q = q.where('code', '=', where.code)
  if (where.scope !== undefined) q = q.where('scope', '=', where.scope)
  const row = await q.orderBy('id').limit(1).executeTakeFirstOrThrow()
  return row.id
}

/** Inserts a risk row directly (the risk register service is another domain's). */
export async function insertRisk(
  b: Backend,
  r: { code: string; factorId: number | null; l: number; i: number; status?: RiskStatus },
): Promise<void> {
  const matrix = await itemId(b, 'risk_matrix')
  await b.ctx.db
    .insertInto('risks')
    .values({
      code: r.code,
      title: `Risk ${r.code}`,
      category: 'integrity',
      matrix_item_id: matrix,
      scope_type: 'programme',
      raised_on: '2026-01-10',
      inherent_likelihood: 5,
      inherent_impact: 5,
      response: 'mitigate',
      residual_likelihood: r.l,
      residual_impact: r.i,
      status: r.status ?? 'open',
      next_review: '2027-01-10',
      integrity: 1,
      integrity_factor_item_id: r.factorId,
      created_at: 't',
      updated_at: 't',
    })
    .execute()
}

/** Adds an indicator row directly (the indicators service is another domain's); returns its id. */
export async function insertIndicator(
  b: Backend,
  i: { code: string; name: string; direction: Direction; objectiveId: number },
): Promise<number> {
  const row = await b.ctx.db
    .insertInto('indicators')
    .values({
      code: i.code,
      name: i.name,
      direction: i.direction,
      frequency: 'yearly',
      objective_id: i.objectiveId,
      created_at: 't',
      updated_at: 't',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Audit actions recorded for one entity type, oldest first. */
export async function auditActions(b: Backend, entityType: string): Promise<string[]> {
  const rows = await b.ctx.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity_type', '=', entityType)
    .orderBy('seq')
    .execute()
  return rows.map((r) => r.action)
}

/**
 * Makes every audit append fail with "audit down", to show a change rolls back with its entry:
 * a temporary trigger on SQLite, a trigger on the test's own database on PostgreSQL.
 */
export async function breakAudit(b: Backend): Promise<void> {
  if (b.ctx.engine === 'postgres') {
    await sql`CREATE FUNCTION capstan_test_no_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit down'; END $$`.execute(b.ctx.db)
    await sql`CREATE TRIGGER no_audit BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION capstan_test_no_audit()`.execute(b.ctx.db)
    return
  }
  await sql`CREATE TEMP TRIGGER no_audit BEFORE INSERT ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit down'); END`.execute(b.ctx.db)
}
