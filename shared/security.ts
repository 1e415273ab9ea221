/**
 * The Content-Security-Policy for every page Capstan shows, desktop and browser mode alike:
 * only our own scripts, styles, fonts and API; no inline script, no eval, no remote host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** Header carrying the per-launch token on every browser-mode API request. */
export const TOKEN_HEADER = 'x-capstan-token'

/** Query parameter that carries the token in the URL printed by `capstan serve`. */
export const TOKEN_QUERY = 'token'
