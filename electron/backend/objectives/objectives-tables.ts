// Generated from the SQLite schema (migrations 001-008); the objectives domain owns these tables.
import type { Generated } from 'kysely'
import type { ObjectiveStatus } from '../../../shared/contract'

/** Table `objectives`. */
export interface ObjectivesTable {
  id: Generated<number>
  code: string
  title: string
  description: Generated<string>
  owner: Generated<string>
  status: ObjectiveStatus
  version: Generated<number>
  created_at: string
  updated_at: string
  position: Generated<number>
  assumptions: Generated<string>
}

/** The objectives domain's tables, by name. */
export interface ObjectivesTables {
  objectives: ObjectivesTable
}
