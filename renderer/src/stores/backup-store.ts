import { create } from 'zustand'
import type {
  AppError,
  BackupInfo,
  ChannelInput,
  DataSafetyOverview,
  DataSafetySettings,
  RestorePreview,
  RestoreResult,
  Result,
} from '../../../shared/contract'
import { backupApi } from '../lib/backup-api'
import { registerStore } from './live-updates'
import { latestOnly, type LoadStatus } from './load-status'

/** What a finished restore left to tell, kept across the page reload that follows it. */
export interface RestoreNote {
  takenAt: string
  safetyCopy: string
}

const RESTORE_NOTE_KEY = 'capstan.restoreNote'

function rememberRestore(result: RestoreResult): void {
  const note: RestoreNote = { takenAt: result.restored.takenAt, safetyCopy: result.safetyCopy }
  try {
    window.sessionStorage.setItem(RESTORE_NOTE_KEY, JSON.stringify(note))
  } catch {
    // Storage may be disabled: the restore still happened, only its notice is lost.
  }
}

// The note of a restore that just finished (read once: it is forgotten as it is taken).
function takeRestoreNote(): RestoreNote | null {
  try {
    const raw = window.sessionStorage.getItem(RESTORE_NOTE_KEY)
    window.sessionStorage.removeItem(RESTORE_NOTE_KEY)
    if (!raw) return null
    const note = JSON.parse(raw) as Partial<RestoreNote>
    return typeof note.takenAt === 'string' && typeof note.safetyCopy === 'string'
      ? { takenAt: note.takenAt, safetyCopy: note.safetyCopy }
      : null
  } catch {
    return null
  }
}

interface BackupState {
  status: LoadStatus
  overview: DataSafetyOverview | null
  error: AppError | null
  /** Set on the page load that follows a restore, until dismissed. */
  restoreNote: RestoreNote | null
  dismissRestoreNote(): void
  load(): Promise<void>
  refresh(): Promise<void>
  /** Takes a checked backup now; the list is reloaded so it shows at the top. */
  create(): Promise<Result<BackupInfo>>
  saveSettings(input: ChannelInput<'backup:saveSettings'>): Promise<Result<DataSafetySettings>>
  previewRestore(name: string): Promise<Result<RestorePreview>>
  /**
   * Restores a backup. Every view's data (and maybe the interface language) changes with it, so
   * on success the page reloads; the notice of what happened survives in the session.
   */
  restore(name: string): Promise<Result<RestoreResult>>
}

const requests = latestOnly()

/** Settings → Data safety: where backups go, their schedule, the backups, the data's health. */
export const useBackupStore = create<BackupState>()((set, get) => ({
  status: 'idle',
  overview: null,
  error: null,
  restoreNote: takeRestoreNote(),
  dismissRestoreNote() {
    set({ restoreNote: null })
  },
  async load() {
    if (get().status === 'idle') await get().refresh()
  },
  async refresh() {
    const ticket = requests.next()
    if (get().status !== 'ready') set({ status: 'loading' })
    const result = await backupApi.overview()
    if (!requests.isLatest(ticket)) return
    if (result.ok) set({ status: 'ready', overview: result.value, error: null })
    else set({ status: 'error', error: result.error })
  },
  async create() {
    const result = await backupApi.create()
    // Reloaded either way: the list says what is really there (a failure writes no backup).
    await get().refresh()
    return result
  },
  async saveSettings(input) {
    const result = await backupApi.saveSettings(input)
    if (result.ok) await get().refresh()
    return result
  },
  previewRestore: (name) => backupApi.previewRestore(name),
  async restore(name) {
    const result = await backupApi.restore(name)
    if (result.ok) {
      rememberRestore(result.value)
      window.location.reload()
    }
    return result
  },
}))

// A backup or restore from another window or the CLI shows here too (see refresh-table.ts).
registerStore('backup', {
  isLoaded: () => useBackupStore.getState().status !== 'idle',
  refresh: () => useBackupStore.getState().refresh(),
  settled: () => Promise.resolve(),
})
