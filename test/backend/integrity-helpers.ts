import type { Backend } from '../../electron/backend/backend'
import type { IntegrityData } from '../../shared/contract'
import { sampleSettings, tempBackend } from '../helpers/temp-backend'

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
export function integrityBackend(now?: () => string): Backend {
  const b = tempBackend({ installBuiltinPack: true, ...(now ? { now } : {}) })
  value(
    b.call('settings:save', {
      ...sampleSettings,
      classifications: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'RESTRICTED'],
    }),
  )
  return b
}

/** `integrity:get` for the default framework. */
export const getData = (b: Backend): IntegrityData => value(b.call('integrity:get', {}))

/** The id of the RAD factor with this code, e.g. "RAD.3". */
export function factorId(data: IntegrityData, code: string): number {
  const f = data.framework?.factors.find((x) => x.code === code)
  if (!f) throw new Error(`no factor ${code}`)
  return f.id
}

/** Number of audit entries. */
export const auditCount = (b: Backend): number =>
  b.ctx.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number

/** Inserts a risk row directly (the risk register service is another domain's). */
export function insertRisk(
  b: Backend,
  r: { code: string; factorId: number | null; l: number; i: number; status?: string },
): void {
  const matrix = b.ctx.db
    .prepare("SELECT id FROM library_items WHERE kind = 'risk_matrix' LIMIT 1")
    .pluck()
    .get() as number
  b.ctx.db
    .prepare(
      `INSERT INTO risks (code, title, category, matrix_item_id, scope_type, raised_on,
         inherent_likelihood, inherent_impact, response, residual_likelihood, residual_impact,
         status, next_review, integrity, integrity_factor_item_id, created_at, updated_at)
       VALUES (@code, @title, 'integrity', @matrix, 'programme', '2026-01-10', 5, 5, 'mitigate',
         @l, @i, @status, '2027-01-10', 1, @factorId, 't', 't')`,
    )
    .run({ ...r, title: `Risk ${r.code}`, matrix, status: r.status ?? 'open' })
}
