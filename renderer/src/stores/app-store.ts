import { create } from 'zustand'
import type {
  AppError,
  AppInfo,
  ChannelName,
  DataHealth,
  ErrorCode,
  Result,
} from '../../../shared/contract'
import { FAULT_CODES as FAULTS } from '../../../shared/contract'
import { api, onCallOutcome } from '../lib/api'
import { registerStore } from './live-updates'
import { latestOnly, type LoadStatus } from './load-status'

// The storage faults of electron/backend/faults.ts: the data's disk, folder or database failed,
// not the request. They are shown in a banner, in the backend's words (which name the file).
const FAULT_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(FAULTS)

// A busy or unreachable database is back as soon as any call gets through.
const PASSING_FAULTS: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['locked', 'unavailable'])

/** True when an error says the data's storage failed (full disk, read-only, damaged, busy…). */
export const isStorageFault = (error: AppError): boolean => FAULT_CODES.has(error.code)

/** The storage fault a call met, and which call it was. */
export interface StorageFault {
  error: AppError
  channel: ChannelName
}

interface AppState {
  status: LoadStatus
  info: AppInfo | null
  error: AppError | null
  /** The last storage fault, kept until dismissed or until the failed call (or any call, for a busy or lost database) succeeds. */
  fault: StorageFault | null
  /** What the backend's start-up check found; read-only data keeps a banner up. */
  health: DataHealth | null
  load(): Promise<void>
  refresh(): Promise<void>
  dismissFault(): void
  /** Shows what the backend reports about its data (the hook `system:health` answers feed). */
  showHealth(health: DataHealth): void
  /** Asks the backend for its health; a backend that cannot say leaves the state as it was. */
  refreshHealth(): Promise<void>
}

const requests = latestOnly()
const healthRequests = latestOnly()

/** Facts about the running backend: version, data folder, who is signed in, the data's health. */
export const useAppStore = create<AppState>()((set, get) => ({
  status: 'idle',
  info: null,
  error: null,
  fault: null,
  health: null,
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
  dismissFault() {
    set({ fault: null })
  },
  showHealth(health) {
    set({ health })
  },
  async refreshHealth() {
    const ticket = healthRequests.next()
    const result = await api.system.health()
    if (healthRequests.isLatest(ticket) && result.ok) get().showHealth(result.value)
  },
}))

/** Keeps the fault banner in step with every call's outcome. */
export function noteCallOutcome(channel: ChannelName, result: Result<unknown>): void {
  const { fault } = useAppStore.getState()
  if (!result.ok) {
    if (!isStorageFault(result.error)) return
    useAppStore.setState({ fault: { error: result.error, channel } })
    // Damaged or read-only data may mean the backend switched to read-only: ask it.
    if (result.error.code === 'read_only' || result.error.code === 'corrupt')
      void useAppStore.getState().refreshHealth()
    return
  }
  if (fault && (fault.channel === channel || PASSING_FAULTS.has(fault.error.code)))
    useAppStore.setState({ fault: null })
}

onCallOutcome((channel, result) => {
  // The health question's own answer must not clear or raise the banner twice.
  if (channel !== 'system:health') noteCallOutcome(channel, result)
})

// The data's health follows restores and new backups (see refresh-table.ts); asked from the start.
registerStore('health', {
  isLoaded: () => true,
  refresh: () => useAppStore.getState().refreshHealth(),
  settled: () => Promise.resolve(),
})
