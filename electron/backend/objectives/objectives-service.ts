import type { Objective } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import {
  deleteObjective as removeRow,
  findObjective,
  findObjectiveByCode,
  insertObjective,
  listObjectives as listRows,
  updateObjective as updateRow,
  type ObjectiveFields,
} from './objectives-repo'

const ENTITY = 'objective'

function assertCodeFree(ctx: ServiceContext, code: string, exceptId?: number): void {
  const holder = findObjectiveByCode(ctx.db, code)
  if (holder && holder.id !== exceptId) {
    throw new AppFailure(
      'conflict',
      `Code ${code} is already used by objective "${holder.title}".`,
      [
        {
          path: 'code',
          code: 'duplicate',
          message: `Code ${code} is already used by objective "${holder.title}".`,
          params: { field: 'Code' },
        },
      ],
    )
  }
}

function mustFind(ctx: ServiceContext, id: number): Objective {
  const found = findObjective(ctx.db, id)
  if (!found) throw new AppFailure('not_found', 'This objective no longer exists.')
  return found
}

/** Every strategic objective. */
export function listObjectives(ctx: ServiceContext): Objective[] {
  return listRows(ctx.db)
}

/** Creates an objective. */
export function createObjective(ctx: ServiceContext, f: ObjectiveFields): Objective {
  return ctx.db.transaction(() => {
    assertCodeFree(ctx, f.code)
    const id = insertObjective(ctx.db, f, ctx.now())
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'create', after })
    return after
  })()
}

/** Updates an objective the user last saw at `version`. */
export function updateObjective(
  ctx: ServiceContext,
  input: ObjectiveFields & { id: number; version: number },
): Objective {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, input.id)
    if (before.version !== input.version) {
      throw new AppFailure(
        'conflict',
        'Someone changed this objective after you opened it. Reload to see their version, then edit again.',
      )
    }
    assertCodeFree(ctx, input.code, input.id)
    const { id, version, ...fields } = input
    updateRow(ctx.db, id, version, fields, ctx.now())
    const after = mustFind(ctx, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'update', before, after })
    return after
  })()
}

/** Deletes an objective; its last state stays in the audit trail. */
export function deleteObjective(ctx: ServiceContext, id: number): { id: number } {
  return ctx.db.transaction(() => {
    const before = mustFind(ctx, id)
    removeRow(ctx.db, id)
    appendAudit(ctx, { entityType: ENTITY, entityId: id, action: 'delete', before })
    return { id }
  })()
}
