import type {
  AppError,
  AttachTarget,
  ChannelInput,
  IndicatorDetail,
  IndicatorSummary,
  LibraryIndicator,
} from '../../../shared/contract'
import { indicatorsApi } from '../lib/indicators-api'
import { latestOnly, type LoadStatus } from './load-status'
import { createDomainStore, type DomainState } from './store-factory'

/** One indicator's full record as loaded for its detail page. */
export interface DetailEntry {
  status: LoadStatus
  detail: IndicatorDetail | null
  error: AppError | null
}

type Api = typeof indicatorsApi

interface IndicatorsState extends DomainState {
  /** Every indicator with its latest status, ordered by code. */
  summaries: IndicatorSummary[]
  /** Objectives, outcomes and outputs an indicator can attach to, in logframe order. */
  targets: AttachTarget[]
  library: LibraryIndicator[]
  details: Record<number, DetailEntry>
  loadDetail(id: number): Promise<void>
  create(input: ChannelInput<'indicators:create'>): ReturnType<Api['create']>
  update(input: ChannelInput<'indicators:update'>): ReturnType<Api['update']>
  remove(input: ChannelInput<'indicators:delete'>): ReturnType<Api['remove']>
  addActual(input: ChannelInput<'indicators:addActual'>): ReturnType<Api['addActual']>
  updateActual(input: ChannelInput<'indicators:updateActual'>): ReturnType<Api['updateActual']>
  removeActual(input: ChannelInput<'indicators:deleteActual'>): ReturnType<Api['removeActual']>
}

const detailRequests = new Map<number, ReturnType<typeof latestOnly>>()

/** Performance indicators, their attach targets, the pack library and loaded details. */
export const useIndicatorsStore = createDomainStore<IndicatorsState>({
  key: 'indicators',
  event: 'indicators:changed',
  fetch: async (get) => {
    const [list, targets, library] = await Promise.all([
      indicatorsApi.list(),
      indicatorsApi.targets(),
      indicatorsApi.library(),
      // Details open on screen are read again alongside.
      ...Object.keys(get().details).map((id) => get().loadDetail(Number(id))),
    ])
    if (!list.ok) return list
    if (!targets.ok) return targets
    if (!library.ok) return library
    return {
      ok: true,
      value: { summaries: list.value, targets: targets.value, library: library.value },
    }
  },
  init: ({ set, get, mutate }) => ({
    summaries: [],
    targets: [],
    library: [],
    details: {},
    async loadDetail(id) {
      const requests = detailRequests.get(id) ?? latestOnly()
      detailRequests.set(id, requests)
      const ticket = requests.next()
      if (get().details[id]?.status !== 'ready') {
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
    create: (input) => mutate(() => indicatorsApi.create(input)),
    update: (input) => mutate(() => indicatorsApi.update(input)),
    remove: (input) =>
      mutate(async () => {
        // Forget the detail first: the change event of the delete may arrive before its answer,
        // and a refresh must not ask for the indicator that is going (a 404 in the console).
        const { [input.id]: kept, ...rest } = get().details
        set({ details: rest })
        const result = await indicatorsApi.remove(input)
        if (!result.ok && kept) set({ details: { ...get().details, [input.id]: kept } })
        return result
      }),
    addActual: (input) => mutate(() => indicatorsApi.addActual(input)),
    updateActual: (input) => mutate(() => indicatorsApi.updateActual(input)),
    removeActual: (input) => mutate(() => indicatorsApi.removeActual(input)),
  }),
})
