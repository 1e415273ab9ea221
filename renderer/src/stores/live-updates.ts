import { EVENT_NAMES, type EventName } from '../../../shared/contract'
import { api } from '../lib/api'
import { REFRESHED_BY, type StoreKey } from './refresh-table'

/** What the event table needs of a store: whether anyone loaded it, and how to reload it. */
export interface Refreshable {
  /** False until a view asked for the data: unloaded stores load when their view opens. */
  isLoaded(): boolean
  refresh(): Promise<void>
  /** Resolves once no refresh of this store is running. */
  settled(): Promise<void>
}

type Subscribe = (event: EventName, callback: () => void) => () => void

const stores = new Map<StoreKey, Refreshable>()
// How many times each event was heard: a write compares before and after to spot its own echo.
const heard = new Map<EventName, number>()
// Echoes of our own writes still to come, each with the time after which it is no longer awaited.
const echoes = new Map<EventName, number[]>()

/** A write's own event arrives within this time; after it, an event is somebody else's change. */
export const ECHO_WINDOW_MS = 2000

/** Adds a store to the table's reach (each store does this once, when it is created). */
export function registerStore(key: StoreKey, store: Refreshable): void {
  stores.set(key, store)
}

/** The stores the table can reach so far. */
export const registeredKeys = (): StoreKey[] => [...stores.keys()]

/** Which stores `event` refreshes (loaded or not). */
export function storesRefreshedBy(event: EventName): StoreKey[] {
  return (Object.keys(REFRESHED_BY) as StoreKey[]).filter((key) => {
    const events: readonly EventName[] | 'every' = REFRESHED_BY[key]
    return events === 'every' || events.includes(event)
  })
}

// The loaded stores an event refreshes, plus `also` (the store that wrote) if it is loaded.
function targets(event: EventName, also?: StoreKey): Refreshable[] {
  const keys = new Set(storesRefreshedBy(event))
  if (also) keys.add(also)
  return [...keys]
    .map((key) => stores.get(key))
    .filter((s): s is Refreshable => s !== undefined && s.isLoaded())
}

function takeEcho(event: EventName, now: number): boolean {
  const pending = (echoes.get(event) ?? []).filter((until) => until > now)
  const echo = pending.length > 0
  echoes.set(event, echo ? pending.slice(1) : pending)
  return echo
}

/** Refreshes the loaded stores the table names for `event`, unless it is a write's echo. */
export function announce(event: EventName): void {
  heard.set(event, (heard.get(event) ?? 0) + 1)
  if (takeEcho(event, Date.now())) return
  for (const store of targets(event)) void store.refresh()
}

/** Refreshes those of `keys` that somebody has loaded (for writes announced under another domain). */
export async function refreshLoaded(keys: readonly StoreKey[]): Promise<void> {
  const loaded = keys.map((key) => stores.get(key)).filter((s) => s?.isLoaded())
  await Promise.all(loaded.map((s) => s!.refresh()))
}

/** How many times `event` was heard so far. */
export const timesHeard = (event: EventName): number => heard.get(event) ?? 0

/**
 * After a write by store `writer` whose backend announces `event`: leaves every store that event
 * refreshes showing the answer, refreshing each once. If the announcement already came (it is
 * sent before the answer), the refreshes it started are awaited; otherwise they start now and the
 * announcement, when it comes, is taken as this write's echo and refreshes nothing again.
 */
export async function refreshAfterWrite(
  event: EventName,
  heardBefore: number,
  wrote: boolean,
  writer?: StoreKey,
): Promise<void> {
  const affected = targets(event, writer)
  if (timesHeard(event) !== heardBefore) {
    await Promise.all(affected.map((s) => s.settled()))
    return
  }
  if (wrote) echoes.set(event, [...(echoes.get(event) ?? []), Date.now() + ECHO_WINDOW_MS])
  await Promise.all(affected.map((s) => s.refresh()))
}

let stop: (() => void) | null = null

/**
 * Keeps the stores in step with changes announced by the backend (this window's writes, other
 * windows, the CLI): one subscription per event, routed through the table in refresh-table.ts.
 */
export function startLiveUpdates(on: Subscribe = api.events.on): () => void {
  stop?.()
  const stops = EVENT_NAMES.map((event) => on(event, () => announce(event)))
  stop = () => stops.forEach((s) => s())
  return stop
}

/** Forgets every registration and count (tests start each case from nothing). */
export function resetLiveUpdates(): void {
  stop?.()
  stop = null
  stores.clear()
  heard.clear()
  echoes.clear()
}
