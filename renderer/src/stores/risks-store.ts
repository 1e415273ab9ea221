import { create } from 'zustand'
import type {
  AppError,
  ChannelInput,
  RatingKind,
  RegisterFilter,
  Result,
  Risk,
  RiskDetail,
  RiskReference,
  RiskTarget,
} from '../../../shared/contract'
import { risksApi } from '../lib/risks-api'
import { latestOnly, type LoadStatus } from './load-status'

interface RisksState {
  status: LoadStatus
  error: AppError | null
  risks: Risk[]
  /** Today as the backend sees it: what "overdue" is measured against. */
  today: string
  reference: RiskReference | null
  targets: RiskTarget[]
  /** Register filters; the heat-map cell is one of them. */
  filter: RegisterFilter
  /** Which rating the heat map shows. */
  rating: RatingKind
  load(): Promise<void>
  refresh(): Promise<void>
  setFilter(patch: Partial<RegisterFilter>): void
  clearFilters(): void
  setRating(rating: RatingKind): void
  create(input: ChannelInput<'risks:create'>): Promise<Result<RiskDetail>>
  update(input: ChannelInput<'risks:update'>): Promise<Result<RiskDetail>>
  close(input: ChannelInput<'risks:close'>): Promise<Result<RiskDetail>>
}

const requests = latestOnly()
let stopListening: (() => void) | null = null

/** The risk register with what its form and heat map need. */
export const useRisksStore = create<RisksState>()((set, get) => {
  async function thenRefresh<T>(result: Result<T>): Promise<Result<T>> {
    await get().refresh()
    return result
  }

  return {
    status: 'idle',
    error: null,
    risks: [],
    today: '',
    reference: null,
    targets: [],
    filter: {},
    rating: 'residual',
    async load() {
      // Changes made elsewhere (another window, the CLI, the plan) reach the register too.
      stopListening ??= risksApi.onChanged(() => void get().refresh())
      if (get().status === 'idle') await get().refresh()
    },
    async refresh() {
      const ticket = requests.next()
      if (get().status !== 'ready') set({ status: 'loading' })
      const [register, reference, targets] = await Promise.all([
        risksApi.list({ status: 'all' }),
        risksApi.reference(),
        risksApi.targets(),
      ])
      if (!requests.isLatest(ticket)) return
      const failed = [register, reference, targets].find((r) => !r.ok)
      if (failed && !failed.ok) {
        set({ status: 'error', error: failed.error })
        return
      }
      if (!register.ok || !reference.ok || !targets.ok) return
      set({
        status: 'ready',
        error: null,
        risks: register.value.risks,
        today: register.value.today,
        reference: reference.value,
        targets: targets.value,
      })
    },
    setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
    clearFilters: () => set({ filter: {} }),
    setRating: (rating) => {
      // A cell picked on the other map means nothing on this one.
      const cell = get().filter.cell
      set({ rating, filter: cell ? { ...get().filter, cell: null } : get().filter })
    },
    create: async (input) => thenRefresh(await risksApi.create(input)),
    update: async (input) => thenRefresh(await risksApi.update(input)),
    close: async (input) => thenRefresh(await risksApi.close(input)),
  }
})
