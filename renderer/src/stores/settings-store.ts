import { create } from 'zustand'
import type { AppError, Language, Result, Settings, SettingsInput } from '../../../shared/contract'
import { api } from '../lib/api'
import { latestOnly, type LoadStatus } from './load-status'

interface SettingsState {
  status: LoadStatus
  /** The administration profile; null until the setup wizard has run. */
  settings: Settings | null
  error: AppError | null
  load(): Promise<void>
  refresh(): Promise<void>
  save(input: SettingsInput): Promise<Result<Settings>>
  setLanguage(language: Language): Promise<Result<Settings>>
}

const requests = latestOnly()

/** The administration profile collected by setup and edited in Settings. */
export const useSettingsStore = create<SettingsState>()((set, get) => ({
  status: 'idle',
  settings: null,
  error: null,
  async load() {
    if (get().status === 'idle') await get().refresh()
  },
  async refresh() {
    const ticket = requests.next()
    if (get().status !== 'ready') set({ status: 'loading' })
    const result = await api.settings.get()
    if (!requests.isLatest(ticket)) return
    if (result.ok) set({ status: 'ready', settings: result.value, error: null })
    else set({ status: 'error', error: result.error })
  },
  async save(input) {
    const result = await api.settings.save(input)
    if (result.ok) {
      requests.next()
      set({ status: 'ready', settings: result.value, error: null })
    }
    return result
  },
  async setLanguage(language) {
    const result = await api.settings.setLanguage({ language })
    if (result.ok) {
      requests.next()
      set({ status: 'ready', settings: result.value, error: null })
    }
    return result
  },
}))
