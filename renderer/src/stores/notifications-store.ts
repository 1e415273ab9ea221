import { create } from 'zustand'
import type { AppError, ErrorCode } from '../../../shared/contract'
import { FAULT_CODES } from '../../../shared/contract'
import { onCallOutcome } from '../lib/api'

/** One failed call the user is told about in the notification area. */
export interface Notification {
  id: number
  error: AppError
}

// Answers a form shows next to its fields (what to correct, a newer version, a confirmation to
// give), and storage faults, which the fault banner shows: no second notice for those.
const SHOWN_ELSEWHERE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'validation',
  'conflict',
  'confirmation_required',
  ...FAULT_CODES,
])

interface NotificationsState {
  notifications: Notification[]
  notify(error: AppError): void
  dismiss(id: number): void
}

let counter = 0

/** The app's one notification area: failures of writes that no form or banner shows. */
export const useNotificationsStore = create<NotificationsState>()((set, get) => ({
  notifications: [],
  notify(error) {
    // The same sentence twice in a row adds nothing: keep the newest one only.
    const others = get().notifications.filter((n) => n.error.message !== error.message)
    set({ notifications: [...others, { id: ++counter, error }] })
  },
  dismiss(id) {
    set({ notifications: get().notifications.filter((n) => n.id !== id) })
  },
}))

/** Reports a failed call to the notification area, unless a form or the fault banner shows it. */
export function reportFailure(error: AppError): void {
  if (!SHOWN_ELSEWHERE.has(error.code)) useNotificationsStore.getState().notify(error)
}

/**
 * Sends every failed call, read or write, from any view or form, to the notification area (once,
 * at start-up). Returns a function that stops it.
 */
export function startFailureNotices(): () => void {
  return onCallOutcome((_channel, result) => {
    if (!result.ok) reportFailure(result.error)
  })
}
