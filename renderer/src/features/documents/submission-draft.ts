import type { TFunction } from 'i18next'
import type { ChannelInput, FieldProblem, Submission } from '../../../../shared/contract'

/** Id prefix of the submission form's fields (the error summary jumps to them). */
export const SUBMISSION_FORM = 'submission-form'

/** The most decisions sought the contract accepts. */
export const MAX_DECISIONS = 20

/** Annexes a submission can carry, in the order the form shows them. */
export const ANNEXES = ['plan', 'status', 'risks', 'integrity', 'assessment'] as const
/** One annex. */
export type Annex = (typeof ANNEXES)[number]

/** The free-text fields, each with its length limit from the contract. */
export const TEXT_LIMITS = {
  title: 200,
  reference: 60,
  addressee: 200,
  issue: 4000,
  recommendation: 4000,
  timing: 2000,
  background: 20000,
  options: 20000,
  implFinancial: 4000,
  implLegal: 4000,
  implStaffing: 4000,
  implRisk: 4000,
  implIntegrity: 4000,
} as const
/** A free-text field of the submission. */
export type TextField = keyof typeof TEXT_LIMITS

/** One decision sought while it is edited; the key keeps the row stable when rows move. */
export interface DecisionRow {
  key: string
  text: string
}

/** The form's state. */
export type SubmissionDraft = Record<TextField, string> & {
  decisions: DecisionRow[]
  annexes: Annex[]
}

let nextKey = 0
/** A fresh row key. */
export const decisionKey = (): string => `decision-${++nextKey}`

/** The form's starting state: the stored submission, or an empty one with one decision row. */
export function draftFrom(s?: Submission): SubmissionDraft {
  const texts = Object.fromEntries(
    (Object.keys(TEXT_LIMITS) as TextField[]).map((f) => [f, s?.[f] ?? '']),
  ) as Record<TextField, string>
  return {
    ...texts,
    decisions: (s?.decisions.length ? s.decisions : ['']).map((text) => ({
      key: decisionKey(),
      text,
    })),
    annexes: s ? [...s.annexes] : [],
  }
}

/** Rows that will be sent (blank rows are dropped), with their position in the form. */
export const filledDecisions = (d: SubmissionDraft): { row: number; text: string }[] =>
  d.decisions.map((r, row) => ({ row, text: r.text.trim() })).filter((r) => r.text !== '')

/** What `documents:saveSubmission` receives: create without id, update with id and version. */
export function draftToInput(
  d: SubmissionDraft,
  stored?: Submission,
): ChannelInput<'documents:saveSubmission'> {
  const texts = Object.fromEntries(
    (Object.keys(TEXT_LIMITS) as TextField[]).map((f) => [f, d[f].trim()]),
  ) as Record<TextField, string>
  return {
    ...(stored ? { id: stored.id, version: stored.version } : {}),
    ...texts,
    decisions: filledDecisions(d).map((r) => r.text),
    annexes: d.annexes,
  }
}

/** Problems the form can see before asking the backend, with paths the form understands. */
export function checkDraft(d: SubmissionDraft, t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!d.title.trim()) {
    problems.push({
      path: 'title',
      code: 'required',
      message: t('documents.form.required', { field: t('documents.form.title') }),
    })
  }
  if (filledDecisions(d).length === 0) {
    problems.push({
      path: 'decisions',
      // "invalid" keeps this sentence as written (the generic "is required" reads oddly here).
      code: 'invalid',
      message: t('documents.form.atLeastOne'),
    })
  }
  return problems
}

/**
 * The backend numbers decisions as they were sent (blank rows left out); the form numbers its
 * rows. Rewrites `decisions.<sent>` to `decisions.<row>` so each problem lands on its field.
 */
export function toFormPaths(problems: FieldProblem[], d: SubmissionDraft): FieldProblem[] {
  const rows = filledDecisions(d).map((r) => r.row)
  return problems.map((p) => {
    const m = /^decisions\.(\d+)$/.exec(p.path)
    const row = m ? rows[Number(m[1])] : undefined
    return row === undefined ? p : { ...p, path: `decisions.${row}` }
  })
}
