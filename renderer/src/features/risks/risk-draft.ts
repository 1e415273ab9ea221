import type {
  ChannelInput,
  RiskActionStatus,
  Risk,
  RiskMatrix,
  RiskResponse,
  RiskScope,
  RiskStatus,
  RiskTemplate,
} from '../../../../shared/contract'
import { localise } from '../../../../shared/contract'
import { computedNextReview } from '../../../../shared/domain/risk-rating'

/** One treatment action being edited; `key` keeps React rows stable before it has an id. */
export interface ActionDraft {
  key: string
  id?: number
  action: string
  owner: string
  dueDate: string
  status: RiskActionStatus
}

/** Everything the risk form edits. Levels are null until chosen. */
export interface RiskDraft {
  catalogueItemId: number | null
  title: string
  category: string
  cause: string
  event: string
  consequence: string
  matrixItemId: number | null
  /** 'programme' or '<type>:<id>', e.g. 'objective:3'. */
  target: string
  frameworkItemId: number | null
  owner: string
  raisedOn: string
  inherentLikelihood: number | null
  inherentImpact: number | null
  existingControls: string
  response: RiskResponse
  residualLikelihood: number | null
  residualImpact: number | null
  status: RiskStatus
  /** '' keeps the computed review date. */
  nextReview: string
  integrity: boolean
  integrityFactorId: number | null
  acceptedBy: string
  acceptanceReason: string
  acceptedUntil: string
  sensitivity: number
  actions: ActionDraft[]
  ratingReason: string
  ratedOn: string
}

let counter = 0
/** A fresh key for a new action row. */
export const newActionKey = (): string => `new-${++counter}`

/** An empty form for a new risk raised today. */
export function emptyDraft(today: string, matrixId: number | null): RiskDraft {
  return {
    catalogueItemId: null,
    title: '',
    category: '',
    cause: '',
    event: '',
    consequence: '',
    matrixItemId: matrixId,
    target: 'programme',
    frameworkItemId: null,
    owner: '',
    raisedOn: today,
    inherentLikelihood: null,
    inherentImpact: null,
    existingControls: '',
    response: 'mitigate',
    residualLikelihood: null,
    residualImpact: null,
    status: 'open',
    nextReview: '',
    integrity: false,
    integrityFactorId: null,
    acceptedBy: '',
    acceptanceReason: '',
    acceptedUntil: '',
    sensitivity: 1,
    actions: [],
    ratingReason: '',
    ratedOn: today,
  }
}

/** The form filled from a stored risk. */
export function draftFromRisk(r: Risk, today: string): RiskDraft {
  return {
    catalogueItemId: r.catalogueItemId,
    title: r.title,
    category: r.category,
    cause: r.cause,
    event: r.event,
    consequence: r.consequence,
    matrixItemId: r.matrixItemId,
    target: r.scopeType === 'programme' ? 'programme' : `${r.scopeType}:${r.scopeId}`,
    frameworkItemId: r.frameworkItemId,
    owner: r.owner,
    raisedOn: r.raisedOn,
    inherentLikelihood: r.inherentLikelihood,
    inherentImpact: r.inherentImpact,
    existingControls: r.existingControls,
    response: r.response,
    residualLikelihood: r.residualLikelihood,
    residualImpact: r.residualImpact,
    status: r.status,
    nextReview: r.reviewOverridden ? r.nextReview : '',
    integrity: r.integrity,
    integrityFactorId: r.integrityFactorId,
    acceptedBy: r.acceptedBy ?? '',
    acceptanceReason: r.acceptanceReason ?? '',
    acceptedUntil: r.acceptedUntil ?? '',
    sensitivity: r.sensitivity,
    actions: r.actions.map((a) => ({
      key: `id-${a.id}`,
      id: a.id,
      action: a.action,
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
    })),
    ratingReason: '',
    ratedOn: today,
  }
}

/** Fills the description from a catalogue entry, in the interface language. */
export function applyTemplate(
  d: RiskDraft,
  t: RiskTemplate | undefined,
  language: string,
): RiskDraft {
  if (!t) return { ...d, catalogueItemId: null }
  return {
    ...d,
    catalogueItemId: t.id,
    title: localise(t.title, language),
    category: t.category,
    cause: localise(t.cause, language),
    event: localise(t.event, language),
    consequence: localise(t.consequence, language),
    response: t.response,
  }
}

/** True when any of the four levels differs from the stored risk. */
export function ratingsChanged(d: RiskDraft, r: Risk | undefined): boolean {
  if (!r) return false
  return (
    d.inherentLikelihood !== r.inherentLikelihood ||
    d.inherentImpact !== r.inherentImpact ||
    d.residualLikelihood !== r.residualLikelihood ||
    d.residualImpact !== r.residualImpact
  )
}

/** The review date the backend will compute for this draft (before any date set by hand). */
export function previewReview(
  d: RiskDraft,
  r: Risk | undefined,
  matrix: RiskMatrix | undefined,
  today: string,
): { date: string; days: number; from: string } | null {
  if (!matrix || d.residualLikelihood === null || d.residualImpact === null) return null
  const recorded = !r || ratingsChanged(d, r) || d.ratingReason.trim() !== ''
  const from = !r ? d.raisedOn || today : recorded ? d.ratedOn || today : r.lastRatedOn
  const residual = { likelihood: d.residualLikelihood, impact: d.residualImpact }
  const date = computedNextReview(matrix, from, residual)
  const days = (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
  return { date, days, from }
}

const blankToNull = (s: string) => (s.trim() ? s : null)

/** The contract input for `risks:create`. Unset levels go as null so validation names them. */
export function toCreateInput(d: RiskDraft): ChannelInput<'risks:create'> {
  const [type, id] = d.target.split(':')
  return {
    title: d.title,
    category: d.category,
    cause: d.cause,
    event: d.event,
    consequence: d.consequence,
    catalogueItemId: d.catalogueItemId,
    matrixItemId: d.matrixItemId,
    scopeType: (type ?? 'programme') as RiskScope,
    scopeId: id ? Number(id) : null,
    frameworkItemId: d.frameworkItemId,
    owner: d.owner,
    raisedOn: d.raisedOn,
    inherentLikelihood: d.inherentLikelihood as number,
    inherentImpact: d.inherentImpact as number,
    existingControls: d.existingControls,
    response: d.response,
    residualLikelihood: d.residualLikelihood as number,
    residualImpact: d.residualImpact as number,
    status: d.status,
    nextReview: blankToNull(d.nextReview),
    integrity: d.integrity,
    integrityFactorId: d.integrity ? d.integrityFactorId : null,
    acceptedBy: d.response === 'accept' ? blankToNull(d.acceptedBy) : null,
    acceptanceReason: d.response === 'accept' ? blankToNull(d.acceptanceReason) : null,
    acceptedUntil: d.response === 'accept' ? blankToNull(d.acceptedUntil) : null,
    sensitivity: d.sensitivity,
    actions: d.actions.map((a) => ({
      ...(a.id === undefined ? {} : { id: a.id }),
      action: a.action,
      owner: a.owner,
      dueDate: a.dueDate,
      status: a.status,
    })),
  }
}

/** The contract input for `risks:update`. */
export function toUpdateInput(d: RiskDraft, r: Risk): ChannelInput<'risks:update'> {
  return {
    ...toCreateInput(d),
    id: r.id,
    version: r.version,
    ratingReason: d.ratingReason,
    ratedOn: d.ratedOn || undefined,
  }
}
