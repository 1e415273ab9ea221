import type { Language, Settings, SettingsInput } from '../../../shared/contract'
import type { Db } from '../db/connection'

interface SettingsRow {
  administration_name: string
  country: string
  working_languages: string
  fiscal_year_start_month: number
  currency: string
  interface_language: Language
  notes: string
  updated_at: string
}

/** The administration profile, or null before the setup wizard has run. */
export function readSettings(db: Db): Settings | null {
  const row = db.prepare('SELECT * FROM settings WHERE id = 1').get() as SettingsRow | undefined
  if (!row) return null
  const classifications = (
    db.prepare('SELECT marking FROM classification_levels ORDER BY position').all() as {
      marking: string
    }[]
  ).map((r) => r.marking)
  const signatories = db
    .prepare('SELECT name, title FROM signatories ORDER BY position')
    .all() as Settings['signatories']
  return {
    administrationName: row.administration_name,
    country: row.country,
    workingLanguages: JSON.parse(row.working_languages) as Language[],
    fiscalYearStartMonth: row.fiscal_year_start_month,
    currency: row.currency,
    interfaceLanguage: row.interface_language,
    notes: row.notes,
    classifications,
    signatories,
    updatedAt: row.updated_at,
  }
}

/** Replaces the profile and its ordered lists. */
export function writeSettings(
  db: Db,
  s: SettingsInput,
  interfaceLanguage: Language,
  at: string,
): void {
  db.prepare(
    `INSERT INTO settings (id, administration_name, country, working_languages, fiscal_year_start_month,
       currency, interface_language, notes, updated_at)
     VALUES (1, @administrationName, @country, @workingLanguages, @fiscalYearStartMonth, @currency,
       @interfaceLanguage, @notes, @at)
     ON CONFLICT (id) DO UPDATE SET administration_name = excluded.administration_name,
       country = excluded.country, working_languages = excluded.working_languages,
       fiscal_year_start_month = excluded.fiscal_year_start_month, currency = excluded.currency,
       interface_language = excluded.interface_language, notes = excluded.notes,
       updated_at = excluded.updated_at`,
  ).run({
    administrationName: s.administrationName,
    country: s.country,
    workingLanguages: JSON.stringify(s.workingLanguages),
    fiscalYearStartMonth: s.fiscalYearStartMonth,
    currency: s.currency,
    interfaceLanguage,
    notes: s.notes ?? '',
    at,
  })
  db.prepare('DELETE FROM classification_levels').run()
  const insMarking = db.prepare(
    'INSERT INTO classification_levels (position, marking) VALUES (?, ?)',
  )
  s.classifications.forEach((m, i) => insMarking.run(i + 1, m))
  db.prepare('DELETE FROM signatories').run()
  const insSig = db.prepare('INSERT INTO signatories (position, name, title) VALUES (?, ?, ?)')
  s.signatories.forEach((sig, i) => insSig.run(i + 1, sig.name, sig.title))
}

/** Changes only the interface language. */
export function writeInterfaceLanguage(db: Db, language: Language, at: string): void {
  db.prepare('UPDATE settings SET interface_language = ?, updated_at = ? WHERE id = 1').run(
    language,
    at,
  )
}
