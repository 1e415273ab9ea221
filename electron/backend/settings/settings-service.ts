import type { Language, Settings, SettingsInput } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { inTransaction } from '../db/transaction'
import { AppFailure } from '../errors'
import { readSettings, writeInterfaceLanguage, writeSettings } from './settings-repo'

const withoutStamp = (s: Settings | null) => {
  if (!s) return null
  const { updatedAt: _ignored, ...rest } = s
  return rest
}

/** The administration profile, or null when setup has not run yet. */
export function getSettings(ctx: ServiceContext): Promise<Settings | null> {
  return readSettings(ctx.db)
}

/** Creates or replaces the administration profile (setup wizard and Settings). */
export function saveSettings(ctx: ServiceContext, input: SettingsInput): Promise<Settings> {
  return inTransaction(ctx, async (tx) => {
    const before = await readSettings(tx.db)
    const language = input.interfaceLanguage ?? before?.interfaceLanguage ?? 'en'
    await writeSettings(tx.db, input, language, tx.now())
    const after = (await readSettings(tx.db))!
    await appendAudit(tx, {
      entityType: 'settings',
      entityId: 'administration',
      action: before ? 'update' : 'create',
      before: withoutStamp(before),
      after: withoutStamp(after),
    })
    return after
  })
}

/** Switches the interface language. */
export function setInterfaceLanguage(ctx: ServiceContext, language: Language): Promise<Settings> {
  return inTransaction(ctx, async (tx) => {
    const before = await readSettings(tx.db)
    if (!before) {
      throw new AppFailure('conflict', 'Finish the setup wizard before changing the language.')
    }
    if (before.interfaceLanguage === language) return before
    await writeInterfaceLanguage(tx.db, language, tx.now())
    await appendAudit(tx, {
      entityType: 'settings',
      entityId: 'administration',
      action: 'set_language',
      before: { interfaceLanguage: before.interfaceLanguage },
      after: { interfaceLanguage: language },
    })
    return (await readSettings(tx.db))!
  })
}
