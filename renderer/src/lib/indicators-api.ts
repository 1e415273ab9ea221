import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of the indicators domain. */
export const indicatorsApi = {
  list: () => call('indicators:list', undefined),
  get: (id: number) => call('indicators:get', { id }),
  targets: () => call('indicators:targets', undefined),
  library: () => call('indicators:library', undefined),
  create: (input: ChannelInput<'indicators:create'>) => call('indicators:create', input),
  update: (input: ChannelInput<'indicators:update'>) => call('indicators:update', input),
  remove: (input: ChannelInput<'indicators:delete'>) => call('indicators:delete', input),
  addActual: (input: ChannelInput<'indicators:addActual'>) => call('indicators:addActual', input),
  updateActual: (input: ChannelInput<'indicators:updateActual'>) =>
    call('indicators:updateActual', input),
  removeActual: (input: ChannelInput<'indicators:deleteActual'>) =>
    call('indicators:deleteActual', input),
}
