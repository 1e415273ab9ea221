// Generated from the SQLite schema (migrations 001-008); the settings domain owns these tables.
import type { Generated } from 'kysely'

/** Table `settings`. */
export interface SettingsTable {
  id: number
  administration_name: string
  country: string
  working_languages: string
  fiscal_year_start_month: number
  currency: string
  interface_language: Generated<string>
  notes: Generated<string>
  updated_at: string
}

/** Table `classification_levels`. */
export interface ClassificationLevelsTable {
  position: number
  marking: string
}

/** Table `signatories`. */
export interface SignatoriesTable {
  position: number
  name: string
  title: string
}

/** The settings domain's tables, by name. */
export interface SettingsTables {
  settings: SettingsTable
  classification_levels: ClassificationLevelsTable
  signatories: SignatoriesTable
}
