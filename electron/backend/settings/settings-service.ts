import type { Language, Settings, SettingsInput } from '../../../shared/contract'
import { appendAudit } from '../audit/audit-repo'
import type { ServiceContext } from '../context'
import { AppFailure } from '../errors'
import { readSettings, writeInterfaceLanguage, writeSettings } from './settings-repo'

const withoutStamp = (s: Settings | null) => {
  if (!s) return null
  const { updatedAt: _ignored, ...rest } = s
  return rest
}

/** The administration profile, or null when setup has not run yet. */
export function getSettings(ctx: ServiceContext): Settings | null {
  return readSettings(ctx.db)
}

/** Creates or replaces the administration profile (setup wizard and Settings). */
export function saveSettings(ctx: ServiceContext, input: SettingsInput): Settings {
  return ctx.db.transaction(() => {
    const before = readSettings(ctx.db)
    const language = input.interfaceLanguage ?? before?.interfaceLanguage ?? 'en'
    writeSettings(ctx.db, input, language, ctx.now())
    const after = readSettings(ctx.db)!
    appendAudit(ctx, {
      entityType: 'settings',
      entityId: 'administration',
      action: before ? 'update' : 'create',
      before: withoutStamp(before),
      after: withoutStamp(after),
    })
    return after
  })()
}

/** Switches the interface language. */
export function setInterfaceLanguage(ctx: ServiceContext, language: Language): Settings {
  return ctx.db.transaction(() => {
    const before = readSettings(ctx.db)
    if (!before) {
      throw new AppFailure('conflict', 'Finish the setup wizard before changing the language.')
    }
    if (before.interfaceLanguage === language) return before
    writeInterfaceLanguage(ctx.db, language, ctx.now())
    appendAudit(ctx, {
      entityType: 'settings',
      entityId: 'administration',
      action: 'set_language',
      before: { interfaceLanguage: before.interfaceLanguage },
      after: { interfaceLanguage: language },
    })
    return readSettings(ctx.db)!
  })()
}
