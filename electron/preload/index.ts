// Runs in the sandboxed preload: bundled to one CommonJS file, may import nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron'
import { BRIDGE_KEY } from '../../shared/contract/bridge'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer))
