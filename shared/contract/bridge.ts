// Type-only imports: the sandboxed preload imports BRIDGE_KEY from here and must stay zod-free.
import type { ChannelName, EventName } from './channel-names'
import type { ChannelInput, ChannelOutput } from './channels'
import type { Result } from './result'

/** The global name the desktop preload exposes the bridge under (`window.capstan`). */
export const BRIDGE_KEY = 'capstan'

/**
 * What the desktop preload exposes as `window.capstan`: the only way the renderer reaches the
 * main process. Unknown channel or event names are refused before anything crosses IPC.
 */
export interface CapstanBridge {
  /** Calls one channel; resolves with its result envelope, rejects only for an unknown channel. */
  invoke<K extends ChannelName>(
    channel: K,
    input?: ChannelInput<K>,
  ): Promise<Result<ChannelOutput<K>>>
  /** Listens to one event (events carry no payload); returns the function that stops listening. */
  on(event: EventName, listener: () => void): () => void
}
