import type {
  ChannelInput,
  Objective,
  PlanActivity,
  PlanData,
  Result,
} from '../../../shared/contract'
import { api } from '../lib/api'
import { planApi } from '../lib/plan-api'
import { createDomainStore, type DomainState } from './store-factory'

interface PlanState extends DomainState {
  data: PlanData | null
  saveHeader(input: ChannelInput<'plan:saveHeader'>): Promise<Result<unknown>>
  createObjective(input: ChannelInput<'objectives:create'>): Promise<Result<Objective>>
  updateObjective(input: ChannelInput<'objectives:update'>): Promise<Result<Objective>>
  deleteObjective(id: number): Promise<Result<{ id: number }>>
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

/**
 * The strategic plan: header, objectives (the top of the logframe), outcomes, outputs,
 * activities and projects, in one answer.
 */
export const usePlanStore = createDomainStore<PlanState>({
  key: 'plan',
  event: 'plan:changed',
  fetch: async () => {
    const result = await planApi.get()
    return result.ok ? { ok: true, value: { data: result.value } } : result
  },
  init: ({ mutate }) => ({
    data: null,
    saveHeader: (input) => mutate(() => planApi.saveHeader(input)),
    createObjective: (input) => mutate(() => api.objectives.create(input), 'objectives:changed'),
    updateObjective: (input) => mutate(() => api.objectives.update(input), 'objectives:changed'),
    deleteObjective: (id) => mutate(() => api.objectives.remove({ id }), 'objectives:changed'),
    createResult: (input) => mutate(() => planApi.createResult(input)),
    updateResult: (input) => mutate(() => planApi.updateResult(input)),
    deleteResult: (id) => mutate(() => planApi.deleteResult(id)),
    createActivity: (input) => mutate(() => planApi.createActivity(input)),
    updateActivity: (input) => mutate(() => planApi.updateActivity(input)),
    deleteActivity: (id) => mutate(() => planApi.deleteActivity(id)),
    createProject: (input) => mutate(() => planApi.createProject(input)),
    updateProject: (input) => mutate(() => planApi.updateProject(input)),
    deleteProject: (id) => mutate(() => planApi.deleteProject(id)),
    move: (input) => mutate(() => planApi.move(input)),
    reparent: (input) => mutate(() => planApi.reparent(input)),
  }),
})

const NO_OBJECTIVES: Objective[] = []

/** The objectives in logframe order. */
export const selectObjectives = (s: PlanState): Objective[] => s.data?.objectives ?? NO_OBJECTIVES
