import type {
  ChannelInput,
  ChannelOutput,
  RatingKind,
  RegisterFilter,
  Result,
  Risk,
  RiskDetail,
  RiskReference,
  RiskTarget,
} from '../../../shared/contract'
import { risksApi } from '../lib/risks-api'
import { createDomainStore, type DomainState } from './store-factory'

interface RisksState extends DomainState {
  risks: Risk[]
  /** Today as the backend sees it: what "overdue" is measured against. */
  today: string
  reference: RiskReference | null
  targets: RiskTarget[]
  /** Register filters; the heat-map cell is one of them. */
  filter: RegisterFilter
  /** Which rating the heat map shows. */
  rating: RatingKind
  setFilter(patch: Partial<RegisterFilter>): void
  clearFilters(): void
  setRating(rating: RatingKind): void
  /** One risk with its history (read on demand, not kept). */
  get(id: number): Promise<Result<ChannelOutput<'risks:get'>>>
  create(input: ChannelInput<'risks:create'>): Promise<Result<RiskDetail>>
  update(input: ChannelInput<'risks:update'>): Promise<Result<RiskDetail>>
  close(input: ChannelInput<'risks:close'>): Promise<Result<RiskDetail>>
}

/** The risk register with what its form and heat map need. */
export const useRisksStore = createDomainStore<RisksState>({
  key: 'risks',
  event: 'risks:changed',
  fetch: async () => {
    const [register, reference, targets] = await Promise.all([
      risksApi.list({ status: 'all' }),
      risksApi.reference(),
      risksApi.targets(),
    ])
    if (!register.ok) return register
    if (!reference.ok) return reference
    if (!targets.ok) return targets
    return {
      ok: true,
      value: {
        risks: register.value.risks,
        today: register.value.today,
        reference: reference.value,
        targets: targets.value,
      },
    }
  },
  init: ({ set, get, mutate }) => ({
    risks: [],
    today: '',
    reference: null,
    targets: [],
    filter: {},
    rating: 'residual',
    setFilter: (patch) => set({ filter: { ...get().filter, ...patch } }),
    clearFilters: () => set({ filter: {} }),
    setRating: (rating) => {
      // A cell picked on the other map means nothing on this one.
      const cell = get().filter.cell
      set({ rating, filter: cell ? { ...get().filter, cell: null } : get().filter })
    },
    get: (id) => risksApi.get(id),
    create: (input) => mutate(() => risksApi.create(input)),
    update: (input) => mutate(() => risksApi.update(input)),
    close: (input) => mutate(() => risksApi.close(input)),
  }),
})
