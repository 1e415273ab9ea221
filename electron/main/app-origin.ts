// The renderer is served from a privileged custom scheme rather than file://, so it gets a real
// origin of its own: CSP 'self', storage and IPC trust all hang on this one origin.

/** The custom scheme the shell serves the built renderer from. */
export const APP_SCHEME = 'app'
/** The only host under APP_SCHEME. */
export const APP_HOST = 'capstan'
/** The app's origin, as Chromium reports it for a standard scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Privileges of APP_SCHEME: standard (real origin, relative URLs) and secure (a secure context,
 * like https). Deliberately not bypassCSP, corsEnabled or allowServiceWorkers.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    codeCache: true,
  },
} as const

/**
 * True when `url` belongs to the app's own origin: scheme and host match exactly and there is no
 * user info or port that could smuggle a different authority past a prefix check.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url === '') return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  )
}
