import type { AuditEntry, ChannelOutput, Result } from '../../../shared/contract'
import { api } from '../lib/api'
import { createDomainStore, type DomainState } from './store-factory'

/** Entries shown per page of the audit log. */
export const AUDIT_PAGE_SIZE = 25

interface AuditState extends DomainState {
  entries: AuditEntry[]
  total: number
  /** Position of the first entry shown, counted from the newest. */
  offset: number
  showPage(offset: number): Promise<void>
  /** Checks the whole trail's hash chain. */
  verify(): Promise<Result<ChannelOutput<'audit:verify'>>>
}

const page = (offset: number) => api.audit.list({ limit: AUDIT_PAGE_SIZE, offset })
// The page asked for; `offset` in the state is the page shown.
let wanted = 0

/** The append-only audit trail, newest first, one page at a time. */
export const useAuditStore = createDomainStore<AuditState>({
  key: 'audit',
  event: 'audit:changed',
  fetch: async () => {
    const offset = wanted
    let result = await page(offset)
    // The trail only grows, but stay on a page that exists.
    if (result.ok && result.value.entries.length === 0 && offset > 0 && result.value.total > 0) {
      const last = Math.floor((result.value.total - 1) / AUDIT_PAGE_SIZE) * AUDIT_PAGE_SIZE
      result = await page(last)
      wanted = last
      if (result.ok) return { ok: true, value: { ...result.value, offset: last } }
    }
    return result.ok ? { ok: true, value: { ...result.value, offset } } : result
  },
  init: ({ get }) => ({
    entries: [],
    total: 0,
    offset: 0,
    async showPage(offset) {
      wanted = Math.max(0, offset)
      await get().refresh()
    },
    verify: () => api.audit.verify(),
  }),
})
