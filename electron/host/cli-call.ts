import type { ChannelInput, ChannelName, ChannelOutput, Result } from '../../shared/contract'
import type { Backend } from '../backend/backend'
import { AppFailure } from '../backend/errors'

/**
 * Calls one channel the way every door does (validation, service, audit, change events) and
 * hands back its value; a refusal is thrown as the AppFailure it crossed the door as, so the
 * command reports it in the same words the interface shows.
 */
export async function callChannel<K extends ChannelName>(
  b: Backend,
  name: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const r = (await b.call(name, input)) as Result<ChannelOutput<K>>
  if (!r.ok) throw new AppFailure(r.error.code, r.error.message, r.error.details)
  return r.value
}
