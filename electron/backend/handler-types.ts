// The shapes of handlers, apart from handlers.ts: the domain handler files need these types and
// handlers.ts imports the domain files, so keeping them here leaves no file importing its importer.
import type { ChannelName, ChannelOutput, ChannelParsed } from '../../shared/contract'
import type { ServiceContext } from './context'

/** One thin handler: input is already validated, so call the service and return (or, for file work, a promise). */
export type Handler<K extends ChannelName> = (
  ctx: ServiceContext,
  input: ChannelParsed<K>,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>
/** Handlers for a subset of channels (one domain's). */
export type HandlersFor<K extends ChannelName> = { [P in K]: Handler<P> }
/** One handler per channel. */
export type Handlers = HandlersFor<ChannelName>
