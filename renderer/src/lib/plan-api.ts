import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of the plan domain (the renderer never names a channel elsewhere). */
export const planApi = {
  get: () => call('plan:get', undefined),
  saveHeader: (input: ChannelInput<'plan:saveHeader'>) => call('plan:saveHeader', input),
  createResult: (input: ChannelInput<'plan:createResult'>) => call('plan:createResult', input),
  updateResult: (input: ChannelInput<'plan:updateResult'>) => call('plan:updateResult', input),
  deleteResult: (id: number) => call('plan:deleteResult', { id }),
  createActivity: (input: ChannelInput<'plan:createActivity'>) =>
    call('plan:createActivity', input),
  updateActivity: (input: ChannelInput<'plan:updateActivity'>) =>
    call('plan:updateActivity', input),
  deleteActivity: (id: number) => call('plan:deleteActivity', { id }),
  createProject: (input: ChannelInput<'plan:createProject'>) => call('plan:createProject', input),
  updateProject: (input: ChannelInput<'plan:updateProject'>) => call('plan:updateProject', input),
  deleteProject: (id: number) => call('plan:deleteProject', { id }),
  move: (input: ChannelInput<'plan:move'>) => call('plan:move', input),
  reparent: (input: ChannelInput<'plan:reparent'>) => call('plan:reparent', input),
}
