import type { Risk, RiskMatrix, RiskReference, RiskTarget } from '../../../../shared/contract'
import type { draftBinder } from '../../components/form/draft-binder'
import type { RiskDraft } from './risk-draft'

/** What every section of the risk form receives. */
export interface SectionProps {
  /** Prefix of the field ids, so the error summary can move focus to a field. */
  form: string
  draft: RiskDraft
  set(patch: Partial<RiskDraft>): void
  /** Translated problems for the field at `path`. */
  errors(path: string): string[]
  /** A draft field's id, label, value, change and problems, for a kit field. */
  bind: ReturnType<typeof draftBinder<RiskDraft>>
  reference: RiskReference
  targets: RiskTarget[]
  /** The matrix the risk is rated on. */
  matrix: RiskMatrix | undefined
  /** The stored risk being edited; undefined for a new one. */
  risk: Risk | undefined
  isNew: boolean
  today: string
  /** Fills the description from a catalogue entry (null: own words). */
  onTemplate(id: number | null): void
}
