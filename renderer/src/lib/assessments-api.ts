import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls for needs assessments, gap analysis and traceability to the plan. */
export const assessmentsApi = {
  frameworks: () => call('assessments:frameworks', undefined),
  list: () => call('assessments:list', undefined),
  get: (id: number) => call('assessments:get', { id }),
  create: (input: ChannelInput<'assessments:create'>) => call('assessments:create', input),
  update: (input: ChannelInput<'assessments:update'>) => call('assessments:update', input),
  remove: (input: ChannelInput<'assessments:delete'>) => call('assessments:delete', input),
  scoreItem: (input: ChannelInput<'assessments:scoreItem'>) => call('assessments:scoreItem', input),
  addRecommendation: (input: ChannelInput<'assessments:addRecommendation'>) =>
    call('assessments:addRecommendation', input),
  updateRecommendation: (input: ChannelInput<'assessments:updateRecommendation'>) =>
    call('assessments:updateRecommendation', input),
  deleteRecommendation: (input: ChannelInput<'assessments:deleteRecommendation'>) =>
    call('assessments:deleteRecommendation', input),
  startCycle: (input: ChannelInput<'assessments:startCycle'>) =>
    call('assessments:startCycle', input),
  compare: (baseId: number, otherId: number) => call('assessments:compare', { baseId, otherId }),
  planTargets: () => call('assessments:planTargets', undefined),
  coverage: (assessmentId?: number) =>
    call('assessments:coverage', assessmentId === undefined ? {} : { assessmentId }),
  link: (input: ChannelInput<'assessments:link'>) => call('assessments:link', input),
  unlink: (linkId: number) => call('assessments:unlink', { linkId }),
  defer: (input: ChannelInput<'assessments:defer'>) => call('assessments:defer', input),
  clearDeferral: (input: ChannelInput<'assessments:clearDeferral'>) =>
    call('assessments:clearDeferral', input),
  createObjectiveFromGap: (input: ChannelInput<'assessments:createObjectiveFromGap'>) =>
    call('assessments:createObjectiveFromGap', input),
  /** Runs `callback` when assessments or the plan they link to change; returns a stop function. */
}
