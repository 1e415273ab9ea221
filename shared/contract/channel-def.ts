// Kept apart from channels.ts so domain contract files can declare channels without importing
// the registry that imports them (an import cycle would leave `channel` uninitialised).
import type { z } from 'zod'
import type { FieldLabels } from './problems'

/** A channel: its input schema, the labels for its fields, and (as a type only) its output. */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I
  labels: FieldLabels
  /** Phantom: never set, carries the output type. */
  output?: O
}

/** Declares a channel: `channel<Output>()(inputSchema, labels)`. */
export const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, labels: FieldLabels = {}): ChannelDef<I, O> => ({
    input,
    labels,
  })
