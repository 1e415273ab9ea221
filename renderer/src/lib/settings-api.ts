import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of the administration profile (setup wizard and Settings). */
export const settingsApi = {
  get: () => call('settings:get', undefined),
  save: (input: ChannelInput<'settings:save'>) => call('settings:save', input),
  setLanguage: (input: ChannelInput<'settings:setLanguage'>) => call('settings:setLanguage', input),
}
