import { en } from './en'

// The English names of input fields, written once here in the catalogue. The contract's
// validation messages (every door: IPC, HTTP, CLI) take their labels from this file; the
// interface shows the same keys in the reader's language.

const { assessments, indicators, plan, risks } = en

/** Field labels for validation messages, per group of channels. */
export const FIELD_LABELS = {
  settings: en.profile.fields,
  audit: en.audit.inputs,
  objectives: { ...en.objectives.fields, ...en.objectives.inputs },
  packs: { ...en.packs.fields, ...en.packs.inputs },
  assessments: { ...assessments.fields, ...assessments.inputs },
  assessmentScoring: { ...assessments.fields, ...assessments.scoringInputs },
  plan: { ...plan.fields, ...plan.inputs },
  integrity: { ...en.integrity.fields, ...en.integrity.inputs },
  indicators: { ...indicators.fields, ...indicators.inputs },
  actuals: indicators.actualInputs,
  risks: { ...risks.form.fields, ...risks.inputs },
  documents: en.documents.inputs,
  backup: en.dataSafety.inputs,
} satisfies Record<string, Record<string, string>>
