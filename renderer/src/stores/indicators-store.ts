import { create } from 'zustand'
import type {
  AppError,
  AttachTarget,
  ChannelInput,
  EventName,
  IndicatorDetail,
  IndicatorSummary,
  LibraryIndicator,
  Result,
} from '../../../shared/contract'
import { api } from '../lib/api'
import { indicatorsApi } from '../lib/indicators-api'
import { latestOnly, type LoadStatus } from './load-status'

/** One indicator's full record as loaded for its detail page. */
export interface DetailEntry {
  status: LoadStatus
  detail: IndicatorDetail | null
  error: AppError | null
}

interface IndicatorsState {
  status: LoadStatus
  error: AppError | null
  /** Every indicator with its latest status, ordered by code. */
  summaries: IndicatorSummary[]
  /** Objectives, outcomes and outputs an indicator can attach to, in logframe order. */
  targets: AttachTarget[]
  library: LibraryIndicator[]
  details: Record<number, DetailEntry>
  load(): Promise<void>
  refresh(): Promise<void>
  loadDetail(id: number): Promise<void>
  create(input: ChannelInput<'indicators:create'>): ReturnType<typeof indicatorsApi.create>
  update(input: ChannelInput<'indicators:update'>): ReturnType<typeof indicatorsApi.update>
  remove(input: ChannelInput<'indicators:delete'>): ReturnType<typeof indicatorsApi.remove>
  addActual(input: ChannelInput<'indicators:addActual'>): ReturnType<typeof indicatorsApi.addActual>
  updateActual(
    input: ChannelInput<'indicators:updateActual'>,
  ): ReturnType<typeof indicatorsApi.updateActual>
  removeActual(
    input: ChannelInput<'indicators:deleteActual'>,
  ): ReturnType<typeof indicatorsApi.removeActual>
}

// Labels of attach targets come from the plan; library indicators from the packs.
const WATCHED: EventName[] = [
  'indicators:changed',
  'objectives:changed',
  'plan:changed',
  'packs:changed',
]

const listRequests = latestOnly()
const detailRequests = new Map<number, ReturnType<typeof latestOnly>>()
let watching = false

/** Performance indicators, their attach targets, the pack library and loaded details. */
export const useIndicatorsStore = create<IndicatorsState>()((set, get) => {
  // Any change, even a refused one (e.g. a conflict), may mean what is on screen is stale.
  async function thenRefresh<T>(result: Result<T>): Promise<Result<T>> {
    await get().refresh()
    return result
  }

  function watch(): void {
    if (watching) return
    watching = true
    for (const event of WATCHED) api.events.on(event, () => void get().refresh())
  }

  return {
    status: 'idle',
    error: null,
    summaries: [],
    targets: [],
    library: [],
    details: {},
    async load() {
      watch()
      if (get().status === 'idle') await get().refresh()
    },
    async refresh() {
      const ticket = listRequests.next()
      if (get().status !== 'ready') set({ status: 'loading' })
      const [list, targets, library] = await Promise.all([
        indicatorsApi.list(),
        indicatorsApi.targets(),
        indicatorsApi.library(),
      ])
      if (!listRequests.isLatest(ticket)) return
      const failed = [list, targets, library].find((r) => !r.ok)
      if (failed && !failed.ok) {
        set({ status: 'error', error: failed.error })
        return
      }
      if (!list.ok || !targets.ok || !library.ok) return
      set({
        status: 'ready',
        error: null,
        summaries: list.value,
        targets: targets.value,
        library: library.value,
      })
      await Promise.all(Object.keys(get().details).map((id) => get().loadDetail(Number(id))))
    },
    async loadDetail(id) {
      const requests = detailRequests.get(id) ?? latestOnly()
      detailRequests.set(id, requests)
      const ticket = requests.next()
      const current = get().details[id]
      if (current?.status !== 'ready') {
        set({
          details: { ...get().details, [id]: { status: 'loading', detail: null, error: null } },
        })
      }
      const result = await indicatorsApi.get(id)
      if (!requests.isLatest(ticket)) return
      const entry: DetailEntry = result.ok
        ? { status: 'ready', detail: result.value, error: null }
        : { status: 'error', detail: null, error: result.error }
      set({ details: { ...get().details, [id]: entry } })
    },
    create: async (input) => thenRefresh(await indicatorsApi.create(input)),
    update: async (input) => thenRefresh(await indicatorsApi.update(input)),
    remove: async (input) => {
      const result = await indicatorsApi.remove(input)
      if (result.ok) {
        const { [input.id]: _gone, ...rest } = get().details
        set({ details: rest })
      }
      return thenRefresh(result)
    },
    addActual: async (input) => thenRefresh(await indicatorsApi.addActual(input)),
    updateActual: async (input) => thenRefresh(await indicatorsApi.updateActual(input)),
    removeActual: async (input) => thenRefresh(await indicatorsApi.removeActual(input)),
  }
})
