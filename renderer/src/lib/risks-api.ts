import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls for the risk register. */
export const risksApi = {
  list: (filter?: ChannelInput<'risks:list'>) => call('risks:list', filter ?? {}),
  get: (id: number) => call('risks:get', { id }),
  reference: () => call('risks:reference', undefined),
  targets: () => call('risks:targets', undefined),
  integrityRisks: () => call('risks:integrityRisks', undefined),
  create: (input: ChannelInput<'risks:create'>) => call('risks:create', input),
  update: (input: ChannelInput<'risks:update'>) => call('risks:update', input),
  close: (input: ChannelInput<'risks:close'>) => call('risks:close', input),
}
