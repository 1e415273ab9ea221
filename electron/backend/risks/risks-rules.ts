// Checks a risk against the rules that need the database (matrix, links, settings) and turns the
// input into the columns to write. Every problem is collected so the user sees them all at once.
import type { z } from 'zod'
import type {
  FieldProblem,
  RiskMatrix,
  riskCreateInput,
  riskUpdateInput,
} from '../../../shared/contract'
import { localise } from '../../../shared/contract'
import {
  bandOf,
  effectiveNextReview,
  matrixSize,
  missingAcceptanceFields,
} from '../../../shared/domain/risk-rating'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { planItemExists } from '../plan/plan-read'
import { getSettings } from '../settings/settings-service'
import { findLibraryItem, findMatrix, isIntegrityFactor, listMatrices } from './risks-reference'
import type { RiskRow, RiskWrite } from './risks-repo'

/** A validated create input. */
export type RiskInput = z.output<typeof riskCreateInput>
/** A validated update input. */
export type RiskUpdate = z.output<typeof riskUpdateInput>

/** A problem with a rule name the interface can translate (`risks.problems.rules.<rule>`). */
export function problem(
  path: string,
  rule: string,
  message: string,
  params: Record<string, string | number> = {},
): FieldProblem {
  return {
    path,
    code: rule === 'required' ? 'required' : 'invalid',
    message,
    params: { rule, ...params },
  }
}

/** Throws the collected problems as one validation failure. */
export function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length === 0) return
  const first = problems[0]!.message
  const message = problems.length > 1 ? `${first} (and ${problems.length - 1} more)` : first
  throw new AppFailure('validation', message, problems)
}

const RATING_FIELDS = [
  ['inherentLikelihood', 'Inherent likelihood', 'likelihood'],
  ['inherentImpact', 'Inherent impact', 'impact'],
  ['residualLikelihood', 'Residual likelihood', 'likelihood'],
  ['residualImpact', 'Residual impact', 'impact'],
] as const

async function pickMatrix(
  ctx: ServiceContext,
  input: RiskInput,
  before: RiskRow | undefined,
  problems: FieldProblem[],
  known?: Map<number, RiskMatrix>,
): Promise<RiskMatrix | undefined> {
  const offered = known ? [...known.values()] : await listMatrices(ctx.db)
  const wanted =
    input.matrixItemId ?? before?.matrix_item_id ?? offered.find((m) => !m.archived)?.id
  if (wanted === undefined) {
    problems.push(
      problem(
        'matrixItemId',
        'no_matrix',
        'No risk matrix is installed. Import a template pack that has one, then add the risk.',
      ),
    )
    return undefined
  }
  const matrix = known ? known.get(wanted) : await findMatrix(ctx.db, wanted)
  if (!matrix) problems.push(problem('matrixItemId', 'unknown', 'This risk matrix does not exist.'))
  // A matrix archived by a pack upgrade stays with the risks rated on it, but takes no new ones.
  else if (matrix.archived && wanted !== before?.matrix_item_id)
    problems.push(
      problem('matrixItemId', 'archived', 'This risk matrix was archived; choose another.'),
    )
  return matrix
}

function checkLevels(matrix: RiskMatrix, input: RiskInput, problems: FieldProblem[]): void {
  const size = matrixSize(matrix)
  const name = localise(matrix.name, 'en')
  for (const [field, label, axis] of RATING_FIELDS) {
    const max = size[axis]
    if (input[field] > max) {
      problems.push(
        problem(
          field,
          'off_matrix',
          `${label} must be a level of the matrix “${name}”: from 1 to ${max}.`,
          { field: label, max },
        ),
      )
    }
  }
}

async function checkLinks(
  ctx: ServiceContext,
  input: RiskInput,
  problems: FieldProblem[],
): Promise<void> {
  const { db } = ctx
  if (input.scopeType !== 'programme') {
    if (input.scopeId === null) {
      problems.push(
        problem('scopeId', 'required', `Linked to is required: choose the ${input.scopeType}.`),
      )
    } else if (!(await planItemExists(db, input.scopeType, input.scopeId))) {
      problems.push(
        problem(
          'scopeId',
          'unknown',
          `The ${input.scopeType} chosen under Linked to no longer exists.`,
        ),
      )
    }
  }
  const checkItem = async (field: string, id: number | null, kind: string, what: string) => {
    if (id === null) return
    if ((await findLibraryItem(db, id))?.kind !== kind)
      problems.push(problem(field, 'unknown', `The ${what} chosen does not exist.`))
  }
  await checkItem('frameworkItemId', input.frameworkItemId, 'framework_item', 'framework item')
  await checkItem('catalogueItemId', input.catalogueItemId, 'risk_template', 'catalogue entry')
  if (input.integrity) {
    if (input.integrityFactorId === null) {
      problems.push(
        problem(
          'integrityFactorId',
          'required',
          'Integrity factor is required for an integrity risk: choose the factor it concerns.',
        ),
      )
    } else if (!(await isIntegrityFactor(db, input.integrityFactorId))) {
      problems.push(
        problem('integrityFactorId', 'unknown', 'The integrity factor chosen does not exist.'),
      )
    }
  }
  // Settings always list at least one marking, so only a higher sensitivity needs reading them.
  const markings =
    input.sensitivity > 1 ? ((await getSettings(ctx))?.classifications.length ?? 1) : 1
  if (input.sensitivity > markings) {
    problems.push(
      problem(
        'sensitivity',
        'unknown_marking',
        'Sensitivity must be one of the classification markings listed in Settings.',
      ),
    )
  }
}

function checkAcceptance(
  matrix: RiskMatrix,
  input: RiskInput,
  before: RiskRow | undefined,
  today: string,
  problems: FieldProblem[],
): void {
  if (input.response !== 'accept') return
  const band = bandOf(matrix, {
    likelihood: input.residualLikelihood,
    impact: input.residualImpact,
  })
  const tolerable = band?.tolerable !== false
  const labels = {
    acceptedBy: 'Accepted by',
    acceptanceReason: 'Reason for acceptance',
    acceptedUntil: 'Accepted until',
  }
  for (const field of missingAcceptanceFields(input, tolerable)) {
    problems.push(
      problem(
        field,
        'acceptance_required',
        `${labels[field]} is required to accept a risk rated above the tolerance of the matrix (${localise(band?.name ?? '', 'en')}).`,
        { field: labels[field] },
      ),
    )
  }
  // A new or renewed acceptance must run into the future; an old one may have lapsed.
  const renewed = input.acceptedUntil !== (before?.accepted_until ?? null)
  if (input.acceptedUntil && renewed && input.acceptedUntil <= today) {
    problems.push(
      problem('acceptedUntil', 'not_future', 'Accepted until must be a date after today.'),
    )
  }
}

/** True when any of the four levels differ from the stored ones. */
export function ratingsChanged(input: RiskInput, before: RiskRow): boolean {
  return (
    input.inherentLikelihood !== before.inherent_likelihood ||
    input.inherentImpact !== before.inherent_impact ||
    input.residualLikelihood !== before.residual_likelihood ||
    input.residualImpact !== before.residual_impact
  )
}

const nullIfBlank = (s: string | null) => (s && s.trim() ? s.trim() : null)

/**
 * Validates and returns the columns to write. `ratedOn` is the date of the rating the review date
 * counts from: the new rating's when one is recorded, else the latest one's. `matrices`, every
 * matrix by id when the caller has them loaded already, saves reading them again.
 */
export async function checkRisk(
  ctx: ServiceContext,
  input: RiskInput,
  before: RiskRow | undefined,
  today: string,
  rating: { ratedOn: string; recorded: boolean },
  extra: FieldProblem[] = [],
  matrices?: Map<number, RiskMatrix>,
): Promise<RiskWrite> {
  const problems: FieldProblem[] = [...extra]
  const matrix = await pickMatrix(ctx, input, before, problems, matrices)
  if (matrix) checkLevels(matrix, input, problems)
  await checkLinks(ctx, input, problems)
  const raisedOn = input.raisedOn ?? before?.raised_on ?? today
  if (raisedOn > today)
    problems.push(problem('raisedOn', 'future', 'Date raised cannot be later than today.'))
  if (matrix) checkAcceptance(matrix, input, before, today, problems)
  // An unchanged date is the one shown in the form: after a re-rating it gives way to the new one.
  const userDate =
    rating.recorded && input.nextReview === before?.next_review ? null : input.nextReview
  if (userDate !== null && userDate < rating.ratedOn) {
    problems.push(
      problem(
        'nextReview',
        'before_rating',
        `Next review cannot be earlier than the date of the latest rating (${rating.ratedOn}).`,
        { date: rating.ratedOn },
      ),
    )
  }
  throwIfAny(problems)
  const review = effectiveNextReview({
    matrix: matrix!,
    ratedOn: rating.ratedOn,
    residual: { likelihood: input.residualLikelihood, impact: input.residualImpact },
    userDate,
  })
  const accept = input.response === 'accept'
  const scopeId = input.scopeType === 'programme' ? null : input.scopeId
  return {
    title: input.title,
    cause: input.cause,
    event: input.event,
    consequence: input.consequence,
    category: input.category,
    catalogue_item_id: input.catalogueItemId,
    matrix_item_id: matrix!.id,
    scope_type: input.scopeType,
    objective_id: input.scopeType === 'objective' ? scopeId : null,
    project_id: input.scopeType === 'project' ? scopeId : null,
    result_id: input.scopeType === 'result' ? scopeId : null,
    framework_item_id: input.frameworkItemId,
    owner: input.owner,
    raised_on: raisedOn,
    inherent_likelihood: input.inherentLikelihood,
    inherent_impact: input.inherentImpact,
    existing_controls: input.existingControls,
    response: input.response,
    residual_likelihood: input.residualLikelihood,
    residual_impact: input.residualImpact,
    status: input.status,
    next_review: review.nextReview,
    review_overridden: review.overridden ? 1 : 0,
    integrity: input.integrity ? 1 : 0,
    integrity_factor_item_id: input.integrity ? input.integrityFactorId : null,
    accepted_by: accept ? nullIfBlank(input.acceptedBy) : null,
    acceptance_reason: accept ? nullIfBlank(input.acceptanceReason) : null,
    accepted_until: accept ? input.acceptedUntil : null,
    sensitivity: input.sensitivity,
  }
}
