import type { IpcRenderer, IpcRendererEvent } from 'electron'
import type { CapstanBridge } from '../../shared/contract/bridge'
import { isChannelName, isEventName } from '../../shared/contract/channel-names'

/** The ipcRenderer surface the bridge uses. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>

/**
 * Builds `window.capstan`. Only contract channels and events pass; anything else is refused here,
 * before it reaches ipcRenderer. The IPC event object never reaches the page.
 */
export function createBridge(ipc: BridgeIpc): CapstanBridge {
  const bridge: CapstanBridge = {
    invoke(channel, input) {
      if (!isChannelName(channel)) {
        return Promise.reject(new Error(`Capstan has no channel called "${String(channel)}".`))
      }
      return ipc.invoke(channel, input)
    },
    on(event, listener) {
      if (!isEventName(event)) throw new Error(`Capstan has no event called "${String(event)}".`)
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.')
      const relay = (_event: IpcRendererEvent) => listener()
      ipc.on(event, relay)
      return () => {
        ipc.removeListener(event, relay)
      }
    },
  }
  return Object.freeze(bridge)
}
