import type {
  FieldProblem,
  IntegrityRisk,
  RegisterFilter,
  Risk,
  RiskDetail,
  RiskReference,
  RiskTarget,
} from '../../../shared/contract'
import { bandForScore, isReviewOverdue, riskScore } from '../../../shared/domain/risk-rating'
import { filterRisks } from '../../../shared/domain/risk-register'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import type { Db } from '../db/database'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { getSettings } from '../settings/settings-service'
import {
  builtinPackIds,
  integrityFactors,
  listCatalogue,
  listFrameworks,
  listMatrices,
  listTargets,
  matricesById,
} from './risks-reference'
import {
  actionRows,
  allRiskRows,
  deleteAction,
  findRiskRow,
  insertAction,
  integrityRiskRows,
  insertRating,
  insertRisk,
  nextRiskCode,
  ratingRows,
  updateAction,
  updateRisk as updateRiskRow,
  type RiskRow,
} from './risks-repo'
import { checkRisk, problem, ratingsChanged, type RiskInput, type RiskUpdate } from './risks-rules'
import { loadLookups, loadViewContext, toRisk, toRiskDetail, type Lookups } from './risks-view'

const ENTITY = 'risk'

/** Today's date as the backend's clock sees it (UTC). */
export const todayOf = (ctx: ServiceContext): string => ctx.now().slice(0, 10)

async function mustFindRow(db: Db, id: number): Promise<RiskRow> {
  const row = await findRiskRow(db, id)
  if (!row) throw new AppFailure('not_found', 'This risk no longer exists.')
  return row
}

async function detail(
  ctx: ServiceContext,
  id: number,
  lookups?: Lookups,
  row?: RiskRow,
): Promise<RiskDetail> {
  const stored = row ?? (await mustFindRow(ctx.db, id))
  return toRiskDetail(stored, await loadViewContext(ctx.db, todayOf(ctx), id, lookups))
}

// What the audit trail keeps: the stored record and its actions, not what today computes.
function snapshot(r: RiskDetail) {
  const {
    ratings: _ratings,
    target: _target,
    objectiveIds: _objectiveIds,
    trend: _trend,
    acceptance: _acceptance,
    reviewOverdue: _reviewOverdue,
    overdueActionCount: _overdue,
    aboveTolerance: _above,
    ratingCount: _count,
    createdAt: _created,
    updatedAt: _updated,
    ...stored
  } = r
  return { ...stored, actions: r.actions.map(({ overdue: _o, version: _v, ...a }) => a) }
}

/** The register, optionally filtered (filters combine). */
export async function listRisks(ctx: ServiceContext, filter: RegisterFilter = {}) {
  const today = todayOf(ctx)
  const vc = await loadViewContext(ctx.db, today)
  const collator = new Intl.Collator('en', { numeric: true })
  // Rows of other statuses would be filtered out below: leave them in the database.
  const risks: Risk[] = (await allRiskRows(ctx.db, filter.status ?? 'active'))
    .map((row) => toRisk(row, vc))
    .sort((a, b) => collator.compare(a.code, b.code))
  return { today, risks: filterRisks(risks, filter), filter }
}

/** One risk with its rating history. */
export function getRisk(ctx: ServiceContext, id: number): Promise<RiskDetail> {
  return detail(ctx, id)
}

/** What the risk form offers: matrices, catalogue, frameworks, integrity factors, markings. */
export async function riskReference(ctx: ServiceContext): Promise<RiskReference> {
  const builtin = await builtinPackIds(ctx.db)
  const matrices = await listMatrices(ctx.db, builtin)
  const frameworks = await listFrameworks(ctx.db, builtin)
  return {
    matrices,
    defaultMatrixId: matrices.find((m) => !m.archived)?.id ?? null,
    catalogue: await listCatalogue(ctx.db, builtin),
    frameworks,
    integrityFactors: frameworks.filter((f) => f.kind === 'integrity').flatMap((f) => f.items),
    classifications: (await getSettings(ctx))?.classifications ?? ['OFFICIAL'],
  }
}

/** Objectives, outcomes, outputs and projects a risk can be linked to. */
export function riskTargets(ctx: ServiceContext): Promise<RiskTarget[]> {
  return listTargets(ctx.db)
}

/** Integrity risks with their factor, for the integrity view. */
export async function listIntegrityRisks(ctx: ServiceContext): Promise<IntegrityRisk[]> {
  const today = todayOf(ctx)
  const rows = await integrityRiskRows(ctx.db)
  if (rows.length === 0) return []
  const builtin = await builtinPackIds(ctx.db)
  const factors = new Map((await integrityFactors(ctx.db, builtin)).map((f) => [f.id, f]))
  const matrices = await matricesById(ctx.db, builtin)
  return rows.map((row) => {
    const residualScore = riskScore({
      likelihood: row.residual_likelihood,
      impact: row.residual_impact,
    })
    const factor = factors.get(row.integrity_factor_item_id!)
    const matrix = matrices.get(row.matrix_item_id)
    const residualBand = matrix ? bandForScore(matrix, residualScore) : undefined
    return {
      riskId: row.id,
      code: row.code,
      title: row.title,
      factorItemId: row.integrity_factor_item_id!,
      factorCode: factor?.code ?? '',
      factorTitle: factor?.title ?? '',
      residualScore,
      residualBand: residualBand
        ? { code: residualBand.code, name: residualBand.name, colour: residualBand.colour }
        : null,
      status: row.status,
      owner: row.owner,
      sensitivity: row.sensitivity,
      reviewOverdue: isReviewOverdue(
        {
          status: row.status,
          nextReview: row.next_review,
          response: row.response,
          acceptedUntil: row.accepted_until,
        },
        today,
      ),
    }
  })
}

// Adds, rewrites and removes treatment actions so the stored list matches the input.
async function syncActions(
  db: Db,
  riskId: number,
  actions: RiskInput['actions'],
  today: string,
  at: string,
): Promise<void> {
  const existing = new Map((await actionRows(db, riskId)).map((a) => [a.id, a]))
  const unknown = actions
    .map((a, i) => [a, i] as const)
    .filter(([a]) => a.id !== undefined && !existing.has(a.id))
  if (unknown.length > 0) {
    throw new AppFailure(
      'validation',
      'A treatment action no longer exists. Reload the risk, then edit again.',
      unknown.map(([, i]) =>
        problem(`actions.${i}.action`, 'unknown', 'This treatment action no longer exists.'),
      ),
    )
  }
  const kept = new Set(actions.map((a) => a.id).filter((id) => id !== undefined))
  for (const id of existing.keys()) if (!kept.has(id)) await deleteAction(db, id)
  for (const a of actions) {
    const old = a.id === undefined ? undefined : existing.get(a.id)
    const completedOn = a.status === 'done' ? (old?.completed_on ?? today) : null
    const write = {
      action: a.action,
      owner: a.owner,
      due_date: a.dueDate,
      status: a.status,
      completed_on: completedOn,
    }
    if (!old) await insertAction(db, riskId, write, at)
    else if (
      old.action !== a.action ||
      old.owner !== a.owner ||
      old.due_date !== a.dueDate ||
      old.status !== a.status
    )
      await updateAction(db, old.id, write, at)
  }
}

/** Adds a risk (free or from the catalogue) with its first rating. */
export function createRisk(ctx: ServiceContext, input: RiskInput): Promise<RiskDetail> {
  return inTransaction(ctx, async (tx) => {
    const today = todayOf(tx)
    const raisedOn = input.raisedOn ?? today
    const lookups = await loadLookups(tx.db)
    const write = await checkRisk(
      tx,
      input,
      undefined,
      today,
      { ratedOn: raisedOn, recorded: true },
      [],
      lookups.matrices,
    )
    const at = tx.now()
    const id = await insertRisk(tx.db, await nextRiskCode(tx.db), write, at)
    await insertRating(tx.db, {
      risk_id: id,
      rated_on: raisedOn,
      rated_at: at,
      rated_by: tx.actor,
      inherent_likelihood: write.inherent_likelihood,
      inherent_impact: write.inherent_impact,
      residual_likelihood: write.residual_likelihood,
      residual_impact: write.residual_impact,
      reason: '',
    })
    await syncActions(tx.db, id, input.actions, today, at)
    const after = await detail(tx, id, lookups)
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: id,
      action: 'create',
      after: snapshot(after),
    })
    return after
  })
}

function staleFailure(): AppFailure {
  return new AppFailure(
    'conflict',
    'Someone changed this risk after you opened it. Reload to see their version, then edit again.',
  )
}

/**
 * Saves an edit. A changed rating, or a reason given with unchanged ones (a review that confirms
 * them), is recorded in the history with who, when and why, and restarts the review clock.
 */
export function updateRisk(ctx: ServiceContext, input: RiskUpdate): Promise<RiskDetail> {
  return inTransaction(ctx, async (tx) => {
    const before = await mustFindRow(tx.db, input.id)
    if (before.version !== input.version) throw staleFailure()
    const today = todayOf(tx)
    const history = await ratingRows(tx.db, input.id)
    const last = history.at(-1)?.rated_on ?? before.raised_on
    const first = history[0]?.rated_on ?? before.raised_on
    const changed = ratingsChanged(input, before)
    const recorded = changed || input.ratingReason.trim() !== ''
    const ratedOn = recorded ? (input.ratedOn ?? today) : last
    const extra: FieldProblem[] = []
    if (changed && !input.ratingReason.trim()) {
      extra.push(
        problem(
          'ratingReason',
          'required',
          'Reason for re-rating is required when a likelihood or impact changes.',
        ),
      )
    }
    if (recorded && ratedOn > today)
      extra.push(problem('ratedOn', 'future', 'Date of re-rating cannot be later than today.'))
    if (recorded && ratedOn < last) {
      extra.push(
        problem(
          'ratedOn',
          'before_previous',
          `Date of re-rating cannot be earlier than the previous rating (${last}).`,
          { date: last },
        ),
      )
    }
    if (input.raisedOn && input.raisedOn > first) {
      extra.push(
        problem(
          'raisedOn',
          'after_first_rating',
          `Date raised cannot be later than the risk's first rating (${first}).`,
          { date: first },
        ),
      )
    }
    const lookups = await loadLookups(tx.db)
    const write = await checkRisk(
      tx,
      input,
      before,
      today,
      { ratedOn, recorded },
      extra,
      lookups.matrices,
    )
    const beforeDetail = await detail(tx, input.id, lookups, before)
    const at = tx.now()
    if (!(await updateRiskRow(tx.db, input.id, input.version, write, at))) throw staleFailure()
    if (recorded) {
      await insertRating(tx.db, {
        risk_id: input.id,
        rated_on: ratedOn,
        rated_at: at,
        rated_by: tx.actor,
        inherent_likelihood: write.inherent_likelihood,
        inherent_impact: write.inherent_impact,
        residual_likelihood: write.residual_likelihood,
        residual_impact: write.residual_impact,
        reason: input.ratingReason.trim(),
      })
    }
    await syncActions(tx.db, input.id, input.actions, today, at)
    const after = await detail(tx, input.id, lookups)
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: input.id,
      action: recorded ? 'rerate' : 'update',
      before: snapshot(beforeDetail),
      after: recorded
        ? { ...snapshot(after), rating: { ratedOn, reason: input.ratingReason.trim() } }
        : snapshot(after),
    })
    return after
  })
}

/** Closes a risk: it leaves the active register and owes no more reviews. */
export function closeRisk(ctx: ServiceContext, id: number, version: number): Promise<RiskDetail> {
  return inTransaction(ctx, async (tx) => {
    const row = await mustFindRow(tx.db, id)
    if (row.version !== version) throw staleFailure()
    if (row.status === 'closed') throw new AppFailure('conflict', 'This risk is already closed.')
    const lookups = await loadLookups(tx.db)
    const before = await detail(tx, id, lookups, row)
    const { id: _id, code: _code, version: _v, created_at: _c, updated_at: _u, ...write } = row
    if (!(await updateRiskRow(tx.db, id, version, { ...write, status: 'closed' }, tx.now())))
      throw staleFailure()
    const after = await detail(tx, id, lookups)
    await appendAudit(tx, {
      entityType: ENTITY,
      entityId: id,
      action: 'close',
      before: snapshot(before),
      after: snapshot(after),
    })
    return after
  })
}
