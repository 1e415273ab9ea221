import { beforeEach, describe, expect, it } from 'vitest'
import { EVENT_NAMES, type EventName } from '../../shared/contract'
import {
  announce,
  registerStore,
  registeredKeys,
  resetLiveUpdates,
  storesRefreshedBy,
  type Refreshable,
} from '../../renderer/src/stores/live-updates'
import { REFRESHED_BY, type StoreKey } from '../../renderer/src/stores/refresh-table'

// A store that only counts its refreshes.
function counter(loaded = true): Refreshable & { count: number } {
  const store = {
    count: 0,
    isLoaded: () => loaded,
    refresh: async () => {
      store.count++
    },
    settled: async () => {},
  }
  return store
}

beforeEach(() => resetLiveUpdates())

describe('the one table of which events refresh which stores', () => {
  it('routes an announcement to every loaded store that shows that domain, and to no other', () => {
    const stores = Object.fromEntries(
      (Object.keys(REFRESHED_BY) as StoreKey[]).map((key) => [key, counter()]),
    ) as Record<StoreKey, ReturnType<typeof counter>>
    for (const [key, store] of Object.entries(stores)) registerStore(key as StoreKey, store)

    announce('objectives:changed')
    const refreshed = Object.entries(stores)
      .filter(([, s]) => s.count > 0)
      .map(([key]) => key)
      .sort()
    expect(refreshed).toEqual(
      [
        'assessments',
        'audit',
        'dashboard.coverage',
        'dashboard.indicators',
        'dashboard.plan',
        'documents',
        'indicators',
        'plan',
        'risks',
      ].sort(),
    )
    expect(Object.values(stores).every((s) => s.count <= 1)).toBe(true)
  })

  it('leaves stores nobody loaded alone: they load when their view opens', () => {
    const loaded = counter(true)
    const unloaded = counter(false)
    registerStore('risks', loaded)
    registerStore('integrity', unloaded)
    announce('risks:changed')
    expect([loaded.count, unloaded.count]).toEqual([1, 0])
  })

  it('refreshes the audit trail on every announcement, since every write is audited', () => {
    for (const event of EVENT_NAMES) expect(storesRefreshedBy(event)).toContain('audit')
  })

  it('has every domain store refreshed by its own domain’s announcement', () => {
    // Every row named after a domain (the audit trail is shown, never written, by its view).
    const domains = (Object.keys(REFRESHED_BY) as StoreKey[]).filter(
      (key) => key !== 'audit' && (EVENT_NAMES as readonly string[]).includes(`${key}:changed`),
    )
    expect(domains).toHaveLength(9)
    for (const key of domains) {
      expect(storesRefreshedBy(`${key}:changed` as EventName)).toContain(key)
    }
  })

  it('is served by a real store on every row, once the stores are loaded', async () => {
    const stores = ['app', 'assessments', 'audit', 'backup', 'dashboard', 'documents', 'indicators']
    const more = ['integrity', 'packs', 'plan', 'risks', 'settings']
    for (const name of [...stores, ...more]) {
      await import(`../../renderer/src/stores/${name}-store.ts`)
    }
    expect(registeredKeys().sort()).toEqual((Object.keys(REFRESHED_BY) as StoreKey[]).sort())
  })

  it('folds objectives into the plan: their announcement refreshes the one plan store', () => {
    expect(storesRefreshedBy('objectives:changed')).toContain('plan')
    expect(Object.keys(REFRESHED_BY)).not.toContain('objectives')
  })
})
