import {
  localise,
  planDateProblems,
  validateInput,
  type ChannelInput,
  type Direction,
  type FieldProblem,
  type Frequency,
  type Indicator,
  type LibraryIndicator,
  type Result,
} from '../../../../shared/contract'
import { checkedLocally } from '../../components/form/use-form-submit'

/** Form id prefix of the indicator form. */
export const INDICATOR_FORM = 'indicator'

/** A milestone row as typed; `key` keeps React rows stable while rows come and go. */
export interface MilestoneRow {
  key: string
  date: string
  /** Null when empty, NaN when what was typed is not a number. */
  value: number | null
}

/** The indicator form's fields; numbers are null when empty and NaN when not a number. */
export interface IndicatorDraft {
  /** `objective:3` or `result:12`; empty until chosen. */
  target: string
  libraryItemId: number | null
  code: string
  name: string
  definition: string
  unit: string
  direction: Direction
  frequency: Frequency
  source: string
  responsible: string
  baselineValue: number | null
  baselineDate: string
  targetValue: number | null
  targetDate: string
  milestones: MilestoneRow[]
}

let keys = 0
/** A fresh key for a milestone row. */
export const rowKey = () => `m${++keys}`

/** An empty draft for a new indicator. */
export function emptyDraft(): IndicatorDraft {
  return {
    target: '',
    libraryItemId: null,
    code: '',
    name: '',
    definition: '',
    unit: '',
    direction: 'higher_is_better',
    frequency: 'quarterly',
    source: '',
    responsible: '',
    baselineValue: null,
    baselineDate: '',
    targetValue: null,
    targetDate: '',
    milestones: [],
  }
}

/** The draft of an existing indicator. */
export function draftOf(ind: Indicator): IndicatorDraft {
  return {
    target: `${ind.attachedTo.kind}:${ind.attachedTo.id}`,
    libraryItemId: ind.libraryItemId,
    code: ind.code,
    name: ind.name,
    definition: ind.definition,
    unit: ind.unit,
    direction: ind.direction,
    frequency: ind.frequency,
    source: ind.source,
    responsible: ind.responsible,
    baselineValue: ind.baselineValue,
    baselineDate: ind.baselineDate,
    targetValue: ind.targetValue,
    targetDate: ind.targetDate,
    milestones: ind.milestones.map((m) => ({ key: rowKey(), date: m.date, value: m.value })),
  }
}

/**
 * Fills the descriptive fields from a library indicator, in the interface language; what the
 * user already set about the plan (target, baseline, milestones) is kept.
 */
export function applyLibrary(
  draft: IndicatorDraft,
  item: LibraryIndicator,
  language: string,
): IndicatorDraft {
  return {
    ...draft,
    libraryItemId: item.id,
    code: draft.code || item.code.slice(0, 20),
    name: localise(item.name, language),
    definition: localise(item.definition, language),
    unit: localise(item.unit, language),
    direction: item.direction,
    frequency: item.frequency,
    source: localise(item.source, language),
  }
}

type Input = ChannelInput<'indicators:create'>

/**
 * Turns the draft into channel input, or lists what is wrong: numbers first (empty or not numbers),
 * the order of the dates with their own rule, then everything the contract checks.
 */
export function draftToInput(
  draft: IndicatorDraft,
  editing?: Indicator,
): Result<Input & { id?: number; version?: number }> {
  const problems: FieldProblem[] = []
  const num = (path: string, v: number | null) => {
    if (v === null || Number.isNaN(v)) {
      const rule = v === null ? 'value_required' : 'not_a_number'
      problems.push({ path, code: 'invalid', message: '', params: { rule } })
      return 0
    }
    return v
  }
  const [kind, id] = draft.target.split(':')
  const input: Input = {
    attachedTo: { kind: kind === 'result' ? 'result' : 'objective', id: Number(id) || 0 },
    libraryItemId: draft.libraryItemId,
    code: draft.code,
    name: draft.name,
    definition: draft.definition,
    unit: draft.unit,
    direction: draft.direction,
    frequency: draft.frequency,
    source: draft.source,
    responsible: draft.responsible,
    baselineValue: num('baselineValue', draft.baselineValue),
    baselineDate: draft.baselineDate,
    targetValue: num('targetValue', draft.targetValue),
    targetDate: draft.targetDate,
    milestones: draft.milestones.map((m, i) => ({
      date: m.date,
      value: num(`milestones.${i}.value`, m.value),
    })),
  }
  if (!draft.target)
    problems.push({
      path: 'attachedTo',
      code: 'required',
      message: '',
      params: { rule: 'target_required' },
    })
  for (const p of planDateProblems(input)) {
    problems.push({
      path: p.path.join('.'),
      code: 'invalid',
      message: p.message,
      params: { rule: p.rule },
    })
  }
  const full = editing ? { ...input, id: editing.id, version: editing.version } : input
  const checked = editing
    ? validateInput('indicators:update', full)
    : validateInput('indicators:create', full)
  if (!checked.ok) {
    const known = new Set(problems.map((p) => p.path))
    // The contract repeats the date-order rules without their rule name: keep ours.
    const rest = (checked.error.details ?? []).filter(
      (p) => !known.has(p.path) && !(p.path === 'attachedTo.id' && !draft.target),
    )
    problems.push(...rest)
  }
  return checkedLocally(problems, full)
}
