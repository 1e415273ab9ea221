import type {
  ChannelInput,
  ChannelName,
  ChannelOutput,
  EventName,
  Result,
} from '../../../shared/contract'
import type { CapstanBridge } from '../../../shared/contract/bridge'
import { TOKEN_HEADER, TOKEN_QUERY } from '../../../shared/security'
// Only for the deprecated getters on `api`; these modules call back into this one lazily.
import { appApi } from './app-api'
import { auditApi } from './audit-api'
import { backupApi } from './backup-api'
import { objectivesApi } from './objectives-api'
import { settingsApi } from './settings-api'

declare global {
  interface Window {
    capstan?: CapstanBridge
  }
}

interface Transport {
  invoke(channel: ChannelName, input: unknown): Promise<Result<unknown>>
  on(event: EventName, callback: () => void): () => void
}

const TOKEN_STORAGE_KEY = 'capstan.token'

// Messages for failures that never reached a service; the UI translates by error code.
const UNREACHABLE = 'Capstan could not reach its local service. Nothing was changed.'
const BAD_ANSWER = 'Capstan received an answer it could not read. Nothing was changed.'

const failure = (code: 'internal' | 'unauthorized', message: string): Result<never> => ({
  ok: false,
  error: { code, message },
})

/**
 * Browser mode: the token arrives once in the URL. Keep it for this tab only (a reload still
 * works), and take it out of the address bar so it is not bookmarked or shoulder-surfed.
 */
function takeToken(): string | null {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get(TOKEN_QUERY)
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl)
    } catch {
      // Storage may be disabled; the token still lives in memory for this page.
    }
    url.searchParams.delete(TOKEN_QUERY)
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY)
  } catch {
    return null
  }
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false
  return (value as { ok: unknown }).ok === true || 'error' in value
}

// Browser mode only: a download link cannot send headers, so it carries the token in its query.
let browserToken: string | null = null

function httpTransport(): Transport {
  const token = takeToken()
  browserToken = token
  const listeners = new Map<EventName, Set<() => void>>()
  let source: EventSource | null = null

  function connect(): void {
    if (source || !token) return
    source = new EventSource(`/api/events?${TOKEN_QUERY}=${encodeURIComponent(token)}`)
    let dropped = false
    source.addEventListener('error', () => {
      dropped = true
    })
    source.addEventListener('open', () => {
      // Events sent while the stream was down are lost: treat a reconnect as "everything changed".
      if (!dropped) return
      dropped = false
      listeners.forEach((set) => set.forEach((cb) => cb()))
    })
    for (const event of listeners.keys()) attach(event)
  }

  function attach(event: EventName): void {
    source?.addEventListener(event, () => listeners.get(event)?.forEach((cb) => cb()))
  }

  return {
    async invoke(channel, input) {
      if (!token) {
        return failure('unauthorized', 'This page was opened without its access token.')
      }
      let response: Response
      try {
        response = await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          // null is a real input (e.g. documents:setLogo removes the logo); only undefined becomes {}.
          body: JSON.stringify(input === undefined ? {} : input),
        })
      } catch {
        return failure('internal', UNREACHABLE)
      }
      try {
        const body: unknown = await response.json()
        return isResult(body) ? body : failure('internal', BAD_ANSWER)
      } catch {
        return failure('internal', BAD_ANSWER)
      }
    },
    on(event, callback) {
      let set = listeners.get(event)
      if (!set) {
        set = new Set()
        listeners.set(event, set)
        attach(event)
      }
      set.add(callback)
      connect()
      return () => {
        set.delete(callback)
      }
    },
  }
}

function bridgeTransport(bridge: CapstanBridge): Transport {
  return {
    async invoke(channel, input) {
      try {
        const result: unknown = await bridge.invoke(channel, input as never)
        return isResult(result) ? result : failure('internal', BAD_ANSWER)
      } catch {
        return failure('internal', UNREACHABLE)
      }
    },
    on: (event, callback) => bridge.on(event, callback),
  }
}

let transport: Transport | null = null

function getTransport(): Transport {
  transport ??= window.capstan ? bridgeTransport(window.capstan) : httpTransport()
  return transport
}

/** Hears how each call ended: the fault banner watches for a full disk, read-only data and the like. */
export type CallOutcomeListener = (channel: ChannelName, result: Result<unknown>) => void

const outcomeListeners = new Set<CallOutcomeListener>()

/** Runs `listener` after every call; returns a function that stops it. */
export function onCallOutcome(listener: CallOutcomeListener): () => void {
  outcomeListeners.add(listener)
  return () => outcomeListeners.delete(listener)
}

async function invokeAndReport(channel: ChannelName, input: unknown): Promise<Result<unknown>> {
  const result = await getTransport().invoke(channel, input)
  outcomeListeners.forEach((listener) => listener(channel, result))
  return result
}

/** Calls one channel; failures come back as data, never as exceptions. */
export async function call<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<Result<ChannelOutput<K>>> {
  return (await invokeAndReport(channel, input)) as Result<ChannelOutput<K>>
}

/** Runs `callback` whenever the backend announces `event`; returns an unsubscribe function. */
export function onEvent(event: EventName, callback: () => void): () => void {
  return getTransport().on(event, callback)
}

/**
 * The transport's events, and (deprecated) the core domains' calls. Each domain's typed calls
 * live in its own `<domain>-api.ts` module (appApi, settingsApi, objectivesApi, auditApi,
 * backupApi…); the getters below only keep older imports compiling and read those modules
 * when used, never while the modules load.
 */
export const api = {
  events: { on: onEvent },
  /** @deprecated Use appApi from ./app-api. */
  get app() {
    return appApi
  },
  /** @deprecated Use settingsApi from ./settings-api. */
  get settings() {
    return settingsApi
  },
  /** @deprecated Use objectivesApi from ./objectives-api. */
  get objectives() {
    return objectivesApi
  },
  /** @deprecated Use auditApi from ./audit-api. */
  get audit() {
    return auditApi
  },
  /** @deprecated Use backupApi.health from ./backup-api. */
  get system() {
    return { health: backupApi.health }
  },
}

/** Browser mode: the address of an exported Word file, served as an attachment by the host. */
export function exportDownloadUrl(exportId: number): string {
  getTransport()
  const token = encodeURIComponent(browserToken ?? '')
  return `/api/exports/${encodeURIComponent(String(exportId))}?${TOKEN_QUERY}=${token}`
}

/** What became of a request to save an exported document. */
export type SaveExportOutcome =
  { outcome: 'saved'; path: string } | { outcome: 'downloaded' } | { outcome: 'cancelled' }

/**
 * Puts an exported Word file where the user wants it. Desktop: the main process shows the save
 * dialog and copies the file, so no document bytes cross into the page; only the export's id is
 * sent. Browser mode: a hidden link hands the file to the browser's download.
 */
export async function saveExport(exportId: number): Promise<Result<SaveExportOutcome>> {
  if (window.capstan) {
    // The main process adds the path the user chose; the renderer never names one.
    const result = await invokeAndReport('documents:saveExport', { exportId })
    if (!result.ok) return result
    const value = result.value as { path?: unknown; cancelled?: unknown }
    if (value.cancelled === true) return { ok: true, value: { outcome: 'cancelled' } }
    return { ok: true, value: { outcome: 'saved', path: String(value.path ?? '') } }
  }
  const link = document.createElement('a')
  link.href = exportDownloadUrl(exportId)
  link.download = ''
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  return { ok: true, value: { outcome: 'downloaded' } }
}

/** Reads the token from the URL early, before anything else can copy the address. */
export function initTransport(): void {
  getTransport()
}
