import {
  validateInput,
  type ChannelName,
  type ChannelParsed,
  type Result,
} from '../../../../shared/contract'

interface Versioned {
  id: number
  version: number
}

/** The `submit` of `useFormSubmit`. */
interface Submitter {
  submit<I, T>(
    checked: Result<I>,
    send: (valid: I) => Promise<Result<T>>,
  ): Promise<Result<T> | null>
}

/** Creating a record: its channel, what a new record adds to the fields, and the sender. */
export interface CreateStep<C extends ChannelName, T> {
  channel: C
  extra?: object
  send(valid: ChannelParsed<C>): Promise<Result<T>>
}

/** Updating a record: its channel and the sender; the record's id and version are added. */
export interface UpdateStep<U extends ChannelName, T> {
  channel: U
  send(valid: ChannelParsed<U>): Promise<Result<T>>
}

/**
 * The save of a form that both creates and edits: the same fields, sent as an update (with the
 * record's id and version) when a record is edited, else as a creation (with its extra fields).
 */
export function saveRecord<C extends ChannelName, U extends ChannelName, T>(
  form: Submitter,
  record: Versioned | undefined,
  fields: object,
  create: CreateStep<C, T>,
  update: UpdateStep<U, T>,
): Promise<Result<T> | null> {
  if (record) {
    const input = { ...fields, id: record.id, version: record.version }
    return form.submit(validateInput(update.channel, input), (valid) => update.send(valid))
  }
  const input = { ...fields, ...create.extra }
  return form.submit(validateInput(create.channel, input), (valid) => create.send(valid))
}
