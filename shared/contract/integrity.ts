import { z } from 'zod'
import type { FactorProgress } from '../domain/integrity-progress'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { id, isoDate, noInput, requiredText, text } from './fields'
import type { INTEGRITY_CHANNELS } from './integrity-names'
import type { LocalText } from './packs'
import type { FieldLabels } from './problems'

/** Progress of one factor's actions (see shared/domain/integrity-progress.ts). */
export type IntegrityFactorProgress = FactorProgress

/** How an integrity assessment was carried out. */
export const INTEGRITY_METHODS = ['self_assessment', 'peer_review', 'expert_mission'] as const
/** One assessment method. */
export type IntegrityMethod = (typeof INTEGRITY_METHODS)[number]

/** When an action-plan item should be achieved. */
export const INTEGRITY_HORIZONS = ['short', 'medium', 'long'] as const
/** One horizon. */
export type IntegrityHorizon = (typeof INTEGRITY_HORIZONS)[number]

/** Lifecycle of an integrity action. */
export const INTEGRITY_ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const
/** One action status. */
export type IntegrityActionStatus = (typeof INTEGRITY_ACTION_STATUSES)[number]

/** Who answered a perception survey (the two CIPS questionnaires). */
export const SURVEY_POPULATIONS = ['staff', 'private_sector'] as const
/** One survey population. */
export type SurveyPopulation = (typeof SURVEY_POPULATIONS)[number]

/** Highest perception score: CIPS-style results are kept as a 0–100 index per factor. */
export const MAX_SURVEY_SCORE = 100

const version = () => z.number().int().positive()
// Position of a classification marking from Settings (1 = lowest); the service checks the upper end.
const sensitivity = () => z.number().int().min(1).max(10).default(1)

/** Input of `integrity:get`: the framework to show (default: the first installed one). */
export const integrityGetInput = z.object({ frameworkId: id().optional() }).strict().optional()

const assessmentFields = {
  title: requiredText(200),
  assessedOn: isoDate(),
  method: z.enum(INTEGRITY_METHODS).default('self_assessment'),
  participants: text(2000).default(''),
  participantCount: z.number().int().min(0).max(100_000).nullable().default(null),
  sensitivity: sensitivity(),
}

/** Input of `integrity:createAssessment`. */
export const integrityAssessmentCreateInput = z
  .object({ frameworkId: id(), ...assessmentFields })
  .strict()

/** Input of `integrity:updateAssessment` (the framework stays the one it was created with). */
export const integrityAssessmentUpdateInput = z
  .object({ id: id(), version: version(), ...assessmentFields })
  .strict()

/** Input of the delete channels: the record and the version the user saw. */
export const integrityDeleteInput = z.object({ id: id(), version: version() }).strict()

/** Input of `integrity:rateFactor`: one factor's rating in one assessment. */
export const integrityRateFactorInput = z
  .object({
    assessmentId: id(),
    factorItemId: id(),
    /** The rating's version when it was last saved; null for a factor not yet rated. */
    version: version().nullable().default(null),
    rating: z.number().int().nullable(),
    strengths: text(4000).default(''),
    weaknesses: text(4000).default(''),
    evidence: text(4000).default(''),
  })
  .strict()

const actionFields = {
  factorItemId: id(),
  action: requiredText(500),
  horizon: z.enum(INTEGRITY_HORIZONS),
  owner: text(120).default(''),
  startDate: isoDate().nullable().default(null),
  dueDate: isoDate(),
  status: z.enum(INTEGRITY_ACTION_STATUSES).default('planned'),
  indicatorId: id().nullable().default(null),
  sensitivity: sensitivity(),
}

const dueAfterStart = {
  message: 'must be on or after the start date.',
  path: ['dueDate'],
}
const datesInOrder = (v: { startDate: string | null; dueDate: string }) =>
  v.startDate === null || v.dueDate >= v.startDate

/** Input of `integrity:createAction`. */
export const integrityActionCreateInput = z
  .object(actionFields)
  .strict()
  .refine(datesInOrder, dueAfterStart)

/** Input of `integrity:updateAction`. */
export const integrityActionUpdateInput = z
  .object({ id: id(), version: version(), ...actionFields })
  .strict()
  .refine(datesInOrder, dueAfterStart)

const scoresField = z
  .array(z.object({ factorItemId: id(), score: z.number().min(0).max(MAX_SURVEY_SCORE) }).strict())
  .max(100)
  .refine((l) => new Set(l.map((s) => s.factorItemId)).size === l.length, {
    message: 'gives the same factor two scores.',
    params: { duplicate: true },
  })
  .default([])

const waveFields = {
  title: requiredText(200),
  conductedOn: isoDate(),
  population: z.enum(SURVEY_POPULATIONS),
  respondents: z.number().int().min(0).max(10_000_000),
  sensitivity: sensitivity(),
  scores: scoresField,
}

/** Input of `integrity:createWave`. */
export const surveyWaveCreateInput = z.object({ frameworkId: id(), ...waveFields }).strict()

/** Input of `integrity:updateWave` (scores are replaced by the list sent). */
export const surveyWaveUpdateInput = z
  .object({ id: id(), version: version(), ...waveFields })
  .strict()

/** One level of the framework's rating scale. */
export interface IntegrityScaleLevel {
  level: number
  name: LocalText
  descriptor: LocalText | null
}

/** One factor of an integrity framework (e.g. RAD.1 Leadership and commitment). */
export interface IntegrityFactor {
  id: number
  code: string
  title: LocalText
  guidance: LocalText | null
  /** False when the pack could not confirm it; the UI then shows "Unconfirmed" and the note. */
  confirmed: boolean
  note: LocalText | null
}

/** An installed framework of kind "integrity", with its scale and factors. */
export interface IntegrityFramework {
  id: number
  code: string
  name: LocalText
  scale: { code: string; name: LocalText; levels: IntegrityScaleLevel[] } | null
  factors: IntegrityFactor[]
}

/** One factor's rating in an assessment. */
export interface IntegrityRating {
  id: number
  factorItemId: number
  rating: number | null
  strengths: string
  weaknesses: string
  evidence: string
  version: number
  updatedAt: string
}

/** An integrity assessment with its ratings. */
export interface IntegrityAssessment {
  id: number
  frameworkId: number
  title: string
  assessedOn: string
  method: IntegrityMethod
  participants: string
  participantCount: number | null
  sensitivity: number
  version: number
  createdAt: string
  updatedAt: string
  ratings: IntegrityRating[]
}

/** One item of the integrity action plan. */
export interface IntegrityAction {
  id: number
  factorItemId: number
  action: string
  horizon: IntegrityHorizon
  owner: string
  startDate: string | null
  dueDate: string
  status: IntegrityActionStatus
  completedOn: string | null
  indicatorId: number | null
  /** "CODE — name" of the linked indicator, when there is one. */
  indicatorLabel: string | null
  /** Open and past its due date as of the backend's today. */
  overdue: boolean
  sensitivity: number
  version: number
  createdAt: string
  updatedAt: string
}

/** A perception survey wave with its score per factor. */
export interface SurveyWave {
  id: number
  frameworkId: number
  title: string
  conductedOn: string
  population: SurveyPopulation
  respondents: number
  sensitivity: number
  version: number
  createdAt: string
  updatedAt: string
  scores: { factorItemId: number; score: number }[]
}

/** A risk from the register flagged as an integrity risk. */
export interface IntegrityFactorRisk {
  id: number
  code: string
  title: string
  /** Null when the risk is flagged as an integrity risk but not linked to a factor. */
  factorItemId: number | null
  residualLikelihood: number
  residualImpact: number
  residualScore: number
  /** The band of the risk's matrix holding the residual score, if the matrix defines one. */
  residualBand: LocalText | null
  status: 'open' | 'monitoring' | 'closed' | 'materialised'
  owner: string
  sensitivity: number
}

/** The latest value of a factor and the one before it. */
export interface IntegrityLatestValue {
  recordId: number
  date: string
  value: number
  previous: number | null
}

/** One row of the "at a glance" overview. */
export interface IntegrityFactorOverview {
  factorItemId: number
  /** From the most recent assessment that rated the factor. */
  latestRating: IntegrityLatestValue | null
  progress: FactorProgress
  latestScores: Record<SurveyPopulation, IntegrityLatestValue | null>
  /** Integrity risks linked to the factor that are not closed. */
  openRisks: number
}

/** Everything the integrity view shows for one framework. */
export interface IntegrityData {
  /** The backend's date (YYYY-MM-DD) used for overdue flags. */
  today: string
  frameworks: { id: number; code: string; name: LocalText }[]
  framework: IntegrityFramework | null
  /** The administration's classification markings, lowest first (sensitivity 1 = first). */
  classifications: string[]
  assessments: IntegrityAssessment[]
  actions: IntegrityAction[]
  waves: SurveyWave[]
  risks: IntegrityFactorRisk[]
  overview: IntegrityFactorOverview[]
}

/** An indicator an action may be linked to. */
export interface IntegrityIndicatorOption {
  id: number
  code: string
  name: string
}

/** Labels used in validation messages for integrity fields. */
export const integrityLabels: FieldLabels = FIELD_LABELS.integrity

const L = integrityLabels

/** Channels of the integrity domain: input schemas, field labels and output types. */
export const integrityChannels = {
  'integrity:get': channel<IntegrityData>()(integrityGetInput, L),
  'integrity:indicatorOptions': channel<IntegrityIndicatorOption[]>()(noInput, L),
  'integrity:createAssessment': channel<IntegrityAssessment>()(integrityAssessmentCreateInput, L),
  'integrity:updateAssessment': channel<IntegrityAssessment>()(integrityAssessmentUpdateInput, L),
  'integrity:deleteAssessment': channel<{ id: number }>()(integrityDeleteInput, L),
  'integrity:rateFactor': channel<IntegrityRating>()(integrityRateFactorInput, L),
  'integrity:createAction': channel<IntegrityAction>()(integrityActionCreateInput, L),
  'integrity:updateAction': channel<IntegrityAction>()(integrityActionUpdateInput, L),
  'integrity:deleteAction': channel<{ id: number }>()(integrityDeleteInput, L),
  'integrity:createWave': channel<SurveyWave>()(surveyWaveCreateInput, L),
  'integrity:updateWave': channel<SurveyWave>()(surveyWaveUpdateInput, L),
  'integrity:deleteWave': channel<{ id: number }>()(integrityDeleteInput, L),
} satisfies Record<(typeof INTEGRITY_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
