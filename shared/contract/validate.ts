import type { ChannelName } from './channel-names'
import { channels, type ChannelParsed } from './channels'
import { describeIssues } from './problems'
import { fail, ok, type Result } from './result'

/** Validates raw input for a channel; on failure every problem is listed, in plain words. */
export function validateInput<K extends ChannelName>(
  name: K,
  raw: unknown,
): Result<ChannelParsed<K>> {
  const def = channels[name]
  // reportInput lets a wrong type ("abc" for a number) be told apart from a missing field.
  const parsed = def.input.safeParse(raw ?? undefined, { reportInput: true })
  if (parsed.success) return ok(parsed.data as ChannelParsed<K>)
  const details = describeIssues(parsed.error.issues, def.labels)
  const first = details[0]?.message ?? 'The input is not valid.'
  const message = details.length > 1 ? `${first} (and ${details.length - 1} more)` : first
  return fail('validation', message, details)
}
