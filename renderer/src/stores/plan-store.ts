import { create } from 'zustand'
import type {
  AppError,
  ChannelInput,
  PlanActivity,
  PlanData,
  Result,
} from '../../../shared/contract'
import { api } from '../lib/api'
import { planApi } from '../lib/plan-api'
import { useAuditStore } from './audit-store'
import { latestOnly, type LoadStatus } from './load-status'
import { useObjectivesStore } from './objectives-store'

interface PlanState {
  status: LoadStatus
  data: PlanData | null
  error: AppError | null
  load(): Promise<void>
  refresh(): Promise<void>
  saveHeader(input: ChannelInput<'plan:saveHeader'>): Promise<Result<unknown>>
  createResult(input: ChannelInput<'plan:createResult'>): Promise<Result<{ id: number }>>
  updateResult(input: ChannelInput<'plan:updateResult'>): Promise<Result<unknown>>
  deleteResult(id: number): Promise<Result<unknown>>
  createActivity(input: ChannelInput<'plan:createActivity'>): Promise<Result<PlanActivity>>
  updateActivity(input: ChannelInput<'plan:updateActivity'>): Promise<Result<PlanActivity>>
  deleteActivity(id: number): Promise<Result<unknown>>
  createProject(input: ChannelInput<'plan:createProject'>): Promise<Result<unknown>>
  updateProject(input: ChannelInput<'plan:updateProject'>): Promise<Result<unknown>>
  deleteProject(id: number): Promise<Result<unknown>>
  move(input: ChannelInput<'plan:move'>): Promise<Result<unknown>>
  reparent(input: ChannelInput<'plan:reparent'>): Promise<Result<unknown>>
}

const requests = latestOnly()
// The refresh whose answer will be kept; a change waits for it so that, when the change resolves,
// the plan on screen already shows it (a refresh started by the change event may overtake ours).
let latest: Promise<void> = Promise.resolve()

const refreshIfLoaded = (store: { getState(): { status: string; refresh(): Promise<void> } }) => {
  const state = store.getState()
  if (state.status !== 'idle') void state.refresh()
}

let listening = false
// The plan shows objectives and moves them, so either domain changing refreshes both; the audit
// log gains an entry too. Subscribed once, when the plan is first loaded.
function listenForChanges(): void {
  if (listening) return
  listening = true
  api.events.on('plan:changed', () => {
    refreshIfLoaded(usePlanStore)
    refreshIfLoaded(useObjectivesStore)
    refreshIfLoaded(useAuditStore)
  })
  api.events.on('objectives:changed', () => refreshIfLoaded(usePlanStore))
}

/** The strategic plan: header, logframe, activities and projects, in one answer. */
export const usePlanStore = create<PlanState>()((set, get) => {
  // Whatever the answer, the plan on screen may be stale (a conflict, a renumbering): reload.
  async function thenRefresh<T>(result: Result<T>): Promise<Result<T>> {
    await get().refresh()
    for (let seen: Promise<void> | null = null; seen !== latest;) {
      seen = latest
      await seen
    }
    refreshIfLoaded(useObjectivesStore)
    return result
  }

  return {
    status: 'idle',
    data: null,
    error: null,
    async load() {
      listenForChanges()
      if (get().status === 'idle') await get().refresh()
    },
    refresh() {
      const ticket = requests.next()
      if (get().status !== 'ready') set({ status: 'loading' })
      latest = planApi.get().then((result) => {
        if (!requests.isLatest(ticket)) return
        if (!result.ok) set({ status: 'error', error: result.error })
        else set({ status: 'ready', data: result.value, error: null })
      })
      return latest
    },
    saveHeader: async (input) => thenRefresh(await planApi.saveHeader(input)),
    createResult: async (input) => thenRefresh(await planApi.createResult(input)),
    updateResult: async (input) => thenRefresh(await planApi.updateResult(input)),
    deleteResult: async (id) => thenRefresh(await planApi.deleteResult(id)),
    createActivity: async (input) => thenRefresh(await planApi.createActivity(input)),
    updateActivity: async (input) => thenRefresh(await planApi.updateActivity(input)),
    deleteActivity: async (id) => thenRefresh(await planApi.deleteActivity(id)),
    createProject: async (input) => thenRefresh(await planApi.createProject(input)),
    updateProject: async (input) => thenRefresh(await planApi.updateProject(input)),
    deleteProject: async (id) => thenRefresh(await planApi.deleteProject(id)),
    move: async (input) => thenRefresh(await planApi.move(input)),
    reparent: async (input) => thenRefresh(await planApi.reparent(input)),
  }
})
