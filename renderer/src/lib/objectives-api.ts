import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of strategic objectives, the top level of the plan. */
export const objectivesApi = {
  list: () => call('objectives:list', undefined),
  create: (input: ChannelInput<'objectives:create'>) => call('objectives:create', input),
  update: (input: ChannelInput<'objectives:update'>) => call('objectives:update', input),
  remove: (input: ChannelInput<'objectives:delete'>) => call('objectives:delete', input),
}
