import type { ChannelInput } from '../../../shared/contract'
import { api, call } from './api'

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
  /**
   * Runs `callback` when risks, or what they point to (objectives, the plan, packs, settings),
   * change elsewhere; returns a stop function.
   */
  onChanged(callback: () => void): () => void {
    const stops = (
      [
        'risks:changed',
        'objectives:changed',
        'plan:changed',
        'packs:changed',
        'settings:changed',
      ] as const
    ).map((event) => api.events.on(event, callback))
    return () => stops.forEach((stop) => stop())
  },
}
