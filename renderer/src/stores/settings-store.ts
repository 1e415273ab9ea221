import type { Language, Result, Settings, SettingsInput } from '../../../shared/contract'
import { api } from '../lib/api'
import { createDomainStore, type DomainState } from './store-factory'

interface SettingsState extends DomainState {
  /** The administration profile; null until the setup wizard has run. */
  settings: Settings | null
  save(input: SettingsInput): Promise<Result<Settings>>
  setLanguage(language: Language): Promise<Result<Settings>>
}

/** The administration profile collected by setup and edited in Settings. */
export const useSettingsStore = createDomainStore<SettingsState>({
  key: 'settings',
  event: 'settings:changed',
  fetch: async () => {
    const result = await api.settings.get()
    return result.ok ? { ok: true, value: { settings: result.value } } : result
  },
  init: ({ mutate }) => ({
    settings: null,
    save: (input) => mutate(() => api.settings.save(input)),
    setLanguage: (language) => mutate(() => api.settings.setLanguage({ language })),
  }),
})
