import { z } from 'zod'
import type { Frequency } from '../domain/periods'
import type { Direction, Rag } from '../domain/rag'
import type { Trend } from '../domain/indicator-status'
import { FIELD_LABELS } from '../i18n/field-labels'
import { channel, type ChannelDef } from './channel-def'
import { code, id, isoDate, isRealIsoDate, noInput, requiredText, text } from './fields'
import type { INDICATORS_CHANNELS } from './indicators-names'
import type { LocalText } from './packs'
import type { FieldLabels } from './problems'

export type { Frequency } from '../domain/periods'
export type { Direction, Rag } from '../domain/rag'
export type { Trend } from '../domain/indicator-status'

/** Which way is better for an indicator. */
export const INDICATOR_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const
/** How often an indicator is measured. */
export const INDICATOR_FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const
/** Statuses an actual can have. */
export const RAG_STATUSES = ['red', 'amber', 'green', 'grey'] as const

/** The most milestones one indicator may have. */
export const MAX_MILESTONES = 40
/** The most actuals one import may carry. */
export const MAX_IMPORTED_ACTUALS = 5000

const version = () => z.number().int().positive()
// JSON numbers: zod 4 already refuses NaN and ±Infinity, so every accepted value is finite.
const value = () => z.number()

/** Where an indicator hangs in the plan: a strategic objective or a result (outcome/output). */
export const attachInput = z.object({ kind: z.enum(['objective', 'result']), id: id() }).strict()

const milestoneInput = z.object({ date: isoDate(), value: value() }).strict()

const indicatorFields = {
  attachedTo: attachInput,
  libraryItemId: id().nullable().default(null),
  code: code(),
  name: requiredText(200),
  definition: text(4000).default(''),
  unit: requiredText(40),
  direction: z.enum(INDICATOR_DIRECTIONS),
  frequency: z.enum(INDICATOR_FREQUENCIES),
  source: text(1000).default(''),
  responsible: text(120).default(''),
  baselineValue: value(),
  baselineDate: isoDate(),
  targetValue: value(),
  targetDate: isoDate(),
  milestones: z.array(milestoneInput).max(MAX_MILESTONES).default([]),
}

/** Dates of the planned path, as entered. */
export interface PlanDates {
  baselineDate?: unknown
  targetDate?: unknown
  milestones?: unknown
}

/** A broken rule of the planned path: where, which rule, and the sentence after the field label. */
export interface PlanDateProblem {
  path: (string | number)[]
  rule: 'target_after_baseline' | 'milestone_between' | 'milestone_duplicate'
  message: string
}

const realDate = (v: unknown): v is string => typeof v === 'string' && isRealIsoDate(v.trim())

/**
 * The order rules of baseline → milestones → target: the target date after the baseline date,
 * each milestone strictly between them, no two milestones on the same date. Dates that are not
 * real dates are left to their own field's check.
 */
export function planDateProblems(input: PlanDates): PlanDateProblem[] {
  const out: PlanDateProblem[] = []
  const baseline = realDate(input.baselineDate) ? input.baselineDate.trim() : null
  const target = realDate(input.targetDate) ? input.targetDate.trim() : null
  if (baseline && target && target <= baseline) {
    out.push({
      path: ['targetDate'],
      rule: 'target_after_baseline',
      message: `must be after the baseline date (${baseline}).`,
    })
  }
  const seen = new Set<string>()
  const list = Array.isArray(input.milestones) ? (input.milestones as unknown[]) : []
  list.forEach((m, i) => {
    const date = (m as { date?: unknown } | null)?.date
    if (!realDate(date)) return
    const d = date.trim()
    if (seen.has(d)) {
      out.push({
        path: ['milestones', i, 'date'],
        rule: 'milestone_duplicate',
        message: `is the same as another milestone's date (${d}); each milestone needs its own date.`,
      })
    }
    seen.add(d)
    if ((baseline && d <= baseline) || (target && d >= target)) {
      out.push({
        path: ['milestones', i, 'date'],
        rule: 'milestone_between',
        message: `must fall between the baseline date (${baseline ?? '?'}) and the target date (${target ?? '?'}).`,
      })
    }
  })
  return out
}

// Runs even when other fields failed, so every problem is listed at once.
const withPlanRules = <T extends z.ZodType>(schema: T) =>
  schema.superRefine((v, ctx) => {
    for (const p of planDateProblems(v as PlanDates))
      ctx.addIssue({ code: 'custom', path: p.path, message: p.message, params: { rule: p.rule } })
  })

/** Input of `indicators:create`. */
export const indicatorCreateInput = withPlanRules(z.object(indicatorFields).strict())

/** Input of `indicators:update`: the full record plus the version the user edited. */
export const indicatorUpdateInput = withPlanRules(
  z.object({ id: id(), version: version(), ...indicatorFields }).strict(),
)

/** Input naming one indicator. */
export const indicatorIdInput = z.object({ id: id() }).strict()

/** Input of `indicators:delete`: the version the user confirmed deleting. */
export const indicatorDeleteInput = z.object({ id: id(), version: version() }).strict()

const period = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(10)
    .regex(
      /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/,
      'must be written like 2026-03 (a month), 2026-Q1 (a quarter) or 2026 (a year).',
    )

const actualFields = {
  period: period(),
  value: value(),
  explanation: text(2000).default(''),
}

/** Input of `indicators:addActual`. */
export const actualAddInput = z.object({ indicatorId: id(), ...actualFields }).strict()

/** Input of `indicators:updateActual`. */
export const actualUpdateInput = z
  .object({ id: id(), version: version(), ...actualFields })
  .strict()

/** Input of `indicators:deleteActual`. */
export const actualDeleteInput = z.object({ id: id(), version: version() }).strict()

/** Input of `indicators:importActuals`: many periods at once, all or nothing. */
export const actualsImportInput = z
  .object({
    indicatorId: id(),
    actuals: z.array(z.object(actualFields).strict()).min(1).max(MAX_IMPORTED_ACTUALS),
  })
  .strict()

/** A level of the plan an indicator can be attached to. */
export type AttachLevel = 'objective' | 'outcome' | 'output'

/** An objective or result an indicator can hang on, numbered like the logframe (1, 1.2, 1.2.3). */
export interface AttachTarget {
  kind: 'objective' | 'result'
  id: number
  level: AttachLevel
  /** Dotted number: objectives by position, results by position under their parent. */
  number: string
  /** The objective's code (e.g. SO1), also for results under it. */
  objectiveCode: string
  objectiveId: number
  /** The objective's title or the result's statement. */
  statement: string
}

/** A dated planned value between baseline and target. */
export interface IndicatorMilestone {
  date: string
  value: number
}

/** A performance indicator as the UI sees it. */
export interface Indicator {
  id: number
  code: string
  name: string
  definition: string
  unit: string
  direction: Direction
  frequency: Frequency
  source: string
  responsible: string
  attachedTo: AttachTarget
  libraryItemId: number | null
  /** Code of the library indicator it was created from, if any. */
  libraryCode: string | null
  baselineValue: number
  baselineDate: string
  targetValue: number
  targetDate: string
  milestones: IndicatorMilestone[]
  version: number
  createdAt: string
  updatedAt: string
}

/** The value measured for one period, judged against the plan. */
export interface IndicatorActual {
  id: number
  indicatorId: number
  period: string
  periodStart: string
  periodEnd: string
  value: number
  /** The value planned for the period's last day. */
  planned: number
  rag: Rag
  explanation: string
  version: number
  recordedAt: string
}

/** An indicator with its latest status, for the lists. */
export interface IndicatorSummary extends Indicator {
  /** The latest value's status; grey while no value is recorded. */
  status: Rag
  latest: IndicatorActual | null
  previousValue: number | null
  trend: Trend | null
  actualCount: number
  /** Red values without an explanation (possible after the plan was changed). */
  unexplainedRed: number
}

/** One indicator with every actual, oldest period first. */
export interface IndicatorDetail {
  indicator: Indicator
  actuals: IndicatorActual[]
}

/** An indicator of an installed pack's library, ready to prefill a new indicator. */
export interface LibraryIndicator {
  id: number
  code: string
  packTitle: LocalText
  name: LocalText
  definition: LocalText
  unit: LocalText
  source: LocalText
  direction: Direction
  frequency: Frequency
  /** False when the pack flags the definition as not confirmed against the official source. */
  confirmed: boolean
}

/** What `indicators:importActuals` did. */
export interface ActualsImportResult {
  indicatorId: number
  added: number
}

/** Labels used in validation messages for indicator and actual fields. */
export const indicatorLabels: FieldLabels = FIELD_LABELS.indicators

/** Labels used in validation messages for actuals. */
export const actualLabels: FieldLabels = FIELD_LABELS.actuals

/** Channels of the indicators domain: input schemas, field labels and output types. */
export const indicatorsChannels = {
  'indicators:list': channel<IndicatorSummary[]>()(noInput),
  'indicators:get': channel<IndicatorDetail>()(indicatorIdInput, indicatorLabels),
  'indicators:targets': channel<AttachTarget[]>()(noInput),
  'indicators:library': channel<LibraryIndicator[]>()(noInput),
  'indicators:create': channel<Indicator>()(indicatorCreateInput, indicatorLabels),
  'indicators:update': channel<Indicator>()(indicatorUpdateInput, indicatorLabels),
  'indicators:delete': channel<{ id: number }>()(indicatorDeleteInput, indicatorLabels),
  'indicators:addActual': channel<IndicatorActual>()(actualAddInput, actualLabels),
  'indicators:updateActual': channel<IndicatorActual>()(actualUpdateInput, actualLabels),
  'indicators:deleteActual': channel<{ id: number }>()(actualDeleteInput, actualLabels),
  'indicators:importActuals': channel<ActualsImportResult>()(actualsImportInput, actualLabels),
} satisfies Record<(typeof INDICATORS_CHANNELS)[number], ChannelDef<z.ZodType, unknown>>
