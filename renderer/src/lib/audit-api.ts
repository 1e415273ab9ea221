import type { ChannelInput } from '../../../shared/contract'
import { call } from './api'

/** Typed calls of the audit trail. */
export const auditApi = {
  list: (input: ChannelInput<'audit:list'>) => call('audit:list', input),
  verify: () => call('audit:verify', undefined),
}
