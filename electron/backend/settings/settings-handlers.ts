import type { SETTINGS_CHANNELS } from '../../../shared/contract/settings-names'
import type { HandlersFor } from '../handler-types'
import * as settings from './settings-service'

/** Thin handlers for the administration profile. */
export const settingsHandlers: HandlersFor<(typeof SETTINGS_CHANNELS)[number]> = {
  'settings:get': (ctx) => settings.getSettings(ctx),
  'settings:save': (ctx, input) => settings.saveSettings(ctx, input),
  'settings:setLanguage': (ctx, input) => settings.setInterfaceLanguage(ctx, input.language),
}
