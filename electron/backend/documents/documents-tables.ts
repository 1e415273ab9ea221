// Generated from the SQLite schema (migrations 001-008); the documents domain owns these tables.
import type { Generated } from 'kysely'
import type { Decision, DocumentKind, Submission } from '../../../shared/contract'

/** Table `submissions`. */
export interface SubmissionsTable {
  id: Generated<number>
  title: string
  reference: Generated<string>
  addressee: Generated<string>
  issue: Generated<string>
  recommendation: Generated<string>
  timing: Generated<string>
  background: Generated<string>
  options: Generated<string>
  impl_financial: Generated<string>
  impl_legal: Generated<string>
  impl_staffing: Generated<string>
  impl_risk: Generated<string>
  impl_integrity: Generated<string>
  decisions_json: Generated<string>
  annexes_json: Generated<string>
  status: Generated<Submission['status']>
  version: Generated<number>
  created_at: string
  updated_at: string
}

/** Table `snapshots`. */
export interface SnapshotsTable {
  id: Generated<number>
  reference: string
  kind: DocumentKind
  title: string
  submission_id: number | null
  data_json: string
  fingerprint: string
  decisions_sought_json: string
  created_at: string
  created_by: string
}

/** Table `document_exports`. */
export interface DocumentExportsTable {
  id: Generated<number>
  kind: DocumentKind
  snapshot_id: number | null
  reference: string
  doc_version: number
  file_name: string
  sha256: string
  size: number
  language: string
  classification: string
  paper: 'a4' | 'letter'
  excluded_records: Generated<number>
  exported_at: string
  exported_by: string
}

/** Table `decisions`. */
export interface DecisionsTable {
  id: Generated<number>
  snapshot_id: number
  decision_index: number
  decision: Decision
  decided_by: string
  decided_on: string
  comments: Generated<string>
  recorded_at: string
  recorded_by: string
}

/** Table `plan_baseline`. */
export interface PlanBaselineTable {
  /** Always 1: one baseline. */
  id: number
  snapshot_id: number
  set_at: string
}

/** Table `settings_logo`. */
export interface SettingsLogoTable {
  /** Always 1: one logo. */
  id: number
  mime: 'image/png' | 'image/jpeg'
  data: Uint8Array
  updated_at: string
}

/** The documents domain's tables, by name. */
export interface DocumentsTables {
  submissions: SubmissionsTable
  snapshots: SnapshotsTable
  document_exports: DocumentExportsTable
  decisions: DecisionsTable
  plan_baseline: PlanBaselineTable
  settings_logo: SettingsLogoTable
}
