import type { Language, Settings, SettingsInput } from '../../../shared/contract'
import type { Db } from '../db/database'

/** The administration profile, or null before the setup wizard has run. */
export async function readSettings(db: Db): Promise<Settings | null> {
  const row = await db.selectFrom('settings').selectAll().where('id', '=', 1).executeTakeFirst()
  if (!row) return null
  const classifications = await db
    .selectFrom('classification_levels')
    .select('marking')
    .orderBy('position')
    .execute()
  const signatories = await db
    .selectFrom('signatories')
    .select(['name', 'title'])
    .orderBy('position')
    .execute()
  return {
    administrationName: row.administration_name,
    country: row.country,
    workingLanguages: JSON.parse(row.working_languages) as Language[],
    fiscalYearStartMonth: row.fiscal_year_start_month,
    currency: row.currency,
    interfaceLanguage: row.interface_language as Language,
    notes: row.notes,
    classifications: classifications.map((r) => r.marking),
    signatories,
    updatedAt: row.updated_at,
  }
}

/** Replaces the profile and its ordered lists. */
export async function writeSettings(
  db: Db,
  s: SettingsInput,
  interfaceLanguage: Language,
  at: string,
): Promise<void> {
  const profile = {
    administration_name: s.administrationName,
    country: s.country,
    working_languages: JSON.stringify(s.workingLanguages),
    fiscal_year_start_month: s.fiscalYearStartMonth,
    currency: s.currency,
    interface_language: interfaceLanguage,
    notes: s.notes ?? '',
    updated_at: at,
  }
  await db
    .insertInto('settings')
    .values({ id: 1, ...profile })
    .onConflict((oc) => oc.column('id').doUpdateSet(profile))
    .execute()
  await db.deleteFrom('classification_levels').execute()
  if (s.classifications.length > 0)
    await db
      .insertInto('classification_levels')
      .values(s.classifications.map((marking, i) => ({ position: i + 1, marking })))
      .execute()
  await db.deleteFrom('signatories').execute()
  if (s.signatories.length > 0)
    await db
      .insertInto('signatories')
      .values(
        s.signatories.map((sig, i) => ({ position: i + 1, name: sig.name, title: sig.title })),
      )
      .execute()
}

/** Changes only the interface language. */
export async function writeInterfaceLanguage(
  db: Db,
  language: Language,
  at: string,
): Promise<void> {
  await db
    .updateTable('settings')
    .set({ interface_language: language, updated_at: at })
    .where('id', '=', 1)
    .execute()
}
