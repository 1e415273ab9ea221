import { create, type StoreApi, type UseBoundStore } from 'zustand'
import type { AppError, EventName, Result } from '../../../shared/contract'
import { isStorageFault } from './app-store'
import { refreshAfterWrite, registerStore, timesHeard } from './live-updates'
import { latestOnly, type LoadStatus } from './load-status'
import type { StoreKey } from './refresh-table'

/** What every domain store has: where its data is, and how to (re)load it. */
export interface DomainState {
  /** `ready` stays while a refresh runs: views keep showing the data they have. */
  status: LoadStatus
  error: AppError | null
  /** Loads the data the first time a view asks for it. */
  load(): Promise<void>
  /** Reads the data again; resolves once the newest answer is in the store. */
  refresh(): Promise<void>
}

/** What a store's own fields and actions are built with. */
export interface StoreTools<S> {
  set: StoreApi<S>['setState']
  get: () => S
  /**
   * The one way to write: runs `call`, sends a failure no form shows to the notification area,
   * and resolves once this store, and every loaded store the write's announcement (`event`,
   * by default the store's own) refreshes, shows the answer. Each is refreshed once.
   */
  mutate<T>(call: () => Promise<Result<T>>, event?: EventName): Promise<Result<T>>
}

/** How one domain store reads its data and what else it holds. */
export interface DomainStoreConfig<S extends DomainState> {
  /** Its row in the refresh table (refresh-table.ts). */
  key: StoreKey
  /** What the backend announces after this store's writes. */
  event: EventName
  /** The store's own fields and actions: everything but status, error, load and refresh. */
  init(tools: StoreTools<S>): Omit<S, keyof DomainState>
  /** Reads the data; the answer's fields are merged into the state. */
  fetch(get: () => S): Promise<Result<Partial<S>>>
  /** Runs once, just before the first load. */
  beforeFirstLoad?(tools: StoreTools<S>): void
}

/**
 * Builds a domain store: status, error, load and refresh (only the newest answer is kept; data
 * on screen stays while a refresh runs), one mutation helper, and its place in the refresh table.
 */
export function createDomainStore<S extends DomainState>(
  config: DomainStoreConfig<S>,
): UseBoundStore<StoreApi<S>> {
  const requests = latestOnly()
  const running = new Set<Promise<void>>()

  async function settled(): Promise<void> {
    while (running.size > 0) await Promise.all([...running])
  }

  const store = create<S>()((set, get) => {
    const tools: StoreTools<S> = {
      set,
      get,
      async mutate(call, event = config.event) {
        const before = timesHeard(event)
        const result = await call()
        // A refused write may mean the data on screen is stale (a conflict): reload either way;
        // but a storage fault changed nothing, and a read getting through would clear its banner.
        const stale = result.ok || !isStorageFault(result.error) || timesHeard(event) !== before
        if (stale) await refreshAfterWrite(event, before, result.ok, config.key)
        return result
      },
    }

    async function refresh(): Promise<void> {
      const ticket = requests.next()
      if (get().status !== 'ready') set({ status: 'loading' } as Partial<S>)
      const reading = config.fetch(get).then((result) => {
        if (!requests.isLatest(ticket)) return
        if (result.ok) set({ ...result.value, status: 'ready', error: null })
        else set({ status: 'error', error: result.error } as Partial<S>)
      })
      running.add(reading)
      const done = () => running.delete(reading)
      void reading.then(done, done)
      await reading
      await settled()
    }

    return {
      status: 'idle',
      error: null,
      async load() {
        if (get().status !== 'idle') return
        config.beforeFirstLoad?.(tools)
        await refresh()
      },
      refresh,
      ...config.init(tools),
    } as S
  })

  registerStore(config.key, {
    isLoaded: () => store.getState().status !== 'idle',
    refresh: () => store.getState().refresh(),
    settled,
  })
  return store
}
