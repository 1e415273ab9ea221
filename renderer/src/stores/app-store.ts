import { create } from 'zustand'
import type { AppError, AppInfo } from '../../../shared/contract'
import { api } from '../lib/api'
import { latestOnly, type LoadStatus } from './load-status'

interface AppState {
  status: LoadStatus
  info: AppInfo | null
  error: AppError | null
  load(): Promise<void>
  refresh(): Promise<void>
}

const requests = latestOnly()

/** Facts about the running backend: version, data folder, who is signed in. */
export const useAppStore = create<AppState>()((set, get) => ({
  status: 'idle',
  info: null,
  error: null,
  async load() {
    if (get().status === 'idle') await get().refresh()
  },
  async refresh() {
    const ticket = requests.next()
    if (get().status !== 'ready') set({ status: 'loading' })
    const result = await api.app.info()
    if (!requests.isLatest(ticket)) return
    if (result.ok) set({ status: 'ready', info: result.value, error: null })
    else set({ status: 'error', error: result.error })
  },
}))
