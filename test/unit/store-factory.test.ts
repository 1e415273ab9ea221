import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppError, EventName, Result } from '../../shared/contract'
import {
  ECHO_WINDOW_MS,
  resetLiveUpdates,
  startLiveUpdates,
} from '../../renderer/src/stores/live-updates'
import { call } from '../../renderer/src/lib/api'
import {
  startFailureNotices,
  useNotificationsStore,
} from '../../renderer/src/stores/notifications-store'
import type { StoreKey } from '../../renderer/src/stores/refresh-table'
import { createDomainStore, type DomainState } from '../../renderer/src/stores/store-factory'

// A fake backend: a list of names, a write that adds one, and the events it announces.
interface Deferred<T> {
  promise: Promise<T>
  resolve(value: T): void
}
function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

const listeners = new Map<EventName, Set<() => void>>()
function emit(event: EventName): void {
  listeners.get(event)?.forEach((cb) => cb())
}

interface NamesState extends DomainState {
  names: string[]
  add(name: string): Promise<Result<{ name: string }>>
}

function namesStore(key: StoreKey, backend: { names: string[]; reads: number }) {
  return createDomainStore<NamesState>({
    key,
    event: `${key}:changed` as EventName,
    fetch: async () => {
      backend.reads++
      await Promise.resolve()
      return { ok: true, value: { names: [...backend.names] } }
    },
    init: ({ mutate }) => ({
      names: [],
      add: (name) =>
        mutate(async () => {
          backend.names.push(name)
          return { ok: true, value: { name } }
        }),
    }),
  })
}

beforeEach(() => {
  resetLiveUpdates()
  listeners.clear()
  useNotificationsStore.setState({ notifications: [] })
  startLiveUpdates((event, callback) => {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(callback)
    return () => set.delete(callback)
  })
})
afterEach(() => vi.useRealTimers())

describe('a domain store built by the factory', () => {
  it('loads once, then keeps its data on screen while a refresh runs', async () => {
    const backend = { names: ['Training'], reads: 0 }
    const store = namesStore('risks', backend)
    expect(store.getState().status).toBe('idle')
    await store.getState().load()
    await store.getState().load()
    expect(store.getState()).toMatchObject({ status: 'ready', names: ['Training'] })
    expect(backend.reads).toBe(1)

    backend.names.push('Audit')
    const refreshing = store.getState().refresh()
    // No flash to a loading state: the old list stays until the new one arrives.
    expect(store.getState()).toMatchObject({ status: 'ready', names: ['Training'] })
    await refreshing
    expect(store.getState().names).toEqual(['Training', 'Audit'])
  })

  it('keeps only the newest answer when an older one arrives late', async () => {
    const answers = [deferred<string[]>(), deferred<string[]>()]
    let call = 0
    const store = createDomainStore<DomainState & { names: string[] }>({
      key: 'risks',
      event: 'risks:changed',
      fetch: async () => ({ ok: true, value: { names: await answers[call++]!.promise } }),
      init: () => ({ names: [] }),
    })
    const first = store.getState().refresh()
    const second = store.getState().refresh()
    answers[1]!.resolve(['new'])
    answers[0]!.resolve(['old'])
    await Promise.all([first, second])
    expect(store.getState().names).toEqual(['new'])
  })

  it('says what failed when the first load fails, and shows the data once a retry works', async () => {
    let fail = true
    const error: AppError = { code: 'internal', message: 'Capstan could not read the risks.' }
    const store = createDomainStore<DomainState & { names: string[] }>({
      key: 'risks',
      event: 'risks:changed',
      fetch: async () => (fail ? { ok: false, error } : { ok: true, value: { names: ['A'] } }),
      init: () => ({ names: [] }),
    })
    await store.getState().load()
    expect(store.getState()).toMatchObject({ status: 'error', error })
    fail = false
    await store.getState().refresh()
    expect(store.getState()).toMatchObject({ status: 'ready', error: null, names: ['A'] })
  })
})

describe('a write refreshes once', () => {
  it('when the announcement arrives before the answer (as the backend sends it)', async () => {
    const backend = { names: [] as string[], reads: 0 }
    const store = namesStore('risks', backend)
    await store.getState().load()
    const write = store.getState().add('Customs fraud')
    emit('risks:changed')
    await write
    expect(store.getState().names).toEqual(['Customs fraud'])
    expect(backend.reads).toBe(2)
  })

  it('when the announcement arrives after the answer: it is taken as the echo', async () => {
    const backend = { names: [] as string[], reads: 0 }
    const store = namesStore('risks', backend)
    await store.getState().load()
    await store.getState().add('Customs fraud')
    // The write resolves with the new data already on screen.
    expect(store.getState().names).toEqual(['Customs fraud'])
    emit('risks:changed')
    await store.getState().refresh()
    expect(backend.reads).toBe(3) // load, the write's refresh, and the explicit refresh above
  })

  it('but an announcement long after the write is somebody else’s change, and refreshes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const backend = { names: [] as string[], reads: 0 }
    const store = namesStore('risks', backend)
    await store.getState().load()
    await store.getState().add('Customs fraud')
    vi.setSystemTime(Date.now() + ECHO_WINDOW_MS + 1)
    backend.names.push('From the CLI')
    emit('risks:changed')
    await vi.waitFor(() => expect(store.getState().names).toContain('From the CLI'))
    expect(backend.reads).toBe(3)
  })

  it('and a refused write reloads too (the data may be stale) unless storage failed, telling the user only what no form shows', async () => {
    const backend = { names: ['A'], reads: 0 }
    const errors: AppError[] = [
      { code: 'conflict', message: 'Someone else changed this risk.' },
      { code: 'disk_full', message: 'The disk holding capstan.db is full.' },
      { code: 'not_found', message: 'This risk no longer exists. Reload the register.' },
    ]
    let next = 0
    // The desktop bridge, answering each call with the next refusal; every failed call, from a
    // store or anywhere else, reaches the notification area through lib/api.
    ;(globalThis as { window?: unknown }).window = {
      capstan: { invoke: async () => ({ ok: false, error: errors[next++] }), on: () => () => {} },
    }
    const stopNotices = startFailureNotices()
    const store = createDomainStore<DomainState & { names: string[]; save(): Promise<unknown> }>({
      key: 'risks',
      event: 'risks:changed',
      fetch: async () => {
        backend.reads++
        return { ok: true, value: { names: [...backend.names] } }
      },
      init: ({ mutate }) => ({
        names: [],
        save: () => mutate(() => call('risks:close', { id: 1, version: 1 })),
      }),
    })
    await store.getState().load()
    for (let i = 0; i < errors.length; i++) await store.getState().save()
    // The conflict and the missing risk reload; the full disk changed nothing, so it does not.
    expect(backend.reads).toBe(3)
    // A conflict is shown by the form, a full disk by the fault banner; the rest reach the area.
    expect(useNotificationsStore.getState().notifications.map((n) => n.error.message)).toEqual([
      'This risk no longer exists. Reload the register.',
    ])
    stopNotices()
    delete (globalThis as { window?: unknown }).window
  })
})
