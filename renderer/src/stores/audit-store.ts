import { create } from 'zustand'
import type { AppError, AuditEntry } from '../../../shared/contract'
import { api } from '../lib/api'
import { latestOnly, type LoadStatus } from './load-status'

/** Entries shown per page of the audit log. */
export const AUDIT_PAGE_SIZE = 25

interface AuditState {
  status: LoadStatus
  entries: AuditEntry[]
  total: number
  /** Position of the first entry shown, counted from the newest. */
  offset: number
  error: AppError | null
  load(): Promise<void>
  refresh(): Promise<void>
  showPage(offset: number): Promise<void>
}

const requests = latestOnly()

/** The append-only audit trail, newest first, one page at a time. */
export const useAuditStore = create<AuditState>()((set, get) => ({
  status: 'idle',
  entries: [],
  total: 0,
  offset: 0,
  error: null,
  async load() {
    if (get().status === 'idle') await get().refresh()
  },
  refresh: () => get().showPage(get().offset),
  async showPage(offset) {
    const ticket = requests.next()
    if (get().status !== 'ready') set({ status: 'loading' })
    const result = await api.audit.list({ limit: AUDIT_PAGE_SIZE, offset: Math.max(0, offset) })
    if (!requests.isLatest(ticket)) return
    if (!result.ok) {
      set({ status: 'error', error: result.error })
      return
    }
    const { entries, total } = result.value
    // The trail only grows, but stay on a page that exists.
    if (entries.length === 0 && offset > 0 && total > 0) {
      await get().showPage(Math.max(0, Math.floor((total - 1) / AUDIT_PAGE_SIZE) * AUDIT_PAGE_SIZE))
      return
    }
    set({ status: 'ready', entries, total, offset: Math.max(0, offset), error: null })
  },
}))
