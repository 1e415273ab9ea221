import { create } from 'zustand'
import type { AppError, ChannelInput, Objective, Result } from '../../../shared/contract'
import { api } from '../lib/api'
import { latestOnly, type LoadStatus } from './load-status'
import { usePlanStore } from './plan-store'

interface ObjectivesState {
  status: LoadStatus
  byId: Record<number, Objective>
  /** Ids in display order (logframe order, as the backend sorts them). */
  order: number[]
  error: AppError | null
  load(): Promise<void>
  refresh(): Promise<void>
  create(input: ChannelInput<'objectives:create'>): Promise<Result<Objective>>
  update(input: ChannelInput<'objectives:update'>): Promise<Result<Objective>>
  remove(id: number): Promise<Result<{ id: number }>>
}

const requests = latestOnly()

/** Strategic objectives of the plan. */
export const useObjectivesStore = create<ObjectivesState>()((set, get) => {
  // Any failed change may mean the list on screen is stale (e.g. a conflict): reload it too.
  // The plan shows objectives as the top of its logframe, so it reloads as well.
  async function thenRefresh<T>(result: Result<T>): Promise<Result<T>> {
    await get().refresh()
    const plan = usePlanStore.getState()
    if (plan.status !== 'idle') await plan.refresh()
    return result
  }

  return {
    status: 'idle',
    byId: {},
    order: [],
    error: null,
    async load() {
      if (get().status === 'idle') await get().refresh()
    },
    async refresh() {
      const ticket = requests.next()
      if (get().status !== 'ready') set({ status: 'loading' })
      const result = await api.objectives.list()
      if (!requests.isLatest(ticket)) return
      if (!result.ok) {
        set({ status: 'error', error: result.error })
        return
      }
      const byId: Record<number, Objective> = {}
      for (const o of result.value) byId[o.id] = o
      set({ status: 'ready', byId, order: result.value.map((o) => o.id), error: null })
    },
    create: async (input) => thenRefresh(await api.objectives.create(input)),
    update: async (input) => thenRefresh(await api.objectives.update(input)),
    remove: async (id) => thenRefresh(await api.objectives.remove({ id })),
  }
})

/** The objectives in display order. */
export const selectObjectives = (s: ObjectivesState): Objective[] =>
  s.order.map((id) => s.byId[id]).filter((o): o is Objective => o !== undefined)
